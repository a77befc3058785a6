#pragma once

#include "CliOptions.h"

namespace lx::cli {

// lianxin-cli fees ...: the consortium's membership fees on trust
// (docs/governance.md, "Fees"): the schedules, a bank's statement, every
// bank's, and the secretariat's writes (a year's schedule, a payment).
int feesCommand(const CliOptions &options);

} // namespace lx::cli
