#pragma once

#include "crypto/Bytes.h"

#include <QList>
#include <QWidget>

#include <map>
#include <memory>

namespace Ui {
class QuotePostForm;
} // namespace Ui

namespace lianxin::quotes {
class QuoteAction;
} // namespace lianxin::quotes

namespace lx::models {
class QuoteMarket;
struct QuoteDraftCheck;
} // namespace lx::models

namespace lx::ui {

// An officer's quote for the unified board: side, obligor (a tier, or a
// bank whose tier the registry gives), tenor bucket, rate, method, grace
// days, fees, amount and validity; optionally one L/C's claim (a deal
// quote). Checked as typed by the contract's own dry run, its refusals in
// the user's language; "Submit for approval" is offered only for a quote
// the contract would accept, and sends it to the bank's checker.
class QuotePostForm : public QWidget
{
    Q_OBJECT

public:
    struct MemberBank
    {
        QString mspId;
        QString name;
        int tier = 0;
    };

    // market gives "now" (the session's clock) for the dry run and the defaults.
    explicit QuotePostForm(const models::QuoteMarket &market, QWidget *parent = nullptr);
    ~QuotePostForm() override;

    void setBank(const QString &mspId);
    void setMemberBanks(const QList<MemberBank> &banks, std::map<std::string, Bytes> registryRecords);
    // Empties the terms; validity defaults to the end of tomorrow, China time.
    void clear();
    // What is wrong now, one line each, translated; empty when the quote can go.
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void postRequested(const lianxin::quotes::QuoteAction &action);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    models::QuoteDraftCheck check() const;
    void revalidate();
    void submit();
    std::int64_t nowSeconds() const;

    std::unique_ptr<Ui::QuotePostForm> m_ui;
    const models::QuoteMarket &m_market;
    QString m_bank;
    QList<MemberBank> m_banks;
    std::map<std::string, Bytes> m_registry;
    QStringList m_problems;
    bool m_filling = false;
};

} // namespace lx::ui
