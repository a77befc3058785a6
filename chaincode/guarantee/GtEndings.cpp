// How a guarantee shrinks and ends (DESIGN 4.3): reduction by the
// schedule's clause or by the beneficiary's consent, release by the
// beneficiary, expiry recorded after the expiry date; and a court's
// stop-payment order (止付) that freezes payment until it is lifted.
#include "chaincode/guarantee/GtActionContext.h"

#include <algorithm>

namespace lx::chaincode::guarantee::detail {

using lc::civil;
using lc::protoDate;
using lc::text;

namespace {

std::optional<ActionOutcome> rejectIfDemandOpen(const Guarantee &g, const std::string &action)
{
    for (const Demand &d : g.demands()) {
        if (isOpen(d))
            return rejected(Conflict, "GT_DEMAND_OPEN",
                "Demand " + std::to_string(d.number()) + " under guarantee " + g.guarantee_no() + " is still "
                    + stateName(d.state()) + "; settle it before " + action + ".");
    }
    return std::nullopt;
}

} // namespace

ActionOutcome reduce(ActionContext &ctx, Guarantee g, const GtAction::Reduce &a)
{
    if (auto wrong = requireBank(ctx, g.issuer_msp(), "issuer", "reduce guarantee " + g.guarantee_no()))
        return *wrong;
    if (g.state() != Guarantee::ADVISED && g.state() != Guarantee::AMENDMENT_PENDING)
        return wrongState(g, "a reduction", "ADVISED with no demand open");
    std::int64_t amount = 0;
    std::string why;
    lianxin::lc::EventFacts facts;
    if (a.step() > 0) {
        if (a.step() > g.reduction_schedule_size())
            return rejected(NotFound, "GT_REDUCTION_UNKNOWN",
                "Guarantee " + g.guarantee_no() + " has " + std::to_string(g.reduction_schedule_size())
                    + " reduction clause(s); there is no clause " + std::to_string(a.step()) + ".");
        auto &step = *g.mutable_reduction_schedule(a.step() - 1);
        if (step.applied())
            return rejected(Conflict, "GT_REDUCTION_APPLIED",
                "Reduction clause " + std::to_string(a.step()) + " has been applied already.");
        const auto due = civil(step.date());
        if (!due || ctx.today < *due)
            return rejected(Conflict, "GT_REDUCTION_NOT_DUE",
                "Reduction clause " + std::to_string(a.step()) + " takes effect on " + text(step.date())
                    + "; apply it on or after that day.");
        step.set_applied(true);
        amount = std::min(step.amount_fen(), g.available_fen());
        why = "by clause " + std::to_string(a.step()) + " of the reduction schedule";
        facts.set_number(a.step());
    } else {
        if (a.consent().empty())
            return rejected(BadRequest, "GT_REDUCTION_CONSENT_MISSING",
                "A reduction outside the schedule needs the beneficiary's consent; give its reference.");
        if (a.amount_fen() <= 0 || a.amount_fen() > g.available_fen())
            return rejected(BadRequest, "GT_AMOUNT",
                "A reduction is for more than zero and at most the available " + money(g.available_fen()) + ".");
        amount = a.amount_fen();
        why = "with the beneficiary's consent (" + a.consent() + ")";
        facts.set_reference(a.consent());
    }
    g.set_available_fen(g.available_fen() - amount);
    g.set_state(restingState(g));
    const std::string summary
        = "Reduced by " + money(amount) + " " + why + "; " + money(g.available_fen()) + " remains available";
    facts.set_amount_fen(amount);
    facts.set_remaining_fen(g.available_fen());
    return accepted(std::move(g), summary, std::move(facts));
}

ActionOutcome release(ActionContext &ctx, Guarantee g, const GtAction::Release &a)
{
    if (auto wrong = requireBank(ctx, g.advising_bank_msp(), "advising bank",
            "release guarantee " + g.guarantee_no() + " for the beneficiary"))
        return *wrong;
    if (hasEnded(g))
        return wrongState(g, "a release", "still in force");
    if (auto open = rejectIfDemandOpen(g, "releasing the guarantee"))
        return *open;
    g.set_state(Guarantee::RELEASED);
    lianxin::lc::EventFacts facts;
    facts.set_reference(a.reference());
    return accepted(std::move(g),
        "Released by the beneficiary" + (a.reference().empty() ? std::string() : " (" + a.reference() + ")"),
        std::move(facts));
}

ActionOutcome expire(ActionContext &ctx, Guarantee g)
{
    if (auto wrong = requireBank(ctx, g.issuer_msp(), "issuer", "record the expiry of guarantee " + g.guarantee_no()))
        return *wrong;
    if (hasEnded(g))
        return wrongState(g, "recording its expiry", "still in force");
    if (g.expiry_type() != Guarantee::FIXED_DATE)
        return rejected(Conflict, "GT_NO_EXPIRY_DATE",
            "Guarantee " + g.guarantee_no() + " does not expire on a date; it ends by release, payment or the event.");
    const auto expiry = civil(g.expiry_date());
    if (!expiry || ctx.today <= *expiry)
        return rejected(Conflict, "GT_NOT_YET_EXPIRED",
            "Guarantee " + g.guarantee_no() + " is valid until " + text(g.expiry_date())
                + " inclusive; record its expiry from the day after.");
    if (auto open = rejectIfDemandOpen(g, "recording its expiry"))
        return *open;
    g.set_state(Guarantee::EXPIRED);
    const std::string summary = "Expired on " + text(g.expiry_date()) + " with " + money(g.available_fen()) + " unused";
    lianxin::lc::EventFacts facts;
    *facts.mutable_date() = g.expiry_date();
    facts.set_remaining_fen(g.available_fen());
    return accepted(std::move(g), summary, std::move(facts));
}

ActionOutcome stopPayment(ActionContext &ctx, Guarantee g, const GtAction::StopPaymentOrder &a)
{
    if (auto wrong = requireBank(
            ctx, g.issuer_msp(), "issuer", "record a stop-payment order against guarantee " + g.guarantee_no()))
        return *wrong;
    if (hasEnded(g))
        return wrongState(g, "a stop-payment order", "still in force");
    if (g.frozen())
        return rejected(Conflict, "GT_ALREADY_FROZEN",
            "Guarantee " + g.guarantee_no() + " is frozen already by order " + g.stop_payments().rbegin()->order_no()
                + ".");
    if (a.court().empty() || a.order_no().empty())
        return rejected(
            BadRequest, "GT_COURT_ORDER_MISSING", "Name the court and the number of its stop-payment order.");
    lianxin::guarantee::StopPayment order;
    order.set_court(a.court());
    order.set_order_no(a.order_no());
    *order.mutable_recorded_date() = protoDate(ctx.today);
    *g.add_stop_payments() = order;
    g.set_frozen(true);
    lianxin::lc::EventFacts facts;
    facts.set_reference(a.order_no());
    facts.set_court(a.court());
    return accepted(
        std::move(g), "Frozen by stop-payment order " + a.order_no() + " of " + a.court(), std::move(facts));
}

ActionOutcome liftStopPayment(ActionContext &ctx, Guarantee g, const GtAction::LiftStopPayment &a)
{
    if (auto wrong = requireBank(
            ctx, g.issuer_msp(), "issuer", "record the lifting of a stop-payment order on " + g.guarantee_no()))
        return *wrong;
    if (!g.frozen())
        return rejected(Conflict, "GT_NOT_FROZEN", "Guarantee " + g.guarantee_no() + " is not frozen.");
    if (a.order_no().empty())
        return rejected(BadRequest, "GT_COURT_ORDER_MISSING", "Give the number of the court's order lifting the stop.");
    auto &order = *g.mutable_stop_payments()->rbegin();
    order.set_lifting_order_no(a.order_no());
    *order.mutable_lifted_date() = protoDate(ctx.today);
    g.set_frozen(false);
    const std::string summary = "Stop-payment order " + order.order_no() + " lifted by " + a.order_no();
    lianxin::lc::EventFacts facts;
    facts.set_reference(order.order_no());
    facts.set_court(order.court());
    facts.set_lifted_by(a.order_no());
    return accepted(std::move(g), summary, std::move(facts));
}

} // namespace lx::chaincode::guarantee::detail
