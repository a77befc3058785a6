#include "models/governance/GovernanceRegistry.h"

#include "chaincode/trust/Governance.h"

#include "ledgerclient/GasLedger.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "models/LedgerStatusModel.h"
#include "models/SessionModel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lx::models {

using lianxin::trust::Proposal;

struct GovernanceRegistry::Snapshot
{
    quint64 generation = 0;
    QString followed;
    std::vector<Proposal> proposals;
    std::vector<lianxin::trust::Member> members;
    std::vector<lianxin::trust::GasReport> gasReports;
    std::vector<lianxin::trust::GasBalance> gasBalances;
    std::vector<lianxin::audit::DealFlag> dealFlags;
    std::vector<lianxin::trust::FeeStatement> feeStatements;
    std::vector<ChannelConfigState> configuration;
    QString error;
    QString configError;
};

namespace {

// One channel's update as the screen shows it: where it stands and what an
// administrator signs.
ChannelConfigState channelState(
    client::GovernanceWorkflow &governance, const Proposal &admission, const std::string &channel)
{
    ChannelConfigState state;
    state.channel = QString::fromStdString(channel);
    const auto where = governance.configUpdateState(admission, channel);
    state.applied = where.applied;
    state.prepared = where.record.has_value();
    if (!state.prepared)
        return state;
    state.record = *where.record;
    state.shortfall = QString::fromStdString(where.shortfall);
    try {
        state.description = QString::fromStdString(client::describeConfigUpdate(state.record));
    } catch (const client::LedgerError &e) {
        state.description = QString::fromStdString(e.what());
    }
    return state;
}

} // namespace

GovernanceRegistry::GovernanceRegistry(SessionModel &session, LedgerStatusModel &status, QObject *parent)
    : QObject(parent), m_session(session), m_status(status)
{
    connect(&m_session, &SessionModel::identityChanged, this, &GovernanceRegistry::reset);
    connect(&m_status, &LedgerStatusModel::heightsChanged, this, &GovernanceRegistry::onHeightsChanged);
    if (m_session.isSignedIn())
        refresh();
}

GovernanceRegistry::~GovernanceRegistry() = default;

const Proposal *GovernanceRegistry::proposal(const QString &proposalId) const
{
    const std::string id = proposalId.toStdString();
    const auto found
        = std::find_if(m_proposals.begin(), m_proposals.end(), [&](const Proposal &p) { return p.id() == id; });
    return found == m_proposals.end() ? nullptr : &*found;
}

const lianxin::trust::Member *GovernanceRegistry::member(const QString &mspId) const
{
    const std::string id = mspId.toStdString();
    const auto found = std::find_if(
        m_members.begin(), m_members.end(), [&](const lianxin::trust::Member &m) { return m.msp_id() == id; });
    return found == m_members.end() ? nullptr : &*found;
}

void GovernanceRegistry::followConfiguration(const QString &proposalId)
{
    if (proposalId == m_followed)
        return;
    m_followed = proposalId;
    m_configuration.clear();
    m_configError.clear();
    if (!m_followed.isEmpty())
        refresh();
}

void GovernanceRegistry::reset()
{
    ++m_generation; // reads of the previous identity are dropped
    m_proposals.clear();
    m_members.clear();
    m_gasReports.clear();
    m_gasBalances.clear();
    m_dealFlags.clear();
    m_feeStatements.clear();
    m_configuration.clear();
    m_seenHeights.clear();
    m_error.clear();
    m_configError.clear();
    m_loaded = false;
    m_loading = false;
    m_again = false;
    Q_EMIT refreshed();
    if (m_session.isSignedIn())
        refresh();
}

QStringList GovernanceRegistry::watchedChannels() const
{
    QStringList channels { QStringLiteral("trust") };
    for (const ChannelConfigState &state : m_configuration) {
        if (!channels.contains(state.channel))
            channels << state.channel;
    }
    return channels;
}

// A burst of blocks reaches here throttled by the status model; only the
// channels this registry reads from count.
void GovernanceRegistry::onHeightsChanged()
{
    bool grew = false;
    for (const QString &channel : watchedChannels()) {
        const quint64 height = m_status.height(channel);
        if (height != m_seenHeights.value(channel)) {
            m_seenHeights.insert(channel, height);
            grew = true;
        }
    }
    if (grew && m_session.isSignedIn())
        refresh();
}

void GovernanceRegistry::refresh()
{
    const std::shared_ptr<client::Client> client = m_session.client();
    if (!client)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher]() {
        const Snapshot snapshot = watcher->result();
        watcher->deleteLater();
        if (snapshot.generation != m_generation)
            return;
        m_loading = false;
        apply(snapshot);
        if (m_again)
            refresh();
    });
    // On a pool thread: a handful of queries on trust (proposals, members,
    // Gas, flags, fees), and for a followed admission its channels'
    // configurations.
    watcher->setFuture(QtConcurrent::run([client, followed = m_followed, generation = m_generation]() {
        Snapshot snapshot;
        snapshot.generation = generation;
        snapshot.followed = followed;
        try {
            client::GovernanceWorkflow governance(*client);
            snapshot.proposals = governance.proposals();
            snapshot.members = governance.members();
            snapshot.gasReports = client::gasReports(*client);
            snapshot.gasBalances = client::gasBalances(*client);
            snapshot.dealFlags = governance.dealFlags();
            snapshot.feeStatements = governance.feeStatements();
            const std::string id = followed.toStdString();
            const auto admission = std::find_if(
                snapshot.proposals.begin(), snapshot.proposals.end(), [&](const Proposal &p) { return p.id() == id; });
            if (admission != snapshot.proposals.end() && admission->kind() == Proposal::ADMIT_MEMBER
                && admission->status() == Proposal::PASSED) {
                try {
                    for (const std::string &channel : chaincode::governance::channelsFor(*admission))
                        snapshot.configuration.push_back(channelState(governance, *admission, channel));
                } catch (const std::exception &e) {
                    snapshot.configuration.clear();
                    snapshot.configError = QString::fromStdString(e.what());
                }
            }
        } catch (const std::exception &e) {
            snapshot.error = QString::fromStdString(e.what());
        }
        return snapshot;
    }));
}

void GovernanceRegistry::apply(const Snapshot &snapshot)
{
    m_error = snapshot.error;
    if (!snapshot.error.isEmpty()) {
        Q_EMIT refreshFailed(snapshot.error);
        return;
    }
    m_proposals = snapshot.proposals;
    m_members = snapshot.members;
    m_gasReports = snapshot.gasReports;
    m_gasBalances = snapshot.gasBalances;
    m_dealFlags = snapshot.dealFlags;
    m_feeStatements = snapshot.feeStatements;
    if (snapshot.followed == m_followed) {
        m_configuration = snapshot.configuration;
        m_configError = snapshot.configError;
    }
    for (const QString &channel : watchedChannels())
        m_seenHeights.insert(channel, m_status.height(channel));
    m_loaded = true;
    Q_EMIT refreshed();
}

void GovernanceRegistry::applyProposal(const Proposal &proposal)
{
    const auto found = std::find_if(
        m_proposals.begin(), m_proposals.end(), [&](const Proposal &p) { return p.id() == proposal.id(); });
    if (found == m_proposals.end())
        m_proposals.push_back(proposal);
    else
        *found = proposal;
    Q_EMIT refreshed();
}

} // namespace lx::models
