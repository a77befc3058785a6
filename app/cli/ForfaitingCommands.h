#pragma once

#include "CliOptions.h"

namespace lx::cli {

// `forfaiting ...`: words are the command line's words after the options
// (words[0] is "forfaiting"). Bank actions become drafts for the bank's
// checkers (approvals approve); queries print protobuf's JSON mapping;
// `forfaiting price` computes offline. Returns an ExitCode.
int forfaitingCommand(const CliOptions &options);

} // namespace lx::cli
