#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lx::chaincode {

struct Response; // chaincode/Contract.h

// The consortium's two organizations that are not banks: they read every
// channel and write no business state.
inline constexpr const char *kRegulatorMsp = "RegulatorMSP";
inline constexpr const char *kSecretariatMsp = "SecretariatMSP";

// Who signed the proposal, as the ledger validated it from the certificate.
struct Creator
{
    std::string mspId;
    std::string commonName; // the user, e.g. "officer1"
    std::vector<std::string> roles; // certificate OUs: "client", "officer", "checker", ...
    bool hasRole(const std::string &role) const;
    bool isRegulator() const { return mspId == kRegulatorMsp; }
    bool isSecretariat() const { return mspId == kSecretariatMsp; }
};

struct KeyValue
{
    std::string key;
    Bytes value;
};

struct HistoryEntry
{
    std::string txId;
    std::uint64_t blockNumber = 0;
    std::uint64_t txNumber = 0;
    std::int64_t timestampSeconds = 0;
    bool isDelete = false;
    Bytes value;
};

// What a contract sees of the ledger while it runs: the proposal and a
// simulated world state. Reads are recorded with their versions and writes
// are buffered; nothing reaches the ledger until the transaction is ordered,
// validated and committed. Implemented by ledger/ (embedded) and, on a real
// Fabric peer, by a shim adapter.
class Stub
{
public:
    virtual ~Stub() = default;

    virtual const std::string &channelId() const = 0;
    virtual const std::string &txId() const = 0;
    virtual std::int64_t txTimestampSeconds() const = 0;
    virtual const Creator &creator() const = 0;
    // args()[0] is the function name.
    virtual const std::vector<Bytes> &args() const = 0;
    virtual const std::map<std::string, Bytes> &transient() const = 0;

    virtual std::optional<Bytes> getState(const std::string &key) = 0;
    virtual void putState(const std::string &key, const Bytes &value) = 0;
    virtual void delState(const std::string &key) = 0;
    // Keys in [startKey, endKey), in key order; an empty endKey means no end.
    virtual std::vector<KeyValue> getStateByRange(const std::string &startKey, const std::string &endKey) = 0;
    virtual std::vector<HistoryEntry> getHistoryForKey(const std::string &key) = 0;

    // Private data lives only in the owning organization's store; the
    // channel sees the hashes. Collection names follow Fabric's implicit
    // per-organization collections: "_implicit_org_<MSPID>".
    virtual std::optional<Bytes> getPrivateData(const std::string &collection, const std::string &key) = 0;
    virtual void putPrivateData(const std::string &collection, const std::string &key, const Bytes &value) = 0;
    virtual std::optional<Bytes> getPrivateDataHash(const std::string &collection, const std::string &key) = 0;
    // Private keys in [startKey, endKey) (empty endKey: no end), in key
    // order. As in Fabric, the range itself is not protected against
    // phantoms at commit; each key returned is a read like getPrivateData.
    virtual std::vector<KeyValue> getPrivateDataByRange(
        const std::string &collection, const std::string &startKey, const std::string &endKey)
        = 0;

    virtual void setEvent(const std::string &name, const Bytes &payload) = 0;

    // Fabric's InvokeChaincode on another channel (the gateway between the
    // chains): runs a query function of that channel's contract against
    // its committed state as this peer holds it now, as the same creator.
    // As in Fabric, nothing it reads is validated at commit, and it cannot
    // write: a contract that relies on it records what it saw (e.g. the
    // transaction that last changed the record). Non-query functions, an
    // unknown channel or contract are rejections (status 400 and up).
    virtual Response invokeChaincode(
        const std::string &channel, const std::string &contract, const std::vector<Bytes> &args)
        = 0;
};

std::string implicitCollection(const std::string &mspId);

// The transient entry that carries a private value to an endorsing peer
// whose organization is not a member of its collection (on a Fabric peer
// the read fails there): "lianxin.pvt/<collection>/<key>". The peer's
// chaincode server uses it only when its SHA-256 equals the hash the
// channel holds for that key (app/chaincode/ShimStub), so it can neither
// invent nor alter a value.
inline constexpr const char *kPrivateTransientPrefix = "lianxin.pvt/";
std::string privateTransientKey(const std::string &collection, const std::string &key);

} // namespace lx::chaincode
