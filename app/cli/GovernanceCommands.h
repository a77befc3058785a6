#pragma once

#include "CliOptions.h"

namespace lx::cli {

// lianxin-cli governance ...: the council's proposals, votes and opinions,
// the rules in force and the members with their seats and lines
// (docs/governance.md).
int governanceCommand(const CliOptions &options);

} // namespace lx::cli
