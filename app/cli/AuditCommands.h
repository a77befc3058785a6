#pragma once

#include "CliOptions.h"

namespace lx::cli {

// audit export --channel C --from DATE --to DATE --out FILE | audit verify FILE
// (docs/audit-package.md).
int auditCommand(const CliOptions &options);

} // namespace lx::cli
