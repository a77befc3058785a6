#pragma once

#include "chaincode/calendar/BusinessCalendar.h"
#include "chaincode/forfaiting/FfStateMachine.h"

#include <optional>
#include <string>

namespace lx::chaincode::forfaiting::detail {

using calendar::Date;
using lianxin::forfaiting::Claim;
using lianxin::forfaiting::Deal;
using lianxin::forfaiting::FfAction;
using lianxin::forfaiting::Listing;
using lianxin::forfaiting::Quote;

// What every action's evaluation needs; internal to chaincode/forfaiting.
struct ActionContext
{
    Stub &stub;
    const Actor &actor;
    Date today; // the transaction's day in China time
    std::int64_t nowSeconds;
};

ActionOutcome rejected(std::int32_t status, std::string code, std::string message);
// nullopt when the actor is bankMsp; otherwise FF_WRONG_BANK.
std::optional<ActionOutcome> requireBank(
    const ActionContext &ctx, const std::string &bankMsp, const std::string &role, const std::string &action);

// FF_OBLIGOR_BUYER when buyerMsp is the claim's obligor (the issuing bank
// that confirmed payment at maturity): a bank cannot buy what it owes. Its
// paying early is a prepayment, another action, not a purchase.
std::optional<ActionOutcome> rejectObligorBuyer(
    const std::string &buyerMsp, const std::string &obligorMsp, const std::string &claimId);

// A record by key, or the FF_*_UNKNOWN rejection naming it.
template<typename Record> struct Loaded
{
    Record record;
    std::optional<ActionOutcome> rejection;
};
Loaded<Claim> loadClaim(Stub &stub, const std::string &claimId);
Loaded<Listing> loadListing(Stub &stub, const std::string &listingId);
Loaded<Quote> loadQuote(Stub &stub, const std::string &quoteId);
Loaded<Deal> loadDeal(Stub &stub, const std::string &dealId);

std::string stateName(Claim::State state);
std::string stateName(Listing::State state);
std::string stateName(Quote::State state);
std::string stateName(Deal::State state);
std::string dateText(const lianxin::lc::Date &date);

// Trading (FfTrading.cpp): listing, quotes, withdrawals, acceptance.
ActionOutcome list(ActionContext &ctx, const FfAction::List &a);
ActionOutcome quote(ActionContext &ctx, const FfAction::Quote &a);
ActionOutcome withdrawListing(ActionContext &ctx, const FfAction::WithdrawListing &a);
ActionOutcome withdrawQuote(ActionContext &ctx, const FfAction::WithdrawQuote &a);
ActionOutcome acceptQuote(ActionContext &ctx, const FfAction::AcceptQuote &a);

// Transfer and maturity (FfTransfer.cpp).
ActionOutcome notifyTransfer(ActionContext &ctx, const FfAction::NotifyTransfer &a);
ActionOutcome acknowledgeTransfer(ActionContext &ctx, const FfAction::AcknowledgeTransfer &a);
ActionOutcome settle(ActionContext &ctx, const FfAction::Settle &a);
ActionOutcome payAtMaturity(ActionContext &ctx, const FfAction::PayAtMaturity &a);
ActionOutcome recordOverdue(ActionContext &ctx, const FfAction::RecordOverdue &a);

} // namespace lx::chaincode::forfaiting::detail
