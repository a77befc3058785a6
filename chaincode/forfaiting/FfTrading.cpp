// Listing, quotes, withdrawals and acceptance: the market side of a claim.
#include "chaincode/Amount.h"
#include "chaincode/Rate.h"
#include "chaincode/forfaiting/FfActionContext.h"
#include "chaincode/forfaiting/FfClaimGateway.h"
#include "chaincode/forfaiting/FfPricing.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"

#include <algorithm>

namespace lx::chaincode::forfaiting::detail {

namespace {

inline constexpr int kMaxGraceDays = 90;

std::string formatFen(std::int64_t fen)
{
    return lc::formatFen(fen);
}

// A claim sold or offered already, to someone other than its holder.
ActionOutcome doubleFinancing(const Claim &claim, const std::string &why)
{
    return rejected(Conflict, "FF_DOUBLE_FINANCING",
        "Claim " + claim.claim_id() + " (" + formatFen(claim.face_value_fen()) + " due from " + claim.obligor_msp()
            + ") " + why + "; one claim is financed once at a time.");
}

std::optional<ActionOutcome> rejectUnlessHolderMaySell(const ActionContext &ctx, const Claim &claim)
{
    if (claim.state() == Claim::PAID)
        return rejected(Conflict, "FF_CLAIM_PAID",
            "Claim " + claim.claim_id() + " was paid on " + dateText(claim.paid_date()) + "; nothing is left to sell.");
    if (claim.state() == Claim::OVERDUE)
        return rejected(Conflict, "FF_CLAIM_OVERDUE",
            "Claim " + claim.claim_id() + " is overdue since " + dateText(claim.overdue_date())
                + "; it is pursued with the obligor, not sold.");
    if (ctx.actor.mspId != claim.holder_msp()) {
        const auto &chain = claim.holders();
        if (std::find(chain.begin(), chain.end(), ctx.actor.mspId) != chain.end())
            return doubleFinancing(claim, "was sold by " + ctx.actor.mspId + " and is held by " + claim.holder_msp());
        return rejected(Forbidden, "FF_NOT_HOLDER",
            "Only the holder of claim " + claim.claim_id() + ", " + claim.holder_msp() + ", may sell it; you act for "
                + ctx.actor.mspId + ".");
    }
    if (!claim.live_listing_id().empty())
        return doubleFinancing(claim, "is listed already as " + claim.live_listing_id());
    if (!claim.live_deal_id().empty())
        return doubleFinancing(claim, "is being sold in deal " + claim.live_deal_id());
    return std::nullopt;
}

std::optional<ActionOutcome> rejectBadQuoteTerms(
    const ActionContext &ctx, const Listing &listing, const FfAction::Quote &a)
{
    if (a.rate_micros() <= 0 || a.rate_micros() > kMaxRateMicros)
        return rejected(BadRequest, "FF_RATE_INVALID",
            "Quote a discount rate above 0% and at most 100% per annum, in millionths (3.00% = 30000).");
    if (a.method() == lianxin::forfaiting::METHOD_UNSPECIFIED)
        return rejected(
            BadRequest, "FF_METHOD_MISSING", "Say how the rate applies: STRAIGHT_DISCOUNT or DISCOUNT_TO_YIELD.");
    if (a.day_basis() != 0 && a.day_basis() != kDayBasis)
        return rejected(BadRequest, "FF_DAY_BASIS",
            "CNY claims are discounted on a 360-day basis, not " + std::to_string(a.day_basis()) + ".");
    if (a.grace_days() < 0 || a.grace_days() > kMaxGraceDays)
        return rejected(BadRequest, "FF_GRACE_DAYS",
            "Grace days run from 0 to " + std::to_string(kMaxGraceDays) + ", not " + std::to_string(a.grace_days())
                + ".");
    if (a.fees_fen() < 0)
        return rejected(BadRequest, "FF_FEES_NEGATIVE", "Fees cannot be negative.");
    if (const auto tooLarge = amountOverLimit(a.fees_fen(), "The fees"))
        return rejected(BadRequest, "FF_AMOUNT_TOO_LARGE", *tooLarge);
    const auto valueDate = lc::civil(a.value_date());
    if (!valueDate)
        return rejected(BadRequest, "FF_VALUE_DATE_INVALID", "Give the value date, the day the buyer pays.");
    if (*valueDate < ctx.today)
        return rejected(BadRequest, "FF_VALUE_DATE_PASSED",
            "The value date " + calendar::formatDate(*valueDate) + " is before today, "
                + calendar::formatDate(ctx.today) + ".");
    const auto maturity = lc::civil(listing.maturity_date());
    if (maturity && *valueDate >= *maturity)
        return rejected(BadRequest, "FF_VALUE_DATE_AFTER_MATURITY",
            "The value date must be before the maturity, " + calendar::formatDate(*maturity) + ".");
    if (a.valid_until_seconds() <= ctx.nowSeconds)
        return rejected(BadRequest, "FF_QUOTE_VALIDITY", "A quote must stay valid until a time after now.");
    return std::nullopt;
}

} // namespace

ActionOutcome list(ActionContext &ctx, const FfAction::List &a)
{
    if (a.lc_no().empty() || a.presentation_no() <= 0)
        return rejected(BadRequest, "FF_CLAIM_UNNAMED", "Name the claim: the L/C number and the presentation number.");
    const std::string id = claimId(a.lc_no(), a.presentation_no());
    const auto existing = ctx.stub.getState(claimKey(id));
    Claim claim;
    if (existing) {
        claim.ParseFromString(*existing);
        if (auto refused = rejectUnlessHolderMaySell(ctx, claim))
            return *refused;
    }
    // Checked again at every listing: the L/C may have been paid or the
    // presentation changed since the last sale.
    EligibleClaim eligible = readEligibleClaim(ctx.stub, a.lc_no(), a.presentation_no(), ctx.today);
    if (eligible.rejection)
        return rejected(eligible.rejection->status, eligible.rejection->reasonCode, eligible.rejection->message);
    if (!existing) {
        if (ctx.actor.mspId != eligible.presentingBankMsp)
            return rejected(Forbidden, "FF_NOT_HOLDER",
                "Only the bank that presented the documents, " + eligible.presentingBankMsp
                    + ", holds the beneficiary's claim " + id + " and may sell it first; you act for " + ctx.actor.mspId
                    + ".");
        claim = eligible.facts;
        claim.set_holder_msp(eligible.presentingBankMsp);
        claim.add_holders(eligible.presentingBankMsp);
    }
    *claim.mutable_lc_version() = eligible.facts.lc_version();
    claim.set_listing_count(claim.listing_count() + 1);

    Listing listing;
    listing.set_listing_id(id + "/L" + std::to_string(claim.listing_count()));
    listing.set_claim_id(id);
    listing.set_lc_no(claim.lc_no());
    listing.set_presentation_no(claim.presentation_no());
    listing.set_seller_msp(ctx.actor.mspId);
    listing.set_obligor_msp(claim.obligor_msp());
    listing.set_face_value_fen(claim.face_value_fen());
    *listing.mutable_maturity_date() = claim.maturity_date();
    listing.set_market(claim.holders_size() == 1 ? lianxin::forfaiting::PRIMARY : lianxin::forfaiting::SECONDARY);
    listing.set_inquiry(a.inquiry());
    *listing.mutable_lc_version() = claim.lc_version();
    *listing.mutable_listed_date() = lc::protoDate(ctx.today);
    listing.set_state(Listing::OPEN);
    listing.set_note(a.note());

    claim.set_state(Claim::LISTED);
    claim.set_live_listing_id(listing.listing_id());

    ActionOutcome out;
    out.event.set_summary(std::string(a.inquiry() ? "Inquiry" : "Listing") + " " + listing.listing_id() + ": "
        + formatFen(claim.face_value_fen()) + " due from " + claim.obligor_msp() + " on "
        + dateText(claim.maturity_date())
        + (listing.market() == lianxin::forfaiting::PRIMARY ? " (primary)" : " (secondary)"));
    lianxin::forfaiting::FfEventFacts &facts = *out.event.mutable_facts();
    facts.set_subject_id(listing.listing_id());
    facts.set_claim_id(claim.claim_id());
    facts.set_seller_msp(listing.seller_msp());
    facts.set_obligor_msp(claim.obligor_msp());
    facts.set_amount_fen(claim.face_value_fen());
    *facts.mutable_date() = claim.maturity_date();
    facts.set_market(listing.market());
    facts.set_inquiry(listing.inquiry());
    out.claim = std::move(claim);
    out.listing = std::move(listing);
    return out;
}

ActionOutcome quote(ActionContext &ctx, const FfAction::Quote &a)
{
    auto listing = loadListing(ctx.stub, a.listing_id());
    if (listing.rejection)
        return *listing.rejection;
    const Listing &l = listing.record;
    if (l.state() != Listing::OPEN)
        return rejected(Conflict, "FF_WRONG_STATE",
            "Listing " + l.listing_id() + " is " + stateName(l.state()) + "; quotes are taken while it is OPEN.");
    if (ctx.actor.mspId == l.seller_msp())
        return rejected(Forbidden, "FF_OWN_LISTING",
            "Listing " + l.listing_id() + " is your bank's own; another bank quotes on it.");
    if (auto refused = rejectObligorBuyer(ctx.actor.mspId, l.obligor_msp(), l.claim_id()))
        return *refused;
    if (auto refused = rejectBadQuoteTerms(ctx, l, a))
        return *refused;

    Quote q;
    const std::string id = l.listing_id() + "/" + ctx.actor.mspId;
    if (const auto previous = ctx.stub.getState(quoteKey(id))) {
        q.ParseFromString(*previous);
        if (q.state() != Quote::WITHDRAWN)
            return rejected(Conflict, "FF_QUOTE_EXISTS",
                "Your bank's quote " + id + " is " + stateName(q.state())
                    + "; withdraw it before quoting again on this listing.");
    }
    const auto valueDate = lc::civil(a.value_date());
    const auto maturity = lc::civil(l.maturity_date());
    const int days = static_cast<int>((std::chrono::sys_days(*maturity) - std::chrono::sys_days(*valueDate)).count())
        + a.grace_days();
    const auto priced = price(PriceInput { l.face_value_fen(), a.rate_micros(), days, a.fees_fen(),
        a.method() == lianxin::forfaiting::STRAIGHT_DISCOUNT ? Method::StraightDiscount : Method::DiscountToYield });
    if (const auto *error = std::get_if<PriceError>(&priced))
        return rejected(BadRequest, error->reasonCode, error->message);
    const Price &p = std::get<Price>(priced);

    q.set_quote_id(id);
    q.set_listing_id(l.listing_id());
    q.set_claim_id(l.claim_id());
    q.set_bank_msp(ctx.actor.mspId);
    q.set_rate_micros(a.rate_micros());
    q.set_method(a.method());
    q.set_day_basis(kDayBasis);
    q.set_grace_days(a.grace_days());
    q.set_fees_fen(a.fees_fen());
    *q.mutable_value_date() = a.value_date();
    q.set_valid_until_seconds(a.valid_until_seconds());
    q.set_days(p.days);
    q.set_discount_fen(p.discountFen);
    q.set_net_fen(p.netFen);
    q.set_state(Quote::OPEN);
    q.set_revision(q.revision() + 1);
    *q.mutable_quoted_date() = lc::protoDate(ctx.today);

    ActionOutcome out;
    out.event.set_summary("Quote " + id + ": " + formatRatePercent(a.rate_micros()) + "% "
        + lianxin::forfaiting::Method_Name(a.method()) + ", " + std::to_string(p.days) + " days, net "
        + formatFen(p.netFen));
    lianxin::forfaiting::FfEventFacts &facts = *out.event.mutable_facts();
    facts.set_subject_id(id);
    facts.set_claim_id(l.claim_id());
    facts.set_buyer_msp(ctx.actor.mspId);
    facts.set_amount_fen(p.netFen);
    facts.set_rate_micros(a.rate_micros());
    facts.set_method(a.method());
    facts.set_days(p.days);
    out.quote = std::move(q);
    return out;
}

ActionOutcome withdrawListing(ActionContext &ctx, const FfAction::WithdrawListing &a)
{
    auto listing = loadListing(ctx.stub, a.listing_id());
    if (listing.rejection)
        return *listing.rejection;
    Listing &l = listing.record;
    if (auto wrong = requireBank(ctx, l.seller_msp(), "seller", "withdraw listing " + l.listing_id()))
        return *wrong;
    if (l.state() != Listing::OPEN)
        return rejected(Conflict, "FF_WRONG_STATE",
            "Listing " + l.listing_id() + " is " + stateName(l.state()) + "; only an OPEN listing is withdrawn.");
    auto claim = loadClaim(ctx.stub, l.claim_id());
    if (claim.rejection)
        return *claim.rejection;
    l.set_state(Listing::WITHDRAWN);
    if (claim.record.live_listing_id() == l.listing_id()) {
        claim.record.clear_live_listing_id();
        if (claim.record.state() == Claim::LISTED)
            claim.record.set_state(Claim::HELD);
    }
    ActionOutcome out;
    out.event.set_summary("Listing " + l.listing_id() + " withdrawn");
    out.event.mutable_facts()->set_subject_id(l.listing_id());
    out.event.mutable_facts()->set_claim_id(l.claim_id());
    out.listing = std::move(l);
    out.claim = std::move(claim.record);
    return out;
}

ActionOutcome withdrawQuote(ActionContext &ctx, const FfAction::WithdrawQuote &a)
{
    auto quote = loadQuote(ctx.stub, a.quote_id());
    if (quote.rejection)
        return *quote.rejection;
    Quote &q = quote.record;
    if (auto wrong = requireBank(ctx, q.bank_msp(), "quoting bank", "withdraw quote " + q.quote_id()))
        return *wrong;
    if (q.state() != Quote::OPEN)
        return rejected(Conflict, "FF_WRONG_STATE",
            "Quote " + q.quote_id() + " is " + stateName(q.state()) + "; only an OPEN quote is withdrawn.");
    q.set_state(Quote::WITHDRAWN);
    ActionOutcome out;
    out.event.set_summary("Quote " + q.quote_id() + " withdrawn");
    out.event.mutable_facts()->set_subject_id(q.quote_id());
    out.event.mutable_facts()->set_claim_id(q.claim_id());
    out.quote = std::move(q);
    return out;
}

ActionOutcome acceptQuote(ActionContext &ctx, const FfAction::AcceptQuote &a)
{
    auto quote = loadQuote(ctx.stub, a.quote_id());
    if (quote.rejection)
        return *quote.rejection;
    Quote &q = quote.record;
    auto listing = loadListing(ctx.stub, q.listing_id());
    if (listing.rejection)
        return *listing.rejection;
    Listing &l = listing.record;
    if (auto wrong = requireBank(ctx, l.seller_msp(), "seller", "accept a quote on listing " + l.listing_id()))
        return *wrong;
    if (l.state() != Listing::OPEN)
        return rejected(Conflict, "FF_WRONG_STATE",
            "Listing " + l.listing_id() + " is " + stateName(l.state()) + "; a quote is accepted while it is OPEN.");
    if (q.state() != Quote::OPEN)
        return rejected(Conflict, "FF_WRONG_STATE",
            "Quote " + q.quote_id() + " is " + stateName(q.state()) + "; only an OPEN quote is accepted.");
    if (a.revision() != 0 && a.revision() != q.revision())
        return rejected(Conflict, "FF_QUOTE_REVISED",
            "Quote " + q.quote_id() + " was quoted again (revision " + std::to_string(q.revision())
                + "); review the new price before accepting it.");
    if (ctx.nowSeconds > q.valid_until_seconds())
        return rejected(Conflict, "FF_QUOTE_EXPIRED",
            "Quote " + q.quote_id() + " was valid until " + calendar::formatDate(lc::chinaDate(q.valid_until_seconds()))
                + " (China time); ask " + q.bank_msp() + " for a new quote.");
    if (const auto valueDate = lc::civil(q.value_date()); valueDate && *valueDate < ctx.today)
        return rejected(Conflict, "FF_VALUE_DATE_PASSED",
            "Quote " + q.quote_id() + " was for value on " + calendar::formatDate(*valueDate)
                + ", which has passed; ask for a new quote.");
    auto claim = loadClaim(ctx.stub, l.claim_id());
    if (claim.rejection)
        return *claim.rejection;
    Claim &c = claim.record;
    if (c.state() != Claim::LISTED || c.live_listing_id() != l.listing_id() || c.holder_msp() != ctx.actor.mspId)
        return doubleFinancing(c, "is " + stateName(c.state()) + " and held by " + c.holder_msp());
    // A quote the obligor made before the rule, or on a listing that did not name it.
    if (auto refused = rejectObligorBuyer(q.bank_msp(), c.obligor_msp(), c.claim_id()))
        return *refused;

    c.set_deal_count(c.deal_count() + 1);
    Deal d;
    d.set_deal_id(c.claim_id() + "/D" + std::to_string(c.deal_count()));
    d.set_claim_id(c.claim_id());
    d.set_listing_id(l.listing_id());
    d.set_quote_id(q.quote_id());
    d.set_market(l.market());
    d.set_seller_msp(l.seller_msp());
    d.set_buyer_msp(q.bank_msp());
    d.set_obligor_msp(c.obligor_msp());
    d.set_face_value_fen(c.face_value_fen());
    *d.mutable_maturity_date() = c.maturity_date();
    d.set_rate_micros(q.rate_micros());
    d.set_method(q.method());
    d.set_day_basis(q.day_basis());
    d.set_grace_days(q.grace_days());
    d.set_fees_fen(q.fees_fen());
    *d.mutable_value_date() = q.value_date();
    d.set_days(q.days());
    d.set_discount_fen(q.discount_fen());
    d.set_net_fen(q.net_fen());
    d.set_state(Deal::AGREED);
    *d.mutable_trade_date() = lc::protoDate(ctx.today);

    q.set_state(Quote::ACCEPTED);
    l.set_state(Listing::AGREED);
    l.set_accepted_quote_id(q.quote_id());
    l.set_deal_id(d.deal_id());
    c.set_state(Claim::UNDER_TRANSFER);
    c.clear_live_listing_id();
    c.set_live_deal_id(d.deal_id());

    ActionOutcome out;
    out.event.set_summary("Deal " + d.deal_id() + ": " + d.seller_msp() + " sells to " + d.buyer_msp() + " for "
        + formatFen(d.net_fen()) + " on value date " + dateText(d.value_date()));
    lianxin::forfaiting::FfEventFacts &facts = *out.event.mutable_facts();
    facts.set_subject_id(d.deal_id());
    facts.set_claim_id(d.claim_id());
    facts.set_seller_msp(d.seller_msp());
    facts.set_buyer_msp(d.buyer_msp());
    facts.set_obligor_msp(d.obligor_msp());
    facts.set_amount_fen(d.net_fen());
    *facts.mutable_date() = d.value_date();
    facts.set_market(d.market());
    out.coEndorsers = { d.buyer_msp() };
    out.deal = std::move(d);
    out.quote = std::move(q);
    out.listing = std::move(l);
    out.claim = std::move(c);
    return out;
}

} // namespace lx::chaincode::forfaiting::detail
