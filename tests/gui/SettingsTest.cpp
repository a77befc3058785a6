// The Settings dialog (issue 18, item 3), each setting through the dialog:
// language at once, idle minutes into the lock, rows a list reads, the
// export folder the save dialog offers, the data folder and the ledger for
// the next start; a value that cannot be used is named and nothing is saved.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "models/NetworkChoice.h"
#include "models/SessionModel.h"
#include "models/WorkstationSettings.h"
#include "models/lc/LcListModel.h"
#include "ui/lc/LcListPage.h"
#include "ui/lock/WorkstationLock.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/SaveFileChooser.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using lx::models::TranslationCatalog;
using lx::models::WorkstationSettings;
using lx::test::WorkstationFixture;

class SettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ctrlCommaOpensTheDialogFilledFromTheSettings();
    void languageTakesEffectAtOnceAndIsRemembered();
    void idleMinutesGoToTheLock();
    void pageRowsGoToTheList();
    void exportFolderIsWhereSavingStarts();
    void dataFolderIsRememberedForTheNextStart();
    void ledgerChoiceIsRememberedInTheDataFolder();
    void cancelSavesNothing();

private:
    lx::ui::SettingsDialog *open();
    template<typename T> T *field(const char *name) { return WorkstationFixture::find<T>(m_dialog, name); }
    void setText(const char *name, const QString &text);
    void clickOk();
    QString problem() { return field<QLabel>("settingsProblemLabel")->text(); }

    std::unique_ptr<WorkstationFixture> m_fixture;
    lx::ui::SettingsDialog *m_dialog = nullptr;
    QTemporaryDir m_dir;
};

void SettingsTest::init()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
}

void SettingsTest::cleanup()
{
    m_dialog = nullptr;
    m_fixture.reset();
    lx::ui::SaveFileChooser::setDefaultFolder(QString());
}

lx::ui::SettingsDialog *SettingsTest::open()
{
    // File › Settings… (Ctrl+, itself in ctrlCommaOpensTheDialogFilledFromTheSettings).
    auto *action = m_fixture->shell().mainWindow()->findChild<QAction *>(QStringLiteral("actionSettings"));
    if (!action)
        return nullptr;
    action->trigger();
    m_dialog = m_fixture->shell().settingsDialog();
    return m_dialog && m_dialog->isVisible() ? m_dialog : nullptr;
}

void SettingsTest::setText(const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void SettingsTest::clickOk()
{
    auto *ok = field<QPushButton>("settingsOkButton");
    QVERIFY(ok);
    ok->click();
}

void SettingsTest::ctrlCommaOpensTheDialogFilledFromTheSettings()
{
    QTest::keyClick(m_fixture->shell().mainWindow(), Qt::Key_Comma, Qt::ControlModifier);
    m_dialog = m_fixture->shell().settingsDialog();
    QVERIFY(m_dialog && m_dialog->isVisible());
    QCOMPARE(field<QComboBox>("settingsLanguageCombo")->currentText(), QStringLiteral("English"));
    QCOMPARE(field<QSpinBox>("settingsIdleSpin")->value(), WorkstationSettings::kDefaultIdleMinutes);
    QCOMPARE(field<QSpinBox>("settingsPageRowsSpin")->value(), WorkstationSettings::kDefaultPageRows);
    QCOMPARE(QDir::fromNativeSeparators(field<QLineEdit>("settingsDataFolderEdit")->text()), m_fixture->dataDir());
    QVERIFY(field<QRadioButton>("settingsSandboxRadio")->isChecked());
    QVERIFY(!field<QLineEdit>("settingsProfileEdit")->isEnabled());
    QVERIFY(field<QLabel>("settingsProblemLabel")->isHidden());
    // Enter is OK, Escape is Cancel.
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(open());
    QTest::keyClick(field<QSpinBox>("settingsIdleSpin"), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
}

void SettingsTest::languageTakesEffectAtOnceAndIsRemembered()
{
    auto *mainWindow = m_fixture->shell().mainWindow();
    auto *fileMenu = mainWindow->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QVERIFY(open());
    auto *language = field<QComboBox>("settingsLanguageCombo");
    language->setCurrentIndex(language->findText(QStringLiteral("中文")));
    clickOk();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_fixture->catalog().language(), TranslationCatalog::Language::SimplifiedChinese);
    QTRY_VERIFY2(fileMenu->title().contains(QChar(0x6587)), qPrintable(fileMenu->title())); // 文件
    QCOMPARE(m_fixture->shell().workstationSettings().language(), TranslationCatalog::Language::SimplifiedChinese);
    // The dialog speaks it too, and back.
    QVERIFY(open());
    QTRY_VERIFY2(m_dialog->windowTitle().contains(QChar(0x8BBE)), qPrintable(m_dialog->windowTitle())); // 设置
    language->setCurrentIndex(language->findText(QStringLiteral("English")));
    clickOk();
    QCOMPARE(m_fixture->catalog().language(), TranslationCatalog::Language::English);
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(m_fixture->settings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void SettingsTest::idleMinutesGoToTheLock()
{
    QVERIFY(open());
    auto *idle = field<QSpinBox>("settingsIdleSpin");
    idle->setValue(3);
    clickOk();
    QCOMPARE(m_fixture->shell().lock()->idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(3)));
    QCOMPARE(m_fixture->shell().workstationSettings().idleMinutes(), 3);
    QVERIFY(open());
    QCOMPARE(idle->value(), 3);
    idle->setValue(0);
    QCOMPARE(idle->text(), QStringLiteral("Never"));
    clickOk();
    QCOMPARE(m_fixture->shell().lock()->idleTimeout(), std::chrono::milliseconds(0));
}

void SettingsTest::pageRowsGoToTheList()
{
    auto *list = m_fixture->shell().mainWindow()->findChild<lx::ui::LcListPage *>();
    QVERIFY(list);
    QCOMPARE(list->model().pageRows(), WorkstationSettings::kDefaultPageRows);
    QVERIFY(open());
    field<QSpinBox>("settingsPageRowsSpin")->setValue(250);
    clickOk();
    QCOMPARE(list->model().pageRows(), 250);
    QCOMPARE(m_fixture->shell().workstationSettings().pageRows(), 250);
}

void SettingsTest::exportFolderIsWhereSavingStarts()
{
    QVERIFY(open());
    // Refused whole: the idle time typed beside a folder that does not exist is not saved either.
    field<QSpinBox>("settingsIdleSpin")->setValue(7);
    setText("settingsExportFolderEdit", m_dir.filePath(QStringLiteral("nowhere")));
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(problem().contains(QLatin1String("does not exist")), qPrintable(problem()));
    QCOMPARE(m_fixture->shell().workstationSettings().idleMinutes(), WorkstationSettings::kDefaultIdleMinutes);
    QFile file(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    setText("settingsExportFolderEdit", file.fileName());
    clickOk();
    QVERIFY2(problem().contains(QLatin1String("is a file, not a folder")), qPrintable(problem()));

    const QString exports = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    setText("settingsExportFolderEdit", exports);
    clickOk();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_fixture->shell().workstationSettings().exportFolder(), exports);
    QCOMPARE(lx::ui::SaveFileChooser::suggestedPath(QStringLiteral("lcs.csv")), exports + QStringLiteral("/lcs.csv"));
}

void SettingsTest::dataFolderIsRememberedForTheNextStart()
{
    QVERIFY(open());
    setText("settingsDataFolderEdit", QStringLiteral("relative/folder"));
    clickOk();
    QVERIFY2(problem().contains(QLatin1String("full path")), qPrintable(problem()));
    QVERIFY(m_fixture->shell().workstationSettings().dataFolder().isEmpty());
    const QString next = m_dir.filePath(QStringLiteral("next-data"));
    setText("settingsDataFolderEdit", next);
    clickOk();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_fixture->shell().workstationSettings().dataFolder(), next);
    // This session goes on in its own folder.
    QCOMPARE(m_fixture->shell().session().dataDir(), m_fixture->dataDir());
}

void SettingsTest::ledgerChoiceIsRememberedInTheDataFolder()
{
    QVERIFY(open());
    field<QRadioButton>("settingsNetworkRadio")->click();
    QVERIFY(field<QLineEdit>("settingsProfileEdit")->isEnabled());
    clickOk();
    QVERIFY2(problem().contains(QLatin1String("choose the network's profile")), qPrintable(problem()));
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("{ \"name\": ");
    brokenFile.close();
    setText("settingsProfileEdit", broken);
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!problem().isEmpty());
    QVERIFY(!lx::models::NetworkChoice::load(m_fixture->dataDir()).isNetwork());

    const QString profile = m_dir.filePath(QStringLiteral("profile.json"));
    QFile profileFile(profile);
    QVERIFY(profileFile.open(QIODevice::WriteOnly));
    profileFile.write(R"({"name": "lianxin-test-net", "version": "1.0.0", "client": {"organization": "Huaxia"},
  "organizations": {"Huaxia": {"mspid": "HuaxiaBankMSP", "peers": ["peer0.huaxia.lianxin.test"]}},
  "peers": {"peer0.huaxia.lianxin.test": {"url": "grpc://127.0.0.1:1"}}})");
    profileFile.close();
    setText("settingsProfileEdit", profile);
    setText("settingsPeerEdit", QStringLiteral("peer9.nowhere"));
    clickOk();
    QVERIFY2(problem().contains(QLatin1String("peer9.nowhere")), qPrintable(problem()));
    setText("settingsPeerEdit", QStringLiteral("peer0.huaxia.lianxin.test"));
    clickOk();
    QVERIFY(!m_dialog->isVisible());
    const auto remembered = lx::models::NetworkChoice::load(m_fixture->dataDir());
    QCOMPARE(remembered.profile, profile);
    QCOMPARE(remembered.peer, QStringLiteral("peer0.huaxia.lianxin.test"));

    // And back to the sandbox.
    QVERIFY(open());
    QVERIFY(field<QRadioButton>("settingsNetworkRadio")->isChecked());
    field<QRadioButton>("settingsSandboxRadio")->click();
    clickOk();
    QVERIFY(!lx::models::NetworkChoice::load(m_fixture->dataDir()).isNetwork());
}

void SettingsTest::cancelSavesNothing()
{
    QVERIFY(open());
    field<QSpinBox>("settingsIdleSpin")->setValue(42);
    field<QSpinBox>("settingsPageRowsSpin")->setValue(500);
    field<QPushButton>("settingsCancelButton")->click();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_fixture->shell().workstationSettings().idleMinutes(), WorkstationSettings::kDefaultIdleMinutes);
    QCOMPARE(m_fixture->shell().workstationSettings().pageRows(), WorkstationSettings::kDefaultPageRows);
    // Opened again, it shows what is saved, not what was typed.
    QVERIFY(open());
    QCOMPARE(field<QSpinBox>("settingsIdleSpin")->value(), WorkstationSettings::kDefaultIdleMinutes);
}

LIANXIN_GUI_TEST_MAIN(SettingsTest)
#include "SettingsTest.moc"
