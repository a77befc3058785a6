#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode::trust {

// Notarization on the trust channel (DESIGN 4.1, 4.4): the issued L/C and
// every presented document are recorded by their SHA-256 hash, type,
// submitting bank and time. The same hash recorded under a second L/C is
// flagged to the issuing banks of both.
//   Record(lianxin.trust.NotarizedDocument)  a bank's officer or checker, for its own bank
//                                            -> NotaryRecord; event "DocumentNotarized" or
//                                            "DuplicateDocument" (payload DuplicateDocumentFlag)
//   Verify(sha256)                           query -> NotaryRecord, or NOTARY_NOT_FOUND
//   ListFlags(issuingBankMsp)                query -> DuplicateDocumentFlagList: a bank its own
//                                            flags; the regulator any bank's, or all with ""
// The hash is 32 raw bytes or 64 hex digits. Endorsed by the creator's organization.
class NotaryContract : public Contract
{
public:
    static constexpr const char *kName = "notary";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;

private:
    Response record(Stub &stub) const;
    Response verify(Stub &stub) const;
    Response listFlags(Stub &stub) const;
};

} // namespace lx::chaincode::trust
