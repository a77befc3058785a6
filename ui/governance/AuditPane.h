#pragma once

#include "models/governance/GovernanceActions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class AuditPane;
} // namespace Ui

namespace lx::models {
class DealFlagModel;
class GovernanceRegistry;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The Regulator tab of the Governance section (docs/audit-package.md): the
// regulator's flags this user may see; for the regulator's users, flagging
// a deal with a note and exporting a channel's signed audit package for a
// period to a file. Writes go through GovernanceActions on a pool thread.
class AuditPane : public QWidget
{
    Q_OBJECT

public:
    AuditPane(models::SessionModel &session, models::GovernanceRegistry &registry, models::GovernanceActions &actions,
        QWidget *parent = nullptr);
    ~AuditPane() override;

    models::DealFlagModel &flagModel() { return *m_flagModel; }
    QTableView *flagTable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void updateForms();
    void chooseExportFile();
    void onActionFinished(const models::GovernanceActions::Outcome &outcome);
    void showResult();
    bool isRegulator() const;

    std::unique_ptr<Ui::AuditPane> m_ui;
    models::SessionModel &m_session;
    models::GovernanceRegistry &m_registry;
    models::GovernanceActions &m_actions;
    models::DealFlagModel *m_flagModel;
    QSortFilterProxyModel *m_flagProxy;
    std::optional<models::GovernanceActions::Outcome> m_outcome;
};

} // namespace lx::ui
