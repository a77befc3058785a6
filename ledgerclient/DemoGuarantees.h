#pragma once

#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lx::client {

// Loads a small deterministic book of demand guarantees (DESIGN 4.3) into
// the sandbox behind `ledger`, after the L/C demo book: a handful of
// guarantees between Huaxia, Dongfang and Changjiang in various states
// (advised, issued and awaiting advice, an amendment pending, an open demand
// whose examination deadline is near, one frozen by a court's stop-payment
// order, one paid out), each step an officer's draft approved by the same
// bank's checker, signed as of its day before `today`. Returns the
// guarantee numbers. Throws LedgerError when a step is refused, and
// LedgerError(Rejected, "DEMO_BOOK_EXISTS") when the book is on the ledger
// already.
std::vector<std::string> loadDemoGuarantees(
    std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today);

} // namespace lx::client
