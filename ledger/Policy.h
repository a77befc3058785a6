#pragma once

#include "chaincode/Contract.h"
#include "ledger/Msp.h"

#include "common/policies.pb.h"

#include <vector>

namespace lx::ledger {

// A contract's endorsement policy as Fabric writes it: an n-of-n over
// MSPRole{mspId, PEER} principals.
common::SignaturePolicyEnvelope signaturePolicy(const chaincode::EndorsementPolicy &policy);

// Evaluates a SignaturePolicyEnvelope against identities whose signatures
// have already been verified. Each identity satisfies at most one principal.
bool isSatisfied(const common::SignaturePolicyEnvelope &policy, const std::vector<const Identity *> &signers);
// The same as Fabric's cauthdsl judges principals: MSPRole through the
// channel's MSPs (NodeOUs, listed admins) and OrganizationUnit principals.
bool isSatisfied(const common::SignaturePolicyEnvelope &policy, const std::vector<const Identity *> &signers,
    const MspRegistry &msps);

} // namespace lx::ledger
