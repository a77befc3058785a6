#pragma once

#include "models/governance/GovernanceActions.h"
#include "models/governance/GovernanceRights.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class GovernancePage;
} // namespace Ui

namespace lx::models {
class GovernanceRegistry;
class LedgerStatusModel;
class MemberListModel;
class ProposalListModel;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

class AuditPane;
class GasPane;
class GovernanceConfirmDialog;
class ProposalDetailPane;

// The consortium's governance (docs/governance.md, docs/governance-screens.md):
// the council's proposals, filtered by state, and the one chosen in full
// beside them with the administrator's vote and the expert committee's
// opinion; for a passed admission, its channel configuration updates
// (prepare, sign, submit). A second tab lists the members with their
// seats and lines, a third the Gas of each recorded month (GasPane), a
// fourth the regulator's flags and audit export (AuditPane). Every
// list exports like every list. Reads and writes go
// through the registry contract on worker threads; what the contract
// refuses is shown in the user's language.
class GovernancePage : public QWidget
{
    Q_OBJECT

public:
    GovernancePage(models::SessionModel &session, models::LedgerStatusModel &status, QWidget *parent = nullptr);
    ~GovernancePage() override;

    models::GovernanceRegistry &registry() { return *m_registry; }
    models::GovernanceActions &actions() { return *m_actions; }
    models::ProposalListModel &proposalModel() { return *m_proposalModel; }
    models::MemberListModel &memberModel() { return *m_memberModel; }
    ProposalDetailPane *detailPane() const { return m_detail; }
    GasPane *gasPane() const { return m_gas; }
    AuditPane *auditPane() const { return m_audit; }
    // Selects the proposal's row (clearing a filter that hides it); false when it is not listed.
    bool selectProposal(const QString &proposalId);
    QString selectedProposalId() const;

Q_SIGNALS:
    // An export finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);
    // A vote, opinion or configuration step came back from the ledger.
    void actionFinished(const lx::models::GovernanceActions::Outcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillStateFilter();
    void applyStateFilter();
    void onRefreshed();
    void showSelected();
    void refreshSummary();
    void confirmVote(const QString &choice);
    void confirmOpinion(const QString &recommendation, const QString &text);
    void confirmSignature(const QStringList &channels);
    void onActionFinished(const models::GovernanceActions::Outcome &outcome);
    void showOutcome();
    void openConfirmation(const QString &title, const QString &question, const QString &details,
        const QString &confirmText, std::function<void()> confirmed);
    models::GovernanceRights rights() const;
    QDate todayInChina() const;

    std::unique_ptr<Ui::GovernancePage> m_ui;
    models::SessionModel &m_session;
    models::GovernanceRegistry *m_registry;
    models::GovernanceActions *m_actions;
    models::ProposalListModel *m_proposalModel;
    models::MemberListModel *m_memberModel;
    QSortFilterProxyModel *m_proposalProxy;
    QSortFilterProxyModel *m_memberProxy;
    ProposalDetailPane *m_detail;
    GasPane *m_gas;
    AuditPane *m_audit;
    QString m_selected; // the proposal shown, kept across refreshes
    std::optional<models::GovernanceActions::Outcome> m_outcome; // the last action's, for the message
    bool m_awaitingRead = false; // an action succeeded; its forms wait for the registry's next answer
};

} // namespace lx::ui
