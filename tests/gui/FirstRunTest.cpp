// First run: no sandbox yet. The passphrase prompt, its validation, the
// creation on a worker thread; and the scripted runs (passphrase given).
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "models/IdentityListModel.h"
#include "models/SessionModel.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using lx::test::WorkstationFixture;

class FirstRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphraseIsValidatedThenSandboxIsCreated();
    void scriptedRunCreatesAndSignsIn();
    void unknownPreselectedIdentityIsExplained();
    void demoBookLoadsWithProgressAndStops();

private:
    static void type(QWidget *dialog, const char *field, const QString &text)
    {
        auto *edit = WorkstationFixture::find<QLineEdit>(dialog, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

void FirstRunTest::passphraseIsValidatedThenSandboxIsCreated()
{
    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    fixture.shell().start();
    lx::ui::FirstRunDialog *dialog = fixture.shell().firstRunDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!fixture.shell().signInDialog()->isVisible());
    auto *error = WorkstationFixture::find<QLabel>(dialog, "firstRunErrorLabel");
    auto *create = WorkstationFixture::find<QPushButton>(dialog, "firstRunCreateButton");

    type(dialog, "firstRunPassphraseEdit", QStringLiteral("short"));
    type(dialog, "firstRunConfirmEdit", QStringLiteral("short"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The passphrase is too short: use at least 8 characters."));

    type(dialog, "firstRunPassphraseEdit", WorkstationFixture::kPassphrase);
    type(dialog, "firstRunConfirmEdit", QStringLiteral("something else"));
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(error->text(), QStringLiteral("The two passphrases differ. Type the same passphrase twice."));
    QVERIFY(!lx::client::sandboxExists(fixture.dataDir().toStdString()));

    type(dialog, "firstRunConfirmEdit", WorkstationFixture::kPassphrase);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!error->isVisible());
    // The creation runs on a worker: the dialog shows busy meanwhile.
    QVERIFY(WorkstationFixture::find<QProgressBar>(dialog, "firstRunBusyIndicator")->isVisible());
    QVERIFY(!create->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(fixture.shell().signInDialog()->isVisible(), 15000);
    QTRY_VERIFY(fixture.shell().identities().rowCount() > 0);
    QVERIFY(!dialog->isVisible());
    QVERIFY(lx::client::sandboxExists(fixture.dataDir().toStdString()));
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
}

void FirstRunTest::demoBookLoadsWithProgressAndStops()
{
    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    fixture.shell().start();
    lx::ui::FirstRunDialog *dialog = fixture.shell().firstRunDialog();
    dialog->setDemoLetters(60); // small: the test is about progress and stopping
    QTest::mouseClick(
        WorkstationFixture::find<QCheckBox>(dialog, "firstRunDemoCheck"), Qt::LeftButton, {}, QPoint(6, 8));
    QVERIFY(WorkstationFixture::find<QCheckBox>(dialog, "firstRunDemoCheck")->isChecked());
    type(dialog, "firstRunPassphraseEdit", WorkstationFixture::kPassphrase);
    type(dialog, "firstRunConfirmEdit", WorkstationFixture::kPassphrase);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(dialog, "firstRunCreateButton"), Qt::LeftButton);
    // Progress in L/Cs, then stopped by the user: a smaller book, still whole.
    auto *label = WorkstationFixture::find<QLabel>(dialog, "firstRunProgressLabel");
    auto *bar = WorkstationFixture::find<QProgressBar>(dialog, "firstRunBusyIndicator");
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 60 && bar->value() > 0, 30000);
    QVERIFY(label->text().startsWith(QStringLiteral("Loading the demo book:")));
    auto *stop = WorkstationFixture::find<QPushButton>(dialog, "firstRunStopDemoButton");
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.shell().signInDialog()->isVisible(), 30000);
    QVERIFY(bar->value() < 60);
    // The identities load on a worker after the sandbox exists.
    QTRY_VERIFY_WITH_TIMEOUT(fixture.shell().identities().rowCount() > 0, 15000);
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    lx::client::LcWorkflow workflow(*fixture.shell().session().client());
    const int letters = workflow.list().lcs_size();
    QVERIFY2(letters > 0 && letters < 60, qPrintable(QString::number(letters)));
}

void FirstRunTest::scriptedRunCreatesAndSignsIn()
{
    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    setup.options.passphrase = WorkstationFixture::kPassphrase;
    setup.options.identity = WorkstationFixture::kDongfangChecker;
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    fixture.shell().start();
    QTRY_VERIFY_WITH_TIMEOUT(fixture.shell().mainWindow()->isVisible(), 15000);
    QCOMPARE(fixture.shell().session().identity().label, WorkstationFixture::kDongfangChecker);
    QTRY_VERIFY(!fixture.shell().signInDialog()->isVisible());
    QCOMPARE(fixture.statusLabel("statusBank")->text(), QStringLiteral("Bank: Dongfang Commercial Bank"));
}

void FirstRunTest::unknownPreselectedIdentityIsExplained()
{
    WorkstationFixture::Setup setup;
    setup.options.passphrase = WorkstationFixture::kPassphrase;
    setup.options.identity = QStringLiteral("NoSuchBankMSP/nobody");
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    auto *error = WorkstationFixture::find<QLabel>(fixture.shell().signInDialog(), "signInErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("NoSuchBankMSP/nobody")));
    // No sign-in as somebody else instead.
    QVERIFY(!fixture.shell().session().isBusy());
    QVERIFY(!fixture.shell().session().isSignedIn());
}

LIANXIN_GUI_TEST_MAIN(FirstRunTest)
#include "FirstRunTest.moc"
