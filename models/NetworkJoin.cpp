#include "models/NetworkJoin.h"

#include "ledgerclient/Ledger.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/NetworkChoice.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <filesystem>

namespace lx::models {

namespace {

NetworkJoin::Outcome refusal(const std::string &code, const std::string &detail)
{
    return { NetworkJoin::Problem::Refused, QString::fromStdString(code), QString::fromStdString(detail), {}, {} };
}

NetworkJoin::Outcome walletProblem(const client::WalletError &error)
{
    NetworkJoin::Outcome outcome;
    outcome.problem = error.kind() == client::WalletError::Kind::WrongPassphrase ? NetworkJoin::Problem::WrongPassphrase
                                                                                 : NetworkJoin::Problem::Other;
    outcome.detail = QString::fromStdString(error.what());
    return outcome;
}

// What a join or an import that threw tells the dialog.
NetworkJoin::Outcome failure(std::exception_ptr thrown)
{
    try {
        std::rethrow_exception(thrown);
    } catch (const client::NetworkProfileError &error) {
        return refusal(error.reasonCode(), error.what());
    } catch (const client::LedgerError &error) {
        return refusal(error.reasonCode(), error.what());
    } catch (const client::WalletError &error) {
        return walletProblem(error);
    } catch (const std::exception &error) {
        NetworkJoin::Outcome outcome;
        outcome.problem = NetworkJoin::Problem::Other;
        outcome.detail = QString::fromStdString(error.what());
        return outcome;
    }
}

} // namespace

NetworkJoin::NetworkJoin(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &NetworkJoin::onFinished);
}

NetworkJoin::~NetworkJoin()
{
    m_watcher.waitForFinished(); // the worker writes into the data folder: let it end whole
}

void NetworkJoin::join(const Request &request)
{
    if (isBusy())
        return;
    m_watcher.setFuture(QtConcurrent::run(&NetworkJoin::runJoin, request));
    Q_EMIT busyChanged(true);
}

void NetworkJoin::importIdentity(const Request &request)
{
    if (isBusy())
        return;
    m_watcher.setFuture(QtConcurrent::run(&NetworkJoin::runImport, request));
    Q_EMIT busyChanged(true);
}

void NetworkJoin::onFinished()
{
    const Outcome outcome = m_watcher.result();
    Q_EMIT busyChanged(false);
    if (outcome.problem == Problem::None)
        Q_EMIT succeeded(outcome.label, outcome.profile);
    else
        Q_EMIT failed(outcome.problem, outcome.reasonCode, outcome.detail);
}

NetworkJoin::Outcome NetworkJoin::runJoin(const Request &request)
{
    const std::filesystem::path dataDir = request.dataDir.toStdString();
    const std::filesystem::path wallet = client::walletDir(dataDir);
    try {
        // Every check first: nothing is written for a profile or an msp
        // folder that would be refused.
        const QString profilePath = QFileInfo(request.profile).absoluteFilePath();
        const client::NetworkProfile profile = client::readNetworkProfile(profilePath.toStdString());
        if (!request.peer.isEmpty())
            (void)profile.peer(request.peer.toStdString());
        const client::MspFolderIdentity identity
            = client::readMspFolder(request.mspDir.toStdString(), std::chrono::system_clock::now());
        const std::string mspId = request.mspId.isEmpty() ? profile.mspId : request.mspId.toStdString();
        if (client::Wallet::exists(wallet)) {
            Outcome outcome;
            outcome.problem = Problem::WalletExists;
            outcome.detail = QString::fromStdString(wallet.string());
            return outcome;
        }
        try {
            client::Wallet created = client::Wallet::create(wallet, request.passphrase.toStdString());
            const client::WalletEntry entry
                = client::importMspIdentity(created, mspId, request.user.toStdString(), identity, false);
            if (!NetworkChoice::save(request.dataDir, { profilePath, request.peer }))
                throw std::runtime_error("cannot write " + NetworkChoice::fileOf(request.dataDir).toStdString());
            Outcome outcome;
            outcome.label = QString::fromStdString(entry.label);
            outcome.profile = profilePath;
            return outcome;
        } catch (...) {
            std::error_code ignored;
            std::filesystem::remove_all(wallet, ignored);
            throw;
        }
    } catch (...) {
        return failure(std::current_exception());
    }
}

NetworkJoin::Outcome NetworkJoin::runImport(const Request &request)
{
    try {
        client::Wallet wallet
            = client::Wallet::open(client::walletDir(request.dataDir.toStdString()), request.passphrase.toStdString());
        const client::MspFolderIdentity identity
            = client::readMspFolder(request.mspDir.toStdString(), std::chrono::system_clock::now());
        const client::WalletEntry entry = client::importMspIdentity(
            wallet, request.mspId.toStdString(), request.user.toStdString(), identity, false);
        Outcome outcome;
        outcome.label = QString::fromStdString(entry.label);
        return outcome;
    } catch (...) {
        return failure(std::current_exception());
    }
}

} // namespace lx::models
