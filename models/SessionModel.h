#pragma once

#include "ledgerclient/Clock.h"
#include "ledgerclient/FabricGateway.h"
#include "models/BankIdentity.h"
#include "models/MemberDirectory.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace lx::cache {
class LocalCache;
} // namespace lx::cache

namespace lx::client {
class Client;
class Ledger;
struct NetworkProfile;
} // namespace lx::client

namespace lx::models {

// Who is signed in, on which consortium. Signing in unlocks the wallet
// (scrypt), opens the ledger (once; kept when the user switches identity):
// the embedded sandbox of the data folder, or a Fabric network's peer when
// useNetwork() chose one; and unlocks the bank's local cache with the same
// passphrase, all on a worker thread. The consortium's member directory
// (MemberDirectory: names, kinds, tiers from the trust registry) comes with
// it: the data folder's copy at once, the registry's answer behind it.
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
    // Before the first sign-in: the ledger is this profile's peer (peer
    // empty: its organization's first). The profile lists the channels
    // (the four product channels when it lists none).
    void useNetwork(const client::NetworkProfile &profile, const QString &peer);
    bool isNetwork() const { return m_endpoint.has_value(); }
    QString networkName() const { return m_networkName; } // the profile's name; empty on the sandbox
    QString peerName() const { return m_peerName; } // as the profile names it
    QString peerAddress() const { return m_endpoint ? QString::fromStdString(m_endpoint->address) : QString(); }
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

    // The workstation's lock (docs/auto-lock.md). lock() drops the client
    // (with the wallet's decrypted key) and the cache (with its key): every
    // holder hears lockChanged(true) and lets go, so both are freed and
    // their keys wiped. resume() unlocks the same identity again with the
    // passphrase on a worker; lockChanged(false) follows, or resumeFailed().
    // After kMaxUnlockAttempts wrong passphrases in a row the session signs
    // out (signedOut()). signOut() ends the session whether locked or not.
    // lock() does nothing while a sign-in runs.
    static constexpr int kMaxUnlockAttempts = 5;
    bool isLocked() const { return m_locked; }
    void lock();
    void resume(const QString &passphrase);
    void signOut();

Q_SIGNALS:
    void busyChanged(bool busy);
    void signedIn();
    void signInFailed(lx::models::SessionModel::SignInError error, const QString &detail);
    // The identity (and with it the client) changed.
    void identityChanged();
    // The member directory changed (a newer answer of the registry).
    void membersChanged();
    // setClock() was called: the screens' "today" may have moved.
    void clockChanged();
    void lockChanged(bool locked);
    // attemptsLeft: wrong passphrases still allowed before the session signs out.
    void resumeFailed(lx::models::SessionModel::SignInError error, const QString &detail, int attemptsLeft);
    void signedOut();

private:
    struct Outcome
    {
        std::shared_ptr<client::Ledger> ledger;
        std::shared_ptr<client::Client> client;
        std::shared_ptr<cache::LocalCache> cache;
        BankIdentity identity;
        std::vector<Member> members;
        bool membersFromRegistry = false; // else the data folder's copy
        QStringList channels;
        SignInError error = SignInError::Other;
        QString detail;
    };
    static Outcome unlock(const std::filesystem::path &dataDir, const std::string &label, const std::string &passphrase,
        std::shared_ptr<client::Ledger> ledger, std::optional<client::FabricPeerEndpoint> endpoint,
        QStringList channels, client::Clock clock);
    void startUnlock(const QString &label, const QString &passphrase, bool resuming);
    void onFinished();
    void onResumeFinished(Outcome outcome);
    void refreshMembers();
    void applyMembers(const std::vector<Member> &members);

    QString m_dataDir;
    bool m_locked = false;
    bool m_resuming = false; // the running unlock resumes the locked session
    int m_failedUnlocks = 0;
    QStringList m_channels;
    BankIdentity m_identity;
    std::shared_ptr<client::Ledger> m_ledger;
    std::shared_ptr<client::Client> m_client;
    std::shared_ptr<cache::LocalCache> m_cache;
    client::Clock m_clock;
    QFutureWatcher<Outcome> m_watcher;
    QFutureWatcher<std::vector<Member>> m_membersWatcher;
    std::optional<client::FabricPeerEndpoint> m_endpoint;
    QString m_networkName;
    QString m_peerName;
};

} // namespace lx::models
