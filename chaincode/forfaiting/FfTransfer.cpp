// After the trade: the claim-transfer notice, the obligor's
// acknowledgement, settlement, and the claim's end at maturity.
#include "chaincode/forfaiting/FfActionContext.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"

namespace lx::chaincode::forfaiting::detail {

namespace {

ActionOutcome dealWrongState(const Deal &d, const std::string &action, const std::string &needed)
{
    return rejected(Conflict, "FF_WRONG_STATE",
        "Deal " + d.deal_id() + " is " + stateName(d.state()) + "; " + action + " needs it " + needed + ".");
}

// Transfers happen before maturity; afterwards the obligor pays the holder.
std::optional<ActionOutcome> rejectIfMatured(const ActionContext &ctx, const Deal &d)
{
    const auto maturity = lc::civil(d.maturity_date());
    if (maturity && ctx.today >= *maturity)
        return rejected(Conflict, "FF_CLAIM_MATURED",
            "The claim of deal " + d.deal_id() + " matured on " + calendar::formatDate(*maturity)
                + "; it is no longer transferred: the obligor pays its holder.");
    return std::nullopt;
}

Loaded<Deal> dealFor(ActionContext &ctx, const std::string &id)
{
    return loadDeal(ctx.stub, id);
}

// The facts of an event on deal d: its parties; the action adds the rest.
lianxin::forfaiting::FfEventFacts dealFacts(const Deal &d)
{
    lianxin::forfaiting::FfEventFacts facts;
    facts.set_subject_id(d.deal_id());
    facts.set_claim_id(d.claim_id());
    facts.set_seller_msp(d.seller_msp());
    facts.set_buyer_msp(d.buyer_msp());
    facts.set_obligor_msp(d.obligor_msp());
    return facts;
}

} // namespace

ActionOutcome notifyTransfer(ActionContext &ctx, const FfAction::NotifyTransfer &a)
{
    auto deal = dealFor(ctx, a.deal_id());
    if (deal.rejection)
        return *deal.rejection;
    Deal &d = deal.record;
    if (auto wrong = requireBank(ctx, d.seller_msp(), "seller", "send the claim-transfer notice of " + d.deal_id()))
        return *wrong;
    if (d.state() != Deal::AGREED)
        return dealWrongState(d, "the claim-transfer notice", "AGREED");
    if (auto matured = rejectIfMatured(ctx, d))
        return *matured;
    d.set_state(Deal::NOTIFIED);
    *d.mutable_notice_date() = lc::protoDate(ctx.today);
    ActionOutcome out;
    out.event.set_summary("Claim-transfer notice to " + d.obligor_msp() + ": pay " + d.buyer_msp() + " at maturity");
    *out.event.mutable_facts() = dealFacts(d);
    out.deal = std::move(d);
    return out;
}

ActionOutcome acknowledgeTransfer(ActionContext &ctx, const FfAction::AcknowledgeTransfer &a)
{
    auto deal = dealFor(ctx, a.deal_id());
    if (deal.rejection)
        return *deal.rejection;
    Deal &d = deal.record;
    if (auto wrong
        = requireBank(ctx, d.obligor_msp(), "obligor (issuing bank)", "acknowledge the transfer of " + d.deal_id()))
        return *wrong;
    if (d.state() != Deal::NOTIFIED)
        return dealWrongState(d, "the acknowledgement", "NOTIFIED (the seller's notice received)");
    if (auto matured = rejectIfMatured(ctx, d))
        return *matured;
    d.set_state(Deal::ACKNOWLEDGED);
    *d.mutable_acknowledged_date() = lc::protoDate(ctx.today);
    ActionOutcome out;
    out.event.set_summary(d.obligor_msp() + " will pay " + lc::formatFen(d.face_value_fen()) + " to " + d.buyer_msp()
        + " at maturity " + dateText(d.maturity_date()));
    *out.event.mutable_facts() = dealFacts(d);
    out.event.mutable_facts()->set_amount_fen(d.face_value_fen());
    *out.event.mutable_facts()->mutable_date() = d.maturity_date();
    out.deal = std::move(d);
    return out;
}

ActionOutcome settle(ActionContext &ctx, const FfAction::Settle &a)
{
    auto deal = dealFor(ctx, a.deal_id());
    if (deal.rejection)
        return *deal.rejection;
    Deal &d = deal.record;
    if (auto wrong = requireBank(ctx, d.buyer_msp(), "buyer", "settle deal " + d.deal_id()))
        return *wrong;
    if (d.state() != Deal::ACKNOWLEDGED)
        return dealWrongState(d, "settlement", "ACKNOWLEDGED by the obligor");
    if (auto matured = rejectIfMatured(ctx, d))
        return *matured;
    auto claim = loadClaim(ctx.stub, d.claim_id());
    if (claim.rejection)
        return *claim.rejection;
    Claim &c = claim.record;
    if (c.state() != Claim::UNDER_TRANSFER || c.live_deal_id() != d.deal_id() || c.holder_msp() != d.seller_msp())
        return rejected(Conflict, "FF_DOUBLE_FINANCING",
            "Claim " + c.claim_id() + " is " + stateName(c.state()) + " and held by " + c.holder_msp() + "; deal "
                + d.deal_id() + " can no longer transfer it.");
    // A deal agreed before the rule: the obligor still cannot end up holding its own claim.
    if (auto refused = rejectObligorBuyer(d.buyer_msp(), c.obligor_msp(), c.claim_id()))
        return *refused;
    d.set_state(Deal::SETTLED);
    *d.mutable_settled_date() = lc::protoDate(ctx.today);
    c.set_holder_msp(d.buyer_msp());
    c.add_holders(d.buyer_msp());
    c.set_state(Claim::HELD);
    c.clear_live_deal_id();
    c.set_grace_days(d.grace_days());
    ActionOutcome out;
    out.event.set_summary(d.buyer_msp() + " paid " + lc::formatFen(d.net_fen()) + " to " + d.seller_msp()
        + " and holds claim " + c.claim_id());
    *out.event.mutable_facts() = dealFacts(d);
    out.event.mutable_facts()->set_amount_fen(d.net_fen());
    out.coEndorsers = { d.seller_msp() };
    out.deal = std::move(d);
    out.claim = std::move(c);
    return out;
}

ActionOutcome payAtMaturity(ActionContext &ctx, const FfAction::PayAtMaturity &a)
{
    auto claim = loadClaim(ctx.stub, a.claim_id());
    if (claim.rejection)
        return *claim.rejection;
    Claim &c = claim.record;
    if (auto wrong = requireBank(ctx, c.obligor_msp(), "obligor (issuing bank)", "pay claim " + c.claim_id()))
        return *wrong;
    if (c.state() == Claim::PAID)
        return rejected(Conflict, "FF_CLAIM_PAID",
            "Claim " + c.claim_id() + " was paid to " + c.paid_to_msp() + " on " + dateText(c.paid_date()) + ".");
    const auto maturity = lc::civil(c.maturity_date());
    if (maturity && ctx.today < *maturity)
        return rejected(Conflict, "FF_NOT_YET_MATURE",
            "Claim " + c.claim_id() + " matures on " + calendar::formatDate(*maturity)
                + "; pay it on or after that day.");
    // An unsettled deal ends here: the holder of record is paid.
    c.set_state(Claim::PAID);
    *c.mutable_paid_date() = lc::protoDate(ctx.today);
    c.set_paid_to_msp(c.holder_msp());
    ActionOutcome out;
    out.event.set_summary(c.obligor_msp() + " paid " + lc::formatFen(c.face_value_fen()) + " to " + c.holder_msp()
        + (c.overdue_date().year() ? " (after it was recorded overdue)" : ""));
    lianxin::forfaiting::FfEventFacts &facts = *out.event.mutable_facts();
    facts.set_subject_id(c.claim_id());
    facts.set_claim_id(c.claim_id());
    facts.set_buyer_msp(c.paid_to_msp());
    facts.set_obligor_msp(c.obligor_msp());
    facts.set_amount_fen(c.face_value_fen());
    *facts.mutable_date() = c.maturity_date();
    facts.set_after_overdue(c.overdue_date().year() != 0);
    out.claim = std::move(c);
    return out;
}

ActionOutcome recordOverdue(ActionContext &ctx, const FfAction::RecordOverdue &a)
{
    auto claim = loadClaim(ctx.stub, a.claim_id());
    if (claim.rejection)
        return *claim.rejection;
    Claim &c = claim.record;
    if (auto wrong = requireBank(ctx, c.holder_msp(), "holder", "record claim " + c.claim_id() + " overdue"))
        return *wrong;
    if (c.state() == Claim::PAID || c.state() == Claim::OVERDUE)
        return rejected(Conflict, c.state() == Claim::PAID ? "FF_CLAIM_PAID" : "FF_CLAIM_OVERDUE",
            "Claim " + c.claim_id() + " is " + stateName(c.state()) + " already.");
    const auto maturity = lc::civil(c.maturity_date());
    if (maturity) {
        const auto firstOverdue = lc::plusDays(*maturity, c.grace_days() + 1);
        if (ctx.today < firstOverdue)
            return rejected(Conflict, "FF_NOT_YET_OVERDUE",
                "Claim " + c.claim_id() + " matures on " + calendar::formatDate(*maturity) + " with "
                    + std::to_string(c.grace_days()) + " grace days; it is overdue from "
                    + calendar::formatDate(firstOverdue) + " if still unpaid.");
    }
    c.set_state(Claim::OVERDUE);
    *c.mutable_overdue_date() = lc::protoDate(ctx.today);
    ActionOutcome out;
    out.event.set_summary("Claim " + c.claim_id() + " unpaid by " + c.obligor_msp() + " after maturity and "
        + std::to_string(c.grace_days()) + " grace days");
    lianxin::forfaiting::FfEventFacts &facts = *out.event.mutable_facts();
    facts.set_subject_id(c.claim_id());
    facts.set_claim_id(c.claim_id());
    facts.set_seller_msp(c.holder_msp());
    facts.set_obligor_msp(c.obligor_msp());
    facts.set_amount_fen(c.face_value_fen());
    *facts.mutable_date() = c.maturity_date();
    facts.set_days(c.grace_days());
    out.claim = std::move(c);
    return out;
}

} // namespace lx::chaincode::forfaiting::detail
