// F1's guide and Help › About (issue 18, item 7): the guide in the current
// language names every screen as the navigation does; About shows the
// version, the ledger, the libraries with versions and licences.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "models/BuildInfo.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpWindow.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Section.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>

#include <openssl/crypto.h>

using lx::models::TranslationCatalog;
using lx::test::WorkstationFixture;

class HelpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_fixture.reset(); }

    void f1OpensTheGuideNamingEveryScreen();
    void theGuideFollowsTheLanguage();
    void everyGuideHasEveryRole();
    void aboutNamesVersionLedgerAndLibraries();

private:
    std::unique_ptr<WorkstationFixture> m_fixture;
};

void HelpTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
}

void HelpTest::f1OpensTheGuideNamingEveryScreen()
{
    auto *mainWindow = m_fixture->shell().mainWindow();
    QTest::keyClick(mainWindow, Qt::Key_F1);
    lx::ui::HelpWindow *help = mainWindow->helpWindow();
    QVERIFY(help && help->isVisible());
    const QString text = help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"))->toPlainText();
    QVERIFY2(!text.contains(QLatin1String("{{")), "a placeholder was left in the guide");
    for (const lx::ui::Section section : lx::ui::kSections)
        QVERIFY2(text.contains(lx::ui::SectionText::title(section)),
            qPrintable(QStringLiteral("the guide does not name ") + lx::ui::SectionText::title(section)));
    for (const char *shortcut : { "Ctrl+L", "F1", "Ctrl+," })
        QVERIFY2(text.contains(QLatin1String(shortcut)), shortcut);
    QTest::keyClick(help, Qt::Key_Escape);
    QVERIFY(!help->isVisible());
}

void HelpTest::theGuideFollowsTheLanguage()
{
    auto *mainWindow = m_fixture->shell().mainWindow();
    mainWindow->findChild<QAction *>(QStringLiteral("actionHelp"))->trigger();
    lx::ui::HelpWindow *help = mainWindow->helpWindow();
    m_fixture->catalog().setLanguage(TranslationCatalog::Language::SimplifiedChinese);
    auto *browser = help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("联信简明指南")));
    for (const lx::ui::Section section : lx::ui::kSections)
        QVERIFY2(browser->toPlainText().contains(lx::ui::SectionText::title(section)),
            qPrintable(lx::ui::SectionText::title(section)));
    m_fixture->catalog().setLanguage(TranslationCatalog::Language::English);
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("the short guide")));
    help->close();
}

void HelpTest::everyGuideHasEveryRole()
{
    // The same sections in both languages: a heading missing in one is a task
    // that language's officers cannot look up.
    const QString en = lx::ui::HelpWindow::guide(QStringLiteral("en"));
    const QString zh = lx::ui::HelpWindow::guide(QStringLiteral("zh_CN"));
    const QRegularExpression heading(QStringLiteral("<h3>"));
    QCOMPARE(zh.count(heading), en.count(heading));
    QCOMPARE(en.count(heading), 6);
    for (const QString &role : { QStringLiteral("Officer"), QStringLiteral("Checker"), QStringLiteral("Manager"),
             QStringLiteral("Regulator") })
        QVERIFY2(en.contains(QStringLiteral("<h3>") + role), qPrintable(role));
    for (const QString &role : { QStringLiteral("经办员"), QStringLiteral("复核员"), QStringLiteral("管理人员"),
             QStringLiteral("监管机构") })
        QVERIFY2(zh.contains(QStringLiteral("<h3>") + role), qPrintable(role));
}

void HelpTest::aboutNamesVersionLedgerAndLibraries()
{
    auto *mainWindow = m_fixture->shell().mainWindow();
    mainWindow->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    lx::ui::AboutDialog *about = mainWindow->aboutDialog();
    QVERIFY(about && about->isVisible());
    const auto label = [about](const char *name) { return WorkstationFixture::find<QLabel>(about, name)->text(); };
    QCOMPARE(label("aboutTitleLabel"), QStringLiteral("LianXin ") + lx::models::BuildInfo::version());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(lx::models::BuildInfo::version()).hasMatch());
    QVERIFY2(label("aboutLedgerLabel").contains(QLatin1String("embedded sandbox")), qPrintable(label("aboutLedgerLabel")));
    QVERIFY(label("aboutLedgerLabel").contains(m_fixture->dataDir()));
    QVERIFY(!label("aboutLicenceLabel").isEmpty());
    auto *table = WorkstationFixture::find<QTableWidget>(about, "aboutComponentsTable");
    QMap<QString, QStringList> rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 0)->text(), { table->item(row, 1)->text(), table->item(row, 2)->text() });
    for (const char *library : { "Qt", "OpenSSL", "SQLite", "Protocol Buffers", "gRPC", "yaml-cpp" }) {
        QVERIFY2(rows.contains(QLatin1String(library)), library);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(rows[QLatin1String(library)][0]).hasMatch(),
            qPrintable(rows[QLatin1String(library)][0]));
        QVERIFY2(!rows[QLatin1String(library)][1].isEmpty(), library);
    }
    // The versions are the running libraries', not a list typed once.
    QCOMPARE(rows[QStringLiteral("Qt")][0], QString::fromLatin1(qVersion()));
    QCOMPARE(rows[QStringLiteral("OpenSSL")][0], QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)));
    about->close();
}

LIANXIN_GUI_TEST_MAIN(HelpTest)
#include "HelpTest.moc"
