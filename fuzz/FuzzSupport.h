#pragma once

// Shared by the libFuzzer targets and fuzz_seeds: scratch folders, the
// sandbox consortium whose keys sign the seeds, and "re-signing" helpers.
//
// A mutated proposal, transaction or block almost never carries a valid
// signature, so on its own a fuzzer would only ever exercise the code in
// front of the first signature check. Each target therefore runs every
// input twice: as it is, and re-signed with the sandbox's keys (transaction
// ID, proposal hash and data hash recomputed), which lets the mutated
// contents reach the checks and parsers behind the signatures.

#include "crypto/Bytes.h"
#include "crypto/EcKey.h"
#include "ledger/Msp.h"
#include "ledger/Validator.h"
#include "ledgerclient/SigningIdentity.h"

#include "common/common.pb.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lx::fuzz {

// The sandbox's wallet passphrase (fuzz_seeds and the targets agree on it).
inline constexpr const char *kPassphrase = "lianxin-fuzz passphrase";
// The channel the block and transaction targets verify against.
inline constexpr const char *kChannel = "trust";
// The message fuzz_identity verifies fuzzed signatures over.
inline constexpr std::string_view kIdentityMessage = "LianXin fuzz_identity message";
// The signer whose public key fuzz_identity verifies with.
inline constexpr const char *kIdentityUser = "HuaxiaBankMSP/officer1";
// fuzz_aead's fixed key material and associated data.
inline constexpr std::string_view kAeadKeySeed = "LianXin fuzz_aead key";
inline constexpr std::string_view kAeadAd = "lianxin.fuzz/aead";

inline std::string_view asView(const std::uint8_t *data, std::size_t size)
{
    return std::string_view(reinterpret_cast<const char *>(data), size);
}

// A folder of this process for temporary files, removed at exit: under
// $LIANXIN_FUZZ_TMP if set, else /dev/shm (fdatasync is free there), else
// the system temporary folder.
const std::filesystem::path &scratchDir();

void writeFile(const std::filesystem::path &path, std::string_view contents);
std::string readFile(const std::filesystem::path &path);

// Prints to stderr and aborts: a violated invariant is a finding.
[[noreturn]] void fail(const std::string &what);

// One identity the sandbox holds a key for: a wallet user ("MSPID/user"),
// a peer ("MSPID/peer") or the orderer ("OrdererMSP/orderer"). Its
// serialized() bytes are those the nodes and clients put in headers.
struct Signer
{
    std::string label;
    client::SigningIdentity identity;
};

// The sandbox consortium shared by the targets. $LIANXIN_FUZZ_SANDBOX names
// a data folder made by fuzz_seeds (whose seeds its keys signed); without
// it a fresh sandbox is made in the scratch folder. Read-only: targets that
// open a Consortium copy the folder first.
class Sandbox
{
public:
    static const Sandbox &get();

    std::filesystem::path dataDir;
    std::filesystem::path consortiumDir;
    std::vector<std::string> channels;
    std::vector<Bytes> trustBlocks; // raw blocks of kChannel, genesis first
    Bytes genesisHeaderHash;        // of trustBlocks[0]
    std::unique_ptr<ledger::MspRegistry> msps; // from kChannel's genesis block

    const Signer *signer(const Bytes &serializedIdentity) const; // nullptr if unknown
    const Signer &byLabel(const std::string &label) const;       // aborts if unknown
    const Signer &orderer() const { return byLabel("OrdererMSP/orderer"); }
    const crypto::PrivateKey &ordererKey() const { return *m_ordererKey; }
    const std::vector<Signer> &signers() const { return m_signers; }

    // The standard contracts of a channel, as the consortium installs them.
    const ledger::ContractLookup &contracts(const std::string &channel) const;
    bool hasChannel(const std::string &channel) const;

private:
    Sandbox() = default;
    void load(const std::filesystem::path &dataDir);

    std::vector<Signer> m_signers;
    std::optional<crypto::PrivateKey> m_ordererKey;
    std::map<Bytes, std::size_t> m_bySerialized;
    std::map<std::string, std::size_t> m_byLabel;
    std::map<std::string, std::map<std::string, std::shared_ptr<chaincode::Contract>>> m_contracts;
    std::map<std::string, ledger::ContractLookup> m_lookups;
};

// The channel an envelope names, or "" when it does not parse that far.
std::string channelOf(const Bytes &envelope);

// A transaction envelope made valid where the sandbox holds the keys: the
// transaction ID from nonce and creator, the action header, the proposal
// hash, known endorsers' signatures and the creator's signature. nullopt
// when the bytes are not an envelope.
std::optional<Bytes> resignTransaction(const Bytes &envelope);

// A signed proposal re-signed the same way (transaction ID, signature).
std::optional<Bytes> resignProposal(const Bytes &signedProposal);

// The block renumbered to number on top of previousHash, with its data
// hash recomputed and the orderer's signature; with resignTransactions,
// every envelope is re-signed first.
Bytes resealBlock(common::Block block, std::uint64_t number, const Bytes &previousHash, bool resignTransactions);

} // namespace lx::fuzz
