// The workstation's lock (issue 18, item 4; docs/auto-lock.md): Ctrl+L and
// the idle time lock it, the keys go, the same passphrase resumes with the
// windows and a half-typed form as they were, five wrong passphrases sign
// out.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "ui/lock/LockScreen.h"
#include "ui/lock/WorkstationLock.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using lx::test::WorkstationFixture;
using namespace std::chrono_literals;

class LockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }

    void ctrlLLocksAndThePassphraseResumesWhereTheOfficerWas();
    void idleTimeLocksAndInputPostponesIt();
    void fiveWrongPassphrasesSignOut();
    void theLockScreenCannotBeDismissed();

private:
    lx::ui::LockScreen *lockScreen() { return m_fixture->shell().lock()->lockScreen(); }
    void typeIntoLockScreen(const QString &passphrase);
    QWidget *openIssueFormWithLcNo(const QString &lcNo);

    std::unique_ptr<WorkstationFixture> m_fixture;
};

void LockTest::init()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
}

void LockTest::typeIntoLockScreen(const QString &passphrase)
{
    auto *edit = WorkstationFixture::find<QLineEdit>(lockScreen(), "lockPassphraseEdit");
    QVERIFY(edit);
    QTRY_VERIFY(edit->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, passphrase);
    QTest::keyClick(edit, Qt::Key_Return);
}

QWidget *LockTest::openIssueFormWithLcNo(const QString &lcNo)
{
    auto *mainWindow = m_fixture->shell().mainWindow();
    auto *newLc = WorkstationFixture::find<QPushButton>(mainWindow, "lcNewButton");
    if (!newLc)
        return nullptr;
    mainWindow->showSection(lx::ui::Section::LettersOfCredit);
    newLc->click();
    QWidget *window = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String("lcIssueWindow") && top->isVisible())
            window = top;
    }
    auto *edit = WorkstationFixture::find<QLineEdit>(window, "lcNoEdit");
    if (!edit)
        return nullptr;
    edit->setFocus();
    QTest::keyClicks(edit, lcNo);
    return window;
}

void LockTest::ctrlLLocksAndThePassphraseResumesWhereTheOfficerWas()
{
    auto &session = m_fixture->shell().session();
    auto *mainWindow = m_fixture->shell().mainWindow();
    QWidget *form = openIssueFormWithLcNo(QStringLiteral("HX-HALF-TYPED"));
    QVERIFY(form);
    QTRY_COMPARE(m_fixture->shell().book().syncState(), lx::models::LocalBook::SyncState::Live);
    std::weak_ptr<void> client = session.client();
    std::weak_ptr<void> cache = session.localCache();
    QVERIFY(!client.expired() && !cache.expired());

    // Ctrl+L from the form's window: an application-wide shortcut.
    QTest::keyClick(form, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(session.isLocked());
    QVERIFY(lockScreen()->isVisible());
    QVERIFY(!mainWindow->isVisible());
    QVERIFY(!form->isVisible());
    // Nothing holds the client (with the wallet's key) or the cache (with
    // its key) any more: both are freed and their keys wiped.
    QTRY_VERIFY(client.expired());
    QTRY_VERIFY(cache.expired());
    QCOMPARE(m_fixture->shell().book().syncState(), lx::models::LocalBook::SyncState::Closed);
    auto *who = WorkstationFixture::find<QLabel>(lockScreen(), "lockWhoLabel");
    QVERIFY(who->text().contains(WorkstationFixture::kHuaxiaOfficer));

    typeIntoLockScreen(QStringLiteral("not the passphrase"));
    QTRY_VERIFY(lockScreen()->message().contains(QLatin1String("4 more wrong attempts")));
    QVERIFY(session.isLocked());
    QVERIFY(!mainWindow->isVisible());

    typeIntoLockScreen(WorkstationFixture::kPassphrase);
    QTRY_VERIFY(!session.isLocked());
    QVERIFY(session.isSignedIn());
    QCOMPARE(session.identity().label, WorkstationFixture::kHuaxiaOfficer);
    QVERIFY(!lockScreen()->isVisible());
    QVERIFY(mainWindow->isVisible());
    QVERIFY(form->isVisible());
    QCOMPARE(WorkstationFixture::find<QLineEdit>(form, "lcNoEdit")->text(), QStringLiteral("HX-HALF-TYPED"));
    QCOMPARE(mainWindow->currentSection(), lx::ui::Section::LettersOfCredit);
    // The book reopens the cache and follows the ledger again.
    QTRY_COMPARE(m_fixture->shell().book().syncState(), lx::models::LocalBook::SyncState::Live);
}

void LockTest::idleTimeLocksAndInputPostponesIt()
{
    auto &session = m_fixture->shell().session();
    auto *lock = m_fixture->shell().lock();
    auto *mainWindow = m_fixture->shell().mainWindow();
    // The setting is read at start.
    QCOMPARE(lock->idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(10)));
    lock->setIdleTimeout(3000ms);
    // Typing keeps it open: four and a half seconds of keys, one every 200 ms
    // (well past the timeout, with room for a busy machine's late timers).
    for (int i = 0; i < 22; ++i) {
        QTest::keyClick(mainWindow, Qt::Key_Shift);
        QTest::qWait(200);
    }
    QVERIFY(!session.isLocked());
    // Then nothing: it locks by itself.
    QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 10000);
    QVERIFY(lockScreen()->isVisible());
    QVERIFY(!mainWindow->isVisible());
    typeIntoLockScreen(WorkstationFixture::kPassphrase);
    QTRY_VERIFY(!session.isLocked());
    QVERIFY(mainWindow->isVisible());
    // Zero: never.
    lock->setIdleTimeout(0ms);
    QTest::qWait(300);
    QVERIFY(!session.isLocked());
}

void LockTest::fiveWrongPassphrasesSignOut()
{
    auto &session = m_fixture->shell().session();
    auto *mainWindow = m_fixture->shell().mainWindow();
    QWidget *form = openIssueFormWithLcNo(QStringLiteral("HX-DROPPED"));
    QVERIFY(form);
    m_fixture->shell().lock()->lockNow();
    QVERIFY(session.isLocked());
    for (int attempt = 1; attempt < lx::models::SessionModel::kMaxUnlockAttempts; ++attempt) {
        typeIntoLockScreen(QStringLiteral("wrong %1").arg(attempt));
        const int left = lx::models::SessionModel::kMaxUnlockAttempts - attempt;
        QTRY_VERIFY2(lockScreen()->message().contains(QStringLiteral("%1 more wrong attempt").arg(left)),
            qPrintable(lockScreen()->message()));
        QVERIFY(session.isLocked());
    }
    QSignalSpy signedOut(&session, &lx::models::SessionModel::signedOut);
    typeIntoLockScreen(QStringLiteral("wrong 5"));
    QTRY_COMPARE(signedOut.count(), 1);
    QVERIFY(!session.isLocked());
    QVERIFY(!session.isSignedIn());
    QVERIFY(!lockScreen()->isVisible());
    QVERIFY(!mainWindow->isVisible());
    QVERIFY(!form->isVisible());
    QVERIFY(m_fixture->shell().signInDialog()->isVisible());
    // Anyone may sign in again, and finds the workstation working.
    QVERIFY(m_fixture->signIn(WorkstationFixture::kDongfangChecker));
    QVERIFY(mainWindow->isVisible());
    QTRY_COMPARE(m_fixture->shell().book().syncState(), lx::models::LocalBook::SyncState::Live);
}

void LockTest::theLockScreenCannotBeDismissed()
{
    m_fixture->shell().lock()->lockNow();
    QVERIFY(lockScreen()->isVisible());
    QTest::keyClick(lockScreen(), Qt::Key_Escape);
    QVERIFY(lockScreen()->isVisible());
    lockScreen()->close();
    QVERIFY(lockScreen()->isVisible());
    QVERIFY(m_fixture->shell().session().isLocked());
    // An empty passphrase is said, not tried.
    typeIntoLockScreen(QString());
    QCOMPARE(lockScreen()->message(), QStringLiteral("Enter the wallet passphrase."));
    QVERIFY(m_fixture->shell().session().isLocked());
}

LIANXIN_GUI_TEST_MAIN(LockTest)
#include "LockTest.moc"
