#pragma once

#include "CliOptions.h"

namespace lx::cli {

// network materials --out DIR: Fabric crypto material from the sandbox in
// --data (ledgerclient/FabricMaterials.h). Returns an ExitCode.
int networkMaterials(const CliOptions &options);

} // namespace lx::cli
