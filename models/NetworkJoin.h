#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace lx::models {

// Joining a consortium network from the workstation (the first-run dialog's
// "Join a consortium network") and bringing a further identity into the
// wallet (File > Import identity…), each on a worker thread:
// - join: reads and checks the connection profile (and the peer, when one
//   is named) and the identity's msp folder (signcerts/, keystore/) first,
//   then creates the wallet with the new passphrase and imports the
//   identity, then remembers the network in the data folder (NetworkChoice).
//   A refusal writes nothing: the wallet is created only after every check
//   passed, and removed again if the import fails.
// - importIdentity: the msp folder into the existing wallet as
//   "mspId/user", unlocked with its passphrase.
// Refusals come with the reason code the ledger client raised (PROFILE_*,
// MSP_*; ReasonCatalog has their sentences), or an empty code and a
// Problem for the wallet's own refusals.
class NetworkJoin : public QObject
{
    Q_OBJECT

public:
    enum class Problem { None, Refused, WrongPassphrase, WalletExists, Other };
    Q_ENUM(Problem)

    struct Request
    {
        QString dataDir;
        QString profile; // join only
        QString peer; // join only; empty: the organization's first peer
        QString mspDir;
        QString mspId; // empty on join: the profile's organization's
        QString user;
        QString passphrase;
    };

    explicit NetworkJoin(QObject *parent = nullptr);
    ~NetworkJoin() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    // Each ignored while one runs; succeeded() or failed() follows.
    void join(const Request &request);
    void importIdentity(const Request &request);

    struct Outcome
    {
        Problem problem = Problem::None;
        QString reasonCode; // "MSP_NO_KEY" when Refused
        QString detail; // the ledger client's own words (file, field, cause)
        QString label; // "MSPID/user" of the identity imported
        QString profile; // absolute path of the profile joined
    };
    // Blocking counterparts, for workers and tests.
    static Outcome runJoin(const Request &request);
    static Outcome runImport(const Request &request);

Q_SIGNALS:
    void busyChanged(bool busy);
    void succeeded(const QString &label, const QString &profile);
    void failed(lx::models::NetworkJoin::Problem problem, const QString &reasonCode, const QString &detail);

private:
    void onFinished();
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace lx::models
