#pragma once

#include "ledgerclient/Ledger.h"

#include <filesystem>
#include <memory>

namespace lx::client {

// Opens the embedded, in-process consortium in consortiumDir (created by
// initSandbox) and serves the Ledger interface from it. Opening recovers
// from a crash: a torn block is cut off, the world state is brought up to
// the block store's height. Throws LedgerError(DataInvalid) when a block is
// damaged, LedgerError(Unavailable) when the folder cannot be used, or
// LedgerError(Unavailable, "LEDGER_IN_USE") naming the process that has it
// open for writing.
std::shared_ptr<Ledger> openEmbeddedLedger(const std::filesystem::path &consortiumDir);

// The same ledger for reading only, while another process may write it:
// no lock, no file written, no repair. Queries (evaluate), blocks and
// transactions are served as they were at open; endorse and submit throw
// LedgerError(Unavailable, "LEDGER_READ_ONLY").
std::shared_ptr<Ledger> openEmbeddedLedgerForReading(const std::filesystem::path &consortiumDir);

} // namespace lx::client
