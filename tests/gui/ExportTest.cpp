// Export and printing: a list to CSV and back equals what the list shows
// (commas, quotes, line breaks and Chinese included); the L/C list and the
// guarantee list export through their buttons; the L/C advice and the
// guarantee print to PDFs whose text names the record and the transaction
// that issued it. PDF text is read with pdftotext (poppler-utils).
#include "DemoBookDesk.h"
#include "ExportFiles.h"
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "models/TableExport.h"
#include "models/guarantee/GuaranteeFilterProxy.h"
#include "models/guarantee/GuaranteeListModel.h"
#include "models/guarantee/GuaranteeSheetModel.h"
#include "models/lc/LcListModel.h"
#include "models/lc/LcSheetModel.h"
#include "models/lc/LcText.h"
#include "ui/guarantee/GuaranteeListPage.h"
#include "ui/guarantee/GuaranteeWindow.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/SaveFileChooser.h"

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>

using lx::models::ExportTable;
using lx::models::TableExport;
using lx::test::pdfText;
using lx::test::readCsvFile;
using lx::test::WorkstationFixture;

class ExportTest : public QObject, private lx::test::DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { closeDesk(); }
    void csvRoundTripsAwkwardCells();
    void storedTextIsShownEscaped();
    void lcListExportsToCsvAsDisplayed();
    void guaranteeListExportsToCsvAndPdf();
    void lcAdvicePrintsToPdf();
    void guaranteePrintsToPdf();

private:
    static std::vector<QStringList> displayed(const QAbstractItemModel &model);

    QTemporaryDir m_out;
    QString m_pdftotext;
};

void ExportTest::initTestCase()
{
    QVERIFY(m_out.isValid());
    // LIANXIN_KEEP_EXPORTS=1 keeps the files for a look.
    m_out.setAutoRemove(!qEnvironmentVariableIsSet("LIANXIN_KEEP_EXPORTS"));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY(openDesk());
}

std::vector<QStringList> ExportTest::displayed(const QAbstractItemModel &model)
{
    std::vector<QStringList> rows;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    rows.push_back(headers);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows.push_back(cells);
    }
    return rows;
}

void ExportTest::csvRoundTripsAwkwardCells()
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({ QStringLiteral("L/C No."), QStringLiteral("Applicant"), QStringLiteral("金额") });
    model.appendRow({ new QStandardItem(QStringLiteral("LC-1")), new QStandardItem(QStringLiteral("Acme, \"Ltd\"")),
        new QStandardItem(QStringLiteral("¥1,000.00")) });
    model.appendRow({ new QStandardItem(QStringLiteral("LC-2")),
        new QStandardItem(QStringLiteral("上海华东贸易有限公司\nsecond line")), new QStandardItem(QString()) });
    const ExportTable table = TableExport::fromModel(model);
    const QByteArray csv = TableExport::csv(table);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\"Acme, \"\"Ltd\"\"\""));
    QCOMPARE(TableExport::parseCsv(csv), displayed(model));
    // A hidden column stays out.
    const ExportTable narrow = TableExport::fromModel(model, { 1 });
    QCOMPARE(narrow.headers, QStringList({ QStringLiteral("L/C No."), QStringLiteral("金额") }));
}

// A record written before the contracts refused hidden characters (or by
// a contract that did not): its sheets and their exports show every control
// and bidirectional character written out, never acting on the screen.
void ExportTest::storedTextIsShownEscaped()
{
    lianxin::lc::LetterOfCredit lc;
    lc.set_lc_no("LC-\u202EX");
    lc.mutable_applicant()->set_name("Good Corp\nKYC EDD 2027-12-31");
    lc.mutable_beneficiary()->set_name("Bene\x1b[2J");
    auto *p = lc.add_presentations();
    p->set_number(1);
    auto *doc = p->add_documents();
    doc->set_doc_type("INVOICE");
    doc->set_file_name("invoice\u202Efdp.exe");
    doc->set_sha256(std::string(32, '\x11'));
    auto *duplicate = p->add_duplicates();
    duplicate->set_doc_type("INVOICE");
    duplicate->add_other_lc_nos("LC\u2066-9");
    const QRegularExpression hidden(QStringLiteral("[\\x00-\\x1f\\x7f-\\x9f\\x{061c}\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"));
    QStringList seen;
    for (const auto sheet : { lx::models::LcSheetModel::Sheet::Terms, lx::models::LcSheetModel::Sheet::Presentations,
             lx::models::LcSheetModel::Sheet::Documents }) {
        lx::models::LcSheetModel model(sheet);
        model.setRecord(lc, {});
        const ExportTable table = TableExport::fromModel(model);
        for (const QStringList &row : table.rows)
            for (const QString &cell : row) {
                QVERIFY2(!cell.contains(hidden), cell.toUtf8().toHex().constData());
                seen << cell;
            }
        QVERIFY(!QString::fromUtf8(TableExport::csv(table)).contains(QChar(0x202E)));
    }
    const QString all = seen.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("invoice\\u202Efdp.exe")), qUtf8Printable(all));
    QVERIFY2(all.contains(QStringLiteral("LC\\u2066-9")), qUtf8Printable(all));
}

void ExportTest::lcListExportsToCsvAsDisplayed()
{
    window()->showSection(lx::ui::Section::LettersOfCredit);
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    QVERIFY(page);
    lx::models::LcListModel &model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.totalMatching() > 0 && model.rowCount() == model.totalMatching(), 10000);
    // Every row read (the list holds pages; asking for a row reads its page).
    const auto allLoaded = [&model] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!model.index(r, 0).data(lx::models::LcListModel::LoadedRole).toBool())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(), 10000);
    const QString path = m_out.filePath(QStringLiteral("letters.csv"));
    QSignalSpy exported(page, &lx::ui::LcListPage::exported);
    lx::ui::SaveFileChooser::setNextAnswer(path);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page, "lcExportCsvButton"), Qt::LeftButton);
    QVERIFY(exported.count() == 1 || exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QCOMPARE(readCsvFile(path), displayed(model));

    const QString pdf = m_out.filePath(QStringLiteral("letters.pdf"));
    lx::ui::SaveFileChooser::setNextAnswer(pdf);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page, "lcExportPdfButton"), Qt::LeftButton);
    QVERIFY(exported.count() == 2 || exported.wait(20000));
    QCOMPARE(exported.at(1).at(1).toString(), QString());
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Lettersofcredit")), qPrintable(text.left(300)));
}

void ExportTest::guaranteeListExportsToCsvAndPdf()
{
    window()->showSection(lx::ui::Section::Guarantees);
    auto *page = WorkstationFixture::find<lx::ui::GuaranteeListPage>(window(), "guaranteesPage");
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->proxy().rowCount() > 0, 10000);
    const QString csv = m_out.filePath(QStringLiteral("guarantees.csv"));
    QSignalSpy exported(page, &lx::ui::GuaranteeListPage::exported);
    lx::ui::SaveFileChooser::setNextAnswer(csv);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page, "gtExportCsvButton"), Qt::LeftButton);
    QVERIFY(exported.count() == 1 || exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QCOMPARE(readCsvFile(csv), displayed(page->proxy()));

    const QString pdf = m_out.filePath(QStringLiteral("guarantees.pdf"));
    lx::ui::SaveFileChooser::setNextAnswer(pdf);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page, "gtExportPdfButton"), Qt::LeftButton);
    QVERIFY(exported.count() == 2 || exported.wait(20000));
    QCOMPARE(exported.at(1).at(1).toString(), QString());
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    // Wrapped cells interleave in the extracted text: the heading and the
    // header row are checked, the cells are the CSV's business.
    QVERIFY2(text.contains(QStringLiteral("Guarantees")), qPrintable(text.left(300)));
    QVERIFY(text.contains(lx::models::LcText::bankName(kBank).remove(QLatin1Char(' '))));
}

void ExportTest::lcAdvicePrintsToPdf()
{
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    QVERIFY(page);
    const QString lcNo = page->model().index(0, 0).data(lx::models::LcListModel::LcNoRole).toString();
    QVERIFY(!lcNo.isEmpty());
    lx::ui::LcDetailWindow *detail = page->openDetail(lcNo);
    lx::models::LcSheetModel &timeline = detail->sheet(4);
    QTRY_VERIFY_WITH_TIMEOUT(timeline.rowCount() > 0, 10000);
    const QString issueTx = timeline.index(0, 0).data(lx::models::LcSheetModel::TxIdRole).toString();
    QVERIFY(!issueTx.isEmpty());

    const QString pdf = m_out.filePath(QStringLiteral("advice.pdf"));
    QSignalSpy printed(detail, &lx::ui::LcDetailWindow::printed);
    lx::ui::SaveFileChooser::setNextAnswer(pdf);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(detail, "lcPrintAdviceButton"), Qt::LeftButton);
    QVERIFY(printed.count() == 1 || printed.wait(20000));
    QCOMPARE(printed.first().at(1).toString(), QString());
    QVERIFY(QFile(pdf).size() > 1000);
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(lcNo), qPrintable(text.left(400)));
    QVERIFY2(text.contains(issueTx), qPrintable(issueTx));
}

void ExportTest::guaranteePrintsToPdf()
{
    window()->showSection(lx::ui::Section::Guarantees);
    auto *page = WorkstationFixture::find<lx::ui::GuaranteeListPage>(window(), "guaranteesPage");
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->proxy().rowCount() > 0, 10000);
    const QString no = page->proxy().index(0, 0).data(lx::models::GuaranteeListModel::GuaranteeNoRole).toString();
    QVERIFY(!no.isEmpty());
    lx::ui::GuaranteeWindow *w = page->openGuarantee(no);
    lx::models::GuaranteeSheetModel &timeline = w->sheet(lx::ui::GuaranteeWindow::TimelineTab);
    QTRY_VERIFY_WITH_TIMEOUT(timeline.rowCount() > 0, 10000);
    const QString issueTx = timeline.index(0, 0).data(lx::models::GuaranteeSheetModel::TxIdRole).toString();
    QVERIFY(!issueTx.isEmpty());

    const QString pdf = m_out.filePath(QStringLiteral("guarantee.pdf"));
    QSignalSpy printed(w, &lx::ui::GuaranteeWindow::printed);
    lx::ui::SaveFileChooser::setNextAnswer(pdf);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(w, "gtPrintGuaranteeButton"), Qt::LeftButton);
    QVERIFY(printed.count() == 1 || printed.wait(20000));
    QCOMPARE(printed.first().at(1).toString(), QString());
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(no), qPrintable(text.left(400)));
    QVERIFY2(text.contains(issueTx), qPrintable(issueTx));
}

LIANXIN_GUI_TEST_MAIN(ExportTest)
#include "ExportTest.moc"
