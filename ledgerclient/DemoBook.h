#pragma once

#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace lx::client {

struct DemoBookOptions
{
    int letters = 300;
    std::uint32_t seed = 2026;
    // The book's "now": callers pass the real China date. Issue dates spread
    // over the ten months before it; no step is signed after it.
    std::chrono::year_month_day today;
    // L/Cs written side by side, each by its own worker with its own clients.
    int workers = 16;
    // Called from worker threads after each L/C; may be empty.
    std::function<void(int done, int total)> progress;
    // Stop early when set: no L/C starts another step. What is written
    // stays valid (every step is a whole, approved contract action), but an
    // L/C stopped early rests in an earlier state than planned.
    const std::atomic<bool> *cancel = nullptr;
};

struct DemoBookSummary
{
    int letters = 0; // L/Cs issued
    int transactions = 0; // committed: drafts, approvals, notary records
    int documentsNotarized = 0; // notary records: issued L/Cs and presented documents
    std::map<std::string, int> byState; // "ADVISED" -> count, as the contract left them
    double seconds = 0;
};

// Loads a deterministic demo book of domestic L/Cs (DESIGN 4.1) into the
// sandbox behind `ledger`, as its banks' staff would: every step an
// officer's draft (officer1 or officer2) approved by the same bank's
// checker1, signed as of the step's date; the approving bank notarizes the
// issued L/C and presented documents on trust (LcWorkflow::approve). The
// same seed and `today` give the same L/C numbers, terms, dates and final
// states. The wallet must hold the sandbox identities (initSandbox).
//
// Throws std::invalid_argument without a valid `today`,
// LedgerError(Rejected, "DEMO_BOOK_EXISTS") if one of the book's L/C
// numbers is on the ledger already, and LedgerError(Rejected,
// "DEMO_BOOK_STEP_REFUSED") after the run if the contract refused any step:
// the message names each such L/C, its step and the contract's reason (the
// other L/Cs are written; the refused one stops at that step).
DemoBookSummary loadDemoBook(std::shared_ptr<Ledger> ledger, const Wallet &wallet, const DemoBookOptions &options);

} // namespace lx::client
