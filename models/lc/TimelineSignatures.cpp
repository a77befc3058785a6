#include "models/lc/TimelineSignatures.h"

#include "ledger/Msp.h"
#include "ledgerclient/BlockDecoder.h"
#include "ledgerclient/Client.h"

#include "common/common.pb.h"

#include <set>

namespace lx::models {

std::map<std::string, TxSignatures> verifyTimeline(
    client::Client &client, const std::vector<cache::LcTimelineEntry> &timeline, const std::string &channel)
{
    std::map<std::string, TxSignatures> out;
    std::set<std::uint64_t> blocks;
    std::set<std::string> wanted;
    for (const auto &entry : timeline) {
        if (entry.block > 0) {
            blocks.insert(entry.block);
            wanted.insert(entry.txId);
        }
    }
    if (blocks.empty())
        return out;
    const ledger::MspRegistry msps = ledger::MspRegistry::fromGenesis(client.block(channel, 0));
    for (const std::uint64_t number : blocks) {
        for (const auto &tx : client::decodeTransactions(client.block(channel, number), &msps)) {
            if (!wanted.count(tx.txId))
                continue;
            TxSignatures &signatures = out[tx.txId];
            signatures.creator = tx.creatorCommonName + "@" + tx.creatorMspId;
            signatures.endorsers = tx.endorserMspIds;
            signatures.verified
                = tx.creatorSignatureValid.value_or(false) && tx.endorserSignaturesValid.value_or(false);
            if (!tx.creatorSignatureValid.value_or(false))
                signatures.problem = "the creator's signature does not verify";
            else if (!tx.endorserSignaturesValid.value_or(false))
                signatures.problem = "an endorsement does not verify";
            if (!tx.problem.empty())
                signatures.problem = tx.problem;
        }
    }
    return out;
}

} // namespace lx::models
