// The dashboards' drill-down: a bar, a table row or a slice opens exactly
// the deals dash::drillDown lists for its key (DashboardsTest.h says what the
// test covers).
#include "DashboardsTest.h"
#include "cache/Dashboards.h"
#include "cache/LocalCache.h"

#include "models/dashboards/DashboardModel.h"
#include "models/dashboards/DashboardText.h"
#include "models/dashboards/DealRowsModel.h"
#include "ui/dashboards/DashboardChartPane.h"
#include "ui/dashboards/DashboardsPage.h"
#include "ui/dashboards/DrillDownDialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTableView>
#include <QtTest/QTest>

#include <algorithm>

using namespace lx;
using namespace lx::cache::dash;
using lx::models::DashboardText;

bool DashboardsTest::clickBar(Chart chart, const Point &point)
{
    QChart *drawn = page()->pane(chart)->chartView()->chart();
    QAbstractBarSeries *bars = nullptr;
    for (QAbstractSeries *series : drawn->series()) {
        if (!bars)
            bars = qobject_cast<QAbstractBarSeries *>(series);
    }
    if (!bars)
        return false;
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : bars->attachedAxes()) {
        if (!axis)
            axis = qobject_cast<QBarCategoryAxis *>(a);
    }
    const int index = axis ? static_cast<int>(axis->categories().indexOf(DashboardText::category(point.key))) : -1;
    QString seriesName = DashboardText::series(point.key);
    if (seriesName.isEmpty())
        seriesName = DashboardText::chartTitle(chart);
    for (QBarSet *set : bars->barSets()) {
        if (set->label() == seriesName && index >= 0) {
            Q_EMIT set->clicked(index);
            return true;
        }
    }
    return false;
}

void DashboardsTest::expectDrillDown(const Key &key, std::int64_t count)
{
    ui::DrillDownDialog *dialog = page()->drillDownDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible() && !dialog->isLoading(), 20000);
    const auto db = connect();
    std::size_t total = 0;
    const auto expected = drillDown(db.handle(), page()->model().resultFilter(), key, kDrillLimit, &total);
    QCOMPARE(dialog->model().rows(), expected);
    QCOMPARE(static_cast<std::int64_t>(total), count);
    QCOMPARE(static_cast<std::int64_t>(dialog->model().rowCount()), count);
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("drillTable"));
    QCOMPARE(table->model()->rowCount(), static_cast<int>(count));
    dialog->close();
}

void DashboardsTest::aBarOpensExactlyTheDealsBehindIt()
{
    for (Chart chart : { Chart::Issued, Chart::Exposure, Chart::Maturity, Chart::Funnel }) {
        const auto &points = page()->model().result().chart(chart);
        QVERIFY(!points.empty());
        // The tallest bar segment, by deals.
        const Point point = *std::max_element(
            points.begin(), points.end(), [](const Point &a, const Point &b) { return a.count < b.count; });
        QVERIFY2(clickBar(chart, point), qPrintable(DashboardText::chartTitle(chart)));
        expectDrillDown(point.key, point.count);
    }
    // A table row activated does the same.
    const auto &maturities = page()->model().result().chart(Chart::Maturity);
    auto *table = page()->pane(Chart::Maturity)->table();
    Q_EMIT table->activated(table->model()->index(0, 0));
    expectDrillDown(maturities.front().key, maturities.front().count);
}

void DashboardsTest::aSliceOpensTheGuaranteesOfItsType()
{
    const auto &points = page()->model().result().chart(Chart::GuaranteeTypes);
    QVERIFY(!points.empty());
    QChart *drawn = page()->pane(Chart::GuaranteeTypes)->chartView()->chart();
    auto *pie = qobject_cast<QPieSeries *>(drawn->series().value(0));
    QVERIFY(pie);
    QCOMPARE(pie->count(), static_cast<int>(points.size()));
    const int last = pie->count() - 1;
    QCOMPARE(pie->slices().at(last)->label(), DashboardText::category(points.back().key));
    Q_EMIT pie->slices().at(last)->clicked();
    expectDrillDown(points.back().key, points.back().count);
}
