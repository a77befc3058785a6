#pragma once

#include "CliOptions.h"

namespace lx::cli {

// `guarantee ...`: words are the command line's words after the options
// (words[0] is "guarantee"). Returns an ExitCode.
int guaranteeCommand(const CliOptions &options);

} // namespace lx::cli
