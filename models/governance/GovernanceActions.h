#pragma once

#include "lianxin/governance.pb.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lx::models {

class SessionModel;

// What an administrator does in the Governance screen, sent through the
// session's client on a pool thread, one at a time (GovernanceWorkflow):
// a council member's vote, an expert's opinion, and for a passed
// admission the secretariat's preparation and submission of the channel
// configuration updates and a member's signature of them; and anyone's
// recomputation of a month's Gas report from the chain. The contract
// decides; a refusal comes back as its reason code and details for
// ReasonCatalog.
class GovernanceActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Vote, Opinion, Prepare, Sign, Submit, VerifyGas, FlagDeal, ExportAudit };
    Q_ENUM(Kind)

    struct Outcome
    {
        Kind kind = Kind::Vote;
        QString proposalId; // VerifyGas: the month
        QStringList channelsDone; // configuration actions: the channels it was done on, in order
        QString reasonCode; // empty when every step succeeded
        QString details; // the ledger's own words, with the channel when one failed
        // VerifyGas: what was checked (blocks read, statements checked)
        int blocksRead = 0;
        int statementsChecked = 0;
        // ExportAudit: what the package holds and where it was written
        quint64 firstBlock = 0;
        quint64 lastBlock = 0;
        quint64 transactions = 0;
        QString path;
        std::optional<lianxin::trust::Proposal> proposal; // a vote's or opinion's answer
        bool ok() const { return reasonCode.isEmpty(); }
    };

    explicit GovernanceActions(SessionModel &session, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // What runs while busy.
    Kind busyKind() const { return m_busyKind; }

    // choice: "YES", "NO" or "ABSTAIN".
    void vote(const QString &proposalId, const QString &choice);
    // recommendation: "IN_FAVOUR", "AGAINST" or "NEUTRAL".
    void opine(const QString &proposalId, const QString &recommendation, const QString &text);
    // Each channel in turn; the first refusal stops the rest.
    void prepare(const QString &proposalId, const QStringList &channels);
    void sign(const QString &proposalId, const QStringList &channels);
    void submit(const QString &proposalId, const QStringList &channels);
    // Recomputes the month's recorded Gas report from the blocks it names
    // (docs/gas.md); a difference is GAS_REPORT_MISMATCH with what differs.
    void verifyGas(const QString &period);
    // The regulator's: a flag with a note on a deal of product ("lc",
    // "guarantee", "forfaiting"); outcome.proposalId is the deal.
    void flagDeal(const QString &product, const QString &dealId, const QString &note);
    // The regulator's audit package of channel for the days from..to
    // (China time), written to path (docs/audit-package.md).
    void exportAudit(const QString &channel, QDate from, QDate to, const QString &path);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(const lx::models::GovernanceActions::Outcome &outcome);

private:
    template<typename Work> void run(Kind kind, const QString &proposalId, Work work);

    SessionModel &m_session;
    bool m_busy = false;
    Kind m_busyKind = Kind::Vote;
};

} // namespace lx::models
