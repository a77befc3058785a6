// The terms of a guarantee at issue and after each amendment (DESIGN 4.3,
// MT760 field set): what must be there before a bank may issue it.
#include "chaincode/Amount.h"
#include "chaincode/TextRules.h"
#include "chaincode/guarantee/GtActionContext.h"

#include <algorithm>

namespace lx::chaincode::guarantee::detail {

using lc::civil;
using lc::isSet;
using lc::text;

namespace {

std::optional<ActionOutcome> bad(std::string code, std::string message)
{
    return rejected(BadRequest, std::move(code), std::move(message));
}

} // namespace

std::optional<ActionOutcome> checkTerms(const Guarantee &g, Date today)
{
    if (g.guarantee_no().empty())
        return bad("GT_NUMBER_MISSING", "Give the guarantee a number.");
    if (g.type() == Guarantee::TYPE_UNSPECIFIED)
        return bad("GT_TYPE_MISSING",
            "Say what the guarantee secures: BID, PERFORMANCE, ADVANCE_PAYMENT, PAYMENT, RETENTION or WARRANTY.");
    if (!g.currency().empty() && g.currency() != "CNY")
        return bad("GT_CURRENCY", "Guarantees on this channel are in CNY only, not " + g.currency() + ".");
    if (g.amount_fen() <= 0)
        return bad("GT_AMOUNT", "The guarantee amount must be more than zero.");
    if (const auto tooLarge = amountOverLimit(g.amount_fen(), "The guarantee amount"))
        return bad("GT_AMOUNT_TOO_LARGE", *tooLarge);
    if (g.applicant().name().empty() || g.beneficiary().name().empty())
        return bad("GT_PARTY_MISSING", "Name both the applicant and the beneficiary.");
    for (const auto &[party, role] : { std::pair { &g.applicant(), "applicant" }, { &g.beneficiary(), "beneficiary" } }) {
        const std::string whose = std::string("The ") + role + "'s ";
        for (const auto &[value, what] : { std::pair { &party->name(), "name" }, { &party->account_no(), "account number" },
                 { &party->account_bank(), "account bank" }, { &party->address(), "address" } }) {
            if (!value->empty())
                if (const auto problem = nameProblem(*value, whose + what))
                    return bad(problem->reasonCode, problem->message);
        }
    }
    if (g.advising_bank_msp().empty() || g.advising_bank_msp() == g.issuer_msp())
        return bad("GT_ADVISING_BANK", "Name an advising bank other than the issuer.");
    if (g.underlying().reference().empty())
        return bad("GT_UNDERLYING_MISSING", "Give the reference of the underlying contract the guarantee secures.");
    switch (g.expiry_type()) {
    case Guarantee::FIXED_DATE: {
        const auto expiry = civil(g.expiry_date());
        if (!expiry || *expiry <= today)
            return bad("GT_EXPIRY_DATE",
                "An expiry by date needs a real expiry date after today, not " + text(g.expiry_date()) + ".");
        break;
    }
    case Guarantee::EVENT:
        if (g.expiry_event().empty())
            return bad(
                "GT_EXPIRY_EVENT", "An expiry by event needs the event described (e.g. the taking-over certificate).");
        break;
    case Guarantee::OPEN:
        break;
    default:
        return bad("GT_EXPIRY_TYPE", "Say how the guarantee expires: FIXED_DATE, EVENT or OPEN.");
    }
    std::int64_t scheduled = 0;
    for (const auto &step : g.reduction_schedule()) {
        if (!civil(step.date()) || step.amount_fen() <= 0)
            return bad("GT_REDUCTION_SCHEDULE", "Each reduction clause needs a real date and an amount above zero.");
        if (const auto tooLarge = amountOverLimit(step.amount_fen(), "A reduction clause's amount"))
            return bad("GT_AMOUNT_TOO_LARGE", *tooLarge);
        scheduled = addAmounts(scheduled, step.amount_fen());
    }
    if (scheduled >= g.amount_fen() && scheduled > 0)
        return bad("GT_REDUCTION_SCHEDULE",
            "The reductions scheduled, " + money(scheduled) + ", would use up the whole amount " + money(g.amount_fen())
                + "; a guarantee ends by payment, release or expiry.");
    return std::nullopt;
}

std::optional<ActionOutcome> checkAmendment(const Guarantee &g, const lianxin::guarantee::GtAmendment &a, Date today)
{
    const bool changesSomething = a.has_increase_fen() || a.has_decrease_fen() || isSet(a.new_expiry_date())
        || a.has_new_expiry_event() || !a.narrative().empty();
    if (!changesSomething)
        return bad("GT_AMENDMENT_EMPTY", "The amendment changes nothing; give at least one change.");
    if ((a.has_increase_fen() && a.increase_fen() <= 0) || (a.has_decrease_fen() && a.decrease_fen() <= 0))
        return bad("GT_AMOUNT", "An increase or decrease must be more than zero.");
    if (const auto tooLarge = amountOverLimit(std::max(a.increase_fen(), a.decrease_fen()), "The change"))
        return bad("GT_AMOUNT_TOO_LARGE", *tooLarge);
    if (addAmounts(g.amount_fen(), a.increase_fen()) - a.decrease_fen() > kMaxAmountFen)
        return bad("GT_AMOUNT_TOO_LARGE",
            "The amended guarantee amount would be above the largest amount the consortium accepts, " + maxAmountText()
                + ".");
    const std::int64_t net = a.increase_fen() - a.decrease_fen();
    if (g.available_fen() + net <= 0)
        return bad("GT_DECREASE_TOO_LARGE",
            "The decrease would leave nothing available of " + money(g.available_fen())
                + "; release or reduce the guarantee instead.");
    if (isSet(a.new_expiry_date())) {
        if (g.expiry_type() != Guarantee::FIXED_DATE)
            return bad("GT_EXPIRY_TYPE", "Only a guarantee that expires on a date takes a new expiry date.");
        const auto expiry = civil(a.new_expiry_date());
        if (!expiry || *expiry <= today)
            return bad("GT_EXPIRY_DATE", "The new expiry date must be a real date after today.");
    }
    if (a.has_new_expiry_event() && (g.expiry_type() != Guarantee::EVENT || a.new_expiry_event().empty()))
        return bad("GT_EXPIRY_EVENT", "Only a guarantee that expires on an event takes a new (described) event.");
    return std::nullopt;
}

Guarantee applyAmendment(Guarantee g, const lianxin::guarantee::GtAmendment &a)
{
    const std::int64_t net = a.increase_fen() - a.decrease_fen();
    g.set_amount_fen(g.amount_fen() + net);
    g.set_available_fen(g.available_fen() + net);
    if (isSet(a.new_expiry_date()))
        *g.mutable_expiry_date() = a.new_expiry_date();
    if (a.has_new_expiry_event())
        g.set_expiry_event(a.new_expiry_event());
    return g;
}

} // namespace lx::chaincode::guarantee::detail
