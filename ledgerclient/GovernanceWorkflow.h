#pragma once

#include "ledgerclient/Client.h"

#include "lianxin/audit.pb.h"
#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace lx::client {

// The consortium's governance (the registry contract on trust,
// docs/governance.md) as a member's administrator drives it: the
// secretariat or a council member proposes, council members vote, expert
// committee members give opinions. Each write answers the proposal as it
// stands after it.
//
// Every call throws LedgerError: Rejected with the contract's reason code,
// or Rejected/"TX_INVALIDATED" when the ordered transaction was not valid.
class GovernanceWorkflow
{
public:
    explicit GovernanceWorkflow(Client &client);
    Client &client() const { return m_client; }

    lianxin::trust::Proposal propose(const lianxin::trust::Proposal &proposal);
    // choice: "YES", "NO" or "ABSTAIN".
    lianxin::trust::Proposal vote(const std::string &proposalId, const std::string &choice);
    // recommendation: "IN_FAVOUR", "AGAINST" or "NEUTRAL".
    lianxin::trust::Proposal opine(
        const std::string &proposalId, const std::string &recommendation, const std::string &text);
    // After the deadline: an open proposal lapses.
    lianxin::trust::Proposal close(const std::string &proposalId);
    lianxin::trust::Member endSandbox(const std::string &mspId, const std::string &line);
    lianxin::trust::GovernanceRules sealCharter();

    lianxin::trust::Proposal proposal(const std::string &proposalId);
    std::vector<lianxin::trust::Proposal> proposals();
    lianxin::trust::GovernanceRules rules();
    std::vector<lianxin::trust::Member> members();

    // The network change of a passed admission (docs/channel-configuration.md).
    // The secretariat prepares, for each channel the bank needs, the update
    // that adds its organization to the channel's configuration in force,
    // and records it on trust; each member's administrator signs those
    // same bytes in their own workstation; once the signatures meet the
    // channel's policies, the update is submitted to the ordering service.
    lianxin::trust::ConfigUpdateRecord prepareConfigUpdate(const std::string &proposalId, const std::string &channel);
    // Signs only the update this workstation would prepare itself from the
    // channel's configuration in force (Rejected CONFIG_UPDATE_UNEXPECTED
    // otherwise: a stale or altered update).
    lianxin::trust::ConfigUpdateRecord signConfigUpdate(const std::string &proposalId, const std::string &channel);
    lianxin::trust::ConfigUpdateRecord configUpdate(const std::string &proposalId, const std::string &channel);
    std::vector<lianxin::trust::ConfigUpdateRecord> configUpdates(const std::string &proposalId);
    // Empty when the recorded signatures make the update pass the ordering
    // service's checks against the channel's configuration in force (read
    // set current, every changed element's mod_policy met), else why not.
    std::string configUpdateShortfall(const lianxin::trust::ConfigUpdateRecord &record);
    // Where an admission's update stands on one channel, from one reading of
    // the channel's configuration in force: applied (the bank is a member),
    // the record once prepared, and while not applied its shortfall.
    struct ConfigUpdateState
    {
        bool applied = false;
        std::optional<lianxin::trust::ConfigUpdateRecord> record; // nullopt: not prepared
        std::string shortfall; // prepared and not applied: empty = ready to submit
    };
    ConfigUpdateState configUpdateState(const lianxin::trust::Proposal &admission, const std::string &channel);
    // Checks the shortfall first (Rejected CONFIG_SIGNATURES_SHORT naming
    // it), then submits and waits for the configuration block.
    SubmitResult submitConfigUpdate(const std::string &proposalId, const std::string &channel);
    // Whether the organization is in the channel's configuration in force.
    bool isOnChannel(const std::string &mspId, const std::string &channel);

    // The regulator's flag on a deal ("lc", "guarantee", "forfaiting"), as
    // recorded; the flags this user may see (docs/audit-package.md).
    lianxin::audit::DealFlag flagDeal(const std::string &product, const std::string &dealId, const std::string &note);
    std::vector<lianxin::audit::DealFlag> dealFlags();
    // The membership fee statements this user may read: every bank's for
    // the secretariat and the regulator, its own bank's otherwise (none when
    // it has nothing to show).
    std::vector<lianxin::trust::FeeStatement> feeStatements();

private:
    // The update adding the admitted bank to channel's configuration in
    // force, byte for byte as prepareConfigUpdate records it.
    Bytes expectedConfigUpdate(const lianxin::trust::Proposal &admission, const std::string &channel);
    std::string shortfallAgainst(
        const lianxin::trust::ConfigUpdateRecord &record, const common::ConfigEnvelope &current);
    std::string write(const std::string &function, const std::vector<Bytes> &args);
    lianxin::trust::Proposal proposalFrom(const std::string &payload, const std::string &function);

    Client &m_client;
};

// An admission proposal: the applicant bank, the lines it asks for, and its
// application and signed agreement named by their SHA-256.
lianxin::trust::Proposal admissionProposal(const lianxin::trust::Member &applicant,
    const std::vector<lianxin::trust::BusinessLine> &lines, const Bytes &applicationSha256,
    const Bytes &agreementSha256);

// What an administrator is asked to sign, in a few lines: the channel, the
// organization the update adds and its root CA certificates (subject and
// SHA-256 fingerprint), what it changes besides, and the update's SHA-256.
// Throws LedgerError(DataInvalid, CONFIG_UPDATE_UNREADABLE) when the bytes
// are not a ConfigUpdate.
std::string describeConfigUpdate(const lianxin::trust::ConfigUpdateRecord &record);

// The update with its recorded signatures, as the ordering service takes it.
common::ConfigUpdateEnvelope configUpdateEnvelope(const lianxin::trust::ConfigUpdateRecord &record);

} // namespace lx::client
