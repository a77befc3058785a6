#pragma once

#include "CliOptions.h"

namespace lx::cli {

// `lc ...`: words are the command line's words after the options
// (words[0] is "lc"). Returns an ExitCode.
int lcCommand(const CliOptions &options);

} // namespace lx::cli
