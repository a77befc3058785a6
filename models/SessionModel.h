#pragma once

#include "ledgerclient/Clock.h"
#include "models/BankIdentity.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace lx::cache {
class LocalCache;
} // namespace lx::cache

namespace lx::client {
class Client;
class Ledger;
} // namespace lx::client

namespace lx::models {

// Who is signed in, on which consortium. Signing in unlocks the wallet
// (scrypt), opens the embedded ledger (once; kept when the user switches
// identity) and unlocks the bank's local cache with the same passphrase,
// all on a worker thread.
class SessionModel : public QObject
{
    Q_OBJECT

public:
    enum class SignInError {
        WrongPassphrase,
        UnknownIdentity,
        WalletDamaged,
        LedgerUnavailable,
        CacheLocked, // the bank's cache was locked with another passphrase
        CacheDamaged, // the cache failed authentication or is unreadable
        Other
    };
    Q_ENUM(SignInError)

    explicit SessionModel(const QString &dataDir, QObject *parent = nullptr);
    ~SessionModel() override;

    const QString &dataDir() const { return m_dataDir; }
    bool isSignedIn() const { return static_cast<bool>(m_client); }
    bool isBusy() const { return m_watcher.isRunning(); }
    const BankIdentity &identity() const { return m_identity; }
    QStringList channels() const { return m_channels; }
    // For models that talk to the ledger from their own workers.
    std::shared_ptr<client::Client> client() const { return m_client; }
    // The signed-in bank's encrypted cache, unlocked.
    std::shared_ptr<cache::LocalCache> localCache() const { return m_cache; }
    // The clock the clients sign with and the screens count days by (the
    // seam that lets tests and demonstrations work as of any day). Takes
    // effect at the next sign-in.
    void setClock(client::Clock clock);
    const client::Clock &clock() const { return m_clock; }

    // Starts signing in as label ("MSPID/user"); signedIn() or signInFailed()
    // follows. On failure the current session, if any, stays as it was.
    // Ignored while a sign-in runs.
    void signIn(const QString &label, const QString &passphrase);

Q_SIGNALS:
    void busyChanged(bool busy);
    void signedIn();
    void signInFailed(lx::models::SessionModel::SignInError error, const QString &detail);
    // The identity (and with it the client) changed.
    void identityChanged();

private:
    struct Outcome
    {
        std::shared_ptr<client::Ledger> ledger;
        std::shared_ptr<client::Client> client;
        std::shared_ptr<cache::LocalCache> cache;
        BankIdentity identity;
        SignInError error = SignInError::Other;
        QString detail;
    };
    static Outcome unlock(const std::filesystem::path &dataDir, const std::string &label, const std::string &passphrase,
        std::shared_ptr<client::Ledger> ledger, client::Clock clock);
    void onFinished();

    QString m_dataDir;
    QStringList m_channels;
    BankIdentity m_identity;
    std::shared_ptr<client::Ledger> m_ledger;
    std::shared_ptr<client::Client> m_client;
    std::shared_ptr<cache::LocalCache> m_cache;
    client::Clock m_clock;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace lx::models
