#pragma once

#include "CliOptions.h"

namespace lx::cli {

// lianxin-cli quotes post|withdraw|deal|board|list|show: the unified
// forfaiting quote board on channel trust (chaincode/quotes).
int quotesCommand(const CliOptions &options);

} // namespace lx::cli
