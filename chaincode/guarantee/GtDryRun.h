#pragma once

#include "lianxin/guarantee.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lx::chaincode::guarantee {

// The contract's own answer to "would this action be accepted now?" for a
// guarantee the caller already holds (the workstation's cache), without a
// ledger: the state machine evaluates the action against that record, as
// of nowSeconds, for bankMsp acting through a maker and a checker. Nothing
// is written. Empty when accepted; otherwise the contract's "CODE: details".
// The guarantee screens offer only the actions that pass.
std::optional<std::string> dryRunRejection(const lianxin::guarantee::Guarantee &guarantee,
    const lianxin::guarantee::GtAction &action, const std::string &bankMsp, std::int64_t nowSeconds);

} // namespace lx::chaincode::guarantee
