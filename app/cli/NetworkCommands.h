#pragma once

#include "CliOptions.h"

namespace lx::cli {

// network materials --out DIR: Fabric crypto material from the sandbox in
// --data (ledgerclient/FabricMaterials.h). Returns an ExitCode.
int networkMaterials(const CliOptions &options);
// --network PROFILE network register-members: as the secretariat's admin
// (--as), registers in the network's trust registry every member of the
// sandbox the network was made from that it does not hold yet.
int networkRegisterMembers(const CliOptions &options);

} // namespace lx::cli
