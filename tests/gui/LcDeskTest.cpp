// The bank's desk at work on a demo book: actions through the outbox and
// their statuses on screen, only officers drafting, checkers approving and
// returning drafts, and the cache's catch-up paused and resumed.
#include "DemoBookDesk.h"
#include "FormTyping.h"
#include "GuiTestMain.h"
#include "KeyboardCheck.h"
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
#include "models/LocalBook.h"
#include "models/OutboxModel.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "models/approvals/ApprovalsModel.h"
#include "models/lc/LcListModel.h"
#include "models/lc/LcSheetModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/worklist/WorklistPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
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

class LcDeskTest : public QObject, private lx::test::DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(openDesk()); }
    void cleanupTestCase() { closeDesk(); }
    void actionGoesThroughTheOutbox();
    void outboxShowsWhereEachActionStands();
    void keyboardAloneOpensTheLetterAndDraftsOne();
    void onlyOfficersDraftNewLetters();
    void checkerApprovesAndReturns();
    void catchingUpPausesAndResumes();
};

void LcDeskTest::actionGoesThroughTheOutbox()
{
    // The officer drafts a new L/C: the draft is signed and written to the
    // outbox, sent, and appears on the ledger awaiting the checker.
    lx::models::LocalBook &book = m_fixture->shell().book();
    QSignalSpy queued(&book, &lx::models::LocalBook::actionQueued);
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc()
        = lx::test::validTerms("HX-GUI-OUTBOX-1", kBank.toStdString(), "DongfangBankMSP");
    book.submitDraft(action);
    QVERIFY(queued.wait(10000));
    // A second one, for the checker to return.
    *action.mutable_issue()->mutable_lc()
        = lx::test::validTerms("HX-GUI-RETURN-1", kBank.toStdString(), "DongfangBankMSP");
    book.submitDraft(action);
    QVERIFY(queued.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingActions(), 0, 15000);
    auto *outbox = m_fixture->statusLabel("statusOutbox");
    QTRY_COMPARE(outbox->text(), QStringLiteral("Outbox: all sent"));
    const auto client = m_fixture->shell().session().client();
    lx::client::LcWorkflow workflow(*client);
    const lianxin::lc::DraftList drafts = workflow.drafts();
    bool drafted = false;
    for (const auto &draft : drafts.drafts())
        drafted = drafted || draft.action().issue().lc().lc_no() == "HX-GUI-OUTBOX-1";
    QVERIFY(drafted);
}

void LcDeskTest::outboxShowsWhereEachActionStands()
{
    // An action the contract refuses (advising an L/C we issued) goes to the
    // outbox like any other and comes back with the contract's reason.
    std::string ours;
    for (const auto &lc : ledgerLetters()) {
        if (lc.issuing_bank_msp() == kBank.toStdString())
            ours = lc.lc_no();
    }
    QVERIFY(!ours.empty());
    lx::models::LocalBook &book = m_fixture->shell().book();
    QSignalSpy queued(&book, &lx::models::LocalBook::actionQueued);
    lianxin::lc::LcAction advise;
    advise.mutable_advise()->set_lc_no(ours);
    book.submitDraft(advise);
    QVERIFY(queued.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingActions(), 0, 15000);

    QTest::mouseClick(WorkstationFixture::find<QToolButton>(window(), "statusOutboxButton"), Qt::LeftButton);
    QVERIFY(window()->outboxWindow() && window()->outboxWindow()->isVisible());
    lx::models::OutboxModel &model = window()->outboxWindow()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.rowCount() >= 3); // the two drafts of the test before, and this one
    // Newest first: the refusal, with the contract's reason in words.
    const QModelIndex refused = model.index(0, lx::models::OutboxModel::StatusColumn);
    QCOMPARE(
        refused.data(lx::models::OutboxModel::StatusRole).toInt(), static_cast<int>(lx::cache::OutboxStatus::Rejected));
    const QString code = refused.data(lx::models::OutboxModel::ReasonCodeRole).toString();
    QVERIFY(!lx::models::ReasonCatalog::text(code).isEmpty());
    QVERIFY2(refused.data().toString().contains(lx::models::ReasonCatalog::text(code)),
        qUtf8Printable(refused.data().toString()));
    // The drafts before it: committed, each in its block.
    for (int row = 1; row < 3; ++row) {
        const QModelIndex committed = model.index(row, lx::models::OutboxModel::StatusColumn);
        QCOMPARE(committed.data(lx::models::OutboxModel::StatusRole).toInt(),
            static_cast<int>(lx::cache::OutboxStatus::Committed));
        const qulonglong block = committed.data(lx::models::OutboxModel::BlockRole).toULongLong();
        QVERIFY(block > 0);
        QCOMPARE(committed.data().toString(), QStringLiteral("Committed in block %1").arg(block));
    }
    window()->outboxWindow()->close();
}

namespace {

// A key as the keyboard sends it: to the focused widget of the active
// window, or to the window when nothing in it has the focus.
bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    if (!focus)
        return false;
    QTest::keyClick(focus, key, modifiers);
    return true;
}

// Tab until target has the focus; false if a whole round of the window's
// chain passes first (a date field takes a Tab for each of its sections).
bool tabTo(const QWidget *target)
{
    const int limit = 4 * static_cast<int>(lx::test::tabChain(target->window()).size()) + 1;
    for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i) {
        if (!press(Qt::Key_Tab))
            return false;
    }
    return QApplication::focusWidget() == target;
}

bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace

// With the keyboard alone (docs/keyboard.md): Ctrl+2 shows the L/Cs, Tab
// reaches the list, Return opens the current L/C's window and Escape closes
// it; Tab reaches "New L/C" and Space opens the issuance form, where Tab
// visits every control once, in the chain's order, and comes back; the
// terms typed, Return in a field submits the draft; Escape closes the form.
void LcDeskTest::keyboardAloneOpensTheLetterAndDraftsOne()
{
    lx::ui::MainWindow *main = window();
    main->showSection(lx::ui::Section::Worklist);
    QVERIFY(activate(main));
    QVERIFY(press(Qt::Key_2, Qt::ControlModifier));
    QCOMPARE(main->currentSection(), lx::ui::Section::LettersOfCredit);

    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(main, "lettersOfCreditPage");
    auto *table = WorkstationFixture::find<QTableView>(page, "lcTable");
    QTRY_VERIFY(page->model().rowCount() > 0);
    QVERIFY(tabTo(table));
    if (!table->currentIndex().isValid())
        QVERIFY(press(Qt::Key_Down));
    const QString lcNo = table->currentIndex().siblingAtColumn(0).data(lx::models::LcListModel::LcNoRole).toString();
    QVERIFY(!lcNo.isEmpty());
    QVERIFY(press(Qt::Key_Return));
    QPointer<lx::ui::LcDetailWindow> detail;
    QTRY_VERIFY((detail = [&]() -> lx::ui::LcDetailWindow * {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *candidate = qobject_cast<lx::ui::LcDetailWindow *>(top);
            if (candidate && candidate->isVisible() && candidate->lcNo() == lcNo)
                return candidate;
        }
        return nullptr;
    }()));
    QVERIFY(activate(detail));
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!detail); // closed, and gone (its windows delete themselves)

    QVERIFY(activate(main));
    auto *newButton = WorkstationFixture::find<QPushButton>(page, "lcNewButton");
    QVERIFY(tabTo(newButton));
    QVERIFY(press(Qt::Key_Space));
    QTRY_VERIFY(page->issueWindow() && page->issueWindow()->isVisible());
    QWidget *form = page->issueWindow();
    QVERIFY(activate(form));

    // One round of Tab: each control once (a table's cells one after another), back to the start.
    const QList<const QWidget *> chain = lx::test::tabChain(form);
    QVERIFY2(chain.size() > 20, "the issuance form has its terms' fields");
    const QWidget *start = QApplication::focusWidget();
    QVERIFY(chain.contains(start));
    QList<const QWidget *> visited { start };
    for (int i = 0; i < 4 * chain.size(); ++i) {
        QVERIFY(press(Qt::Key_Tab));
        const QWidget *now = QApplication::focusWidget();
        if (now == start)
            break;
        if (now != visited.last())
            visited.append(now);
    }
    QCOMPARE(QApplication::focusWidget(), start);
    const qsizetype from = chain.indexOf(start);
    const auto names = [](const QList<const QWidget *> &widgets) {
        QStringList named;
        for (const QWidget *widget : widgets)
            named << widget->objectName();
        return named;
    };
    const QStringList expected = names(chain.mid(from) + chain.mid(0, from));
    QVERIFY2(names(visited) == expected,
        qPrintable(QStringLiteral("Tab went ") + names(visited).join(u',') + QStringLiteral("; the chain is ")
            + expected.join(u',')));

    // Typed, then Return in the L/C number's field: the default button submits.
    lx::models::LocalBook &book = m_fixture->shell().book();
    QSignalSpy queued(&book, &lx::models::LocalBook::actionQueued);
    lx::test::FormTyping(form).fillIssueForm(QStringLiteral("HX-GUI-KEYS-1"), false);
    QVERIFY(activate(form));
    auto *number = WorkstationFixture::find<QLineEdit>(form, "lcNoEdit");
    number->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Return));
    QVERIFY(queued.wait(10000));
    QVERIFY(queued.last().at(1).toString().contains(QStringLiteral("HX-GUI-KEYS-1")));

    // Shown again (nothing in it has the focus after the submission; the
    // offscreen platform does not make it the active window again either).
    form->show();
    QTest::keyClick(form, Qt::Key_Escape);
    QVERIFY(!form->isVisible());
}

void LcDeskTest::onlyOfficersDraftNewLetters()
{
    window()->showSection(lx::ui::Section::LettersOfCredit);
    auto *page = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    auto *button = WorkstationFixture::find<QPushButton>(page, "lcNewButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(page->issueWindow() && page->issueWindow()->isVisible());
    QVERIFY(WorkstationFixture::find<QPushButton>(page->issueWindow(), "submitButton"));
    page->issueWindow()->hide();

    // The same bank's checker approves drafts; drafting is not theirs.
    m_fixture->shell().switchIdentity();
    QVERIFY(m_fixture->signIn(QStringLiteral("HuaxiaBankMSP/checker1")));
    QVERIFY(waitForLiveBook());
    window()->showSection(lx::ui::Section::LettersOfCredit);
    QVERIFY(!button->isVisible());
    // And the checker's worklist has the officer's draft to approve.
    auto *worklist = WorkstationFixture::find<lx::ui::WorklistPage>(window(), "worklistPage");
    lx::models::WorklistModel &model = worklist->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(lx::models::WorklistModel::KindRole).toInt()
                        == static_cast<int>(lx::cache::WorkKind::ApproveDraft)
                    && index.data(lx::models::WorklistModel::LcNoRole).toString() == QLatin1String("HX-GUI-OUTBOX-1"))
                    return true;
            }
            return false;
        }(),
        10000);
}

void LcDeskTest::checkerApprovesAndReturns()
{
    // Signed in as Huaxia's checker (the test before switched).
    QCOMPARE(m_fixture->shell().session().identity().label, QStringLiteral("HuaxiaBankMSP/checker1"));
    window()->showSection(lx::ui::Section::Approvals);
    auto *page = WorkstationFixture::find<lx::ui::ApprovalsPage>(window(), "approvalsPage");
    lx::models::ApprovalsModel &model = page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto draftOf = [&](const char *lcNo) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(lx::models::ApprovalsModel::LcNoRole).toString() == QLatin1String(lcNo))
                return index.data(lx::models::ApprovalsModel::DraftIdRole).toString();
        }
        return QString();
    };
    QTRY_VERIFY(!draftOf("HX-GUI-OUTBOX-1").isEmpty() && !draftOf("HX-GUI-RETURN-1").isEmpty());
    auto *approve = WorkstationFixture::find<QPushButton>(page, "approvalsApproveButton");
    auto *giveBack = WorkstationFixture::find<QPushButton>(page, "approvalsReturnButton");
    auto *comment = WorkstationFixture::find<QLineEdit>(page, "approvalsCommentEdit");
    auto *changes = WorkstationFixture::find<QTableWidget>(page, "approvalsChangesTable");

    // What the draft would issue, next to nothing (a new L/C).
    QVERIFY(page->selectDraft(draftOf("HX-GUI-OUTBOX-1")));
    QStringList proposed;
    for (int row = 0; row < changes->rowCount(); ++row)
        proposed << changes->item(row, 2)->text();
    QVERIFY2(proposed.contains(QStringLiteral("HX-GUI-OUTBOX-1")), qUtf8Printable(proposed.join(u'|')));
    QVERIFY(proposed.contains(QStringLiteral("CNY 1,000,000.00")));
    QVERIFY(approve->isEnabled());
    QVERIFY(!giveBack->isEnabled()); // returning needs a comment
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(!approve->isEnabled()); // not twice

    // Approved: issued on the ledger, in the cache's list, gone from the queue.
    auto *list = WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
    list->search(QStringLiteral("HX-GUI-OUTBOX-1"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model().totalMatching(), qint64(1), 15000);
    QTRY_COMPARE(list->model().index(0, 0).data(lx::models::LcListModel::StateRole).toInt(),
        static_cast<int>(lianxin::lc::LetterOfCredit::ISSUED));
    QTRY_VERIFY_WITH_TIMEOUT(draftOf("HX-GUI-OUTBOX-1").isEmpty(), 15000);

    // Returned with a comment: it stays for the maker, saying why.
    QVERIFY(page->selectDraft(draftOf("HX-GUI-RETURN-1")));
    QTest::keyClicks(comment, QStringLiteral("Wrong beneficiary account"));
    QVERIFY(giveBack->isEnabled());
    QTest::mouseClick(giveBack, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int row = model.rowOf(draftOf("HX-GUI-RETURN-1"));
            return row >= 0
                && model.index(row, 0).data(lx::models::ApprovalsModel::StatusRole).toInt()
                == lianxin::lc::Draft::RETURNED
                && model.index(row, lx::models::ApprovalsModel::StatusColumn)
                       .data()
                       .toString()
                       .contains(QStringLiteral("Wrong beneficiary account"));
        }(),
        15000);
    QCOMPARE(list->model().totalMatching(), qint64(1));
}

void LcDeskTest::catchingUpPausesAndResumes()
{
    // A fresh cache for this bank (a new workstation): the whole channel to
    // catch up with, paused at once from the status bar, then resumed.
    QTemporaryDir elsewhere;
    auto &session = m_fixture->shell().session();
    auto fresh = std::make_shared<lx::cache::LocalCache>(lx::cache::LocalCache::open(elsewhere.path().toStdString(),
        session.identity().mspId.toStdString(), WorkstationFixture::kPassphrase.toStdString()));
    lx::models::LocalBook &book = m_fixture->shell().book();
    book.open(fresh, session.client(), session.identity());
    QCOMPARE(book.syncState(), lx::models::LocalBook::SyncState::CatchingUp);
    auto *button = WorkstationFixture::find<QToolButton>(window(), "statusCacheButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton); // Pause
    QTRY_COMPARE_WITH_TIMEOUT(book.syncState(), lx::models::LocalBook::SyncState::Paused, 15000);
    const quint64 height = session.client()->chainInfo("lc").height();
    QVERIFY2(book.syncedHeight() < height, "paused before the end"); // groups of 64 blocks
    QVERIFY(m_fixture->statusLabel("statusCache")->text().contains(QStringLiteral("paused")));
    QCOMPARE(button->text(), QStringLiteral("Resume"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(book.syncState(), lx::models::LocalBook::SyncState::Live, 15000);
    QCOMPARE(book.syncedHeight(), height);
    QVERIFY(!button->isVisible());
    book.open(session.localCache(), session.client(), session.identity());
    QVERIFY(waitForLiveBook());
}

LIANXIN_GUI_TEST_MAIN(LcDeskTest)
#include "LcDeskTest.moc"
