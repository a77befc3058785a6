#pragma once

#include "CliOptions.h"

namespace lx::cli {

// `lc ...` and `approvals ...`: words are the command line's words after
// the options (words[0] is "lc" or "approvals"). Returns an ExitCode.
int lcCommand(const CliOptions &options);
int approvalsCommand(const CliOptions &options);

} // namespace lx::cli
