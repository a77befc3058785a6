// Export on every list page besides the L/C and guarantee lists: the
// worklist, the approvals queue, the forfaiting desk's tabs, the quote
// board's live quotes and recent deals, and the ledger explorer's blocks and
// transactions. Each Export CSV… writes exactly the table's header and cells
// as shown (read back with parseCsv); one PDF per page names the list and
// holds its first cell (pdftotext); a save that fails says "Not saved" and
// leaves no file.
#include "DemoBookDesk.h"
#include "ExportFiles.h"
#include "GuiTestMain.h"
#include "TestStep.h"
#include "WorkstationFixture.h"

#include "models/TableExport.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/forfaiting/ForfaitingPage.h"
#include "ui/ledger/LedgerPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/quotes/QuoteBoardPage.h"
#include "ui/shell/SaveFileChooser.h"
#include "ui/worklist/WorklistPage.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using lx::models::TableExport;
using lx::test::pdfText;
using lx::test::readCsvFile;
using lx::test::WorkstationFixture;
using lx::ui::Section;

class ExportPagesTest : public QObject, private lx::test::DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { closeDesk(); }
    void worklistExports();
    void approvalsExport();
    void forfaitingTabsExport();
    void quoteListsExport();
    void ledgerListsExport();

private:
    // The view as the officer reads it: visible columns, rows in view order.
    static std::vector<QStringList> shown(const QTableView &view);

    // Clicks the button and waits for the page's exported(path, error);
    // returns the error ("" when written), or "no answer".
    template<typename Page> QString click(Page *page, const char *button, const QString &path);
    // CSV through button equals the view; named for the file.
    template<typename Page> void checkCsv(Page *page, const char *button, const QTableView *view, const QString &name);
    // PDF through button holds the title and the view's first cell.
    template<typename Page>
    void checkPdf(Page *page, const char *button, const QTableView *view, const QString &title, const QString &name);
    // A save into a folder that does not exist: "Not saved", no file.
    template<typename Page> void checkFailure(Page *page, const char *button, const char *label);

    QTemporaryDir m_out;
    QString m_pdftotext;
};

void ExportPagesTest::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_out.setAutoRemove(!qEnvironmentVariableIsSet("LIANXIN_KEEP_EXPORTS"));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY(openDesk());
}

std::vector<QStringList> ExportPagesTest::shown(const QTableView &view)
{
    const QAbstractItemModel &model = *view.model();
    const QHeaderView &header = *view.horizontalHeader();
    std::vector<QStringList> rows(1);
    for (int visual = 0; visual < header.count(); ++visual) {
        const int c = header.logicalIndex(visual);
        if (!view.isColumnHidden(c))
            rows.front() << model.headerData(c, Qt::Horizontal).toString();
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int visual = 0; visual < header.count(); ++visual) {
            const int c = header.logicalIndex(visual);
            if (!view.isColumnHidden(c))
                cells << model.index(r, c).data().toString();
        }
        rows.push_back(cells);
    }
    return rows;
}

template<typename Page> QString ExportPagesTest::click(Page *page, const char *button, const QString &path)
{
    auto *pushButton = WorkstationFixture::find<QPushButton>(page, button);
    if (!pushButton)
        return QStringLiteral("no button ") + QString::fromLatin1(button);
    QSignalSpy exported(page, &Page::exported);
    lx::ui::SaveFileChooser::setNextAnswer(path);
    QTest::mouseClick(pushButton, Qt::LeftButton);
    if (exported.isEmpty() && !exported.wait(20000))
        return QStringLiteral("no answer");
    if (exported.first().at(0).toString() != path)
        return QStringLiteral("another path");
    return exported.first().at(1).toString();
}

template<typename Page>
void ExportPagesTest::checkCsv(Page *page, const char *button, const QTableView *view, const QString &name)
{
    QVERIFY(view);
    const QString path = m_out.filePath(name + QStringLiteral(".csv"));
    QCOMPARE(click(page, button, path), QString());
    const std::vector<QStringList> csv = readCsvFile(path);
    const std::vector<QStringList> expected = shown(*view);
    QVERIFY2(csv.size() == expected.size(), qPrintable(name));
    QCOMPARE(csv, expected);
}

template<typename Page>
void ExportPagesTest::checkPdf(
    Page *page, const char *button, const QTableView *view, const QString &title, const QString &name)
{
    const QString path = m_out.filePath(name + QStringLiteral(".pdf"));
    QCOMPARE(click(page, button, path), QString());
    QVERIFY(QFile::exists(path));
    if (m_pdftotext.isEmpty())
        return; // poppler-utils missing: the file was written, its text is unread
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QString(title).remove(QLatin1Char(' '))), qPrintable(text.left(300)));
    const std::vector<QStringList> rows = shown(*view);
    QVERIFY2(rows.size() > 1, qPrintable(name + QStringLiteral(": no row to look for")));
    QString first = rows.at(1).first();
    first.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(text.contains(first), qPrintable(first + QStringLiteral(" not in ") + text.left(300)));
}

template<typename Page> void ExportPagesTest::checkFailure(Page *page, const char *button, const char *label)
{
    const QString path = m_out.filePath(QStringLiteral("no-such-folder/list.csv"));
    const QString error = click(page, button, path);
    QVERIFY(!error.isEmpty());
    QVERIFY(error != QStringLiteral("no answer"));
    QVERIFY(!QFile::exists(path));
    auto *result = WorkstationFixture::find<QLabel>(page, label);
    QVERIFY(result);
    QVERIFY2(result->text().startsWith(QStringLiteral("Not saved")), qPrintable(result->text()));
}

void ExportPagesTest::worklistExports()
{
    window()->showSection(Section::Worklist);
    auto *page = WorkstationFixture::find<lx::ui::WorklistPage>(window(), "worklistPage");
    QVERIFY(page);
    auto *view = WorkstationFixture::find<QTableView>(page, "worklistTable");
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    LX_STEP(checkCsv(page, "worklistExportCsvButton", view, QStringLiteral("worklist")));
    LX_STEP(checkPdf(page, "worklistExportPdfButton", view, QStringLiteral("Worklist"), QStringLiteral("worklist")));
    LX_STEP(checkFailure(page, "worklistExportCsvButton", "worklistExportResultLabel"));
    auto *result = WorkstationFixture::find<QLabel>(page, "worklistExportResultLabel");
    QCOMPARE(click(page, "worklistExportCsvButton", m_out.filePath(QStringLiteral("again.csv"))), QString());
    QCOMPARE(result->text(), QStringLiteral("Saved to again.csv."));
}

void ExportPagesTest::approvalsExport()
{
    window()->showSection(Section::Approvals);
    auto *page = WorkstationFixture::find<lx::ui::ApprovalsPage>(window(), "approvalsPage");
    QVERIFY(page);
    // The demo book may leave the queue empty: the header row alone then.
    LX_STEP(checkCsv(page, "approvalsExportCsvButton", WorkstationFixture::find<QTableView>(page, "approvalsTable"),
        QStringLiteral("approvals")));
    const QString pdf = m_out.filePath(QStringLiteral("approvals.pdf"));
    QCOMPARE(click(page, "approvalsExportPdfButton", pdf), QString());
    if (!m_pdftotext.isEmpty())
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Draftsawaitingapproval")));
    LX_STEP(checkFailure(page, "approvalsExportPdfButton", "approvalsExportResultLabel"));
}

void ExportPagesTest::forfaitingTabsExport()
{
    window()->showSection(Section::Forfaiting);
    auto *page = WorkstationFixture::find<lx::ui::ForfaitingPage>(window(), "forfaitingPage");
    QVERIFY(page);
    auto *tabs = WorkstationFixture::find<QTabWidget>(page, "ffTabs");
    QVERIFY(tabs);
    auto *eligible = WorkstationFixture::find<QTableView>(page, "ffEligibleTable");
    auto *market = WorkstationFixture::find<QTableView>(page, "ffMarketTable");
    QTRY_VERIFY_WITH_TIMEOUT(eligible->model()->rowCount() + market->model()->rowCount() > 0, 10000);
    const std::pair<const char *, const char *> lists[] = { { "ffEligibleTab", "ffEligibleTable" },
        { "ffMarketTab", "ffMarketTable" }, { "ffListingsTab", "ffMyListingsTable" }, { "ffDealsTab", "ffDealsTable" },
        { "ffPortfolioTab", "ffPortfolioTable" } };
    for (const auto &[tab, table] : lists) {
        tabs->setCurrentWidget(WorkstationFixture::find<QWidget>(page, tab));
        LX_STEP(checkCsv(
            page, "ffExportCsvButton", WorkstationFixture::find<QTableView>(page, table), QString::fromLatin1(tab)));
    }
    const bool marketHasRows = market->model()->rowCount() > 0;
    tabs->setCurrentWidget(WorkstationFixture::find<QWidget>(page, marketHasRows ? "ffMarketTab" : "ffEligibleTab"));
    LX_STEP(checkPdf(page, "ffExportPdfButton", marketHasRows ? market : eligible,
        marketHasRows ? QStringLiteral("Forfaiting market") : QStringLiteral("Claims eligible for forfaiting"),
        QStringLiteral("forfaiting")));
    LX_STEP(checkFailure(page, "ffExportCsvButton", "ffExportResultLabel"));
}

void ExportPagesTest::quoteListsExport()
{
    window()->showSection(Section::Quotes);
    auto *page = WorkstationFixture::find<lx::ui::QuoteBoardPage>(window(), "quotesPage");
    QVERIFY(page);
    auto *tabs = WorkstationFixture::find<QTabWidget>(page, "quoteListTabs");
    auto *quotes = WorkstationFixture::find<QTableView>(page, "quoteListTable");
    auto *deals = WorkstationFixture::find<QTableView>(page, "quoteDealTable");
    QTRY_VERIFY_WITH_TIMEOUT(quotes->model()->rowCount() > 0, 10000);
    tabs->setCurrentWidget(WorkstationFixture::find<QWidget>(page, "quoteListTab"));
    LX_STEP(checkCsv(page, "quoteExportCsvButton", quotes, QStringLiteral("quotes")));
    LX_STEP(checkPdf(page, "quoteExportPdfButton", quotes, QStringLiteral("Live quotes"), QStringLiteral("quotes")));
    tabs->setCurrentWidget(WorkstationFixture::find<QWidget>(page, "quoteDealTab"));
    LX_STEP(checkCsv(page, "quoteExportCsvButton", deals, QStringLiteral("deals")));
    // Sorted the other way by a click on a header, the file follows the view.
    deals->sortByColumn(0,
        deals->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                              : Qt::AscendingOrder);
    LX_STEP(checkCsv(page, "quoteExportCsvButton", deals, QStringLiteral("deals-resorted")));
    LX_STEP(checkFailure(page, "quoteExportCsvButton", "quoteExportResultLabel"));
}

void ExportPagesTest::ledgerListsExport()
{
    window()->showSection(Section::Ledger);
    auto *page = WorkstationFixture::find<lx::ui::LedgerPage>(window(), "ledgerPage");
    QVERIFY(page);
    auto *blocks = WorkstationFixture::find<QTableView>(page, "ledgerBlockTable");
    auto *transactions = WorkstationFixture::find<QTableView>(page, "ledgerTransactionTable");
    QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > 0, 10000);
    LX_STEP(checkCsv(page, "ledgerBlocksExportCsvButton", blocks, QStringLiteral("blocks")));
    LX_STEP(checkPdf(page, "ledgerBlocksExportPdfButton", blocks, QStringLiteral("Blocks"), QStringLiteral("blocks")));
    blocks->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(transactions->model()->rowCount() > 0, 10000);
    LX_STEP(checkCsv(page, "ledgerTransactionsExportCsvButton", transactions, QStringLiteral("transactions")));
    LX_STEP(checkPdf(page, "ledgerTransactionsExportPdfButton", transactions, QStringLiteral("Transactions"),
        QStringLiteral("transactions")));
    LX_STEP(checkFailure(page, "ledgerTransactionsExportCsvButton", "ledgerExportResultLabel"));
}

LIANXIN_GUI_TEST_MAIN(ExportPagesTest)
#include "ExportPagesTest.moc"
