#include "app/chaincode/Endorsement.h"

#include "ledger/Policy.h"

#include <algorithm>
#include <set>

namespace lx::chaincode_server {

namespace {

std::vector<std::string> sortedDistinct(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

std::string endorsementKey(std::vector<std::string> mspIds)
{
    std::string key("\0lianxin.endorsement\0", 21);
    for (const std::string &id : sortedDistinct(std::move(mspIds))) {
        key += id;
        key += '\0';
    }
    return key;
}

Bytes validationParameter(std::vector<std::string> mspIds)
{
    return ledger::signaturePolicy(chaincode::EndorsementPolicy { sortedDistinct(std::move(mspIds)) })
        .SerializeAsString();
}

bool enforceEndorsementPolicy(ShimStub &stub, const chaincode::EndorsementPolicy &policy)
{
    const bool collectionsEnforce = !policy.allOf.empty()
        && std::all_of(policy.allOf.begin(), policy.allOf.end(), [&](const std::string &msp) {
               return stub.collectionsWritten().count(chaincode::implicitCollection(msp)) > 0;
           });
    if (collectionsEnforce)
        return false;
    stub.putState(endorsementKey(policy.allOf), stub.txId());
    return true;
}

chaincode::Response prepareEndorsement(ShimStub &stub, const std::vector<std::string> &mspIds)
{
    const std::vector<std::string> ids = sortedDistinct(mspIds);
    if (ids.empty())
        return chaincode::Response::reject(chaincode::BadRequest, "CHAINCODE_BAD_MSP",
            std::string(kPrepareEndorsement) + " needs the MSP IDs of the consortium's organizations.");
    for (const std::string &id : ids)
        if (id.empty() || id.find('\0') != std::string::npos)
            return chaincode::Response::reject(chaincode::BadRequest, "CHAINCODE_BAD_MSP",
                "An MSP ID given to " + std::string(kPrepareEndorsement) + " is empty or holds a NUL character.");
    std::vector<std::vector<std::string>> sets;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        sets.push_back({ ids[i] });
        for (std::size_t j = i + 1; j < ids.size(); ++j)
            sets.push_back({ ids[i], ids[j] });
    }
    int created = 0;
    int kept = 0;
    for (const auto &set : sets) {
        const std::string key = endorsementKey(set);
        const protos::StateMetadataResult existing = stub.getStateMetadata(key);
        const bool prepared = std::any_of(existing.entries().begin(), existing.entries().end(),
            [](const protos::StateMetadata &m) { return m.metakey() == kValidationParameter && !m.value().empty(); });
        if (prepared) {
            ++kept;
            continue;
        }
        stub.putState(key, stub.txId());
        protos::StateMetadata metadata;
        metadata.set_metakey(kValidationParameter);
        metadata.set_value(validationParameter(set));
        stub.putStateMetadata(key, metadata);
        ++created;
    }
    return chaincode::Response::ok("created " + std::to_string(created) + ", kept " + std::to_string(kept));
}

} // namespace lx::chaincode_server
