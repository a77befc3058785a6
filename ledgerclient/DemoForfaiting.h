#pragma once

#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lx::client {

struct DemoForfaitingSummary
{
    std::vector<std::string> claims; // the claims put on the market, "<lcNo>/<presentation>"
    int transactions = 0; // drafts and approvals committed
};

// A small deterministic forfaiting market (DESIGN 4.2) over the demo book
// (loadDemoBook), as of `today`: among the book's accepted deferred-payment
// presentations maturing after today (in L/C number order), the first is
// sold by its presenting bank after two quotes (notice, acknowledgement,
// settlement) and resold by its buyer, with a quote on the resale; the
// second is listed with two live quotes; the third is an inquiry; the rest
// stay unlisted. Every step an officer's draft approved by the same bank's
// checker1, signed on `today`. A book without such presentations gets no
// market (an empty summary). Throws LedgerError when the contract refuses
// a step (a bug in this plan).
DemoForfaitingSummary loadDemoForfaiting(
    std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today);

} // namespace lx::client
