#pragma once

#include "models/lc/LcTermsCheck.h"

#include "lianxin/lc.pb.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QListWidgetItem;

namespace Ui {
class LcIssueForm;
}

namespace lx::ui {

// The maker's form for a new domestic L/C (DESIGN 4.1). Every edit builds
// the LetterOfCredit and runs the contract's own validators on it, so the
// form lists exactly what the contract would refuse, marks the fields
// concerned, and enables "Submit for approval" only when nothing is left
// to correct. Submitting only emits issueRequested: the caller drafts the
// Issue action and sends it through the outbox for a checker's approval.
class LcIssueForm : public QWidget
{
    Q_OBJECT

public:
    struct MemberBank
    {
        QString mspId; // "DongfangBankMSP"
        QString name; // as the user reads it: "东方商业银行"
    };

    explicit LcIssueForm(QWidget *parent = nullptr);
    ~LcIssueForm() override;

    // The consortium's member banks, offered as advising and nominated bank
    // (the issuing bank excepted).
    void setMemberBanks(const QList<MemberBank> &banks);
    // The signed-in user's bank, which issues the L/C.
    void setIssuingBank(const QString &mspId);
    // The clock seam: the issue date the terms are checked against.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // The terms as typed, amount in words included.
    lianxin::lc::LetterOfCredit letterOfCredit() const;
    // What is left to correct; empty when the form can be submitted.
    const QList<models::LcTermProblem> &problems() const { return m_problems; }

    // Empties every field (the banks and the date stay).
    void clear();

Q_SIGNALS:
    void issueRequested(const lianxin::lc::LetterOfCredit &lc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectEdits();
    void fillBankCombos();
    void revalidate();
    void updatePaymentFields();
    void showProblems();
    void markField(const models::LcTermProblem &problem);
    void unmarkFields();
    QList<QWidget *> widgetsFor(const QString &field) const;
    QString fieldTitle(const QString &field) const;
    void focusProblem(QListWidgetItem *item);
    void submit();
    void retranslate();

    std::unique_ptr<Ui::LcIssueForm> m_ui;
    QList<MemberBank> m_banks;
    QString m_issuingBank;
    QDate m_today;
    QList<models::LcTermProblem> m_problems;
    QList<QWidget *> m_marked;
    bool m_resetting = false;
};

} // namespace lx::ui
