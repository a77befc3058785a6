#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode::trust {

// KYC attestations on the trust channel (DESIGN 4.4): a bank states that it
// has KYC'd a corporate, named by its unified social credit code. Other
// banks see the attestation and the hash of the bank's KYC file, never the
// file.
//   Attest(lianxin.trust.KycAttestation)  a bank's officer or checker, for its own bank; replaces
//                                         that bank's earlier attestation; event "KycAttested"
//   Revoke(uscc)                          the attesting bank only; event "KycRevoked"
//   Show(uscc)                            query -> KycAttestationList, every bank's attestation
// Endorsed by the creator's organization.
class KycContract : public Contract
{
public:
    static constexpr const char *kName = "kyc";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;

private:
    Response attest(Stub &stub) const;
    Response revoke(Stub &stub) const;
    Response show(Stub &stub) const;
};

} // namespace lx::chaincode::trust
