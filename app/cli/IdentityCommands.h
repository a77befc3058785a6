#pragma once

#include "CliOptions.h"

namespace lx::cli {

// identities import --msp-id ID --user NAME --msp-dir DIR [--replace]: an
// identity in Fabric's MSP layout into the wallet (ledgerclient/MspFolder.h).
int identitiesImport(const CliOptions &options);
// identities export --user [MSPID/]NAME --out DIR: a wallet identity back
// out in that layout. Both return an ExitCode.
int identitiesExport(const CliOptions &options);

} // namespace lx::cli
