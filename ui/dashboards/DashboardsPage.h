#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

namespace Ui {
class DashboardsPage;
} // namespace Ui

namespace lx::models {
class DashboardModel;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

class DashboardChartPane;
class DrillDownDialog;

// The managers' dashboards (issue 7): a filter bar (start-date range, bank,
// product), one tab per chart with the chart above its figures, and the
// consortium statistics for the regulator and the secretariat only.
// Clicking a bar or slice (or activating a row) opens the deals behind it
// in a non-modal DrillDownDialog. The charts recompute off the GUI thread
// ("Recomputing…" meanwhile; the page stays usable). The whole dashboard
// exports to CSV and PDF.
class DashboardsPage : public QWidget
{
    Q_OBJECT

public:
    DashboardsPage(models::SessionModel &session, models::LocalBook &book, QWidget *parent = nullptr);
    ~DashboardsPage() override;

    models::DashboardModel &model() const { return *m_model; }
    DashboardChartPane *pane(cache::dash::Chart chart) const;
    DrillDownDialog *drillDownDialog() const; // nullptr until the first drill-down
    // Opens (or raises) the drill-down on the point at this row of chart.
    void drillDown(cache::dash::Chart chart, int row);
    void exportDashboard(int format); // models::ExportFormat

Q_SIGNALS:
    // A deal to open in its own window (cache::dash::Product, reference).
    void dealRequested(int product, const QString &reference);
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillCombos();
    void applyFilter();
    void onUpdated();
    void refreshTabs();
    void retranslateTabs();
    QStringList filterTexts() const;
    static QString pointTitle(cache::dash::Chart chart, const cache::dash::Key &key);
    std::vector<cache::dash::Chart> shownCharts() const;

    std::unique_ptr<Ui::DashboardsPage> m_ui;
    models::SessionModel &m_session;
    models::DashboardModel *m_model;
    std::array<DashboardChartPane *, cache::dash::kChartCount> m_panes {};
    QPointer<DrillDownDialog> m_drill;
    std::optional<cache::dash::Key> m_drillKey;
};

} // namespace lx::ui
