#pragma once

#include "CliOptions.h"

namespace lx::cli {

// gas compute|report|show|verify PERIOD, gas list|balances,
// gas availability PERIOD --hours N [--msp-dir DIR], gas statements PERIOD
// (docs/gas.md).
int gasCommand(const CliOptions &options);

} // namespace lx::cli
