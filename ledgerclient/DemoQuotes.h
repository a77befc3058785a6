#pragma once

#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

#include <chrono>
#include <memory>

namespace lx::client {

struct DemoQuotesSummary
{
    int quotes = 0; // standing quotes posted
    int deals = 0; // deal reports
};

// Loads a small deterministic market onto the unified quote board (contract
// "quotes" on channel "trust", docs/quote-board.md) behind `ledger`, as the
// sandbox banks' staff would: each an officer1's draft approved by the same
// bank's checker1, signed as of `today` (China date). Bids from two banks
// per (tenor bucket, tier 1 or 2) and one per bucket for tier 3, a few
// offers, rates rising with tenor and tier; valid for kValidDays days, so
// the board is full in a demonstration. Plus four deal reports of the last
// three weeks. Loaded after the L/C demo book wherever that one is.
//
// Throws std::invalid_argument without a valid `today`, LedgerError
// (Rejected, "DEMO_QUOTES_REFUSED") when the contract refused any of them
// (e.g. the deals are on the board already), naming each.
DemoQuotesSummary loadDemoQuotes(
    std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today);

inline constexpr int kDemoQuotesValidDays = 30;

} // namespace lx::client
