// Switching the interface language at run time, and starting in Chinese.
#include "GuiTestMain.h"
#include "ScreenTexts.h"
#include "WorkstationFixture.h"

#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>

using lx::models::TranslationCatalog;
using lx::test::WorkstationFixture;

class LanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensThatStayLatinAreRecognized();
    void switchingToChineseLeavesNoEnglish();
    void startingInChineseSignsInInChinese();

private:
    static QStringList untranslated(const QWidget *window)
    {
        QStringList found;
        for (const QString &text : lx::test::visibleTexts(window)) {
            if (lx::test::looksUntranslated(text))
                found << text;
        }
        return found;
    }
};

void LanguageTest::tokensThatStayLatinAreRecognized()
{
    using lx::test::looksUntranslated;
    QVERIFY(!looksUntranslated(QStringLiteral("账本高度：trust 3 · lc 1 · forfaiting 1 · guarantee 1")));
    QVERIFY(!looksUntranslated(QStringLiteral("用户：Wang Fang（officer1）")));
    QVERIFY(!looksUntranslated(QStringLiteral("HuaxiaBankMSP/officer1")));
    QVERIFY(!looksUntranslated(QStringLiteral("文件(&F)")));
    QVERIFY(!looksUntranslated(QStringLiteral("4e0d23627f31")));
    QVERIFY(looksUntranslated(QStringLiteral("Ledger")));
    QVERIFY(looksUntranslated(QStringLiteral("账本 height")));
}

void LanguageTest::switchingToChineseLeavesNoEnglish()
{
    WorkstationFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    QVERIFY(fixture.waitForLedgerHeights());
    lx::ui::MainWindow *window = fixture.shell().mainWindow();
    auto *navigation = WorkstationFixture::find<QListWidget>(window, "navigationList");

    window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();
    QCOMPARE(fixture.catalog().language(), TranslationCatalog::Language::SimplifiedChinese);
    // Qt posts LanguageChange to the widgets.
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("工作清单"));
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles << navigation->item(row)->text();
    QCOMPARE(titles,
        (QStringList { QStringLiteral("工作清单"), QStringLiteral("信用证"), QStringLiteral("审批"),
            QStringLiteral("账本"), QStringLiteral("福费廷"), QStringLiteral("保函"), QStringLiteral("报价"),
            QStringLiteral("仪表板"), QStringLiteral("治理") }));
    QTRY_COMPARE(fixture.statusLabel("statusBank")->text(), QStringLiteral("银行：华夏贸易银行"));
    QCOMPARE(fixture.statusLabel("statusRole")->text(), QStringLiteral("角色：经办"));

    // Every section, so each page's own texts are visible once.
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        const QStringList left = untranslated(window);
        QVERIFY2(left.isEmpty(), qUtf8Printable(left.join(QStringLiteral(" | "))));
    }

    // The sign-in dialog over it, for a switch of identity.
    fixture.shell().switchIdentity();
    const QStringList leftInDialog = untranslated(fixture.shell().signInDialog());
    QVERIFY2(leftInDialog.isEmpty(), qUtf8Printable(leftInDialog.join(QStringLiteral(" | "))));

    window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Worklist"));
    QCOMPARE(fixture.statusLabel("statusBank")->text(), QStringLiteral("Bank: Huaxia Trade Bank"));
}

void LanguageTest::startingInChineseSignsInInChinese()
{
    WorkstationFixture::Setup setup;
    setup.language = TranslationCatalog::Language::SimplifiedChinese;
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    const QStringList left = untranslated(fixture.shell().signInDialog());
    QVERIFY2(left.isEmpty(), qUtf8Printable(left.join(QStringLiteral(" | "))));

    fixture.enterSignIn(WorkstationFixture::kHuaxiaOfficer, QStringLiteral("wrong passphrase"));
    auto *error = WorkstationFixture::find<QLabel>(fixture.shell().signInDialog(), "signInErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("口令错误，请重试。"));
}

LIANXIN_GUI_TEST_MAIN(LanguageTest)
#include "LanguageTest.moc"
