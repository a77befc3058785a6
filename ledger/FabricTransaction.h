#pragma once

#include "crypto/Bytes.h"
#include "ledger/Msp.h"
#include "ledger/rwset/kvrwset/kv_rwset.pb.h"

#include <string>
#include <utility>
#include <vector>

namespace lx::ledger {

// One namespace of a Fabric transaction's read-write set.
struct FabricNamespace
{
    std::string name;
    kvrwset::KVRWSet kv;
    std::vector<std::pair<std::string, kvrwset::HashedRWSet>> hashed; // by collection
};

// One envelope of a block Fabric made, as a verifier sees it: an endorser
// transaction of any chaincode (ours, _lifecycle, ...) with a read-write set
// over any number of namespaces, or a CONFIG transaction.
struct FabricTransaction
{
    int type = -1; // common.HeaderType; -1 when the envelope cannot be read
    std::string txId;
    std::string chaincode;
    // The first failing check as Fabric's committer codes it
    // (protos::TxValidationCode), VALID when every check made passed.
    int code = 0;
    std::string failure; // why code is not VALID
    std::vector<FabricNamespace> rwset;
};

// Parses one envelope. With msps it also rechecks what a member can
// recheck without the chaincode definitions: the creator's certificate
// under the channel's MSPs and its signature over the payload, the
// transaction ID = SHA-256(nonce || creator), the proposal hash, each
// endorser's certificate (a peer of a channel MSP) and signature over the
// proposal response, the endorsers' agreement on one response, and the
// response status. Without msps it only parses (the read-write set for
// the commit hash).
FabricTransaction parseFabricTransaction(
    const Bytes &envelopeBytes, const std::string &channelId, const MspRegistry *msps);

} // namespace lx::ledger
