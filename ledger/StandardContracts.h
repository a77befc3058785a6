#pragma once

#include "chaincode/Contract.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lx::ledger {

// The consortium's contracts and the channel each runs on. One list, used
// by the embedded consortium to install them and by chain verification to
// re-check endorsement policies.
std::vector<std::pair<std::string, std::shared_ptr<chaincode::Contract>>> standardContracts();

} // namespace lx::ledger
