#include "ledgerclient/ChainCheck.h"

#include "ledger/StandardContracts.h"
#include "ledgerclient/Client.h"

namespace lx::client {

ledger::ContractLookup channelContracts(const std::string &channel)
{
    // The lookup owns its contracts: it outlives this call.
    return [contracts = ledger::standardContracts(), channel](const std::string &name) {
        for (const auto &[ch, contract] : contracts)
            if (ch == channel && contract->name() == name)
                return static_cast<const chaincode::Contract *>(contract.get());
        return static_cast<const chaincode::Contract *>(nullptr);
    };
}

ChainCheckOutcome checkChain(
    Client &client, const std::string &channel, const std::function<bool(std::uint64_t, std::uint64_t)> &progress)
{
    ChainCheckOutcome outcome;
    outcome.height = client.chainInfo(channel).height();
    ledger::ChainVerifier verifier(channel, channelContracts(channel));
    for (std::uint64_t n = 0; n < outcome.height; ++n) {
        if (progress && !progress(n, outcome.height)) {
            outcome.cancelled = true;
            break;
        }
        try {
            outcome.problem = verifier.feed(client.block(channel, n));
        } catch (const LedgerError &e) {
            // The ledger refuses to serve an altered block: that is the
            // finding, not a failure of the check.
            if (e.kind() != LedgerError::Kind::DataInvalid)
                throw;
            outcome.problem = ledger::ChainProblem { n, e.what() };
        }
        if (outcome.problem)
            break;
    }
    outcome.blocksVerified = verifier.blocksVerified();
    outcome.transactionsVerified = verifier.transactionsVerified();
    outcome.fabric = verifier.isFabricChain();
    outcome.notVerified = verifier.notVerified();
    if (progress && !outcome.cancelled && !outcome.problem)
        progress(outcome.blocksVerified, outcome.height);
    return outcome;
}

ChainCheckOutcome verifyChannelOnPeer(
    Client &client, const std::string &channel, const std::function<bool(std::uint64_t, std::uint64_t)> &progress)
{
    return checkChain(client, channel, progress);
}

} // namespace lx::client
