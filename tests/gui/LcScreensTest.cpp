// The L/C screens on a sandbox holding a demo book: what they show equals
// what the ledger holds for the signed-in bank; filters and sorting through
// the widgets; the worklist; an L/C's window with only the actions the
// contract would accept; the action forms judged as the contract judges;
// the regulator reads and changes nothing.
#include "DemoBookDesk.h"
#include "GuiTestMain.h"
#include "WorkstationFixture.h"
#include "cache/LocalCache.h"
#include "common/LcTestData.h"

#include "crypto/Hash.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DemoBook.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/OutboxModel.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "models/WorkstationSettings.h"
#include "models/approvals/ApprovalsModel.h"
#include "models/lc/LcListModel.h"
#include "models/lc/LcSheetModel.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/worklist/WorklistPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <set>

using lx::test::WorkstationFixture;
using namespace std::chrono;

class LcScreensTest : public QObject, private lx::test::DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(openDesk()); }
    void cleanupTestCase() { closeDesk(); }
    void listShowsTheBanksLetters();
    void listReadsOnlyThePagesOnScreen();
    void filtersAndSortingThroughTheWidgets();
    void worklistShowsWhatToAdvise();
    void detailShowsTheLetterAndOnlyAllowedActions();
    void formsJudgeAsTheContractDoes();
    void theRegulatorReadsEverythingAndChangesNothing();
};

// The list reads the pages it shows and no more: fitting its columns must
// not ask every row (ResizeToContents did, and the model read the whole
// book page by page to answer: 2,081 reads at 100,000 L/Cs).
void LcScreensTest::listReadsOnlyThePagesOnScreen()
{
    constexpr int kRows = 2; // pages of two rows: the bank's letters are many pages
    window()->showSection(lx::ui::Section::LettersOfCredit);
    window()->resize(1366, 500);
    window()->setPageRows(kRows);
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    auto *table = WorkstationFixture::find<QTableView>(page, "lcTable");
    lx::models::LcListModel &model = page->model();
    QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
    QTest::qWait(200); // any further read the view would ask for
    QTRY_VERIFY(!model.isLoading());
    QVERIFY2(model.rowCount() > 4 * kRows, "the demo book is several pages");
    const int onScreen = table->viewport()->height() / table->verticalHeader()->defaultSectionSize() + 1;
    QVERIFY2(model.pagesHeld() <= onScreen / kRows + 2,
        qPrintable(QStringLiteral("%1 pages held for %2 rows on screen").arg(model.pagesHeld()).arg(onScreen)));
    window()->setPageRows(lx::models::WorkstationSettings::kDefaultPageRows);
}

void LcScreensTest::listShowsTheBanksLetters()
{
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    QVERIFY(page);
    lx::models::LcListModel &model = page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::set<QString> expected;
    for (const auto &lc : ledgerLetters()) {
        if (involves(lc, kBank.toStdString()))
            expected.insert(QString::fromStdString(lc.lc_no()));
    }
    QVERIFY(!expected.empty());
    QVERIFY(expected.size() < static_cast<std::size_t>(kLetters)); // another bank's L/Cs stay out
    QTRY_COMPARE(model.totalMatching(), static_cast<qint64>(expected.size()));
    QTRY_VERIFY(!model.isLoading());
    std::set<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, 0).data(lx::models::LcListModel::LcNoRole).toString());
    QCOMPARE(shown, expected);
    auto *count = WorkstationFixture::find<QLabel>(page, "lcCountLabel");
    QCOMPARE(count->text(), QStringLiteral("%1 L/Cs").arg(expected.size()));
}

void LcScreensTest::filtersAndSortingThroughTheWidgets()
{
    window()->showSection(lx::ui::Section::LettersOfCredit);
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    lx::models::LcListModel &model = page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto letters = ledgerLetters();
    std::vector<lianxin::lc::LetterOfCredit> ours;
    for (const auto &lc : letters) {
        if (involves(lc, kBank.toStdString()))
            ours.push_back(lc);
    }
    // One L/C by its number, typed as a person would.
    const QString wanted = QString::fromStdString(ours.front().lc_no());
    auto *search = WorkstationFixture::find<QLineEdit>(page, "lcSearchEdit");
    QTest::keyClicks(search, wanted);
    QTRY_COMPARE(model.totalMatching(), qint64(1));
    QTRY_COMPARE(model.index(0, 0).data(lx::models::LcListModel::LcNoRole).toString(), wanted);
    search->clear();
    QTRY_COMPARE(model.totalMatching(), static_cast<qint64>(ours.size()));

    // By state: the count of the state most of our L/Cs are in.
    std::map<int, int> byState;
    for (const auto &lc : ours)
        ++byState[lc.state()];
    const auto common = std::max_element(
        byState.begin(), byState.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    auto *states = WorkstationFixture::find<QComboBox>(page, "lcStateCombo");
    states->setCurrentIndex(states->findData(common->first));
    QTRY_COMPARE(model.totalMatching(), static_cast<qint64>(common->second));
    QTRY_VERIFY(!model.isLoading());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(lx::models::LcListModel::StateRole).toInt(), common->first);
    states->setCurrentIndex(0);

    // A bad amount is named, and the list stays as it was.
    auto *minimum = WorkstationFixture::find<QLineEdit>(page, "lcAmountMinEdit");
    QTest::keyClicks(minimum, QStringLiteral("12abc"));
    auto *error = WorkstationFixture::find<QLabel>(page, "lcFilterErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    minimum->clear();
    QTRY_VERIFY(!error->isVisible());

    // Sorting by amount, descending, by clicking the header twice.
    auto *table = WorkstationFixture::find<QTableView>(page, "lcTable");
    table->sortByColumn(lx::models::LcListModel::AmountColumn, Qt::DescendingOrder);
    QTRY_COMPARE(model.totalMatching(), static_cast<qint64>(ours.size()));
    QTRY_VERIFY(!model.isLoading());
    std::vector<qint64> amounts;
    for (int row = 0; row < model.rowCount(); ++row)
        amounts.push_back(model.index(row, 0).data(lx::models::LcListModel::AmountFenRole).toLongLong());
    QVERIFY(std::is_sorted(amounts.rbegin(), amounts.rend()));
}

void LcScreensTest::worklistShowsWhatToAdvise()
{
    auto *page = WorkstationFixture::find<lx::ui::WorklistPage>(window(), "worklistPage");
    lx::models::WorklistModel &model = page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::set<QString> toAdvise;
    for (const auto &lc : ledgerLetters()) {
        if (lc.state() == lianxin::lc::LetterOfCredit::ISSUED && lc.advising_bank_msp() == kBank.toStdString())
            toAdvise.insert(QString::fromStdString(lc.lc_no()));
    }
    model.refresh();
    QSignalSpy refreshed(&model, &lx::models::WorklistModel::refreshed);
    QVERIFY(refreshed.wait(10000));
    std::set<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(lx::models::WorklistModel::KindRole).toInt() == static_cast<int>(lx::cache::WorkKind::Advise))
            shown.insert(index.data(lx::models::WorklistModel::LcNoRole).toString());
    }
    QVERIFY(!toAdvise.empty()); // kSeed leaves some
    QCOMPARE(shown, toAdvise);
    QCOMPARE(model.today(), static_cast<int>(sys_days(kToday).time_since_epoch().count()));
    // Overdue rows are red and say so; business days are counted for the rest.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex left = model.index(row, lx::models::WorklistModel::DaysLeftColumn);
        if (model.index(row, 0).data(lx::models::WorklistModel::OverdueRole).toBool()) {
            QVERIFY(left.data().toString().startsWith(QStringLiteral("Overdue by")));
            QVERIFY(left.data(Qt::ForegroundRole).isValid());
        }
    }
    auto *summary = WorkstationFixture::find<QLabel>(page, "worklistSummaryLabel");
    QVERIFY(summary->text().contains(QString::number(model.rowCount())));
}

void LcScreensTest::detailShowsTheLetterAndOnlyAllowedActions()
{
    const std::string bank = kBank.toStdString();
    std::optional<lianxin::lc::LetterOfCredit> toAdvise, ourIssued;
    for (const auto &lc : ledgerLetters()) {
        if (lc.state() == lianxin::lc::LetterOfCredit::ISSUED && lc.advising_bank_msp() == bank)
            toAdvise = lc;
        if (lc.state() == lianxin::lc::LetterOfCredit::AMENDMENT_PENDING && lc.issuing_bank_msp() == bank)
            ourIssued = lc;
    }
    QVERIFY(toAdvise && ourIssued); // kSeed gives both
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");

    // Where we advise: the terms, the ledger's own history with its blocks, and Advise.
    lx::ui::LcDetailWindow *detail = page->openDetail(QString::fromStdString(toAdvise->lc_no()));
    QSignalSpy loaded(detail, &lx::ui::LcDetailWindow::loaded);
    QVERIFY(loaded.wait(10000));
    QAbstractItemModelTester terms(&detail->sheet(0), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(&detail->sheet(4), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detail->sheet(0).index(0, 1).data().toString(), QString::fromStdString(toAdvise->lc_no()));
    const lx::models::LcSheetModel &timeline = detail->sheet(4);
    QCOMPARE(timeline.rowCount(), toAdvise->history_size());
    const auto client = m_fixture->shell().session().client();
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const std::string txId = toAdvise->history(row).tx_id();
        QCOMPARE(timeline.index(row, 0).data(lx::models::LcSheetModel::TxIdRole).toString().toStdString(), txId);
        const auto status = client->transactionStatus("lc", txId);
        QVERIFY(status);
        QCOMPARE(timeline.index(row, 0).data(lx::models::LcSheetModel::BlockRole).toULongLong(),
            static_cast<qulonglong>(status->blockNumber));
    }
    // Each transaction as the ledger holds it: its signer, its endorsers, verified.
    QTRY_VERIFY_WITH_TIMEOUT(timeline.index(0, 0).data(lx::models::LcSheetModel::VerifiedRole).isValid(), 10000);
    for (int row = 0; row < timeline.rowCount(); ++row) {
        QVERIFY(timeline.index(row, 0).data(lx::models::LcSheetModel::VerifiedRole).toBool());
        QCOMPARE(timeline.index(row, 9).data().toString(), QStringLiteral("Verified"));
        QVERIFY(timeline.index(row, 7).data().toString().endsWith(
            QString::fromStdString("@" + toAdvise->history(row).bank_msp())));
        QVERIFY(!timeline.index(row, 8).data().toString().isEmpty());
    }
    QVERIFY(detail->actionButton(QStringLiteral("advise")));
    QVERIFY(!detail->actionButton(QStringLiteral("cancel"))); // the issuing bank's
    QVERIFY(!detail->actionButton(QStringLiteral("close")));
    // Advising from the window drafts it for the checker; no second click.
    QPushButton *advise = detail->actionButton(QStringLiteral("advise"));
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(advise, Qt::LeftButton);
    QVERIFY(!advise->isEnabled());
    QVERIFY(queued.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->shell().book().pendingActions(), 0, 15000);
    lx::client::LcWorkflow workflow(*client);
    const lianxin::lc::DraftList drafts = workflow.drafts();
    bool drafted = false;
    for (const auto &draft : drafts.drafts())
        drafted = drafted || draft.action().advise().lc_no() == toAdvise->lc_no();
    QVERIFY(drafted);
    detail->close();
    // Reopened while the draft waits for the checker: no second draft, and why.
    detail = page->openDetail(QString::fromStdString(toAdvise->lc_no()));
    QSignalSpy reloaded(detail, &lx::ui::LcDetailWindow::loaded);
    QVERIFY(reloaded.wait(10000));
    QVERIFY(detail->actionButton(QStringLiteral("advise")));
    QVERIFY(!detail->actionButton(QStringLiteral("advise"))->isEnabled());
    QCOMPARE(WorkstationFixture::find<QLabel>(detail, "lcActionMessageLabel")->text(),
        QStringLiteral("A draft on this L/C awaits approval by a checker of your bank."));
    detail->close();

    // Where we issued and our amendment waits for the beneficiary: the
    // answer is the advising bank's, not ours; neither is advising.
    detail = page->openDetail(QString::fromStdString(ourIssued->lc_no()));
    QSignalSpy loadedAgain(detail, &lx::ui::LcDetailWindow::loaded);
    QVERIFY(loadedAgain.wait(10000));
    const int pending = ourIssued->amendments(ourIssued->amendments_size() - 1).number();
    QVERIFY(!detail->actionButton(QStringLiteral("accept-amendment-%1").arg(pending)));
    QVERIFY(!detail->actionButton(QStringLiteral("advise")));
    QCOMPARE(detail->sheet(1).rowCount(), ourIssued->amendments_size());
    detail->close();
}

void LcScreensTest::formsJudgeAsTheContractDoes()
{
    const std::string bank = kBank.toStdString();
    const int today = static_cast<int>(sys_days(kToday).time_since_epoch().count());
    const auto dayOf = [](const lianxin::lc::Date &d) {
        return static_cast<int>(
            sys_days(year(d.year()) / month(static_cast<unsigned>(d.month())) / day(static_cast<unsigned>(d.day())))
                .time_since_epoch()
                .count());
    };
    std::optional<lianxin::lc::LetterOfCredit> toAmend, toPresent;
    for (const auto &lc : ledgerLetters()) {
        if (lc.state() != lianxin::lc::LetterOfCredit::ADVISED)
            continue;
        if (lc.issuing_bank_msp() == bank && dayOf(lc.expiry_date()) > today)
            toAmend = lc;
        const auto &shipBy = lc.latest_shipment_date().year() ? lc.latest_shipment_date() : lc.expiry_date();
        if (lc.advising_bank_msp() == bank && dayOf(shipBy) >= today && dayOf(lc.expiry_date()) > today)
            toPresent = lc;
    }
    QVERIFY2(toAmend, "no amendable L/C");
    QVERIFY2(toPresent, "no presentable L/C"); // kSeed gives both
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    lx::models::LocalBook &book = m_fixture->shell().book();
    const auto client = m_fixture->shell().session().client();

    // Amend: the form says what the contract would say, as the officer types.
    lx::ui::LcDetailWindow *detail = page->openDetail(QString::fromStdString(toAmend->lc_no()));
    QSignalSpy loaded(detail, &lx::ui::LcDetailWindow::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(detail->actionButton(QStringLiteral("form-amend")));
    QVERIFY(!detail->actionButton(QStringLiteral("form-present"))); // the advising bank presents
    lx::ui::LcActionForm *amend = detail->openForm(lx::ui::LcActionForm::Kind::Amend);
    auto *submit = WorkstationFixture::find<QPushButton>(amend, "lcActionSubmitButton");
    QVERIFY(!amend->problem().isEmpty()); // an amendment that changes nothing
    QVERIFY(!submit->isEnabled());
    auto *increase = WorkstationFixture::find<QLineEdit>(amend, "amendIncreaseEdit");
    QTest::keyClicks(increase, QStringLiteral("12abc"));
    QVERIFY(!amend->problem().isEmpty());
    QVERIFY(!submit->isEnabled());
    increase->clear();
    QTest::keyClicks(increase, QStringLiteral("50,000.00"));
    QVERIFY2(amend->problem().isEmpty(), qUtf8Printable(amend->problem()));
    QVERIFY(submit->isEnabled());
    QSignalSpy queued(&book, &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(queued.wait(10000));
    detail->close();

    // Present: files hashed off the GUI thread; the amount is the contract's to judge.
    detail = page->openDetail(QString::fromStdString(toPresent->lc_no()));
    QSignalSpy loadedAgain(detail, &lx::ui::LcDetailWindow::loaded);
    QVERIFY(loadedAgain.wait(10000));
    QVERIFY(detail->actionButton(QStringLiteral("form-present")));
    lx::ui::LcActionForm *present = detail->openForm(lx::ui::LcActionForm::Kind::Present);
    QTemporaryDir files;
    auto *types = WorkstationFixture::find<QComboBox>(present, "presentDocTypeCombo");
    auto *list = WorkstationFixture::find<QListWidget>(present, "presentDocumentsList");
    std::map<std::string, std::string> contents;
    for (const auto &required : toPresent->required_documents()) {
        const QString path = files.filePath(QString::fromStdString(required.doc_type()) + QStringLiteral(".pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray body = "%PDF-1.4 " + QByteArray::fromStdString(required.doc_type()) + " of "
            + QByteArray::fromStdString(toPresent->lc_no());
        file.write(body);
        file.close();
        contents[required.doc_type()] = body.toStdString();
        types->setCurrentIndex(std::max(0, types->findData(QString::fromStdString(required.doc_type()))));
        const int before = list->count();
        present->attachFile(path);
        QTRY_COMPARE(list->count(), before + 1);
    }
    auto *amount = WorkstationFixture::find<QLineEdit>(present, "presentAmountEdit");
    QTest::keyClicks(amount, QStringLiteral("999,999,999.00")); // beyond the L/C
    QVERIFY(!present->problem().isEmpty());
    submit = WorkstationFixture::find<QPushButton>(present, "lcActionSubmitButton");
    QVERIFY(!submit->isEnabled());
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1,000.00"));
    QVERIFY2(present->problem().isEmpty(), qUtf8Printable(present->problem()));
    // The day of receipt: the draft's day unless the officer records another,
    // judged by the contract's rule as the officer picks it.
    auto *received = WorkstationFixture::find<QDateEdit>(present, "presentReceivedEdit");
    QVERIFY(!received->accessibleName().isEmpty());
    const QDate draftDay = lx::models::LcText::dateOfDay(lx::models::chinaToday(m_fixture->shell().session().clock()));
    QCOMPARE(received->date(), draftDay);
    received->setDate(draftDay.addDays(1));
    QVERIFY2(present->problem().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("LC_RECEIPT_IN_FUTURE"))),
        qUtf8Printable(present->problem()));
    QVERIFY(!submit->isEnabled());
    received->setDate(draftDay.addDays(-30));
    QVERIFY2(present->problem().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("LC_RECEIPT_TOO_OLD"))),
        qUtf8Printable(present->problem()));
    received->setDate(draftDay);
    QVERIFY2(present->problem().isEmpty(), qUtf8Printable(present->problem()));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(queued.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingActions(), 0, 15000);
    detail->close();

    // On the ledger: both drafts, the presentation carrying the files' hashes.
    lx::client::LcWorkflow workflow(*client);
    const lianxin::lc::DraftList drafts = workflow.drafts();
    bool amended = false;
    bool presented = false;
    for (const auto &draft : drafts.drafts()) {
        const auto &action = draft.action();
        amended = amended
            || (action.amend().lc_no() == toAmend->lc_no() && action.amend().amendment().increase_fen() == 5000000);
        if (action.present().lc_no() == toPresent->lc_no()) {
            presented = action.present().presentation().amount_fen() == 100000
                && lx::models::LcTermsCheck::fromProto(action.present().presentation().received_date()) == draftDay;
            for (const auto &doc : action.present().presentation().documents())
                presented = presented && doc.sha256() == lx::crypto::sha256(contents.at(doc.doc_type()));
        }
    }
    QVERIFY(amended);
    QVERIFY(presented);
}

void LcScreensTest::theRegulatorReadsEverythingAndChangesNothing()
{
    m_fixture->shell().switchIdentity();
    QVERIFY(m_fixture->signIn(QStringLiteral("RegulatorMSP/auditor1")));
    QVERIFY(waitForLiveBook());
    window()->showSection(lx::ui::Section::LettersOfCredit);
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    page->search(QString()); // the tests before searched for one L/C
    // Every bank's L/Cs (the two drafted above were approved or returned: one more issued).
    QTRY_COMPARE_WITH_TIMEOUT(page->model().totalMatching(), static_cast<qint64>(ledgerLetters().size()), 15000);
    QVERIFY(!WorkstationFixture::find<QPushButton>(page, "lcNewButton")->isVisible());
    const QString any = page->model().index(0, 0).data(lx::models::LcListModel::LcNoRole).toString();
    lx::ui::LcDetailWindow *detail = page->openDetail(any);
    QSignalSpy loaded(detail, &lx::ui::LcDetailWindow::loaded);
    QVERIFY(loaded.wait(10000));
    for (const char *key : { "advise", "close", "expire", "cancel", "form-amend", "form-present", "form-examine" })
        QVERIFY2(!detail->actionButton(QLatin1String(key)), key);
    QVERIFY(detail->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^lcAction-|^lcForm-"))).isEmpty());
    detail->close();
    window()->showSection(lx::ui::Section::Approvals);
    auto *approvals = WorkstationFixture::find<lx::ui::ApprovalsPage>(window(), "approvalsPage");
    QVERIFY(!WorkstationFixture::find<QPushButton>(approvals, "approvalsApproveButton")->isVisible());
}

LIANXIN_GUI_TEST_MAIN(LcScreensTest)
#include "LcScreensTest.moc"
