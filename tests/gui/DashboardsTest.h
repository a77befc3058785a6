#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include "DemoBookDesk.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <vector>

namespace lx::cache {
class Database;
} // namespace lx::cache

namespace lx::ui {
class DashboardsPage;
} // namespace lx::ui

// The dashboards page against the engine: every chart's table holds exactly
// what cache::dash::compute gives on the same cache and filter, the filters
// recompute, a bar or slice opens exactly the deals dash::drillDown lists
// for its key, the export round-trips, the page reads in Chinese, and only
// the regulator and the secretariat see the consortium statistics.
// DashboardsTest.cpp holds the fixture and the tables, filters, export and
// language; DashboardsDrillDown.cpp the bars and slices that open deals.
class DashboardsTest : public QObject, public lx::test::DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTableEqualsTheEngine();
    void aBankDoesNotSeeTheConsortiumTab();
    void theProductAndBankFiltersRecompute();
    void aHiddenPageComputesNothingUntilShown();
    void aBarOpensExactlyTheDealsBehindIt();
    void aSliceOpensTheGuaranteesOfItsType();
    void theDashboardExportsToCsvAndPdf();
    void thePageReadsInChinese();
    void theRegulatorSeesTheConsortium();
    void cleanupTestCase() { closeDesk(); }

private:
    lx::ui::DashboardsPage *page();
    bool waitForResult();
    // The page shows what the engine computes on the cache as it is now (a
    // cache still catching up settles with the book's next bookChanged).
    bool settled();
    lx::cache::Database connect();
    void compareWithEngine();
    // Clicks the bar of this point in its pane's chart (emits its set's clicked(index)).
    bool clickBar(lx::cache::dash::Chart chart, const lx::cache::dash::Point &point);
    void expectDrillDown(const lx::cache::dash::Key &key, std::int64_t count);

    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QTemporaryDir m_exports;
};
