#pragma once

#include "ledgerclient/NetworkProfile.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace lx::models {
class BookReader;
class IdentityListModel;
class LocalBook;
class LedgerStatusModel;
class SandboxConsortium;
class SessionModel;
class TranslationCatalog;
class WorkstationSettings;
} // namespace lx::models

namespace lx::ui {

class FirstRunDialog;
class ImportIdentityDialog;
class MainWindow;
class SettingsDialog;
class SignInDialog;
class WorkstationLock;

struct ShellOptions
{
    QString dataDir;
    // Scripted runs: creates the sandbox without asking and, with identity
    // set and autoSignIn, signs in without asking.
    std::optional<QString> passphrase;
    QString identity; // "MSPID/user" to preselect
    bool autoSignIn = true;
    // A Fabric network instead of the embedded sandbox (lianxin --network,
    // or the data folder's remembered choice): its profile, read, and the
    // peer asked for (empty: the organization's first).
    std::optional<client::NetworkProfile> network;
    QString peer;
};

// The desktop app's flow and the owner of its models and windows:
// first run -> sign in -> main window, and back to sign-in to switch
// identity. app/main.cpp builds one; GUI tests build one on a temporary
// sandbox and drive its windows.
class WorkstationShell : public QObject
{
    Q_OBJECT

public:
    WorkstationShell(
        ShellOptions options, models::TranslationCatalog &catalog, QSettings &settings, QObject *parent = nullptr);
    ~WorkstationShell() override;

    // Shows the first-run dialog or the sign-in dialog.
    void start();
    // Back to the sign-in dialog, over the main window.
    void switchIdentity();

    models::SessionModel &session() { return *m_session; }
    models::LedgerStatusModel &ledgerStatus() { return *m_ledgerStatus; }
    models::IdentityListModel &identities() { return *m_identities; }
    models::LocalBook &book() { return *m_book; }
    models::BookReader &reader() { return *m_reader; }
    models::TranslationCatalog &catalog() { return m_catalog; }
    FirstRunDialog *firstRunDialog() const { return m_firstRun.get(); }
    SignInDialog *signInDialog() const { return m_signIn.get(); }
    ImportIdentityDialog *importIdentityDialog() const { return m_import.get(); }
    // File > Import identity…: the dialog, over the main window.
    void importIdentity();
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    WorkstationLock *lock() const { return m_lock.get(); }
    models::WorkstationSettings &workstationSettings() { return *m_workstationSettings; }
    // File › Settings…: the dialog, over the main window.
    void openSettings();
    SettingsDialog *settingsDialog() const { return m_settingsDialog.get(); }

    static const QString kLastIdentityKey;

Q_SIGNALS:
    // The user closed the last way forward (first run, sign-in at start,
    // or the main window).
    void quitRequested();

private:
    void beginSignIn();
    void onIdentitiesLoaded();
    void onSignedIn();
    void onIdentityChanged();
    void onSignInRejected();
    void onJoined(const QString &profile, const QString &peer);
    void onLockChanged(bool locked);
    void onSignedOut();
    void releaseCache();
    void applySettings();

    ShellOptions m_options;
    models::TranslationCatalog &m_catalog;
    QSettings &m_settings;
    std::unique_ptr<models::SandboxConsortium> m_sandbox;
    std::unique_ptr<models::IdentityListModel> m_identities;
    std::unique_ptr<models::SessionModel> m_session;
    std::unique_ptr<models::LedgerStatusModel> m_ledgerStatus;
    std::unique_ptr<models::BookReader> m_reader;
    std::unique_ptr<models::LocalBook> m_book;
    std::unique_ptr<FirstRunDialog> m_firstRun;
    std::unique_ptr<SignInDialog> m_signIn;
    std::unique_ptr<ImportIdentityDialog> m_import;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<WorkstationLock> m_lock;
    std::unique_ptr<models::WorkstationSettings> m_workstationSettings;
    std::unique_ptr<SettingsDialog> m_settingsDialog;
    bool m_autoSignInPending = false;
};

} // namespace lx::ui
