#include "WorkstationFixture.h"

#include "models/MemberDirectory.h"

#include "crypto/Hash.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/SandboxCa.h"
#include "models/IdentityListModel.h"
#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest/QTest>

#include <filesystem>

namespace lx::test {

const QString WorkstationFixture::kPassphrase = QStringLiteral("Letter of credit 2024");
const QString WorkstationFixture::kHuaxiaOfficer = QStringLiteral("HuaxiaBankMSP/officer1");
const QString WorkstationFixture::kDongfangChecker = QStringLiteral("DongfangBankMSP/checker1");
const QString WorkstationFixture::kSecretariatAdmin = QStringLiteral("SecretariatMSP/admin1");

std::string WorkstationFixture::rootCertOf(const std::string &mspId, const std::string &name)
{
    // The CA's key is thrown away with the folder: the applicant's
    // application needs only its certificate.
    QTemporaryDir dir;
    return client::createSandboxCa(dir.path().toStdString(), mspId, name).cert.toPem();
}

std::string WorkstationFixture::admissionOf(const std::string &mspId, const std::string &name)
{
    lianxin::trust::Member applicant;
    applicant.set_msp_id(mspId);
    applicant.set_name(name);
    applicant.set_kind(lianxin::trust::Member::BANK);
    applicant.set_tier(2);
    applicant.add_root_certs_pem(rootCertOf(mspId, name));
    return lx::client::admissionProposal(applicant, { lianxin::trust::LINE_LC },
        lx::crypto::sha256(mspId + " application"), lx::crypto::sha256(mspId + " agreement"))
        .SerializeAsString();
}

namespace {

constexpr int kWaitMs = 10000;

// initSandbox takes seconds (key generation, genesis blocks, fsync), so
// each test binary makes one untouched sandbox and every fixture works on
// its own copy of it: a fresh consortium per test at the cost of a copy.
const std::filesystem::path &pristineSandbox()
{
    static QTemporaryDir dir;
    static const std::filesystem::path path = []() {
        const std::filesystem::path data = dir.filePath(QStringLiteral("pristine")).toStdString();
        client::initSandbox(data, WorkstationFixture::kPassphrase.toStdString());
        models::MemberDirectory::seedFromSandbox(data, WorkstationFixture::kPassphrase.toStdString());
        return data;
    }();
    return path;
}

} // namespace

WorkstationFixture::WorkstationFixture() : WorkstationFixture(Setup()) { }

WorkstationFixture::WorkstationFixture(Setup setup)
{
    if (!m_dir.isValid())
        return;
    m_dataDir = setup.dataDir.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : setup.dataDir;
    if (setup.createSandbox) {
        try {
            std::filesystem::copy(pristineSandbox(), dataDir().toStdString(), std::filesystem::copy_options::recursive);
        } catch (const std::exception &error) {
            qWarning("no sandbox: %s", error.what());
            return;
        }
    }
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_catalog.install(setup.language);
    setup.options.dataDir = dataDir();
    m_shell = std::make_unique<ui::WorkstationShell>(setup.options, m_catalog, *m_settings);
    m_valid = true;
}

WorkstationFixture::~WorkstationFixture()
{
    m_shell.reset();
    // Leave the next test in English, whatever this one switched to.
    m_catalog.install(models::TranslationCatalog::Language::English);
}

bool WorkstationFixture::startAndWaitForSignIn()
{
    m_shell->start();
    return QTest::qWaitFor(
        [this]() { return m_shell->signInDialog()->isVisible() && m_shell->identities().rowCount() > 0; }, kWaitMs);
}

void WorkstationFixture::enterSignIn(const QString &label, const QString &passphrase)
{
    ui::SignInDialog *dialog = m_shell->signInDialog();
    auto *combo = find<QComboBox>(dialog, "signInIdentityCombo");
    auto *edit = find<QLineEdit>(dialog, "signInPassphraseEdit");
    auto *button = find<QPushButton>(dialog, "signInButton");
    combo->setCurrentIndex(m_shell->identities().rowOf(label));
    edit->clear();
    QTest::keyClicks(edit, passphrase);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool WorkstationFixture::signIn(const QString &label, const QString &passphrase)
{
    enterSignIn(label, passphrase);
    return QTest::qWaitFor(
        [this, &label]() {
            return m_shell->session().identity().label == label && m_shell->mainWindow()->isVisible()
                && !m_shell->signInDialog()->isVisible();
        },
        kWaitMs);
}

bool WorkstationFixture::switchTo(const QString &label, int timeoutMs, bool afresh)
{
    if (afresh || !m_shell->session().isSignedIn() || m_shell->session().identity().label != label) {
        if (m_shell->session().isSignedIn())
            m_shell->switchIdentity();
        if (!signIn(label))
            return false;
    }
    return QTest::qWaitFor(
        [this] { return m_shell->book().syncState() == models::LocalBook::SyncState::Live; }, timeoutMs);
}

bool WorkstationFixture::waitForLedgerHeights()
{
    return QTest::qWaitFor([this]() { return m_shell->ledgerStatus().allChannelsKnown(); }, kWaitMs);
}

QLabel *WorkstationFixture::statusLabel(const char *objectName) const
{
    return find<QLabel>(m_shell->mainWindow(), objectName);
}

} // namespace lx::test
