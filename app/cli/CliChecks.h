#pragma once

#include "CliOptions.h"

#include <string>
#include <vector>

namespace lx::cli {

// What a command line names before any command runs, so that a wrong name
// is a usage error (exit 2) saying what exists, not a raw error from deep
// inside the wallet or the ledger (docs/cli.md):
//   --data that is a file, or a folder without a consortium and wallet;
//   --as naming an identity the wallet does not hold;
//   --channel naming no channel of the consortium.
// The sandbox init and forfaiting price commands need no consortium.
// With --network: the profile must be usable (NetworkProfileError, exit
// 2), --peer one of its peers, the data folder hold a wallet (identities
// import creates one), --channel one the profile lists; the verbs that
// work on the embedded consortium's files (sandbox init, network
// materials, ledger verify state) are refused with CLI_NOT_ON_NETWORK.
void checkNamedThings(const CliOptions &options);

// The channels of the consortium in the data folder, or those the
// --network profile lists, sorted.
std::vector<std::string> consortiumChannels(const CliOptions &options);

} // namespace lx::cli
