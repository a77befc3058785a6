#include "chaincode/forfaiting/FfStateMachine.h"

#include "chaincode/forfaiting/FfActionContext.h"
#include "chaincode/lc/LcDates.h"

namespace lx::chaincode::forfaiting {

namespace detail {

ActionOutcome rejected(std::int32_t status, std::string code, std::string message)
{
    ActionOutcome out;
    out.rejection = Response::reject(status, std::move(code), std::move(message));
    return out;
}

std::optional<ActionOutcome> requireBank(
    const ActionContext &ctx, const std::string &bankMsp, const std::string &role, const std::string &action)
{
    if (ctx.actor.mspId == bankMsp)
        return std::nullopt;
    return rejected(Forbidden, "FF_WRONG_BANK",
        "Only the " + role + ", " + (bankMsp.empty() ? std::string("(none named)") : bankMsp) + ", may " + action
            + "; you act for " + ctx.actor.mspId + ".");
}

std::optional<ActionOutcome> rejectObligorBuyer(
    const std::string &buyerMsp, const std::string &obligorMsp, const std::string &claimId)
{
    if (buyerMsp.empty() || buyerMsp != obligorMsp)
        return std::nullopt;
    return rejected(Forbidden, "FF_OBLIGOR_BUYER",
        buyerMsp + " is the obligor of claim " + claimId
            + ": it owes the claim and cannot buy it. An obligor paying before maturity makes a prepayment, "
              "which is a different action, not a purchase on this market.");
}

namespace {

template<typename Record>
Loaded<Record> load(Stub &stub, const std::string &key, const std::string &code, const std::string &what)
{
    Loaded<Record> out;
    const auto value = stub.getState(key);
    if (!value || !out.record.ParseFromString(*value))
        out.rejection = rejected(NotFound, code, "There is no " + what + ".");
    return out;
}

} // namespace

Loaded<Claim> loadClaim(Stub &stub, const std::string &id)
{
    return load<Claim>(stub, claimKey(id), "FF_CLAIM_UNKNOWN",
        "forfaiting claim " + id + " (\"<L/C number>/<presentation number>\", listed at least once)");
}

Loaded<Listing> loadListing(Stub &stub, const std::string &id)
{
    return load<Listing>(stub, listingKey(id), "FF_LISTING_UNKNOWN", "listing " + id);
}

Loaded<Quote> loadQuote(Stub &stub, const std::string &id)
{
    return load<Quote>(stub, quoteKey(id), "FF_QUOTE_UNKNOWN", "quote " + id);
}

Loaded<Deal> loadDeal(Stub &stub, const std::string &id)
{
    return load<Deal>(stub, dealKey(id), "FF_DEAL_UNKNOWN", "deal " + id);
}

std::string stateName(Claim::State state)
{
    return Claim::State_Name(state);
}

std::string stateName(Listing::State state)
{
    return Listing::State_Name(state);
}

std::string stateName(Quote::State state)
{
    return Quote::State_Name(state);
}

std::string stateName(Deal::State state)
{
    return Deal::State_Name(state);
}

std::string dateText(const lianxin::lc::Date &date)
{
    return lc::text(date);
}

} // namespace detail

using namespace detail;

namespace {

ActionOutcome dispatch(ActionContext &ctx, const FfAction &action)
{
    switch (action.action_case()) {
    case FfAction::kList:
        return list(ctx, action.list());
    case FfAction::kQuote:
        return quote(ctx, action.quote());
    case FfAction::kWithdrawListing:
        return withdrawListing(ctx, action.withdraw_listing());
    case FfAction::kWithdrawQuote:
        return withdrawQuote(ctx, action.withdraw_quote());
    case FfAction::kAcceptQuote:
        return acceptQuote(ctx, action.accept_quote());
    case FfAction::kNotifyTransfer:
        return notifyTransfer(ctx, action.notify_transfer());
    case FfAction::kAcknowledgeTransfer:
        return acknowledgeTransfer(ctx, action.acknowledge_transfer());
    case FfAction::kSettle:
        return settle(ctx, action.settle());
    case FfAction::kPayAtMaturity:
        return payAtMaturity(ctx, action.pay_at_maturity());
    case FfAction::kRecordOverdue:
        return recordOverdue(ctx, action.record_overdue());
    default:
        return rejected(BadRequest, "BAD_ARGUMENTS", "The draft names no forfaiting action.");
    }
}

} // namespace

Bytes ActionOutcome::answer() const
{
    if (deal)
        return deal->SerializeAsString();
    if (listing)
        return listing->SerializeAsString();
    if (quote)
        return quote->SerializeAsString();
    if (claim)
        return claim->SerializeAsString();
    return {};
}

std::string actionName(const FfAction &action)
{
    const auto *field = FfAction::descriptor()->FindFieldByNumber(static_cast<int>(action.action_case()));
    if (!field)
        return {};
    return field->message_type()->name();
}

ActionOutcome evaluateAction(Stub &stub, const FfAction &action, const Actor &actor)
{
    ActionContext ctx { stub, actor, lc::chinaDate(stub.txTimestampSeconds()), stub.txTimestampSeconds() };
    ActionOutcome out = dispatch(ctx, action);
    if (!out.accepted())
        return out;
    lianxin::forfaiting::FfEvent &event = out.event;
    event.set_action(actionName(action));
    event.set_tx_id(stub.txId());
    *event.mutable_date() = lc::protoDate(ctx.today);
    event.set_timestamp_seconds(stub.txTimestampSeconds());
    event.set_bank_msp(actor.mspId);
    event.set_maker(actor.maker);
    event.set_checker(actor.checker);
    event.set_draft_id(actor.draftId);
    event.mutable_facts(); // present, if empty: the screens render the event from it
    if (out.claim)
        *out.claim->add_history() = event;
    if (out.listing)
        *out.listing->add_history() = event;
    if (out.quote)
        *out.quote->add_history() = event;
    if (out.deal)
        *out.deal->add_history() = event;
    return out;
}

void recordOutcome(Stub &stub, const ActionOutcome &outcome)
{
    if (outcome.claim)
        stub.putState(claimKey(outcome.claim->claim_id()), outcome.claim->SerializeAsString());
    if (outcome.listing)
        stub.putState(listingKey(outcome.listing->listing_id()), outcome.listing->SerializeAsString());
    if (outcome.quote)
        stub.putState(quoteKey(outcome.quote->quote_id()), outcome.quote->SerializeAsString());
    if (outcome.deal)
        stub.putState(dealKey(outcome.deal->deal_id()), outcome.deal->SerializeAsString());
    stub.setEvent("FfAction", outcome.event.SerializeAsString());
}

std::string claimId(const std::string &lcNo, int presentationNo)
{
    return lcNo + "/" + std::to_string(presentationNo);
}

std::string claimKey(const std::string &id)
{
    return kClaimPrefix + id;
}

std::string listingKey(const std::string &id)
{
    return kListingPrefix + id;
}

std::string quoteKey(const std::string &id)
{
    return kQuotePrefix + id;
}

std::string dealKey(const std::string &id)
{
    return kDealPrefix + id;
}

} // namespace lx::chaincode::forfaiting
