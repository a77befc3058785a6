#pragma once

#include "crypto/Bytes.h"
#include "ui/quotes/QuotePostForm.h"

#include <QWidget>

#include <map>
#include <memory>

namespace Ui {
class QuoteDealForm;
} // namespace Ui

namespace lx::models {
class QuoteMarket;
} // namespace lx::models

namespace lx::ui {

// An officer's report of a concluded forfaiting deal's price for the
// board's deal list and volumes: the deal's ID, obligor, tenor days, rate,
// method, face amount, trade date and, if named, the other bank. Checked as
// typed by the contract's own dry run (a deal is reported once: the cached
// reports are held), its refusals translated; the report goes to the
// bank's checker.
class QuoteDealForm : public QWidget
{
    Q_OBJECT

public:
    // market gives "now" (the session's clock) for the dry run and the defaults.
    explicit QuoteDealForm(const models::QuoteMarket &market, QWidget *parent = nullptr);
    ~QuoteDealForm() override;

    void setBank(const QString &mspId);
    void setMemberBanks(const QList<QuotePostForm::MemberBank> &banks);
    // Registry members and the board's records, for the dry run.
    void setHeldRecords(std::map<std::string, Bytes> records);
    void clear();
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void reportRequested(const lianxin::quotes::QuoteAction &action);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    models::QuoteDraftCheck check() const;
    void revalidate();
    void submit();
    std::int64_t nowSeconds() const;

    std::unique_ptr<Ui::QuoteDealForm> m_ui;
    const models::QuoteMarket &m_market;
    QString m_bank;
    QList<QuotePostForm::MemberBank> m_banks;
    std::map<std::string, Bytes> m_records;
    QStringList m_problems;
    bool m_filling = false;
};

} // namespace lx::ui
