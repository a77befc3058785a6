#pragma once

#include "crypto/Bytes.h"
#include "crypto/EcKey.h"
#include "ledger/Genesis.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"

#include <string>
#include <vector>

namespace lx::ledger {

class ChannelConfig;

// Channel configuration updates as Fabric makes and applies them
// (docs/channel-configuration.md): the groups and policies a channel's
// configuration holds, the update that adds an organization, the admins'
// signatures over it, and the orderer's step from an update to the next
// configuration.

// An organization's group as configtxgen writes it: its MSP (root CA
// certificates, NodeOUs client/peer/admin/orderer) and the policies
// Readers and Writers (any member), Admins (an admin), Endorsement (a
// peer), each modified by the organization's Admins.
common::ConfigGroup organizationGroup(const std::string &mspId, const std::vector<std::string> &rootCertsPem);
common::ConfigGroup organizationGroup(const OrgConfig &org);

// The channel-level policies configtxgen's default profile writes, on a
// /Channel group that already holds its Application and Orderer groups of
// organizations: Readers and Writers ANY, Admins MAJORITY of the groups
// below; the Application group's Endorsement and LifecycleEndorsement
// MAJORITY Endorsement. Every group is modified by its Admins. (No
// BlockValidation: the embedded chain's blocks are judged by the orderer
// MSP, docs/embedded-ledger.md.)
void addChannelPolicies(common::ConfigGroup &channelGroup);

// The update that adds org to the channel's Application group, computed
// from the configuration in force as Fabric's configtxlator compute_update
// does: the read set names the Application group and its members at their
// versions, the write set the group one version on with the new
// organization's whole group. Throws LedgerError(Rejected,
// CONFIG_ORG_PRESENT) when the organization is a member already.
common::ConfigUpdate addOrganizationUpdate(
    const common::Config &current, const std::string &channelId, const common::ConfigGroup &org, const std::string &mspId);

// An admin's signature of an update (Fabric's ConfigSignature): a signature
// header with the admin's serialized identity and a fresh nonce, and the
// signature over signature header || update bytes.
common::ConfigSignature signConfigUpdate(
    const Bytes &configUpdate, const crypto::PrivateKey &key, const Bytes &serializedIdentity);

// The CONFIG_UPDATE transaction a client sends to the ordering service:
// the update with its signatures, in an envelope signed by the submitter.
// Its channel header's tx_id is hex(SHA-256(nonce || creator)) like any
// transaction's, so the submitter can wait for it.
common::Envelope configUpdateTransaction(const std::string &channelId, const common::ConfigUpdateEnvelope &update,
    const crypto::PrivateKey &key, const Bytes &serializedIdentity);

// The ordering service's step: the next configuration from the one in
// force and a CONFIG_UPDATE envelope. Checks that the envelope's creator is
// a member of the channel who signed it, that the update is for this
// channel, that its read set is current, merges its write set (an element
// at its current version is kept as it is, one a version on replaces it, a
// new one enters at version 0), raises the sequence, and has the result
// judged by current.checkSuccessor (every changed element's mod_policy
// over the update's signatures). Throws LedgerError(Rejected,
// CONFIG_UPDATE_REFUSED) naming the first problem.
common::ConfigEnvelope nextConfiguration(
    const ChannelConfig &current, const std::string &channelId, const common::Envelope &configUpdate);

// A CONFIG transaction carrying a configuration, signed by the orderer (a
// channel's genesis transaction, or the orderer's answer to an update).
// txId empty: hex(SHA-256(nonce || creator)).
common::Envelope configTransaction(const std::string &channelId, const common::ConfigEnvelope &config,
    const crypto::PrivateKey &ordererKey, const Bytes &ordererCreator, const std::string &txId = {});

// Deterministic protobuf bytes (configuration messages carry maps).
Bytes serializeDeterministic(const google::protobuf::MessageLite &message);

} // namespace lx::ledger
