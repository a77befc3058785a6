// Signing in, a wrong passphrase, switching identity, scripted sign-in.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "models/IdentityListModel.h"
#include "models/SessionModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using lx::test::WorkstationFixture;

class SignInTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }

    void signInShowsBankAndRole();
    void wrongPassphraseIsExplainedInPlace();
    void emptyPassphraseIsRefused();
    void switchIdentityToAnotherBank();
    void cancelledSwitchKeepsTheSession();
    void cancelAtStartAsksToQuit();
    void lastIdentityIsPreselected();

private:
    std::unique_ptr<WorkstationFixture> m_fixture;
};

void SignInTest::init()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->startAndWaitForSignIn());
}

void SignInTest::signInShowsBankAndRole()
{
    QVERIFY(m_fixture->signIn(WorkstationFixture::kHuaxiaOfficer));
    QCOMPARE(m_fixture->statusLabel("statusBank")->text(), QStringLiteral("Bank: Huaxia Trade Bank"));
    QCOMPARE(m_fixture->statusLabel("statusRole")->text(), QStringLiteral("Role: Officer"));
    QCOMPARE(m_fixture->statusLabel("statusUser")->text(), QStringLiteral("User: Wang Fang (officer1)"));
    QCOMPARE(m_fixture->shell().mainWindow()->windowTitle(), QStringLiteral("LianXin — Huaxia Trade Bank"));
    QCOMPARE(m_fixture->settings().value(lx::ui::WorkstationShell::kLastIdentityKey).toString(),
        WorkstationFixture::kHuaxiaOfficer);
}

void SignInTest::wrongPassphraseIsExplainedInPlace()
{
    lx::ui::SignInDialog *dialog = m_fixture->shell().signInDialog();
    auto *error = WorkstationFixture::find<QLabel>(dialog, "signInErrorLabel");
    auto *edit = WorkstationFixture::find<QLineEdit>(dialog, "signInPassphraseEdit");
    QSignalSpy failed(&m_fixture->shell().session(), &lx::models::SessionModel::signInFailed);

    m_fixture->enterSignIn(WorkstationFixture::kHuaxiaOfficer, QStringLiteral("not the passphrase"));
    QVERIFY(failed.wait(10000));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The passphrase is wrong. Try again."));
    QVERIFY(dialog->isVisible());
    QVERIFY(edit->isEnabled());
    QVERIFY(!m_fixture->shell().mainWindow()->isVisible());
    QVERIFY(!m_fixture->shell().session().isSignedIn());

    // Nothing changed: the right passphrase still works.
    QVERIFY(m_fixture->signIn(WorkstationFixture::kHuaxiaOfficer));
}

void SignInTest::emptyPassphraseIsRefused()
{
    lx::ui::SignInDialog *dialog = m_fixture->shell().signInDialog();
    QSignalSpy busy(&m_fixture->shell().session(), &lx::models::SessionModel::busyChanged);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    auto *error = WorkstationFixture::find<QLabel>(dialog, "signInErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Enter the wallet passphrase."));
    QCOMPARE(busy.count(), 0);
}

void SignInTest::switchIdentityToAnotherBank()
{
    QVERIFY(m_fixture->signIn(WorkstationFixture::kHuaxiaOfficer));
    auto *switchAction = m_fixture->shell().mainWindow()->findChild<QAction *>(QStringLiteral("actionSwitchIdentity"));
    QVERIFY(switchAction);
    switchAction->trigger();
    QVERIFY(m_fixture->shell().signInDialog()->isVisible());
    QVERIFY(m_fixture->shell().mainWindow()->isVisible());

    QVERIFY(m_fixture->signIn(WorkstationFixture::kDongfangChecker));
    QCOMPARE(m_fixture->statusLabel("statusBank")->text(), QStringLiteral("Bank: Dongfang Commercial Bank"));
    QCOMPARE(m_fixture->statusLabel("statusRole")->text(), QStringLiteral("Role: Checker"));
    QCOMPARE(m_fixture->statusLabel("statusUser")->text(), QStringLiteral("User: Zhou Qiang (checker1)"));
    QVERIFY(m_fixture->waitForLedgerHeights());
    QCOMPARE(m_fixture->settings().value(lx::ui::WorkstationShell::kLastIdentityKey).toString(),
        WorkstationFixture::kDongfangChecker);
}

void SignInTest::cancelledSwitchKeepsTheSession()
{
    QVERIFY(m_fixture->signIn(WorkstationFixture::kHuaxiaOfficer));
    QSignalSpy quit(&m_fixture->shell(), &lx::ui::WorkstationShell::quitRequested);
    m_fixture->shell().switchIdentity();
    QTest::mouseClick(
        WorkstationFixture::find<QPushButton>(m_fixture->shell().signInDialog(), "signInCancelButton"), Qt::LeftButton);
    QVERIFY(!m_fixture->shell().signInDialog()->isVisible());
    QVERIFY(m_fixture->shell().mainWindow()->isVisible());
    QCOMPARE(m_fixture->shell().session().identity().label, WorkstationFixture::kHuaxiaOfficer);
    QCOMPARE(quit.count(), 0);
}

void SignInTest::cancelAtStartAsksToQuit()
{
    QSignalSpy quit(&m_fixture->shell(), &lx::ui::WorkstationShell::quitRequested);
    QTest::mouseClick(
        WorkstationFixture::find<QPushButton>(m_fixture->shell().signInDialog(), "signInCancelButton"), Qt::LeftButton);
    QCOMPARE(quit.count(), 1);
}

void SignInTest::lastIdentityIsPreselected()
{
    QVERIFY(m_fixture->signIn(WorkstationFixture::kDongfangChecker));
    // The next start on the same settings and data folder.
    lx::ui::ShellOptions options;
    options.dataDir = m_fixture->dataDir();
    lx::ui::WorkstationShell next(options, m_fixture->catalog(), m_fixture->settings());
    next.start();
    QTRY_VERIFY(next.identities().rowCount() > 0);
    QCOMPARE(next.signInDialog()->selectedLabel(), WorkstationFixture::kDongfangChecker);
}

LIANXIN_GUI_TEST_MAIN(SignInTest)
#include "SignInTest.moc"
