#pragma once

#include "CliOptions.h"

namespace lx::cli {

// `approvals list|approve|return`: the checker's desk across every product
// (L/C, forfaiting, guarantees, quotes); a draft is found by its ID on the
// product that holds it. Returns an ExitCode.
int approvalsCommand(const CliOptions &options);

} // namespace lx::cli
