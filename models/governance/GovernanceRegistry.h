#pragma once

#include "models/governance/ChannelConfigModel.h"

#include "lianxin/audit.pb.h"
#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace lx::models {

class LedgerStatusModel;
class SessionModel;

// The consortium's governance as the registry contract on trust holds it
// (docs/governance.md): the council's proposals, the members, the recorded
// Gas reports and balances, the regulator's flags, and for
// one passed admission where its channel configuration updates stand.
// Read through the session's client on pool threads (GovernanceWorkflow);
// the answer comes back to this thread whole. It reads again when the
// trust channel, or a channel of the followed admission, grows, and when
// the identity changes; requests while a read runs make one more read.
class GovernanceRegistry : public QObject
{
    Q_OBJECT

public:
    GovernanceRegistry(SessionModel &session, LedgerStatusModel &status, QObject *parent = nullptr);
    ~GovernanceRegistry() override;

    const std::vector<lianxin::trust::Proposal> &proposals() const { return m_proposals; }
    const std::vector<lianxin::trust::Member> &members() const { return m_members; }
    // The recorded Gas reports, by month, and each member's balance
    // (docs/gas.md).
    const std::vector<lianxin::trust::GasReport> &gasReports() const { return m_gasReports; }
    const std::vector<lianxin::trust::GasBalance> &gasBalances() const { return m_gasBalances; }
    // The membership fee statements this user may read (docs/governance.md,
    // "Fees"): every bank's for the secretariat and the regulator, its own
    // for a bank's user; by MSP ID.
    const std::vector<lianxin::trust::FeeStatement> &feeStatements() const { return m_feeStatements; }
    // The regulator's flags this user may see (docs/audit-package.md).
    const std::vector<lianxin::audit::DealFlag> &dealFlags() const { return m_dealFlags; }
    const lianxin::trust::Proposal *proposal(const QString &proposalId) const;
    const lianxin::trust::Member *member(const QString &mspId) const;

    // Reads this admission's configuration updates with every refresh
    // (empty: none). Its states are cleared until the next read.
    void followConfiguration(const QString &proposalId);
    const QString &followedConfiguration() const { return m_followed; }
    const std::vector<ChannelConfigState> &configuration() const { return m_configuration; }

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    // A read runs, or one more is asked for after it.
    bool isReadPending() const { return m_loading || m_again; }
    // The last read's failure (empty when it succeeded); configError for
    // the followed admission's updates alone.
    const QString &lastError() const { return m_error; }
    const QString &configError() const { return m_configError; }

    // A write's answer (the proposal as it stands after it), shown at once;
    // the next read confirms it.
    void applyProposal(const lianxin::trust::Proposal &proposal);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Proposals, members and the followed configuration were read (or a
    // write's answer applied).
    void refreshed();
    void refreshFailed(const QString &error);

private:
    struct Snapshot;
    void reset();
    void onHeightsChanged();
    void apply(const Snapshot &snapshot);
    QStringList watchedChannels() const;

    SessionModel &m_session;
    LedgerStatusModel &m_status;
    std::vector<lianxin::trust::Proposal> m_proposals;
    std::vector<lianxin::trust::Member> m_members;
    std::vector<lianxin::trust::GasReport> m_gasReports;
    std::vector<lianxin::trust::GasBalance> m_gasBalances;
    std::vector<lianxin::audit::DealFlag> m_dealFlags;
    std::vector<lianxin::trust::FeeStatement> m_feeStatements;
    QString m_followed;
    std::vector<ChannelConfigState> m_configuration;
    QHash<QString, quint64> m_seenHeights;
    QString m_error;
    QString m_configError;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace lx::models
