#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode {

// The membership registry on the trust channel (DESIGN 4.4): member banks,
// the regulator and the secretariat with MSP ID, names, tier and status.
// Only the secretariat's admins register members; every member reads.
//   RegisterMember(lianxin.trust.Member bytes)   secretariat admin; endorsed by the secretariat
//   GetMember(mspId)                              query
//   ListMembers()                                 query -> lianxin.trust.MemberList
//   GetHistoryForKey(key)                         query -> history of a member record
//   SetSettings(lianxin.trust.ConsortiumSettings)  secretariat admin; the consortium's rules
//   GetSettings()                                 query -> lianxin.trust.ConsortiumSettings, defaults filled in
class Registry : public Contract
{
public:
    static constexpr const char *kName = "registry";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;
};

// Shared by every contract: the key's history as a serialized
// lianxin.ledger.KeyHistory.
Response historyResponse(Stub &stub, const std::string &key);

} // namespace lx::chaincode
