// The workstation on a consortium network (issue 16): the first-run dialog's
// "Join a consortium network" with a connection profile and an msp folder
// (each refusal shown with its translated reason, nothing written), File >
// Import identity…, the status bar's network, peer and unreachable states,
// and bank names from the trust registry rather than the sandbox's
// definition.
#include "FakeLedger.h"
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "chaincode/Registry.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/IdentityListModel.h"
#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/MemberDirectory.h"
#include "models/NetworkChoice.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/lc/LcText.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/firstrun/ImportIdentityDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SessionStatusBar.h"
#include "ui/signin/SignInDialog.h"

#include "crypto/EcKey.h"
#include "crypto/Hash.h"
#include "lianxin/trust.pb.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using lx::test::WorkstationFixture;

namespace {

constexpr int kWaitMs = 15000;

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

} // namespace

class NetworkJoinTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinShowsEachRefusalAndWritesNothing();
    void joinWritesTheWalletAndRemembersTheNetwork();
    void importIdentityAction();
    void statusBarNamesNetworkAndPeerAndSaysWhenUnreachable();
    void memberNamesComeFromTheRegistry();
    void peerAwayAtSignInRetriesAndSaysSo();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static void type(QWidget *root, const char *field, const QString &text)
    {
        auto *edit = WorkstationFixture::find<QLineEdit>(root, field);
        QVERIFY2(edit, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    // The first-run dialog in join mode with these inputs; clicks Join.
    void fillJoin(lx::ui::FirstRunDialog *dialog, const QString &profile, const QString &mspDir);

    QTemporaryDir m_dir;
    QString m_sandbox;
};

void NetworkJoinTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The identities to import come from a sandbox's wallet, written out in
    // Fabric's msp layout as a bank's CA would hand them over.
    m_sandbox = path("sandbox");
    const std::string pass = WorkstationFixture::kPassphrase.toStdString();
    lx::client::initSandbox(m_sandbox.toStdString(), pass);
    const auto wallet = lx::client::Wallet::open(lx::client::walletDir(m_sandbox.toStdString()), pass);
    lx::client::exportMspIdentity(wallet, "HuaxiaBankMSP/officer1", path("msp-good").toStdString(), "");
    lx::client::exportMspIdentity(wallet, "HuaxiaBankMSP/checker1", path("msp-other").toStdString(), "");
    // No key at all; a key that belongs to another certificate.
    fs::create_directories(path("msp-nokey").toStdString() + "/keystore");
    fs::copy(path("msp-good").toStdString() + "/signcerts", path("msp-nokey").toStdString() + "/signcerts");
    fs::create_directories(path("msp-mismatch").toStdString());
    fs::copy(path("msp-good").toStdString() + "/signcerts", path("msp-mismatch").toStdString() + "/signcerts");
    fs::copy(path("msp-other").toStdString() + "/keystore", path("msp-mismatch").toStdString() + "/keystore");

    writeText(path("profile.json"),
        R"({"name": "lianxin-test-net", "version": "1.0.0", "client": {"organization": "Huaxia"},
  "organizations": {"Huaxia": {"mspid": "HuaxiaBankMSP", "peers": ["peer0.huaxia.lianxin.test"]}},
  "peers": {"peer0.huaxia.lianxin.test": {"url": "grpc://127.0.0.1:1"}},
  "channels": {"lc": {}, "trust": {}}})");
    writeText(path("profile-syntax.json"), "{ \"name\": \"broken\", ");
    writeText(path("profile-invalid.json"), R"({"name": "no-client", "organizations": {}, "peers": {}})");
}

void NetworkJoinTest::fillJoin(lx::ui::FirstRunDialog *dialog, const QString &profile, const QString &mspDir)
{
    auto *join = WorkstationFixture::find<QRadioButton>(dialog, "firstRunJoinMode");
    QVERIFY(join);
    join->click();
    QVERIFY(WorkstationFixture::find<QWidget>(dialog, "firstRunProfileEdit")->isVisible());
    QVERIFY(WorkstationFixture::find<QWidget>(dialog, "firstRunMspDirEdit")->isVisible());
    QVERIFY(!WorkstationFixture::find<QWidget>(dialog, "firstRunDemoCheck")->isVisible());
    type(dialog, "firstRunProfileEdit", profile);
    type(dialog, "firstRunMspDirEdit", mspDir);
    type(dialog, "firstRunUserEdit", QStringLiteral("officer1"));
    type(dialog, "firstRunPassphraseEdit", WorkstationFixture::kPassphrase);
    type(dialog, "firstRunConfirmEdit", WorkstationFixture::kPassphrase);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(dialog, "firstRunCreateButton"), Qt::LeftButton);
}

void NetworkJoinTest::joinShowsEachRefusalAndWritesNothing()
{
    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    fixture.shell().start();
    lx::ui::FirstRunDialog *dialog = fixture.shell().firstRunDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *error = WorkstationFixture::find<QLabel>(dialog, "firstRunErrorLabel");

    struct Case
    {
        QString profile;
        QString mspDir;
        QString code;
    };
    const Case cases[] = {
        { path("no-such-profile.yaml"), path("msp-good"), QStringLiteral("PROFILE_UNREADABLE") },
        { path("profile-syntax.json"), path("msp-good"), QStringLiteral("PROFILE_SYNTAX") },
        { path("profile-invalid.json"), path("msp-good"), QStringLiteral("PROFILE_INVALID") },
        { path("profile.json"), path("msp-nokey"), QStringLiteral("MSP_NO_KEY") },
        { path("profile.json"), path("msp-mismatch"), QStringLiteral("MSP_KEY_MISMATCH") },
    };
    for (const Case &c : cases) {
        error->clear();
        fillJoin(dialog, c.profile, c.mspDir);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), kWaitMs);
        const QString sentence = lx::models::ReasonCatalog::text(c.code);
        QVERIFY2(!sentence.isEmpty(), qPrintable(c.code));
        QVERIFY2(error->text().startsWith(sentence), qPrintable(c.code + QStringLiteral(": ") + error->text()));
        QVERIFY(dialog->isVisible());
        // Nothing written: no wallet, no remembered network.
        QVERIFY2(!fs::exists(lx::client::walletDir(fixture.dataDir().toStdString())), qPrintable(c.code));
        QVERIFY(!QFile::exists(lx::models::NetworkChoice::fileOf(fixture.dataDir())));
    }
    // The same sentence in Chinese.
    fixture.catalog().install(lx::models::TranslationCatalog::Language::SimplifiedChinese);
    QVERIFY(lx::models::ReasonCatalog::text(QStringLiteral("MSP_KEY_MISMATCH")) != QStringLiteral("The private key in keystore/ does not belong to the certificate in signcerts/."));
    fixture.catalog().install(lx::models::TranslationCatalog::Language::English);
}

void NetworkJoinTest::joinWritesTheWalletAndRemembersTheNetwork()
{
    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    // lianxin --network PROFILE on an empty data folder: the join panel, filled in.
    setup.options.network = lx::client::readNetworkProfile(path("profile.json").toStdString());
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    fixture.shell().start();
    lx::ui::FirstRunDialog *dialog = fixture.shell().firstRunDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isJoining());
    QCOMPARE(WorkstationFixture::find<QLineEdit>(dialog, "firstRunProfileEdit")->text(), path("profile.json"));

    fillJoin(dialog, path("profile.json"), path("msp-good"));
    QTRY_VERIFY_WITH_TIMEOUT(fixture.shell().signInDialog()->isVisible(), kWaitMs);
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(fixture.shell().identities().rowCount() == 1, kWaitMs);
    QCOMPARE(fixture.shell().identities().identityAt(0).label, QStringLiteral("HuaxiaBankMSP/officer1"));
    const lx::models::NetworkChoice remembered = lx::models::NetworkChoice::load(fixture.dataDir());
    QCOMPARE(remembered.profile, path("profile.json"));
    QVERIFY(remembered.peer.isEmpty());
    QVERIFY(fixture.shell().session().isNetwork());
    QCOMPARE(fixture.shell().session().networkName(), QStringLiteral("lianxin-test-net"));
    QCOMPARE(fixture.shell().session().peerName(), QStringLiteral("peer0.huaxia.lianxin.test"));
    // No consortium of its own in the data folder: the ledger is the peer's.
    QVERIFY(!fs::exists(lx::client::consortiumDir(fixture.dataDir().toStdString())));
}

void NetworkJoinTest::importIdentityAction()
{
    WorkstationFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    const int before = fixture.shell().identities().rowCount();
    auto *action = fixture.shell().mainWindow()->findChild<QAction *>(QStringLiteral("actionImportIdentity"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Import identity…"));
    action->trigger();
    lx::ui::ImportIdentityDialog *dialog = fixture.shell().importIdentityDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(WorkstationFixture::find<QLineEdit>(dialog, "importMspIdEdit")->text(), QStringLiteral("HuaxiaBankMSP"));
    auto *error = WorkstationFixture::find<QLabel>(dialog, "importErrorLabel");
    auto *importButton = WorkstationFixture::find<QPushButton>(dialog, "importButton");
    const QByteArray walletBefore = [&] {
        QFile f(QString::fromStdString((lx::client::walletDir(fixture.dataDir().toStdString()) / "wallet.json").string()));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!walletBefore.isEmpty());

    type(dialog, "importUserEdit", QStringLiteral("imported1"));
    // A key that is not the certificate's.
    type(dialog, "importMspDirEdit", path("msp-mismatch"));
    type(dialog, "importPassphraseEdit", WorkstationFixture::kPassphrase);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && importButton->isEnabled(), kWaitMs);
    QVERIFY2(error->text().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("MSP_KEY_MISMATCH"))),
        qPrintable(error->text()));
    // The wrong passphrase.
    type(dialog, "importMspDirEdit", path("msp-good"));
    type(dialog, "importPassphraseEdit", QStringLiteral("not the passphrase"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(QStringLiteral("The passphrase does not open")), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), kWaitMs);
    // An identity of that label exists already.
    type(dialog, "importUserEdit", QStringLiteral("officer1"));
    type(dialog, "importPassphraseEdit", WorkstationFixture::kPassphrase);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        error->text().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("MSP_IDENTITY_EXISTS"))), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), kWaitMs);
    {
        QFile f(QString::fromStdString((lx::client::walletDir(fixture.dataDir().toStdString()) / "wallet.json").string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), walletBefore); // nothing written on a refusal
    }

    type(dialog, "importUserEdit", QStringLiteral("imported1"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.shell().identities().rowCount(), before + 1, kWaitMs);
    QVERIFY(fixture.shell().identities().rowOf(QStringLiteral("HuaxiaBankMSP/imported1")) >= 0);
    // And one can sign in as it.
    fixture.shell().switchIdentity();
    QVERIFY(fixture.signIn(QStringLiteral("HuaxiaBankMSP/imported1")));
}

void NetworkJoinTest::statusBarNamesNetworkAndPeerAndSaysWhenUnreachable()
{
    const QString data = path("status-data");
    lx::models::SessionModel session(data);
    session.useNetwork(lx::client::readNetworkProfile(path("profile.json").toStdString()), QString());
    QCOMPARE(session.channels(), QStringList({ QStringLiteral("trust"), QStringLiteral("lc") }));
    lx::models::LedgerStatusModel status(session);
    lx::models::LocalBook book;
    lx::models::TranslationCatalog catalog;
    catalog.install(lx::models::TranslationCatalog::Language::English);
    lx::ui::SessionStatusBar bar(session, status, book, catalog);
    auto *network = bar.findChild<QLabel *>(QStringLiteral("statusNetwork"));
    auto *sync = bar.findChild<QLabel *>(QStringLiteral("statusSync"));
    QVERIFY(network && sync);
    QCOMPARE(network->text(), QStringLiteral("Network: lianxin-test-net · peer peer0.huaxia.lianxin.test"));
    QVERIFY2(network->toolTip().endsWith(QStringLiteral("\nPeer peer0.huaxia.lianxin.test at 127.0.0.1:1")),
        qPrintable(network->toolTip()));

    auto ledger = std::make_shared<lx::test::FakeLedger>(std::vector<std::string> { "trust", "lc" });
    auto client = std::make_shared<lx::client::Client>(
        ledger, lx::client::SigningIdentity("HuaxiaBankMSP", "test certificate", lx::crypto::PrivateKey::generate()));
    // Unreachable from the start: the worker keeps asking, the GUI stays free.
    ledger->setReachable(false);
    status.follow(client, session.channels());
    QTRY_COMPARE_WITH_TIMEOUT(status.syncState(), lx::models::LedgerStatusModel::SyncState::Unreachable, kWaitMs);
    QCOMPARE(sync->text(), QStringLiteral("Peer unreachable, retrying…"));
    QVERIFY(sync->toolTip().contains(QStringLiteral("connection refused")));
    ledger->setReachable(true);
    QTRY_COMPARE_WITH_TIMEOUT(status.syncState(), lx::models::LedgerStatusModel::SyncState::Live, kWaitMs);
    QCOMPARE(sync->text(), QStringLiteral("Synchronized"));

    // Away while following: the block stream's onError says so.
    ledger->setReachable(false);
    QTRY_COMPARE_WITH_TIMEOUT(status.syncState(), lx::models::LedgerStatusModel::SyncState::Unreachable, kWaitMs);
    QCOMPARE(sync->text(), QStringLiteral("Peer unreachable, retrying…"));
    // Back: the probe finds it, and blocks flow again.
    ledger->setReachable(true);
    QTRY_COMPARE_WITH_TIMEOUT(status.syncState(), lx::models::LedgerStatusModel::SyncState::Live, kWaitMs);
    QCOMPARE(sync->text(), QStringLiteral("Synchronized"));
    ledger->produceBlocks("lc", 3, 5);
    QTRY_COMPARE_WITH_TIMEOUT(status.height(QStringLiteral("lc")), 4u, kWaitMs);

    catalog.install(lx::models::TranslationCatalog::Language::SimplifiedChinese);
    QVERIFY2(network->text().contains(QStringLiteral("lianxin-test-net")) && !network->text().startsWith(QStringLiteral("Network")),
        qPrintable(network->text()));
    catalog.install(lx::models::TranslationCatalog::Language::English);

    // The sandbox says so instead.
    lx::models::SessionModel sandboxSession(data);
    lx::models::LedgerStatusModel sandboxStatus(sandboxSession);
    lx::ui::SessionStatusBar sandboxBar(sandboxSession, sandboxStatus, book, catalog);
    QCOMPARE(sandboxBar.findChild<QLabel *>(QStringLiteral("statusNetwork"))->text(),
        QStringLiteral("Sandbox"));
}

// A registry with a bank the sandbox does not define (admitted by vote), and a member renamed:
// the names shown are the registry's, in the current language.
void NetworkJoinTest::memberNamesComeFromTheRegistry()
{
    WorkstationFixture fixture;
    QVERIFY(fixture.isValid());
    {
        // The council admits a bank the sandbox does not define: the
        // secretariat proposes, four of the five council banks vote yes.
        const auto wallet = lx::client::Wallet::open(
            lx::client::walletDir(fixture.dataDir().toStdString()), WorkstationFixture::kPassphrase.toStdString());
        const auto ledger = lx::client::openEmbeddedLedger(lx::client::consortiumDir(fixture.dataDir().toStdString()));
        lx::client::Client secretariat(ledger, wallet.identity(WorkstationFixture::kSecretariatAdmin.toStdString()));
        lianxin::trust::Member xinhua;
        xinhua.set_msp_id("XinhuaBankMSP");
        xinhua.set_name("Xinhua Rural Commercial Bank");
        xinhua.set_name_zh("新华农村商业银行");
        xinhua.set_kind(lianxin::trust::Member::BANK);
        xinhua.set_tier(2);
        xinhua.add_root_certs_pem(WorkstationFixture::rootCertOf(xinhua.msp_id(), xinhua.name()));
        const auto opened = lx::client::GovernanceWorkflow(secretariat).propose(lx::client::admissionProposal(
            xinhua, { lianxin::trust::LINE_LC }, lx::crypto::sha256("application"), lx::crypto::sha256("agreement")));
        lianxin::trust::Proposal decided;
        for (const char *bank : { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP" }) {
            lx::client::Client admin(ledger, wallet.identity(std::string(bank) + "/admin1"));
            decided = lx::client::GovernanceWorkflow(admin).vote(opened.id(), "YES");
        }
        QCOMPARE(decided.status(), lianxin::trust::Proposal::PASSED);
    }
    QVERIFY(fixture.startAndWaitForSignIn());
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    // The copy shown at once, then the registry's answer behind it.
    QTRY_VERIFY_WITH_TIMEOUT(lx::models::LcText::memberBanks().contains(QStringLiteral("XinhuaBankMSP")), kWaitMs);
    QCOMPARE(lx::models::LcText::bankName(QStringLiteral("XinhuaBankMSP")), QStringLiteral("Xinhua Rural Commercial Bank"));
    QCOMPARE(fixture.statusLabel("statusBank")->text(), QStringLiteral("Bank: Huaxia Trade Bank"));
    QCOMPARE(lx::models::MemberDirectory::find(QStringLiteral("XinhuaBankMSP"))->tier, 2);
    fixture.catalog().install(lx::models::TranslationCatalog::Language::SimplifiedChinese);
    QCOMPARE(lx::models::LcText::bankName(QStringLiteral("XinhuaBankMSP")), QStringLiteral("新华农村商业银行"));
    QCOMPARE(fixture.statusLabel("statusBank")->text(), QStringLiteral("银行：华夏贸易银行"));
    fixture.catalog().install(lx::models::TranslationCatalog::Language::English);
    // The data folder keeps it for the next start's sign-in list.
    const auto kept = lx::models::MemberDirectory::readFile(fixture.dataDir().toStdString());
    QVERIFY(kept);
    QVERIFY(std::any_of(kept->begin(), kept->end(), [](const lx::models::Member &m) {
        return m.mspId == QLatin1String("XinhuaBankMSP");
    }));
    // The sign-in list reads that copy when the process knows no directory
    // (before any sign-in): a name changed there shows in the list.
    std::vector<lx::models::Member> copy = *kept;
    for (auto &member : copy) {
        if (member.mspId == QLatin1String("HuaxiaBankMSP"))
            member.name = QStringLiteral("Huaxia Trade Bank (registry copy)");
    }
    QVERIFY(lx::models::MemberDirectory::writeFile(fixture.dataDir().toStdString(), copy));
    lx::models::MemberDirectory::setCurrent({});
    QSignalSpy loaded(&fixture.shell().identities(), &lx::models::IdentityListModel::loaded);
    fixture.shell().identities().reload(fixture.dataDir());
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(fixture.shell()
                 .identities()
                 .identityAt(fixture.shell().identities().rowOf(WorkstationFixture::kHuaxiaOfficer))
                 .bankNameEn,
        QStringLiteral("Huaxia Trade Bank (registry copy)"));
}

// Signed in on a network whose peer does not answer: the window comes up
// (names from the data folder's copy), says the peer is unreachable, and
// the cache's catch-up retries; a retry once crashed on the sync it had
// half made the first time (LocalBook).
void NetworkJoinTest::peerAwayAtSignInRetriesAndSaysSo()
{
    WorkstationFixture::Setup setup;
    setup.options.network = lx::client::readNetworkProfile(path("profile.json").toStdString());
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    QCOMPARE(fixture.statusLabel("statusNetwork")->text(),
        QStringLiteral("Network: lianxin-test-net · peer peer0.huaxia.lianxin.test"));
    QCOMPARE(fixture.statusLabel("statusBank")->text(), QStringLiteral("Bank: Huaxia Trade Bank"));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.statusLabel("statusSync")->text(), QStringLiteral("Peer unreachable, retrying…"), kWaitMs);
    // Never clipped away: the long network name gives way, not the warning.
    QLabel *sync = fixture.statusLabel("statusSync");
    QTRY_VERIFY2(sync->isVisible() && sync->width() >= sync->sizeHint().width(),
        qPrintable(QStringLiteral("%1 of %2 px").arg(sync->width()).arg(sync->sizeHint().width())));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.shell().book().syncState(), lx::models::LocalBook::SyncState::Retrying, kWaitMs);
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSignalSpy state(&fixture.shell().book(), &lx::models::LocalBook::syncStateChanged);
        fixture.shell().book().resumeSync(); // "Retry now"
        QTRY_VERIFY_WITH_TIMEOUT(state.count() >= 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.shell().book().syncState(), lx::models::LocalBook::SyncState::Retrying, kWaitMs);
    }
    QVERIFY(fixture.shell().mainWindow()->isVisible());
}

LIANXIN_GUI_TEST_MAIN(NetworkJoinTest)
#include "NetworkJoinTest.moc"
