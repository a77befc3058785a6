#pragma once

#include "chaincode/Contract.h"
#include "chaincode/Stub.h"

#include <optional>
#include <string>

namespace lx::chaincode::flags {

// The regulator's flags on deals (docs/audit-package.md), kept by the
// registry on trust:
//   FlagDeal(product, dealId, note)   a user of the regulator: the deal is read
//                                     on its own channel (lc, guarantee,
//                                     forfaiting) for its parties
//   ListFlags()                       the regulator and the secretariat see
//                                     every flag, a bank those on its deals
// Flags change no business state; a flag is never removed.

// "flag/<product>/<dealId>/<sequence>": lianxin.audit.DealFlag.
inline constexpr const char *kFlagPrefix = "flag/";

bool isFunction(const std::string &function);
bool isQuery(const std::string &function);
EndorsementPolicy endorsementPolicy(const Invocation &invocation);
// The answer when the function is one of these; nullopt otherwise.
std::optional<Response> invoke(Stub &stub);

} // namespace lx::chaincode::flags
