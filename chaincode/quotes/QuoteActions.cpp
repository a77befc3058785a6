#include "chaincode/quotes/QuoteActions.h"

#include "chaincode/Amount.h"
#include "chaincode/Rate.h"
#include "chaincode/Registry.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/quotes/QuoteBoard.h"

#include "lianxin/trust.pb.h"

#include <algorithm>

namespace lx::chaincode::quotes {

namespace {

using lianxin::quotes::DealReport;
using lianxin::quotes::Quote;
using lianxin::quotes::QuoteAction;

QuoteOutcome refused(std::int32_t status, std::string code, std::string message)
{
    QuoteOutcome out;
    out.rejection = Response::reject(status, std::move(code), std::move(message));
    return out;
}

QuoteOutcome recorded(std::string key, const google::protobuf::Message &record, std::string event)
{
    QuoteOutcome out;
    out.key = std::move(key);
    out.value = record.SerializeAsString();
    out.event = std::move(event);
    return out;
}

// The obligor's tier: the given one, or the registry's for the named
// obligor bank (both given, they must agree).
struct Tier
{
    int tier = 0;
    std::optional<QuoteOutcome> rejection;
};

Tier obligorTier(Stub &stub, const std::string &obligorMsp, int givenTier)
{
    Tier out;
    const auto unknownTier = [&](int tier) {
        return refused(BadRequest, "QT_TIER_UNKNOWN",
            "Obligor tier " + std::to_string(tier) + " is not one of the membership registry's tiers, 1 (strongest) to "
                + std::to_string(kMaxTier) + ".");
    };
    if (obligorMsp.empty()) {
        if (givenTier == 0)
            out.rejection = refused(BadRequest, "QT_OBLIGOR_MISSING",
                "Name the obligor: its bank (the registry gives the tier) or an obligor tier from 1 to "
                    + std::to_string(kMaxTier) + ".");
        else if (givenTier < kMinTier || givenTier > kMaxTier)
            out.rejection = unknownTier(givenTier);
        out.tier = givenTier;
        return out;
    }
    const Response answer = stub.invokeChaincode("trust", Registry::kName, { "GetMember", obligorMsp });
    lianxin::trust::Member member;
    if (answer.status == NotFound) {
        out.rejection = refused(NotFound, "QT_OBLIGOR_UNKNOWN",
            "The obligor " + obligorMsp + " is not in the consortium's membership registry; name a member bank.");
        return out;
    }
    if (!answer.isOk() || !member.ParseFromString(answer.payload)) {
        out.rejection = refused(BadRequest, "QT_REGISTRY_UNREADABLE",
            "The membership registry did not answer for " + obligorMsp + " (" + answer.wireMessage()
                + "); give the obligor tier instead, or try again.");
        return out;
    }
    if (member.kind() != lianxin::trust::Member::BANK) {
        out.rejection = refused(BadRequest, "QT_OBLIGOR_NOT_A_BANK",
            obligorMsp + " is not a bank; an obligor is the bank that pays the claim at maturity.");
        return out;
    }
    if (member.tier() < kMinTier || member.tier() > kMaxTier) {
        out.rejection = unknownTier(member.tier());
        return out;
    }
    if (givenTier != 0 && givenTier != member.tier()) {
        out.rejection = refused(BadRequest, "QT_TIER_MISMATCH",
            "The registry puts " + obligorMsp + " in tier " + std::to_string(member.tier()) + ", not "
                + std::to_string(givenTier) + "; leave the tier out or correct it.");
        return out;
    }
    out.tier = member.tier();
    return out;
}

std::optional<QuoteOutcome> checkRate(std::int64_t rate)
{
    if (rate <= 0 || rate > kMaxRateMicros)
        return refused(BadRequest, "QT_RATE_OUT_OF_RANGE",
            "A discount rate is above 0% and at most " + formatRatePercent(kMaxRateMicros) + "% per annum, not "
                + std::to_string(rate) + " millionths.");
    return std::nullopt;
}

std::optional<QuoteOutcome> checkMethod(lianxin::quotes::Method method)
{
    if (method != lianxin::quotes::STRAIGHT_DISCOUNT && method != lianxin::quotes::DISCOUNT_TO_YIELD)
        return refused(
            BadRequest, "QT_METHOD_MISSING", "Say how the rate discounts: STRAIGHT_DISCOUNT or DISCOUNT_TO_YIELD.");
    return std::nullopt;
}

std::optional<QuoteOutcome> wrongBank(const std::string &named, const Actor &actor, const std::string &what)
{
    if (!named.empty() && named != actor.mspId)
        return refused(Forbidden, "QT_WRONG_BANK",
            actor.mspId + " cannot " + what + " for " + named + "; a bank acts on the board only for itself.");
    return std::nullopt;
}

// The checks on a deal quote's L/C, face amount and maturity; sets its
// remaining days and, when unset, its tenor bucket.
std::optional<QuoteOutcome> checkDealTerms(Quote &quote, std::int64_t now)
{
    const bool hasLc = !quote.lc_no().empty();
    const bool hasFace = quote.face_amount_fen() != 0;
    const bool hasMaturity = lc::isSet(quote.maturity_date());
    if (!hasLc && !hasFace && !hasMaturity) {
        if (quote.tenor() == lianxin::quotes::TENOR_UNSPECIFIED || bucketLabel(quote.tenor()).empty())
            return refused(
                BadRequest, "QT_TENOR_MISSING", "Give the tenor bucket: 1-30, 31-90, 91-180, 181-270 or 271-366 days.");
        return std::nullopt;
    }
    if (!hasLc || !hasFace || !hasMaturity)
        return refused(BadRequest, "QT_DEAL_QUOTE_INCOMPLETE",
            "A deal quote names the L/C number, the face amount and the maturity date, all three.");
    if (quote.face_amount_fen() < 0)
        return refused(BadRequest, "QT_FACE_NOT_POSITIVE", "The face amount of the claim must be above zero.");
    if (!lc::civil(quote.maturity_date()))
        return refused(BadRequest, "QT_MATURITY_INVALID", lc::text(quote.maturity_date()) + " is not a calendar day.");
    const int days = remainingDays(quote, now).value_or(0);
    if (days < 1 || days > kMaxTenorDays)
        return refused(BadRequest, "QT_MATURITY_OUT_OF_RANGE",
            "The maturity " + lc::text(quote.maturity_date()) + " is " + std::to_string(days)
                + " days away; a claim on the board matures in 1 to " + std::to_string(kMaxTenorDays) + " days.");
    if (quote.tenor() != lianxin::quotes::TENOR_UNSPECIFIED && quote.tenor() != bucketOf(days))
        return refused(BadRequest, "QT_TENOR_MISMATCH",
            "The maturity is " + std::to_string(days) + " days away, in bucket " + bucketLabel(bucketOf(days))
                + ", not " + bucketLabel(quote.tenor()) + "; leave the tenor out or correct it.");
    quote.set_tenor(bucketOf(days));
    quote.set_remaining_days(days);
    if (quote.amount_fen() == 0)
        quote.set_amount_fen(quote.face_amount_fen());
    return std::nullopt;
}

QuoteOutcome post(Stub &stub, Quote quote, const Actor &actor)
{
    const std::int64_t now = stub.txTimestampSeconds();
    if (quote.side() != lianxin::quotes::BUY && quote.side() != lianxin::quotes::SELL)
        return refused(BadRequest, "QT_SIDE_MISSING", "Say whether the bank buys (BUY) or sells (SELL) claims.");
    if (auto wrong = wrongBank(quote.quoting_bank_msp(), actor, "quote"))
        return *wrong;
    if (quote.side() == lianxin::quotes::BUY && quote.obligor_bank_msp() == actor.mspId)
        return refused(Forbidden, "QT_OBLIGOR_QUOTE",
            actor.mspId
                + " is the obligor named in this quote: a bank cannot bid for claims it owes itself. "
                  "Paying its own obligation before maturity is a prepayment, a different action, not a "
                  "purchase.");
    if (auto bad = checkRate(quote.rate_micros()))
        return *bad;
    if (auto bad = checkMethod(quote.method()))
        return *bad;
    if (quote.basis_days() != 0 && quote.basis_days() != 360)
        return refused(BadRequest, "QT_BASIS_NOT_360",
            "CNY forfaiting counts interest on a 360-day year; basis " + std::to_string(quote.basis_days())
                + " is not offered.");
    if (quote.grace_days() < 0 || quote.grace_days() > kMaxGraceDays)
        return refused(BadRequest, "QT_GRACE_DAYS_OUT_OF_RANGE",
            "Grace days run from 0 to " + std::to_string(kMaxGraceDays) + ", not " + std::to_string(quote.grace_days())
                + ".");
    if (quote.fees_fen() < 0)
        return refused(BadRequest, "QT_FEES_NEGATIVE", "Fees are zero or more fen.");
    if (const auto tooLarge
        = amountOverLimit(std::max({ quote.fees_fen(), quote.face_amount_fen(), quote.amount_fen() }),
            "The amount, face amount or fees"))
        return refused(BadRequest, "QT_AMOUNT_TOO_LARGE", *tooLarge);
    if (auto bad = checkDealTerms(quote, now))
        return *bad;
    if (quote.amount_fen() <= 0)
        return refused(BadRequest, "QT_AMOUNT_NOT_POSITIVE", "The amount available at this rate must be above zero.");
    if (quote.valid_until_seconds() <= now)
        return refused(BadRequest, "QT_VALIDITY_PAST",
            "The quote's validity ends at or before now; give a validity in the future.");
    const Tier tier = obligorTier(stub, quote.obligor_bank_msp(), quote.obligor_tier());
    if (tier.rejection)
        return *tier.rejection;

    quote.set_id(quoteIdFor(actor.draftId));
    if (stub.getState(quoteKey(quote.id())))
        return refused(Conflict, "QT_QUOTE_EXISTS", "Quote " + quote.id() + " is on the board already.");
    quote.set_obligor_tier(tier.tier);
    quote.set_basis_days(360);
    quote.set_quoting_bank_msp(actor.mspId);
    quote.set_status(Quote::LIVE);
    quote.set_posted_seconds(now);
    quote.set_maker(actor.maker);
    quote.set_checker(actor.checker);
    quote.set_withdrawn_seconds(0);
    return recorded(quoteKey(quote.id()), quote, "QuotePosted");
}

QuoteOutcome withdraw(Stub &stub, const std::string &id, const Actor &actor)
{
    Quote quote;
    const auto value = stub.getState(quoteKey(id));
    if (id.empty() || !value || !quote.ParseFromString(*value))
        return refused(NotFound, "QT_QUOTE_UNKNOWN", "There is no quote " + id + " on the board.");
    if (quote.quoting_bank_msp() != actor.mspId)
        return refused(Forbidden, "QT_WRONG_BANK",
            "Quote " + id + " is " + quote.quoting_bank_msp() + "'s; only the quoting bank withdraws it.");
    if (quote.status() == Quote::WITHDRAWN)
        return refused(Conflict, "QT_QUOTE_WITHDRAWN", "Quote " + id + " was withdrawn already.");
    if (!isLive(quote, stub.txTimestampSeconds()))
        return refused(Conflict, "QT_QUOTE_EXPIRED",
            "Quote " + id + " is no longer valid; it has left the board without a withdrawal.");
    quote.set_status(Quote::WITHDRAWN);
    quote.set_withdrawn_seconds(stub.txTimestampSeconds());
    return recorded(quoteKey(id), quote, "QuoteWithdrawn");
}

QuoteOutcome reportDeal(Stub &stub, DealReport deal, const Actor &actor)
{
    if (deal.forfaiting_deal_id().empty())
        return refused(BadRequest, "QT_DEAL_ID_MISSING", "Give the forfaiting deal's ID from the forfaiting channel.");
    if (auto wrong = wrongBank(deal.reporting_bank_msp(), actor, "report a deal"))
        return *wrong;
    if (stub.getState(dealKey(deal.forfaiting_deal_id())))
        return refused(Conflict, "QT_DEAL_REPORTED",
            "Deal " + deal.forfaiting_deal_id() + " is on the board already; a deal is reported once.");
    if (deal.tenor_days() < 1 || deal.tenor_days() > kMaxTenorDays)
        return refused(BadRequest, "QT_TENOR_DAYS_OUT_OF_RANGE",
            "A deal's tenor is 1 to " + std::to_string(kMaxTenorDays) + " days, not "
                + std::to_string(deal.tenor_days()) + ".");
    if (auto bad = checkRate(deal.rate_micros()))
        return *bad;
    if (auto bad = checkMethod(deal.method()))
        return *bad;
    if (deal.face_amount_fen() <= 0)
        return refused(BadRequest, "QT_FACE_NOT_POSITIVE", "The face amount of the claim must be above zero.");
    if (const auto tooLarge = amountOverLimit(deal.face_amount_fen(), "The face amount"))
        return refused(BadRequest, "QT_AMOUNT_TOO_LARGE", *tooLarge);
    const auto traded = lc::civil(deal.trade_date());
    if (!traded)
        return refused(BadRequest, "QT_TRADE_DATE_INVALID", "Give the trade date as a calendar day.");
    if (std::chrono::sys_days { *traded } > std::chrono::sys_days { lc::chinaDate(stub.txTimestampSeconds()) })
        return refused(BadRequest, "QT_TRADE_DATE_FUTURE",
            "The trade date " + lc::text(deal.trade_date()) + " is after today; report a deal once it is concluded.");
    const Tier tier = obligorTier(stub, deal.obligor_bank_msp(), deal.obligor_tier());
    if (tier.rejection)
        return *tier.rejection;

    deal.set_obligor_tier(tier.tier);
    deal.set_tenor(bucketOf(deal.tenor_days()));
    deal.set_reporting_bank_msp(actor.mspId);
    deal.set_reported_seconds(stub.txTimestampSeconds());
    deal.set_maker(actor.maker);
    deal.set_checker(actor.checker);
    return recorded(dealKey(deal.forfaiting_deal_id()), deal, "QuoteDealReported");
}

} // namespace

std::string quoteKey(const std::string &quoteId)
{
    return kQuotePrefix + quoteId;
}

std::string dealKey(const std::string &forfaitingDealId)
{
    return kDealPrefix + forfaitingDealId;
}

std::string quoteIdFor(const std::string &draftId)
{
    return "QT-" + draftId.substr(0, 12);
}

QuoteOutcome evaluateQuoteAction(Stub &stub, const QuoteAction &action, const Actor &actor)
{
    switch (action.action_case()) {
    case QuoteAction::kPost:
        return post(stub, action.post().quote(), actor);
    case QuoteAction::kWithdraw:
        return withdraw(stub, action.withdraw().quote_id(), actor);
    case QuoteAction::kReportDeal:
        return reportDeal(stub, action.report_deal().deal(), actor);
    case QuoteAction::ACTION_NOT_SET:
        break;
    }
    return refused(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected a lianxin.quotes.QuoteAction.");
}

void recordQuoteOutcome(Stub &stub, const QuoteOutcome &outcome)
{
    stub.putState(outcome.key, outcome.value);
    stub.setEvent(outcome.event, outcome.value);
}

} // namespace lx::chaincode::quotes
