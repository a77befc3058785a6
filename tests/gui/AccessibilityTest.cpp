// Every widget that takes focus has a stable objectName (for QA) and an
// accessible name (for screen readers).
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "ui/firstrun/FirstRunDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

using lx::test::WorkstationFixture;

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusableWidgetsAreNamed();

private:
    static QStringList unnamed(const QWidget *window)
    {
        QStringList found;
        QList<const QWidget *> widgets { window };
        for (const QWidget *child : window->findChildren<QWidget *>())
            widgets << child;
        for (const QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus)
                continue;
            if (widget->objectName().isEmpty() || widget->accessibleName().isEmpty())
                found << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        }
        return found;
    }
};

void AccessibilityTest::focusableWidgetsAreNamed()
{
    {
        WorkstationFixture::Setup setup;
        setup.createSandbox = false;
        WorkstationFixture firstRun(setup);
        QVERIFY(firstRun.isValid());
        firstRun.shell().start();
        const QStringList left = unnamed(firstRun.shell().firstRunDialog());
        QVERIFY2(left.isEmpty(), qUtf8Printable(left.join(u'\n')));
    }
    WorkstationFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    QStringList left = unnamed(fixture.shell().signInDialog());
    QVERIFY2(left.isEmpty(), qUtf8Printable(left.join(u'\n')));
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    QVERIFY(fixture.waitForLedgerHeights());
    fixture.shell().mainWindow()->showSection(lx::ui::Section::Ledger);
    left = unnamed(fixture.shell().mainWindow());
    QVERIFY2(left.isEmpty(), qUtf8Printable(left.join(u'\n')));
}

LIANXIN_GUI_TEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
