#pragma once

#include "crypto/Bytes.h"

#include "lianxin/forfaiting.pb.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lx::chaincode::forfaiting {

// The contract's own answer to "would this action be accepted now?" over
// records the caller already holds (the workstation's cache), without a
// ledger: records maps state keys of channel "forfaiting" ("claim/...",
// "listing/...", "quote/...", "deal/...") to their values, and may hold
// the L/C a listing reads as "lc/<lcNo>" (a lianxin.lc.LetterOfCredit),
// which stands for channel "lc". Evaluated as of nowSeconds for bankMsp
// acting through a maker and a checker; nothing is written. Empty when
// accepted; otherwise the contract's "CODE: details".
std::optional<std::string> dryRunRejection(const std::map<std::string, Bytes> &records,
    const lianxin::forfaiting::FfAction &action, const std::string &bankMsp, std::int64_t nowSeconds);

} // namespace lx::chaincode::forfaiting
