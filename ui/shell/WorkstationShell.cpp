#include "ui/shell/WorkstationShell.h"

#include "models/BookReader.h"
#include "models/IdentityListModel.h"
#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/SandboxConsortium.h"
#include "models/SessionModel.h"
#include "models/TranslationCatalog.h"
#include "models/WorkstationSettings.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/firstrun/ImportIdentityDialog.h"
#include "ui/lock/WorkstationLock.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/SaveFileChooser.h"
#include "ui/signin/SignInDialog.h"

#include <QMessageBox>
#include <QSettings>

namespace lx::ui {

const QString WorkstationShell::kLastIdentityKey = QStringLiteral("session/lastIdentity");

WorkstationShell::WorkstationShell(
    ShellOptions options, models::TranslationCatalog &catalog, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_catalog(catalog)
    , m_settings(settings)
    , m_sandbox(std::make_unique<models::SandboxConsortium>(m_options.dataDir))
    , m_identities(std::make_unique<models::IdentityListModel>())
    , m_session(std::make_unique<models::SessionModel>(m_options.dataDir))
    , m_ledgerStatus(std::make_unique<models::LedgerStatusModel>(*m_session))
    , m_reader(std::make_unique<models::BookReader>())
    , m_book(std::make_unique<models::LocalBook>())
{
    if (m_options.network)
        m_session->useNetwork(*m_options.network, m_options.peer);
    // Before any window's connection: the pages read the new bank's cache
    // when they hear of the new identity.
    connect(m_session.get(), &models::SessionModel::identityChanged, this, &WorkstationShell::onIdentityChanged);
    m_identities->setLanguage(m_catalog.language());
    connect(&m_catalog, &models::TranslationCatalog::languageChanged, m_identities.get(),
        &models::IdentityListModel::setLanguage);
    connect(&m_catalog, &models::TranslationCatalog::languageChanged, m_ledgerStatus.get(),
        &models::LedgerStatusModel::retranslate);

    m_signIn = std::make_unique<SignInDialog>(*m_session, *m_identities);
    m_signIn->setObjectName(QStringLiteral("signInDialog"));
    m_signIn->setWindowModality(Qt::ApplicationModal);
    connect(m_signIn.get(), &QDialog::rejected, this, &WorkstationShell::onSignInRejected);
    connect(m_identities.get(), &models::IdentityListModel::loaded, this, &WorkstationShell::onIdentitiesLoaded);
    connect(m_session.get(), &models::SessionModel::signedIn, this, &WorkstationShell::onSignedIn);

    m_mainWindow = std::make_unique<MainWindow>(*m_session, *m_ledgerStatus, *m_book, *m_reader, m_catalog, m_settings);
    connect(m_mainWindow.get(), &MainWindow::switchIdentityRequested, this, &WorkstationShell::switchIdentity);
    connect(m_mainWindow.get(), &MainWindow::importIdentityRequested, this, &WorkstationShell::importIdentity);
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &WorkstationShell::quitRequested);

    m_lock = std::make_unique<WorkstationLock>(*m_session, m_catalog);
    m_lock->setShellWindows({ m_mainWindow.get(), m_signIn.get() });
    connect(m_mainWindow.get(), &MainWindow::lockRequested, m_lock.get(), &WorkstationLock::lockNow);
    m_workstationSettings = std::make_unique<models::WorkstationSettings>(m_settings);
    connect(m_workstationSettings.get(), &models::WorkstationSettings::changed, this, &WorkstationShell::applySettings);
    connect(m_mainWindow.get(), &MainWindow::settingsRequested, this, &WorkstationShell::openSettings);
    connect(m_mainWindow.get(), &MainWindow::languageChosen, m_workstationSettings.get(),
        &models::WorkstationSettings::setLanguage);
    applySettings();
    connect(m_session.get(), &models::SessionModel::lockChanged, this, &WorkstationShell::onLockChanged);
    connect(m_lock.get(), &WorkstationLock::signedOut, this, &WorkstationShell::onSignedOut);
}

// Windows first: they refer to the models.
WorkstationShell::~WorkstationShell()
{
    m_settingsDialog.reset();
    m_lock.reset();
    m_import.reset();
    m_mainWindow.reset();
    m_signIn.reset();
    m_firstRun.reset();
}

void WorkstationShell::start()
{
    // On a network the data folder holds only the wallet (and the cache):
    // the ledger is the peer's.
    const bool ready = m_session->isNetwork()
        ? client::Wallet::exists(client::walletDir(m_options.dataDir.toStdString()))
        : m_sandbox->exists();
    if (ready) {
        beginSignIn();
        return;
    }
    m_firstRun = std::make_unique<FirstRunDialog>(*m_sandbox);
    m_firstRun->setObjectName(QStringLiteral("firstRunDialog"));
    connect(m_firstRun.get(), &FirstRunDialog::joined, this, &WorkstationShell::onJoined);
    connect(m_firstRun.get(), &QDialog::accepted, this, &WorkstationShell::beginSignIn);
    connect(m_firstRun.get(), &QDialog::rejected, this, &WorkstationShell::quitRequested);
    m_firstRun->show();
    if (m_options.network) {
        m_firstRun->chooseJoin(QString::fromStdString(m_options.network->file.string()), m_options.peer);
        return;
    }
    if (m_options.passphrase)
        m_firstRun->createWith(*m_options.passphrase);
}

// The first-run dialog joined a network: its checks passed on the worker,
// so reading the profile again here is a small local file.
void WorkstationShell::onJoined(const QString &profile, const QString &peer)
{
    try {
        m_options.network = client::readNetworkProfile(profile.toStdString());
        m_options.peer = peer;
        m_session->useNetwork(*m_options.network, peer);
    } catch (const std::exception &error) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("LianXin"),
            tr("The connection profile changed while joining: %1").arg(QString::fromUtf8(error.what())));
        box->setObjectName(QStringLiteral("joinProfileBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void WorkstationShell::importIdentity()
{
    if (!m_import) {
        m_import = std::make_unique<ImportIdentityDialog>(m_options.dataDir, m_mainWindow.get());
        m_import->setWindowModality(Qt::WindowModal);
        connect(m_import.get(), &ImportIdentityDialog::imported, this,
            [this](const QString &) { m_identities->reload(m_options.dataDir); });
    }
    m_import->setDefaultMspId(m_session->identity().mspId);
    m_import->show();
    m_import->raise();
    m_import->activateWindow();
}

// What takes effect at once; the data folder and the ledger wait for the next start.
void WorkstationShell::applySettings()
{
    m_lock->setIdleTimeout(std::chrono::minutes(m_workstationSettings->idleMinutes()));
    m_mainWindow->setPageRows(m_workstationSettings->pageRows());
    SaveFileChooser::setDefaultFolder(m_workstationSettings->exportFolder());
}

void WorkstationShell::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = std::make_unique<SettingsDialog>(
            *m_workstationSettings, m_catalog, m_options.dataDir, m_mainWindow.get());
        m_settingsDialog->setWindowModality(Qt::WindowModal);
    }
    m_settingsDialog->load();
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void WorkstationShell::beginSignIn()
{
    const QString preselected
        = !m_options.identity.isEmpty() ? m_options.identity : m_settings.value(kLastIdentityKey).toString();
    m_autoSignInPending = m_options.autoSignIn && m_options.passphrase && !m_options.identity.isEmpty();
    m_signIn->preselect(preselected);
    m_signIn->prepareForSignIn();
    m_signIn->show();
    m_identities->reload(m_options.dataDir);
}

void WorkstationShell::onIdentitiesLoaded()
{
    if (!m_autoSignInPending)
        return;
    m_autoSignInPending = false;
    // Only as the identity asked for; otherwise the dialog says why and waits.
    if (m_signIn->selectedLabel() == m_options.identity)
        m_signIn->signInWith(*m_options.passphrase);
}

void WorkstationShell::switchIdentity()
{
    m_signIn->preselect(m_session->identity().label);
    m_signIn->prepareForSignIn();
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void WorkstationShell::onSignedIn()
{
    m_settings.setValue(kLastIdentityKey, m_session->identity().label);
    // The main window first, so that there is always a window on screen.
    m_mainWindow->show();
    m_signIn->hide();
}

void WorkstationShell::onIdentityChanged()
{
    m_reader->setCache(m_session->localCache());
    m_book->open(m_session->localCache(), m_session->client(), m_session->identity());
}

// Locked, the book and the reader let the cache (and its key) go; unlocked,
// they reopen it where they were (the sync goes on from its checkpoint).
void WorkstationShell::onLockChanged(bool locked)
{
    if (locked || !m_session->isSignedIn()) {
        releaseCache();
        return;
    }
    onIdentityChanged();
}

void WorkstationShell::releaseCache()
{
    m_book->close();
    m_reader->setCache({});
}

void WorkstationShell::onSignedOut()
{
    releaseCache();
    m_mainWindow->hide();
    m_signIn->preselect(m_session->identity().label);
    m_signIn->prepareForSignIn();
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void WorkstationShell::onSignInRejected()
{
    if (!m_session->isSignedIn())
        Q_EMIT quitRequested();
}

} // namespace lx::ui
