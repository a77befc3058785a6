#pragma once

#include "ledgerclient/Client.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

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

private:
    std::string write(const std::string &function, const std::vector<Bytes> &args);
    lianxin::trust::Proposal proposalFrom(const std::string &payload, const std::string &function);

    Client &m_client;
};

// An admission proposal: the applicant bank, the lines it asks for, and its
// application and signed agreement named by their SHA-256.
lianxin::trust::Proposal admissionProposal(const lianxin::trust::Member &applicant,
    const std::vector<lianxin::trust::BusinessLine> &lines, const Bytes &applicationSha256,
    const Bytes &agreementSha256);

} // namespace lx::client
