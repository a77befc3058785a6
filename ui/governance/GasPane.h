#pragma once

#include "models/governance/GovernanceActions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class GasPane;
} // namespace Ui

namespace lx::models {
class GasBalanceModel;
class GasReportModel;
class GovernanceRegistry;
} // namespace lx::models

namespace lx::ui {

// The Gas tab of the Governance section (docs/gas.md): a recorded month's
// report by member, the blocks it was counted from and the weights it
// used; every member's balance; a chart of each month's Gas by member; and
// the recomputation of the chosen month from the chain, which anyone may
// run. Everything it shows comes from the registry's last read.
class GasPane : public QWidget
{
    Q_OBJECT

public:
    GasPane(models::GovernanceRegistry &registry, models::GovernanceActions &actions, QWidget *parent = nullptr);
    ~GasPane() override;

    models::GasReportModel &reportModel() { return *m_reportModel; }
    models::GasBalanceModel &balanceModel() { return *m_balanceModel; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *reportTable() const;
    // The month chosen ("YYYY-MM"), empty when none is recorded.
    QString period() const;
    bool selectPeriod(const QString &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRefreshed();
    void showPeriod();
    void rebuildChart();
    void onActionFinished(const models::GovernanceActions::Outcome &outcome);
    void showVerification();

    std::unique_ptr<Ui::GasPane> m_ui;
    models::GovernanceRegistry &m_registry;
    models::GovernanceActions &m_actions;
    models::GasReportModel *m_reportModel;
    models::GasBalanceModel *m_balanceModel;
    QSortFilterProxyModel *m_reportProxy;
    QSortFilterProxyModel *m_balanceProxy;
    QChartView *m_chartView;
    std::optional<models::GovernanceActions::Outcome> m_verification; // the last recomputation's
};

} // namespace lx::ui
