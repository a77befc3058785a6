#pragma once

#include "lianxin/guarantee.pb.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <cstdint>
#include <memory>

namespace Ui {
class GuaranteeIssueForm;
} // namespace Ui

namespace lx::ui {

// The MT760 field set of a new demand guarantee (DESIGN 4.3). As the
// officer types, the contract's own dry run judges the draft (and the
// parties' credit codes are checked as the trust chain checks them); the
// first reason shows in the user's language and Submit stays off until
// there is none. Submitting hands the guarantee to the page, which drafts
// it for the bank's checker.
class GuaranteeIssueForm : public QWidget
{
    Q_OBJECT

public:
    struct MemberBank
    {
        QString mspId;
        QString name;
    };

    explicit GuaranteeIssueForm(QWidget *parent = nullptr);
    ~GuaranteeIssueForm() override;

    void setMemberBanks(const QList<MemberBank> &banks);
    void setIssuer(const QString &mspId);
    // Today and now by the session's clock: the dry run's "now".
    void setNow(const QDate &today, std::int64_t nowSeconds);
    lianxin::guarantee::Guarantee guarantee() const;
    // Empty when the contract would accept the guarantee.
    const QString &problem() const { return m_problem; }
    void clear();

Q_SIGNALS:
    void issueRequested(const lianxin::guarantee::Guarantee &guarantee);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void validate();
    // Amounts and dates typed as text; the first problem, or empty.
    QString parseProblem() const;
    void submit();

    std::unique_ptr<Ui::GuaranteeIssueForm> m_ui;
    QList<MemberBank> m_banks;
    QString m_issuer;
    QDate m_today;
    std::int64_t m_nowSeconds = 0;
    QString m_problem;
};

} // namespace lx::ui
