#include "models/SessionModel.h"

#include "cache/CacheError.h"
#include "cache/LocalCache.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace lx::models {

SessionModel::SessionModel(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_clock(client::systemClock())
{
    for (const auto &channel : client::defaultSandbox().channels)
        m_channels.append(QString::fromStdString(channel));
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SessionModel::onFinished);
}

SessionModel::~SessionModel() = default;

void SessionModel::setClock(client::Clock clock)
{
    m_clock = std::move(clock);
}

void SessionModel::signIn(const QString &label, const QString &passphrase)
{
    if (isBusy())
        return;
    m_watcher.setFuture(QtConcurrent::run(&SessionModel::unlock, std::filesystem::path(m_dataDir.toStdString()),
        label.toStdString(), passphrase.toStdString(), m_ledger, m_clock));
    Q_EMIT busyChanged(true);
}

// Runs on a worker thread: scrypt, then (first time only) opening the ledger.
SessionModel::Outcome SessionModel::unlock(const std::filesystem::path &dataDir, const std::string &label,
    const std::string &passphrase, std::shared_ptr<client::Ledger> ledger, client::Clock clock)
{
    Outcome outcome;
    try {
        const client::Wallet wallet = client::Wallet::open(client::walletDir(dataDir), passphrase);
        client::SigningIdentity signer = wallet.identity(label);
        for (const auto &identity : BankIdentity::fromWallet(wallet.entries(), client::defaultSandbox())) {
            if (identity.label == QString::fromStdString(label))
                outcome.identity = identity;
        }
        if (!ledger)
            ledger = client::openEmbeddedLedger(client::consortiumDir(dataDir));
        const std::string mspId = signer.mspId();
        outcome.client = std::make_shared<client::Client>(ledger, std::move(signer));
        outcome.client->setClock(std::move(clock));
        outcome.ledger = std::move(ledger);
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
    Outcome outcome = m_watcher.result();
    if (outcome.ledger && !m_ledger)
        m_ledger = outcome.ledger; // opened once, whatever became of the identity
    Q_EMIT busyChanged(false);
    if (!outcome.client || !outcome.identity.isValid()) {
        if (outcome.client) // unlocked, but the label vanished from the entries
            outcome.error = SignInError::UnknownIdentity;
        Q_EMIT signInFailed(outcome.error, outcome.detail);
        return;
    }
    m_client = std::move(outcome.client);
    m_cache = std::move(outcome.cache);
    m_identity = std::move(outcome.identity);
    Q_EMIT identityChanged();
    Q_EMIT signedIn();
}

} // namespace lx::models
