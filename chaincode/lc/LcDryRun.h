#pragma once

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lx::chaincode::lc {

// The contract's own answer to "would this action be accepted now?" for an
// L/C record the caller already holds (the workstation's cache), without a
// ledger: the state machine evaluates the action against that record, as
// of nowSeconds, for a bank acting through a maker and a checker. Nothing is
// written. Empty when accepted; otherwise the contract's "CODE: details".
// The workstation offers only the actions that pass, so what a user sees
// and what the contract enforces cannot drift apart.
std::optional<std::string> dryRunRejection(const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::LcAction &action,
    const std::string &bankMsp, std::int64_t nowSeconds);

} // namespace lx::chaincode::lc
