#pragma once

#include "chaincode/Contract.h"
#include "chaincode/calendar/BusinessCalendar.h"

#include "lianxin/forfaiting.pb.h"

#include <optional>
#include <string>

namespace lx::chaincode::forfaiting {

// A claim as the L/C on channel "lc" shows it now, or why it is not one a
// forfaiter may buy.
struct EligibleClaim
{
    std::optional<Response> rejection;
    // claim_id, lc_no, presentation_no, obligor_msp, face_value_fen,
    // maturity_date and lc_version set; nothing else.
    lianxin::forfaiting::Claim facts;
    std::string presentingBankMsp; // who holds the beneficiary's claim before any sale
};

// The gateway between the chains (DESIGN 2): asks the L/C contract on
// channel "lc" for the L/C (GetLC) and its history (GetHistoryForKey), as
// the caller. Eligible: a deferred-payment presentation the issuing bank
// accepted (payment at maturity confirmed), not yet paid, maturing after
// today. The version recorded is the history entry that wrote the L/C as
// read (the newest, unless it changed in between).
EligibleClaim readEligibleClaim(Stub &stub, const std::string &lcNo, int presentationNo, calendar::Date today);

} // namespace lx::chaincode::forfaiting
