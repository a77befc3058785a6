#pragma once

#include "chaincode/Contract.h"

#include <string>

namespace lx::chaincode::trust {

// KYC attestations on the trust channel (DESIGN 4.4): a bank states that it
// has KYC'd a corporate, named by its unified social credit code. Other
// banks see the attestation and the hash of the bank's KYC file, never the
// file.
//   SubmitDraft, ApproveDraft, ReturnDraft, ListDrafts, DraftEndorsers (chaincode/Desk.h), the
//                                         action a lianxin.trust.KycAttestation for the bank's own
//                                         bank: the approval replaces that bank's earlier attestation;
//                                         event "KycAttested"
//   Attest                                refused (KYC_DRAFT_REQUIRED): no attestation skips four eyes
//   Revoke(uscc)                          the attesting bank only; event "KycRevoked"
//   Show(uscc)                            query -> KycAttestationList, every bank's attestation
// Endorsed by the creator's organization (and an approval's co-endorsers: none).
// Where a bank's attestation of a corporate lives: "kyc/<uscc>/<attesting msp>".
std::string kycKey(const std::string &uscc, const std::string &attestingMsp);

class KycContract : public Contract
{
public:
    static constexpr const char *kName = "kyc";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;

private:
    Response revoke(Stub &stub) const;
    Response show(Stub &stub) const;
};

} // namespace lx::chaincode::trust
