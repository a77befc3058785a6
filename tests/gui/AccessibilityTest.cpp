// Every widget that takes focus has a stable objectName (for QA) and an
// accessible name (for screen readers).
#include "GuiTestMain.h"
#include "KeyboardCheck.h"
#include "WorkstationFixture.h"

#include "ui/firstrun/FirstRunDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/WindowKeys.h"
#include "ui/signin/SignInDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

using lx::test::WorkstationFixture;

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusableWidgetsAreNamed();
    void keyboardCheckFindsWhatStopsTheKeyboard();

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

// KeyboardCheck (run on every window by gui_ZhCnWalk) finds each thing
// that stops keyboard-only use, and nothing once they are put right.
void AccessibilityTest::keyboardCheckFindsWhatStopsTheKeyboard()
{
    QWidget window;
    window.setObjectName(QStringLiteral("form"));
    auto *form = new QFormLayout(&window);
    auto *nameLabel = new QLabel(QStringLiteral("Name"), &window);
    auto *notesLabel = new QLabel(QStringLiteral("Notes"), &window);
    auto *name = new QLineEdit(&window);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *rows = new QTableView(&window);
    rows->setObjectName(QStringLiteral("rowsTable"));
    QStandardItemModel model(2, 2);
    rows->setModel(&model);
    rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *submit = new QPushButton(QStringLiteral("Submit"), &window);
    submit->setObjectName(QStringLiteral("formSubmitButton"));
    // Made last, laid out second: Tab reaches it after the button (laying
    // out keeps the chain of widgets made with their parent).
    auto *notes = new QPlainTextEdit(&window);
    notes->setObjectName(QStringLiteral("notesEdit"));
    form->addRow(nameLabel, name);
    form->addRow(notesLabel, notes);
    form->addRow(rows);
    form->addRow(submit);
    window.show();

    const QString found = lx::test::keyboardProblems(&window).join(u'\n');
    for (const char *problem : { "rowsTable (QTableView): Tab reaches it before form/notesEdit", "but is not its buddy",
             "notesEdit (QPlainTextEdit): Tab types a tab", "rowsTable (QTableView): Tab walks its cells",
             "Escape and Enter do nothing" })
        QVERIFY2(found.contains(QLatin1String(problem)), qPrintable(QString::fromLatin1(problem) + u'\n' + found));

    QWidget::setTabOrder(name, notes);
    nameLabel->setBuddy(name);
    notesLabel->setBuddy(notes);
    notes->setTabChangesFocus(true);
    rows->setTabKeyNavigation(false);
    lx::ui::installWindowKeys(&window);
    QVERIFY2(lx::test::keyboardProblems(&window).join(u'\n').contains(QLatin1String("not default")),
        "a submit button Enter does not press");
    submit->setDefault(true);
    const QStringList left = lx::test::keyboardProblems(&window);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
}

LIANXIN_GUI_TEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
