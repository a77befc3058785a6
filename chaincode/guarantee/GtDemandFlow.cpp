// Demands under a guarantee (DESIGN 4.3, URDG 758 arts. 15-25): presented
// through the advising bank before expiry, examined by the issuer within 5
// business days (a rejection is one notice listing every discrepancy, and
// none may be sent after the deadline), "extend or pay" with payment
// suspended up to 30 calendar days, and payment from the available amount.
#include "chaincode/guarantee/GtActionContext.h"

namespace lx::chaincode::guarantee::detail {

using lc::civil;
using lc::isSet;
using lc::protoDate;
using lc::text;

namespace {

bool blank(const std::string &s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The demand an action names, or the outcome refusing the action.
struct Found
{
    Demand *demand = nullptr;
    std::optional<ActionOutcome> rejection;
};

// The issuer acting on one of its guarantee's demands.
Found issuerDemand(const ActionContext &ctx, Guarantee &g, int number, const std::string &action)
{
    if (auto wrong = requireBank(ctx, g.issuer_msp(), "issuer", action + " under guarantee " + g.guarantee_no()))
        return Found { nullptr, std::move(wrong) };
    for (Demand &d : *g.mutable_demands()) {
        if (d.number() == number)
            return Found { &d, std::nullopt };
    }
    return Found { nullptr,
        rejected(NotFound, "GT_DEMAND_UNKNOWN",
            "Guarantee " + g.guarantee_no() + " has no demand number " + std::to_string(number) + ".") };
}

ActionOutcome demandWrongState(
    const Guarantee &g, const Demand &d, const std::string &action, const std::string &needed)
{
    return rejected(Conflict, "GT_WRONG_STATE",
        "Demand " + std::to_string(d.number()) + " under guarantee " + g.guarantee_no() + " is " + stateName(d.state())
            + "; " + action + " needs it " + needed + ".");
}

bool isExtendOrPay(const Demand &d)
{
    return isSet(d.requested_expiry());
}

// The receipt day the maker recorded (unset: received today), judged on
// the day of approval; nullopt when acceptable.
std::optional<ActionOutcome> checkDemandReceipt(const ActionContext &ctx, const Guarantee &g, const Demand &in)
{
    if (!isSet(in.received_date()))
        return std::nullopt;
    const auto received = civil(in.received_date());
    if (!received)
        return rejected(BadRequest, "GT_DATE_INVALID",
            "Give the day the demand was received as a real calendar date, not " + text(in.received_date()) + ".");
    switch (lc::checkReceipt(*received, ctx.today, ctx.calendar)) {
    case lc::ReceiptCheck::Accepted:
    case lc::ReceiptCheck::Invalid:
        break;
    case lc::ReceiptCheck::InFuture:
        return rejected(BadRequest, "GT_RECEIPT_IN_FUTURE",
            "The demand cannot have been received on " + text(in.received_date()) + ", after today ("
                + calendar::formatDate(ctx.today) + "); record the day it arrived.");
    case lc::ReceiptCheck::TooOld:
        return rejected(BadRequest, "GT_RECEIPT_TOO_OLD",
            "A demand received on " + text(in.received_date()) + " must be recorded and approved within "
                + std::to_string(lc::kMaxReceiptAgeBusinessDays) + " business days, so on or after "
                + calendar::formatDate(lc::earliestReceipt(ctx.today, ctx.calendar))
                + " today; present it as received today, or have a checker approve the draft sooner.");
    }
    if (const auto issued = civil(g.issue_date()); issued && *received < *issued)
        return rejected(BadRequest, "GT_RECEIPT_BEFORE_ISSUE",
            "A demand cannot have been received under guarantee " + g.guarantee_no() + " on " + text(in.received_date())
                + ", before it was issued on " + text(g.issue_date()) + "; check the date of receipt.");
    return std::nullopt;
}

ActionOutcome settle(Guarantee g, std::string summary, lianxin::lc::EventFacts facts)
{
    g.set_state(restingState(g));
    return accepted(std::move(g), std::move(summary), std::move(facts));
}

} // namespace

ActionOutcome presentDemand(ActionContext &ctx, Guarantee g, const GtAction::PresentDemand &a)
{
    if (auto wrong = requireBank(ctx, g.advising_bank_msp(), "advising bank",
            "present a demand under guarantee " + g.guarantee_no() + " for the beneficiary"))
        return *wrong;
    if (g.state() != Guarantee::ADVISED && g.state() != Guarantee::AMENDMENT_PENDING)
        return wrongState(g, "a demand", "advised and with no other demand open");
    const Demand &in = a.demand();
    // The day the advising bank received the demand, as its maker recorded
    // it, counts for expiry and the deadlines; the approval only has to
    // follow it closely.
    if (auto refused = checkDemandReceipt(ctx, g, in))
        return *refused;
    const Date received = isSet(in.received_date()) ? *civil(in.received_date()) : ctx.today;
    if (g.expiry_type() == Guarantee::FIXED_DATE) {
        const auto expiry = civil(g.expiry_date());
        if (expiry && received > *expiry)
            return rejected(BadRequest, "GT_DEMAND_AFTER_EXPIRY",
                "Guarantee " + g.guarantee_no() + " expired on " + text(g.expiry_date())
                    + "; a demand must be received on or before that day, not on " + calendar::formatDate(received)
                    + ".");
    }
    if (in.amount_fen() <= 0)
        return rejected(BadRequest, "GT_AMOUNT", "A demand is for an amount above zero.");
    if (in.amount_fen() > g.available_fen())
        return rejected(BadRequest, "GT_DEMAND_OVER_AVAILABLE",
            "The demand for " + money(in.amount_fen()) + " exceeds the amount available under guarantee "
                + g.guarantee_no() + ", " + money(g.available_fen()) + ".");
    if (blank(in.statement_of_breach()))
        return rejected(BadRequest, "GT_STATEMENT_MISSING",
            "A demand must carry the beneficiary's statement saying in what respect the applicant is in breach "
            "(URDG 758 art. 15).");
    for (const auto &doc : in.documents()) {
        if (doc.sha256().size() != 32)
            return rejected(BadRequest, "GT_DOCUMENT_HASH",
                "Supporting document \"" + doc.file_name() + "\" needs its SHA-256 hash (32 bytes).");
    }
    if (isExtendOrPay(in)) {
        const auto wanted = civil(in.requested_expiry());
        const auto expiry = civil(g.expiry_date());
        if (g.expiry_type() != Guarantee::FIXED_DATE || !wanted || !expiry || *wanted <= *expiry)
            return rejected(BadRequest, "GT_EXTENSION_DATE",
                "An extend-or-pay demand asks for a new expiry date later than the current one ("
                    + text(g.expiry_date()) + ") of a guarantee that expires on a date.");
    }
    Demand d = in;
    d.set_number(g.demands_size() + 1);
    d.set_presenting_bank_msp(ctx.actor.mspId);
    d.set_state(Demand::PRESENTED);
    *d.mutable_received_date() = protoDate(received);
    const Date deadline = ctx.calendar.addBusinessDays(received, kExaminationBusinessDays);
    *d.mutable_examination_deadline() = protoDate(deadline);
    d.clear_suspension_limit();
    if (isExtendOrPay(d))
        *d.mutable_suspension_limit() = protoDate(lc::plusDays(received, kSuspensionCalendarDays));
    d.clear_examined_date();
    d.clear_discrepancies();
    d.clear_suspended_until();
    d.clear_paid_date();
    d.clear_extended_to();
    const std::string summary = std::string(isExtendOrPay(d) ? "Extend-or-pay demand " : "Demand ")
        + std::to_string(d.number()) + " for " + money(d.amount_fen()) + " received on "
        + calendar::formatDate(received) + "; examination due by " + calendar::formatDate(deadline);
    lianxin::lc::EventFacts facts = numberedFacts(d.number());
    facts.set_amount_fen(d.amount_fen());
    *facts.mutable_date() = d.received_date();
    *facts.mutable_due_date() = d.examination_deadline();
    facts.set_extend_or_pay(isExtendOrPay(d));
    *g.add_demands() = std::move(d);
    return settle(std::move(g), summary, std::move(facts));
}

ActionOutcome examine(ActionContext &ctx, Guarantee g, const GtAction::Examine &a)
{
    Found found = issuerDemand(ctx, g, a.demand_no(), "examine a demand");
    if (found.rejection)
        return *found.rejection;
    Demand &d = *found.demand;
    if (d.state() != Demand::PRESENTED)
        return demandWrongState(g, d, "examination", "PRESENTED");
    if (a.complying() && !a.discrepancies().empty())
        return rejected(BadRequest, "GT_COMPLYING_WITH_DISCREPANCIES",
            "A complying demand lists no discrepancies; remove them or reject the demand.");
    if (!a.complying()) {
        if (a.discrepancies().empty())
            return rejected(BadRequest, "GT_REJECTION_WITHOUT_DISCREPANCIES",
                "A rejection is one notice listing every discrepancy; list them all.");
        const auto deadline = civil(d.examination_deadline());
        if (deadline && ctx.today > *deadline)
            return rejected(Conflict, "GT_REJECTION_LATE",
                "The examination period ended on " + text(d.examination_deadline())
                    + " (5 business days from the day after receipt); the demand can no longer be rejected.");
    }
    *d.mutable_examined_date() = protoDate(ctx.today);
    *d.mutable_discrepancies() = a.discrepancies();
    d.set_state(a.complying() ? Demand::COMPLYING : Demand::REJECTED);
    const std::string summary = "Demand " + std::to_string(d.number())
        + (a.complying() ? std::string(" found complying")
                         : " rejected: one notice of " + std::to_string(a.discrepancies_size()) + " discrepancies");
    lianxin::lc::EventFacts facts = numberedFacts(d.number());
    facts.set_outcome(a.complying() ? lianxin::lc::EventFacts::COMPLYING : lianxin::lc::EventFacts::DISCREPANT);
    facts.set_count(a.discrepancies_size());
    return settle(std::move(g), summary, std::move(facts));
}

ActionOutcome suspend(ActionContext &ctx, Guarantee g, const GtAction::Suspend &a)
{
    Found found = issuerDemand(ctx, g, a.demand_no(), "suspend payment");
    if (found.rejection)
        return *found.rejection;
    Demand &d = *found.demand;
    if (!isExtendOrPay(d))
        return rejected(Conflict, "GT_NOT_EXTEND_OR_PAY",
            "Demand " + std::to_string(d.number()) + " asks for payment only; payment may be suspended only on an "
                + "extend-or-pay demand.");
    if (d.state() != Demand::COMPLYING)
        return demandWrongState(g, d, "suspending payment", "COMPLYING");
    const auto until = civil(a.until());
    const auto limit = civil(d.suspension_limit());
    if (!until || *until < ctx.today || !limit || *until > *limit)
        return rejected(BadRequest, "GT_SUSPENSION_TOO_LONG",
            "Payment may be suspended from today up to " + text(d.suspension_limit())
                + " (30 calendar days after receipt of the demand), not until " + text(a.until()) + ".");
    d.set_state(Demand::SUSPENDED);
    *d.mutable_suspended_until() = a.until();
    const std::string summary
        = "Payment of demand " + std::to_string(d.number()) + " suspended until " + text(a.until());
    lianxin::lc::EventFacts facts = numberedFacts(d.number());
    *facts.mutable_date() = a.until();
    return settle(std::move(g), summary, std::move(facts));
}

ActionOutcome extend(ActionContext &ctx, Guarantee g, const GtAction::Extend &a)
{
    Found found = issuerDemand(ctx, g, a.demand_no(), "extend the guarantee");
    if (found.rejection)
        return *found.rejection;
    Demand &d = *found.demand;
    if (!isExtendOrPay(d))
        return rejected(Conflict, "GT_NOT_EXTEND_OR_PAY",
            "Demand " + std::to_string(d.number()) + " asks for payment only; it cannot be answered by an extension.");
    if (d.state() != Demand::COMPLYING && d.state() != Demand::SUSPENDED)
        return demandWrongState(g, d, "an extension", "COMPLYING or SUSPENDED");
    const auto limit = civil(d.state() == Demand::SUSPENDED ? d.suspended_until() : d.suspension_limit());
    if (limit && ctx.today > *limit)
        return rejected(Conflict, "GT_SUSPENSION_OVER",
            "The suspension of demand " + std::to_string(d.number()) + " ended on " + lc::text(lc::protoDate(*limit))
                + "; the demand must now be paid.");
    const lianxin::lc::Date newExpiry = isSet(a.new_expiry()) ? a.new_expiry() : d.requested_expiry();
    const auto to = civil(newExpiry);
    const auto wanted = civil(d.requested_expiry());
    if (!to || !wanted || *to < *wanted)
        return rejected(BadRequest, "GT_EXTENSION_DATE",
            "The guarantee must be extended to at least " + text(d.requested_expiry())
                + ", the expiry the beneficiary asked for.");
    *g.mutable_expiry_date() = newExpiry;
    d.set_state(Demand::WITHDRAWN);
    *d.mutable_extended_to() = newExpiry;
    const std::string summary
        = "Extended to " + text(newExpiry) + "; demand " + std::to_string(d.number()) + " withdrawn";
    lianxin::lc::EventFacts facts = numberedFacts(d.number());
    *facts.mutable_date() = newExpiry;
    return settle(std::move(g), summary, std::move(facts));
}

ActionOutcome pay(ActionContext &ctx, Guarantee g, const GtAction::Pay &a)
{
    Found found = issuerDemand(ctx, g, a.demand_no(), "pay a demand");
    if (found.rejection)
        return *found.rejection;
    Demand &d = *found.demand;
    if (g.frozen())
        return rejected(Conflict, "GT_FROZEN",
            "A court's stop-payment order (" + g.stop_payments().rbegin()->order_no() + ") freezes guarantee "
                + g.guarantee_no() + "; nothing may be paid until it is lifted.");
    if (d.state() != Demand::COMPLYING && d.state() != Demand::SUSPENDED)
        return demandWrongState(g, d, "payment", "COMPLYING or SUSPENDED");
    if (d.amount_fen() > g.available_fen())
        return rejected(Conflict, "GT_DEMAND_OVER_AVAILABLE",
            "Demand " + std::to_string(d.number()) + " for " + money(d.amount_fen()) + " exceeds the available "
                + money(g.available_fen()) + ".");
    g.set_available_fen(g.available_fen() - d.amount_fen());
    d.set_state(Demand::PAID);
    *d.mutable_paid_date() = protoDate(ctx.today);
    const std::string summary = "Demand " + std::to_string(d.number()) + " paid, " + money(d.amount_fen()) + "; "
        + money(g.available_fen()) + " remains available";
    lianxin::lc::EventFacts facts = numberedFacts(d.number());
    facts.set_amount_fen(d.amount_fen());
    facts.set_remaining_fen(g.available_fen());
    return settle(std::move(g), summary, std::move(facts));
}

} // namespace lx::chaincode::guarantee::detail
