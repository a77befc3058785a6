#include "ui/dashboards/DashboardsTour.h"

#include "models/dashboards/DashboardModel.h"
#include "ui/dashboards/DashboardChartPane.h"
#include "ui/dashboards/DashboardsPage.h"
#include "ui/dashboards/DrillDownDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QTabWidget>

#include <memory>

namespace lx::ui {

namespace {

void grabDrillDown(DashboardsPage *page, const TourGrab &grab, std::function<void()> done)
{
    if (page->model().result().chart(cache::dash::Chart::Issued).empty()) {
        done();
        return;
    }
    page->drillDown(cache::dash::Chart::Issued, 0);
    DrillDownDialog *dialog = page->drillDownDialog();
    auto shot = std::make_shared<bool>(false);
    const auto take = [dialog, grab, done, shot] {
        if (*shot || dialog->isLoading())
            return;
        *shot = true;
        grab(dialog, QStringLiteral("dashboards-drilldown"), [dialog, done] {
            dialog->close();
            done();
        });
    };
    QObject::connect(&page->model(), &models::DashboardModel::drillReady, dialog, take);
}

void grabTab(MainWindow &window, DashboardsPage *page, int tab, const TourGrab &grab, std::function<void()> done)
{
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("dashTabs"));
    while (tab < tabs->count() && !tabs->isTabVisible(tab))
        ++tab;
    if (tab >= tabs->count()) {
        grabDrillDown(page, grab, std::move(done));
        return;
    }
    tabs->setCurrentIndex(tab);
    const QString name
        = QStringLiteral("dashboards-") + DashboardChartPane::key(static_cast<cache::dash::Chart>(tab));
    grab(&window, name, [&window, page, tab, grab, done] { grabTab(window, page, tab + 1, grab, done); });
}

} // namespace

void tourDashboards(MainWindow &window, const TourGrab &grab, std::function<void()> done)
{
    window.showSection(Section::Dashboards);
    auto *page = window.findChild<DashboardsPage *>(QStringLiteral("dashboardsPage"));
    if (!page) {
        done();
        return;
    }
    const auto tabs = [&window, page, grab, done] { grabTab(window, page, 0, grab, done); };
    if (!page->model().isComputing() && page->model().hasResult()) {
        tabs();
        return;
    }
    auto shot = std::make_shared<bool>(false);
    QObject::connect(&page->model(), &models::DashboardModel::updated, page, [page, tabs, shot] {
        if (!*shot && !page->model().isComputing()) {
            *shot = true;
            tabs();
        }
    });
}

} // namespace lx::ui
