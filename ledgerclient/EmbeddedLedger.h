#pragma once

#include "ledgerclient/Ledger.h"

#include <filesystem>
#include <memory>

namespace lx::client {

// Opens the embedded, in-process consortium in consortiumDir (created by
// initSandbox) and serves the Ledger interface from it. Opening recovers
// from a crash: a torn block is cut off, the world state is brought up to
// the block store's height. Throws LedgerError(DataInvalid) when a block is
// damaged, LedgerError(Unavailable) when the folder cannot be used.
std::shared_ptr<Ledger> openEmbeddedLedger(const std::filesystem::path &consortiumDir);

} // namespace lx::client
