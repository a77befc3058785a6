#include "models/SessionModel.h"

#include "cache/CacheError.h"
#include "cache/LocalCache.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace lx::models {

namespace {

// The product channels, in the order the screens list them.
const QStringList kProductChannels
    = { QStringLiteral("trust"), QStringLiteral("lc"), QStringLiteral("forfaiting"), QStringLiteral("guarantee") };

// The product channels first, in their order, then any other alphabetically.
void sortChannels(QStringList &channels)
{
    std::sort(channels.begin(), channels.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = kProductChannels.indexOf(a);
        const qsizetype ib = kProductChannels.indexOf(b);
        if (ia != ib)
            return ia >= 0 && (ib < 0 || ia < ib);
        return a < b;
    });
}

// The embedded consortium's channels: its folders on disk.
QStringList embeddedChannels(const std::filesystem::path &dataDir)
{
    QStringList channels;
    std::error_code error;
    for (const auto &entry :
        std::filesystem::directory_iterator(client::consortiumDir(dataDir) / "channels", error)) {
        if (entry.is_directory())
            channels.append(QString::fromStdString(entry.path().filename().string()));
    }
    sortChannels(channels);
    return channels;
}

} // namespace

SessionModel::SessionModel(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_clock(client::systemClock())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SessionModel::onFinished);
    connect(&m_membersWatcher, &QFutureWatcher<std::vector<Member>>::finished, this, [this] {
        const std::vector<Member> members = m_membersWatcher.result();
        if (!members.empty())
            applyMembers(members);
    });
}

void SessionModel::useNetwork(const client::NetworkProfile &profile, const QString &peer)
{
    m_endpoint = profile.endpoint(peer.toStdString());
    m_networkName = QString::fromStdString(profile.name);
    if (!peer.isEmpty()) {
        m_peerName = peer;
    } else {
        const auto peers = profile.organizationPeers();
        m_peerName = peers.empty() ? QString() : QString::fromStdString(peers.front()->name);
    }
    m_channels.clear();
    for (const std::string &channel : profile.channels)
        m_channels.append(QString::fromStdString(channel));
    if (m_channels.isEmpty())
        m_channels = kProductChannels;
    sortChannels(m_channels);
}

SessionModel::~SessionModel() = default;

void SessionModel::setClock(client::Clock clock)
{
    m_clock = std::move(clock);
    Q_EMIT clockChanged();
}

void SessionModel::signIn(const QString &label, const QString &passphrase)
{
    if (isBusy())
        return;
    startUnlock(label, passphrase, false);
}

// Wallet, ledger and cache opened on a worker (scrypt twice); onFinished()
// takes the answer, as a new session or as the locked one resumed.
void SessionModel::startUnlock(const QString &label, const QString &passphrase, bool resuming)
{
    m_resuming = resuming;
    m_watcher.setFuture(QtConcurrent::run(&SessionModel::unlock, std::filesystem::path(m_dataDir.toStdString()),
        label.toStdString(), passphrase.toStdString(), m_ledger, m_endpoint, m_channels, m_clock));
    Q_EMIT busyChanged(true);
}

void SessionModel::lock()
{
    // Not while a sign-in runs: its answer would replace what the lock
    // dropped behind the lock screen's back (the idle check tries again).
    if (m_locked || !m_client || isBusy())
        return;
    m_locked = true;
    m_failedUnlocks = 0;
    m_client.reset();
    m_cache.reset();
    Q_EMIT lockChanged(true);
}

void SessionModel::resume(const QString &passphrase)
{
    if (!m_locked || isBusy())
        return;
    startUnlock(m_identity.label, passphrase, true);
}

void SessionModel::signOut()
{
    if (!m_client && !m_locked)
        return;
    const bool wasLocked = m_locked;
    m_locked = false;
    m_failedUnlocks = 0;
    m_client.reset();
    m_cache.reset();
    if (wasLocked)
        Q_EMIT lockChanged(false);
    // The identity stays named until the next sign-in replaces it (the
    // screens then reload); nothing can act for it: there is no client.
    Q_EMIT signedOut();
}

// Runs on a worker thread: scrypt, then (first time only) opening the ledger.
SessionModel::Outcome SessionModel::unlock(const std::filesystem::path &dataDir, const std::string &label,
    const std::string &passphrase, std::shared_ptr<client::Ledger> ledger,
    std::optional<client::FabricPeerEndpoint> endpoint, QStringList channels, client::Clock clock)
{
    Outcome outcome;
    try {
        const client::Wallet wallet = client::Wallet::open(client::walletDir(dataDir), passphrase);
        client::SigningIdentity signer = wallet.identity(label);
        if (!ledger)
            ledger = endpoint ? client::openFabricGateway(*endpoint)
                              : client::openEmbeddedLedger(client::consortiumDir(dataDir));
        outcome.channels = endpoint ? channels : embeddedChannels(dataDir);
        const std::string mspId = signer.mspId();
        outcome.client = std::make_shared<client::Client>(ledger, std::move(signer));
        outcome.client->setClock(std::move(clock));
        outcome.ledger = std::move(ledger);
        // Names at once from what this process or the data folder knows;
        // the registry itself only when neither knows any (first sign-in):
        // a peer that does not answer then leaves MSP IDs, not a failure.
        outcome.members = MemberDirectory::current();
        if (outcome.members.empty())
            outcome.members = MemberDirectory::readFile(dataDir).value_or(std::vector<Member>());
        if (outcome.members.empty()) {
            try {
                outcome.members = MemberDirectory::fromRegistry(*outcome.client);
                outcome.membersFromRegistry = true;
                MemberDirectory::writeFile(dataDir, outcome.members);
            } catch (const std::exception &) {
                outcome.members.clear();
            }
        }
        for (const auto &identity : BankIdentity::fromWallet(wallet.entries(), outcome.members)) {
            if (identity.label == QString::fromStdString(label))
                outcome.identity = identity;
        }
        outcome.cache = std::make_shared<cache::LocalCache>(cache::LocalCache::open(dataDir, mspId, passphrase));
    } catch (const client::WalletError &error) {
        switch (error.kind()) {
        case client::WalletError::Kind::WrongPassphrase:
            outcome.error = SignInError::WrongPassphrase;
            break;
        case client::WalletError::Kind::NotFound:
            outcome.error = SignInError::UnknownIdentity;
            break;
        case client::WalletError::Kind::Damaged:
            outcome.error = SignInError::WalletDamaged;
            break;
        case client::WalletError::Kind::Io:
            outcome.error = SignInError::Other;
            break;
        }
        outcome.detail = QString::fromStdString(error.what());
    } catch (const cache::CacheError &error) {
        outcome.client.reset();
        outcome.error = error.kind() == cache::CacheError::Kind::WrongPassphrase ? SignInError::CacheLocked
            : error.kind() == cache::CacheError::Kind::Io                        ? SignInError::Other
                                                                                 : SignInError::CacheDamaged;
        outcome.detail = QString::fromStdString(error.what());
    } catch (const client::LedgerError &error) {
        outcome.error = SignInError::LedgerUnavailable;
        outcome.detail = QString::fromStdString(error.what());
    } catch (const std::exception &error) {
        outcome.error = SignInError::Other;
        outcome.detail = QString::fromStdString(error.what());
    }
    return outcome;
}

void SessionModel::onFinished()
{
    // Taken out of the future: a result left there would keep the client and
    // the cache (and their keys) alive after a lock or sign-out.
    Outcome outcome = m_watcher.future().takeResult();
    if (outcome.ledger && !m_ledger)
        m_ledger = outcome.ledger; // opened once, whatever became of the identity
    Q_EMIT busyChanged(false);
    if (m_resuming) {
        m_resuming = false;
        onResumeFinished(std::move(outcome));
        return;
    }
    if (!outcome.client || !outcome.identity.isValid()) {
        if (outcome.client) // unlocked, but the label vanished from the entries
            outcome.error = SignInError::UnknownIdentity;
        Q_EMIT signInFailed(outcome.error, outcome.detail);
        return;
    }
    m_locked = false;
    m_client = std::move(outcome.client);
    m_cache = std::move(outcome.cache);
    m_identity = std::move(outcome.identity);
    m_channels = outcome.channels;
    if (!outcome.members.empty())
        MemberDirectory::setCurrent(outcome.members);
    Q_EMIT identityChanged();
    Q_EMIT signedIn();
    if (!outcome.membersFromRegistry)
        refreshMembers();
}

// The locked session again, as it was: same identity, same channels; the
// screens keep their state and only reopen what lock() took away.
void SessionModel::onResumeFinished(Outcome outcome)
{
    if (!m_locked)
        return; // signed out meanwhile
    if (!outcome.client || !outcome.identity.isValid()) {
        int attemptsLeft = kMaxUnlockAttempts - m_failedUnlocks;
        if (outcome.error == SignInError::WrongPassphrase || outcome.error == SignInError::CacheLocked)
            attemptsLeft = kMaxUnlockAttempts - ++m_failedUnlocks;
        Q_EMIT resumeFailed(outcome.error, outcome.detail, attemptsLeft);
        if (attemptsLeft <= 0)
            signOut();
        return;
    }
    m_client = std::move(outcome.client);
    m_cache = std::move(outcome.cache);
    m_locked = false;
    m_failedUnlocks = 0;
    Q_EMIT lockChanged(false);
}

// The registry's current answer behind the copy shown: a worker asks, the
// data folder keeps it, and the screens hear of it when it differs.
void SessionModel::refreshMembers()
{
    if (!m_client || m_membersWatcher.isRunning())
        return;
    m_membersWatcher.setFuture(
        QtConcurrent::run([client = m_client, dataDir = std::filesystem::path(m_dataDir.toStdString())]() {
            try {
                std::vector<Member> members = MemberDirectory::fromRegistry(*client);
                MemberDirectory::writeFile(dataDir, members);
                return members;
            } catch (const std::exception &) {
                return std::vector<Member>(); // the copy shown stays
            }
        }));
}

void SessionModel::applyMembers(const std::vector<Member> &members)
{
    if (MemberDirectory::serialize(members) == MemberDirectory::serialize(MemberDirectory::current()))
        return;
    MemberDirectory::setCurrent(members);
    const auto found = std::find_if(
        members.begin(), members.end(), [this](const Member &m) { return m.mspId == m_identity.mspId; });
    if (found != members.end()) {
        m_identity.bankNameEn = found->name;
        m_identity.bankNameZh = found->nameZh;
        m_identity.orgKind = found->kind;
    }
    Q_EMIT membersChanged();
}

} // namespace lx::models
