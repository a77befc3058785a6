#pragma once

#include "chaincode/Contract.h"
#include "ledger/Channel.h"
#include "ledger/Simulator.h"
#include "ledger/WriterLock.h"

#include "common/common.pb.h"
#include "peer/proposal.pb.h"
#include "peer/proposal_response.pb.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lx::ledger {

// The result of endorsing a proposal: the contract's answer and, when it
// succeeded, the transaction the client must sign (payload only).
struct Endorsed
{
    std::string txId;
    std::string channel;
    protos::Response result;
    common::Envelope preparedTransaction;
    std::vector<protos::ProposalResponse> responses; // one per endorsing organization
};

// The embedded consortium: every member's endorsing peer, the orderer and
// the channels, in this process. It holds node keys only, never a user's:
// every proposal and transaction arrives signed by its client.
class Consortium
{
public:
    // For writing, takes the consortium's writer lock first (a second writer
    // gets LedgerError(Unavailable, "LEDGER_IN_USE") naming the holder).
    // Read-only, takes no lock and writes nothing: evaluate() and the
    // channels' blocks and state serve as they were at open; endorse() and
    // submit() throw LedgerError(Unavailable, "LEDGER_READ_ONLY").
    explicit Consortium(const std::filesystem::path &dir, OrdererSettings settings = {},
                        Access access = Access::ReadWrite);
    ~Consortium();

    // The consortium's standard contracts on their channels (registry on
    // trust, later issues add theirs); tests may install their own.
    void installStandardContracts();
    void installContract(const std::string &channel, std::shared_ptr<chaincode::Contract> contract);

    std::vector<std::string> channelIds() const;
    Channel &channel(const std::string &id); // throws LedgerError(Rejected, CHANNEL_UNKNOWN)

    // Simulates without creating a transaction; also serves Fabric's qscc
    // (GetChainInfo, GetBlockByNumber, GetTransactionByID, GetBlockByTxID).
    protos::Response evaluate(const protos::SignedProposal &proposal);
    // endorsingOrgs empty: the contract's endorsement policy decides.
    Endorsed endorse(const protos::SignedProposal &proposal, const std::vector<std::string> &endorsingOrgs = {});
    // A signed transaction envelope from endorse(); ordered, validated,
    // committed. Returns when queued.
    std::shared_future<CommitResult> submit(const common::Envelope &transaction);

private:
    struct Checked;
    Checked check(const protos::SignedProposal &proposal);
    protos::Response systemQuery(Channel &channel, const std::vector<Bytes> &args);
    const chaincode::Contract *contract(const std::string &channel, const std::string &name) const;
    // The endorsing peer of an organization; nullptr when it has none here.
    const NodeSigner *peer(const std::string &mspId);
    // Serves the simulators' invokeChaincode across channels.
    Simulator::CrossChannelQuery crossChannelQuery();

    std::filesystem::path m_dir;
    Access m_access;
    std::unique_ptr<WriterLock> m_writerLock; // first member: held before any channel opens
    std::mutex m_peersMutex;
    std::map<std::string, NodeSigner> m_peers; // by MSP ID, guarded by m_peersMutex
    std::map<std::string, std::map<std::string, std::shared_ptr<chaincode::Contract>>> m_contracts;
    std::map<std::string, std::unique_ptr<Channel>> m_channels;
};

} // namespace lx::ledger
