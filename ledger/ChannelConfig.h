#pragma once

#include "crypto/Bytes.h"
#include "ledger/Msp.h"

#include "common/configtx.pb.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace common {
class Block;
}

namespace lx::ledger {

// One signature to judge under a policy (Fabric's protoutil.SignedData).
struct SignedData
{
    Bytes data;
    Bytes identity; // a serialized msp.SerializedIdentity
    Bytes signature;
};

// A channel's configuration in force, as one CONFIG block set it: its MSPs
// (application and orderer organizations) and its policy tree, evaluated
// as Fabric 2.5's policies package does (Signature policies with MSPRole
// and OrganizationUnit principals, ImplicitMeta ANY/ALL/MAJORITY over the
// sub-groups' policies of that name).
class ChannelConfig
{
public:
    // Throws LedgerError(DataInvalid, CONFIG_INVALID).
    explicit ChannelConfig(common::ConfigEnvelope envelope);
    // The ConfigEnvelope of a CONFIG block (a block of one CONFIG
    // transaction). Throws LedgerError(DataInvalid, CONFIG_INVALID).
    static common::ConfigEnvelope envelopeOf(const common::Block &configBlock);
    // True when the block's only transaction is a CONFIG transaction.
    static bool isConfigBlock(const common::Block &block);
    // The number of the configuration block in force that the orderer wrote
    // into the block's SIGNATURES metadata (OrdererBlockMetadata.last_config);
    // nullopt when it has none.
    static std::optional<std::uint64_t> lastConfigIndex(const common::Block &block);

    const MspRegistry &msps() const { return *m_msps; }
    std::shared_ptr<const MspRegistry> sharedMsps() const { return m_msps; }
    std::uint64_t sequence() const { return m_envelope.config().sequence(); }
    // What Fabric's MSPs of this configuration would enforce beyond what
    // this verifier checks (revocation lists, OU restrictions), each named.
    const std::vector<std::string> &unchecked() const { return m_unchecked; }
    const common::ConfigEnvelope &envelope() const { return m_envelope; }

    // Whether a policy exists at an absolute path such as
    // "/Channel/Orderer/BlockValidation".
    bool hasPolicy(const std::string &path) const;
    // Evaluates the policy at an absolute path, or at a path relative to
    // group (a path of group names below /Channel) when it has no leading
    // slash. Empty when satisfied, else why not.
    std::string evaluate(const std::string &path, const std::vector<SignedData> &signatures,
        const std::vector<std::string> &group = {}) const;

    // Checks that next (the configuration of the following CONFIG block)
    // follows from this one: sequence + 1, every element that differs is in
    // its last update's write set at that version, and every modified
    // element's mod_policy (this configuration's) is satisfied by the
    // update's signatures. Empty when it does, else why not.
    std::string checkSuccessor(const common::ConfigEnvelope &next, const std::string &channelId) const;

private:
    const common::ConfigGroup *group(const std::vector<std::string> &path) const;
    std::string evaluatePolicy(const common::Policy &policy, const std::vector<std::string> &groupPath,
        const std::string &name, const std::vector<SignedData> &signatures, int depth) const;

    common::ConfigEnvelope m_envelope;
    std::shared_ptr<const MspRegistry> m_msps;
    std::vector<std::string> m_unchecked;
};

} // namespace lx::ledger
