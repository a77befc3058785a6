// The dashboards test's fixture and its tables, filters, export and language
// (DashboardsTest.h says what the test covers).
#include "DashboardsTest.h"

#include "GuiTestMain.h"
#include "cache/Dashboards.h"
#include "cache/LocalCache.h"

#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/TableExport.h"
#include "models/dashboards/DashboardChartModel.h"
#include "models/dashboards/DashboardModel.h"
#include "models/dashboards/DashboardText.h"
#include "models/dashboards/DealRowsModel.h"
#include "ui/dashboards/DashboardChartPane.h"
#include "ui/dashboards/DashboardsPage.h"
#include "ui/dashboards/DrillDownDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/SaveFileChooser.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>

#include <memory>
#include <set>

using namespace lx;
using namespace lx::cache::dash;
using lx::models::DashboardText;
using lx::test::WorkstationFixture;

ui::DashboardsPage *DashboardsTest::page()
{
    return window()->findChild<ui::DashboardsPage *>(QStringLiteral("dashboardsPage"));
}

bool DashboardsTest::waitForResult()
{
    return QTest::qWaitFor([this] { return page()->model().hasResult() && !page()->model().isComputing(); }, 30000);
}

bool DashboardsTest::settled()
{
    if (!page()->model().hasResult() || page()->model().isComputing())
        return false;
    const auto db = connect();
    const Result now = compute(db.handle(), page()->model().resultFilter());
    for (int c = 0; c < kChartCount; ++c) {
        const auto &shown = page()->model().result().points[c];
        if (shown.size() != now.points[c].size())
            return false;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (!(shown[i].key == now.points[c][i].key) || shown[i].count != now.points[c][i].count)
                return false;
        }
    }
    return true;
}

cache::Database DashboardsTest::connect()
{
    return m_fixture->shell().session().localCache()->connect();
}

void DashboardsTest::initTestCase()
{
    QVERIFY(openDesk(true));
    window()->showSection(ui::Section::Dashboards);
    QVERIFY(page());
    for (int c = 0; c < kChartCount; ++c)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            page()->model().chartModel(static_cast<Chart>(c)), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        page()->model().lateModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    QVERIFY(waitForResult());
    // The catch-up's last blocks reach the page with the book's next
    // bookChanged (throttled): wait for the recompute that follows it.
    QTRY_VERIFY_WITH_TIMEOUT(!page()->model().result().chart(Chart::Issued).empty() && settled(), 30000);
    QVERIFY(m_exports.isValid());
}

// The page's tables are the engine's points, key for key, for the bank's own deals as of the session's day.
void DashboardsTest::compareWithEngine()
{
    const Filter &filter = page()->model().resultFilter();
    QCOMPARE(filter.viewer, kBank.toStdString());
    QCOMPARE(filter.today, models::chinaToday(m_fixture->shell().session().clock()));
    const auto db = connect();
    const Result expected = compute(db.handle(), filter);
    for (int c = 0; c < kChartCount; ++c) {
        const auto chart = static_cast<Chart>(c);
        const models::DashboardChartModel &model = *page()->model().chartModel(chart);
        const auto &points = expected.chart(chart);
        QCOMPARE(model.rowCount(), static_cast<int>(points.size()));
        auto *table = page()->pane(chart)->table();
        QCOMPARE(table->model()->rowCount(), static_cast<int>(points.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.keyAt(row) == points[static_cast<std::size_t>(row)].key);
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data(models::DashboardChartModel::CountRole).toLongLong(),
                points[static_cast<std::size_t>(row)].count);
            QCOMPARE(index.data(models::DashboardChartModel::AmountFenRole).toLongLong(),
                points[static_cast<std::size_t>(row)].amountFen);
            QCOMPARE(index.data(models::DashboardChartModel::PointIndexRole).toInt(), row);
        }
    }
    QCOMPARE(page()->model().lateModel()->rows(), expected.late);
}

void DashboardsTest::everyTableEqualsTheEngine()
{
    compareWithEngine();
    // The demo book gives every product something to show.
    for (Chart chart : { Chart::Issued, Chart::Exposure, Chart::Maturity, Chart::Funnel, Chart::GuaranteeTypes })
        QVERIFY2(!page()->model().result().chart(chart).empty(), qPrintable(DashboardText::chartTitle(chart)));
    bool forfaiting = false;
    for (const Point &point : page()->model().result().chart(Chart::Funnel))
        forfaiting = forfaiting || point.key.product == Product::Forfaiting;
    QVERIFY(forfaiting);
}

void DashboardsTest::aBankDoesNotSeeTheConsortiumTab()
{
    auto *tabs = page()->findChild<QTabWidget *>(QStringLiteral("dashTabs"));
    QCOMPARE(tabs->count(), kChartCount);
    QVERIFY(!tabs->isTabVisible(static_cast<int>(Chart::Statistics)));
    for (int c = 0; c < static_cast<int>(Chart::Statistics); ++c)
        QVERIFY(tabs->isTabVisible(c));
}

void DashboardsTest::aHiddenPageComputesNothingUntilShown()
{
    QVERIFY(waitForResult());
    window()->showSection(ui::Section::Worklist);
    QVERIFY(!page()->model().isActive());
    QSignalSpy computing(&page()->model(), &models::DashboardModel::computing);
    page()->model().setProducts(productBit(Product::Lc));
    QCOMPARE(computing.count(), 0);
    QVERIFY(!page()->model().isComputing());
    window()->showSection(ui::Section::Dashboards);
    QCOMPARE(computing.count(), 1); // the stale charts, at once
    QVERIFY(waitForResult());
    QCOMPARE(page()->model().resultFilter().products, productBit(Product::Lc));
    page()->model().setProducts(kAllProducts);
    QVERIFY(waitForResult());
}

void DashboardsTest::theProductAndBankFiltersRecompute()
{
    auto *product = page()->findChild<QComboBox *>(QStringLiteral("dashProductCombo"));
    auto *bank = page()->findChild<QComboBox *>(QStringLiteral("dashBankCombo"));
    QVERIFY(product && bank);
    const auto allIssued = page()->model().result().chart(Chart::Issued);

    QSignalSpy updated(&page()->model(), &models::DashboardModel::updated);
    auto *busy = page()->findChild<QLabel *>(QStringLiteral("dashBusyLabel"));
    QVERIFY(busy && busy->isHidden());
    product->setCurrentIndex(product->findData(productBit(Product::Guarantee)));
    QVERIFY(!busy->isHidden()); // "Recomputing…" while the reader works; the page stays usable
    QVERIFY(updated.wait(20000));
    QVERIFY(waitForResult());
    QVERIFY(busy->isHidden());
    QCOMPARE(page()->model().resultFilter().products, productBit(Product::Guarantee));
    compareWithEngine();
    const auto &guaranteesIssued = page()->model().result().chart(Chart::Issued);
    QVERIFY(!guaranteesIssued.empty());
    QVERIFY(guaranteesIssued.size() < allIssued.size());
    for (int c = 0; c < kChartCount; ++c) {
        for (const Point &point : page()->model().result().points[c]) {
            if (c == static_cast<int>(Chart::Issued) || c == static_cast<int>(Chart::Funnel))
                QCOMPARE(point.key.product, Product::Guarantee);
        }
    }

    product->setCurrentIndex(0);
    QVERIFY(waitForResult());
    QTRY_COMPARE(page()->model().resultFilter().products, kAllProducts);
    QVERIFY(bank->count() > 2);
    // A counterparty bank, not the bank itself: fewer deals than all.
    int other = -1;
    for (int i = 1; i < bank->count() && other < 0; ++i) {
        if (bank->itemData(i).toString() != kBank)
            other = i;
    }
    QVERIFY(other > 0);
    updated.clear();
    bank->setCurrentIndex(other);
    QVERIFY(updated.wait(20000));
    QVERIFY(waitForResult());
    QCOMPARE(QString::fromStdString(page()->model().resultFilter().bank), bank->itemData(other).toString());
    compareWithEngine();
    bank->setCurrentIndex(0);
    QVERIFY(updated.wait(20000));
    QVERIFY(waitForResult());
    QVERIFY(page()->model().resultFilter().bank.empty());
    compareWithEngine();
}

void DashboardsTest::theDashboardExportsToCsvAndPdf()
{
    const QString csvPath = m_exports.filePath(QStringLiteral("dashboards.csv"));
    QSignalSpy exported(page(), &ui::DashboardsPage::exported);
    ui::SaveFileChooser::setNextAnswer(csvPath);
    page()->exportDashboard(static_cast<int>(models::ExportFormat::Csv));
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const auto rows = models::TableExport::parseCsv(csv.readAll());
    std::vector<QStringList> expected;
    std::size_t points = 0;
    for (int c = 0; c < static_cast<int>(Chart::Statistics); ++c) {
        for (const Point &point : page()->model().result().points[c]) {
            ++points;
            expected.push_back({ DashboardText::chartTitle(static_cast<Chart>(c)), DashboardText::category(point.key),
                QLocale().toString(static_cast<qlonglong>(point.count)) });
        }
    }
    QCOMPARE(rows.size(), points + 1);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(rows[i + 1].size(), 9);
        QCOMPARE(rows[i + 1].at(0), expected[i].at(0));
        QCOMPARE(rows[i + 1].at(1), expected[i].at(1));
        QCOMPARE(rows[i + 1].at(3), expected[i].at(2));
    }

    const QString pdfPath = m_exports.filePath(QStringLiteral("dashboards.pdf"));
    exported.clear();
    ui::SaveFileChooser::setNextAnswer(pdfPath);
    page()->exportDashboard(static_cast<int>(models::ExportFormat::Pdf));
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // Seven charts as images (every tab, drawn even when not on screen):
    // far more than a text-only document.
    QVERIFY2(bytes.size() > 150000, qPrintable(QString::number(bytes.size())));
}

void DashboardsTest::thePageReadsInChinese()
{
    m_fixture->catalog().setLanguage(models::TranslationCatalog::Language::SimplifiedChinese);
    QCoreApplication::processEvents();
    const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    auto *tabs = page()->findChild<QTabWidget *>(QStringLiteral("dashTabs"));
    for (int t = 0; t < tabs->count(); ++t)
        QVERIFY2(!tabs->tabText(t).contains(latin), qPrintable(tabs->tabText(t)));
    for (int c = 0; c < kChartCount; ++c) {
        const models::DashboardChartModel &model = *page()->model().chartModel(static_cast<Chart>(c));
        for (int col = 0; col < model.columnCount(); ++col) {
            const QString header = model.headerData(col, Qt::Horizontal).toString();
            QVERIFY2(!header.contains(latin), qPrintable(header));
            for (int row = 0; row < model.rowCount(); ++row) {
                if (col > models::DashboardChartModel::SeriesColumn)
                    break;
                const QString text = model.index(row, col).data().toString();
                QVERIFY2(!text.contains(latin), qPrintable(text));
            }
        }
        // The chart itself was drawn anew in Chinese.
        for (QAbstractSeries *series : page()->pane(static_cast<Chart>(c))->chartView()->chart()->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    QVERIFY2(!set->label().contains(latin), qPrintable(set->label()));
            }
        }
    }
    for (QLabel *label : page()->findChildren<QLabel *>()) {
        if (label->objectName() == QLatin1String("dashExportResultLabel"))
            continue; // names the exported file
        QVERIFY2(!label->text().contains(latin), qPrintable(label->text()));
    }
    // The drill-down names its point and its deals' states in Chinese too.
    page()->drillDown(Chart::Issued, 0);
    ui::DrillDownDialog *dialog = page()->drillDownDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible() && !dialog->isLoading(), 20000);
    QVERIFY2(!dialog->windowTitle().contains(latin), qPrintable(dialog->windowTitle()));
    for (int row = 0; row < dialog->model().rowCount(); ++row) {
        for (int col : { models::DealRowsModel::ProductColumn, models::DealRowsModel::StateColumn }) {
            const QString text = dialog->model().index(row, col).data().toString();
            QVERIFY2(!text.isEmpty() && !text.contains(latin), qPrintable(text));
        }
    }
    m_fixture->catalog().setLanguage(models::TranslationCatalog::Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(0), QStringLiteral("Volume"));
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Volume · ")));
    dialog->close();
}

void DashboardsTest::theRegulatorSeesTheConsortium()
{
    QVERIFY(m_fixture->signIn(QStringLiteral("RegulatorMSP/auditor1")));
    QVERIFY(waitForLiveBook());
    QTRY_VERIFY_WITH_TIMEOUT(page()->model().resultFilter().viewer.empty()
            && !page()->model().result().chart(Chart::Statistics).empty() && settled(),
        30000);
    auto *tabs = page()->findChild<QTabWidget *>(QStringLiteral("dashTabs"));
    QVERIFY(tabs->isTabVisible(static_cast<int>(Chart::Statistics)));
    const auto db = connect();
    const Result expected = compute(db.handle(), page()->model().resultFilter());
    const auto &statistics = page()->model().result().chart(Chart::Statistics);
    QVERIFY(!statistics.empty());
    QCOMPARE(statistics.size(), expected.chart(Chart::Statistics).size());
    for (std::size_t i = 0; i < statistics.size(); ++i) {
        QVERIFY(statistics[i].key == expected.chart(Chart::Statistics)[i].key);
        QCOMPARE(statistics[i].count, expected.chart(Chart::Statistics)[i].count);
        QCOMPARE(statistics[i].amountFen, expected.chart(Chart::Statistics)[i].amountFen);
        QCOMPARE(statistics[i].outstandingFen, expected.chart(Chart::Statistics)[i].outstandingFen);
    }
    // Every member bank with deals, not only one bank's.
    std::set<std::string> banks;
    for (const Point &point : statistics)
        banks.insert(point.key.bank);
    QVERIFY(banks.size() > 2);
    const Point point = statistics.front();
    QVERIFY(clickBar(Chart::Statistics, point));
    expectDrillDown(point.key, point.count);
}

LIANXIN_GUI_TEST_MAIN(DashboardsTest)
