#include "chaincode/guarantee/GtStateMachine.h"

#include "chaincode/guarantee/GtActionContext.h"
#include "chaincode/lc/LcRules.h"

namespace lx::chaincode::guarantee {

namespace detail {

using lc::protoDate;

ActionOutcome rejected(std::int32_t status, std::string code, std::string message)
{
    ActionOutcome out;
    out.rejection = Response::reject(status, std::move(code), std::move(message));
    return out;
}

ActionOutcome accepted(Guarantee g, std::string summary, lianxin::lc::EventFacts facts)
{
    ActionOutcome out;
    out.guarantee = std::move(g);
    out.event.set_summary(std::move(summary));
    *out.event.mutable_facts() = std::move(facts);
    return out;
}

lianxin::lc::EventFacts numberedFacts(int number)
{
    lianxin::lc::EventFacts facts;
    facts.set_number(number);
    return facts;
}

std::string stateName(Guarantee::State state)
{
    return Guarantee::State_Name(state);
}

std::string stateName(Demand::State state)
{
    return Demand::State_Name(state);
}

std::string money(std::int64_t fen)
{
    return lc::formatFen(fen);
}

ActionOutcome wrongState(const Guarantee &g, const std::string &action, const std::string &needed)
{
    return rejected(Conflict, "GT_WRONG_STATE",
        "Guarantee " + g.guarantee_no() + " is " + stateName(g.state()) + "; " + action + " needs it " + needed + ".");
}

std::optional<ActionOutcome> requireBank(
    const ActionContext &ctx, const std::string &bankMsp, const std::string &role, const std::string &action)
{
    if (ctx.actor.mspId == bankMsp)
        return std::nullopt;
    return rejected(Forbidden, "GT_WRONG_BANK",
        "Only the " + role + ", " + (bankMsp.empty() ? std::string("(none named)") : bankMsp) + ", may " + action
            + "; you act for " + ctx.actor.mspId + ".");
}

bool hasEnded(const Guarantee &g)
{
    return g.state() == Guarantee::TERMINATED || g.state() == Guarantee::RELEASED || g.state() == Guarantee::EXPIRED;
}

bool isOpen(const Demand &d)
{
    return d.state() == Demand::PRESENTED || d.state() == Demand::COMPLYING || d.state() == Demand::SUSPENDED;
}

Guarantee::State restingState(const Guarantee &g)
{
    if (g.available_fen() == 0)
        return Guarantee::TERMINATED;
    for (const Demand &d : g.demands()) {
        if (isOpen(d))
            return Guarantee::DEMANDED;
    }
    if (!g.amendments().empty() && g.amendments().rbegin()->status() == lianxin::guarantee::GtAmendment::PENDING)
        return Guarantee::AMENDMENT_PENDING;
    return Guarantee::ADVISED;
}

} // namespace detail

using namespace detail;

namespace {

ActionOutcome issue(ActionContext &ctx, const GtAction::Issue &a)
{
    Guarantee g = a.guarantee();
    if (g.issuer_msp().empty())
        g.set_issuer_msp(ctx.actor.mspId);
    if (auto wrong = requireBank(ctx, g.issuer_msp(), "issuer named in the guarantee", "issue it"))
        return *wrong;
    if (ctx.stub.getState(guaranteeKey(g.guarantee_no())))
        return rejected(Conflict, "GT_ALREADY_EXISTS", "A guarantee numbered " + g.guarantee_no() + " exists already.");
    if (auto bad = checkTerms(g, ctx.today))
        return *bad;
    // Issued on the day the checker approves it, whatever the draft said.
    *g.mutable_issue_date() = protoDate(ctx.today);
    g.set_form(Guarantee::DIRECT);
    g.set_rules("URDG 758");
    g.set_currency("CNY");
    g.set_state(Guarantee::ISSUED);
    g.set_available_fen(g.amount_fen());
    for (auto &step : *g.mutable_reduction_schedule())
        step.set_applied(false);
    g.clear_amendments();
    g.clear_demands();
    g.clear_frozen();
    g.clear_stop_payments();
    g.clear_history();
    const std::string summary = Guarantee::Type_Name(g.type()) + " guarantee issued for " + money(g.amount_fen());
    lianxin::lc::EventFacts facts;
    facts.set_amount_fen(g.amount_fen());
    return accepted(std::move(g), summary, std::move(facts));
}

ActionOutcome advise(ActionContext &ctx, Guarantee g)
{
    if (auto wrong = requireBank(ctx, g.advising_bank_msp(), "advising bank", "advise guarantee " + g.guarantee_no()))
        return *wrong;
    if (g.state() != Guarantee::ISSUED)
        return wrongState(g, "advising", "ISSUED");
    g.set_state(Guarantee::ADVISED);
    return accepted(std::move(g), "Advised to the beneficiary");
}

ActionOutcome amend(ActionContext &ctx, Guarantee g, const GtAction::Amend &a)
{
    if (auto wrong = requireBank(ctx, g.issuer_msp(), "issuer", "amend guarantee " + g.guarantee_no()))
        return *wrong;
    if (g.state() != Guarantee::ADVISED)
        return wrongState(g, "an amendment", "ADVISED, with no amendment pending and no demand open");
    if (auto bad = checkAmendment(g, a.amendment(), ctx.today))
        return *bad;
    lianxin::guarantee::GtAmendment amendment = a.amendment();
    amendment.set_number(g.amendments_size() + 1);
    *amendment.mutable_amendment_date() = protoDate(ctx.today);
    amendment.set_status(lianxin::guarantee::GtAmendment::PENDING);
    amendment.clear_answered_date();
    *g.add_amendments() = amendment;
    g.set_state(Guarantee::AMENDMENT_PENDING);
    return accepted(std::move(g),
        "Amendment " + std::to_string(amendment.number()) + " sent for the beneficiary's answer",
        numberedFacts(amendment.number()));
}

ActionOutcome answerAmendment(ActionContext &ctx, Guarantee g, const GtAction::AnswerAmendment &a)
{
    if (auto wrong = requireBank(ctx, g.advising_bank_msp(), "advising bank",
            "answer amendments to guarantee " + g.guarantee_no() + " for the beneficiary"))
        return *wrong;
    if (g.state() != Guarantee::AMENDMENT_PENDING || g.amendments().empty())
        return wrongState(g, "answering an amendment", "AMENDMENT_PENDING");
    auto &pending = *g.mutable_amendments()->rbegin();
    if (a.number() != pending.number())
        return rejected(NotFound, "GT_AMENDMENT_UNKNOWN",
            "Amendment " + std::to_string(pending.number()) + " is the one pending; there is no pending amendment "
                + std::to_string(a.number()) + ".");
    // Accepted or rejected whole (URDG 758 art. 11).
    pending.set_status(
        a.accept() ? lianxin::guarantee::GtAmendment::ACCEPTED : lianxin::guarantee::GtAmendment::REJECTED);
    *pending.mutable_answered_date() = protoDate(ctx.today);
    const int number = pending.number();
    if (a.accept()) {
        const lianxin::guarantee::GtAmendment amendment = pending;
        g = applyAmendment(std::move(g), amendment);
    }
    g.set_state(restingState(g));
    lianxin::lc::EventFacts facts = numberedFacts(number);
    facts.set_outcome(a.accept() ? lianxin::lc::EventFacts::ACCEPTED : lianxin::lc::EventFacts::REJECTED);
    return accepted(std::move(g),
        "Amendment " + std::to_string(number) + (a.accept() ? " accepted" : " rejected") + " by the beneficiary",
        std::move(facts));
}

ActionOutcome dispatch(ActionContext &ctx, const GtAction &action)
{
    if (action.has_issue())
        return issue(ctx, action.issue());
    const std::string no = guaranteeNoOf(action);
    const auto value = ctx.stub.getState(guaranteeKey(no));
    if (!value)
        return rejected(NotFound, "GT_NOT_FOUND", "There is no guarantee numbered \"" + no + "\" on this channel.");
    Guarantee g;
    if (!g.ParseFromString(*value))
        return rejected(InternalError, "GT_RECORD_DAMAGED", "The record of guarantee " + no + " is unreadable.");
    switch (action.action_case()) {
    case GtAction::kAdvise:
        return advise(ctx, std::move(g));
    case GtAction::kAmend:
        return amend(ctx, std::move(g), action.amend());
    case GtAction::kAnswerAmendment:
        return answerAmendment(ctx, std::move(g), action.answer_amendment());
    case GtAction::kDemand:
        return presentDemand(ctx, std::move(g), action.demand());
    case GtAction::kExamine:
        return examine(ctx, std::move(g), action.examine());
    case GtAction::kSuspend:
        return suspend(ctx, std::move(g), action.suspend());
    case GtAction::kExtend:
        return extend(ctx, std::move(g), action.extend());
    case GtAction::kPay:
        return pay(ctx, std::move(g), action.pay());
    case GtAction::kReduce:
        return reduce(ctx, std::move(g), action.reduce());
    case GtAction::kRelease:
        return release(ctx, std::move(g), action.release());
    case GtAction::kExpire:
        return expire(ctx, std::move(g));
    case GtAction::kStopPayment:
        return stopPayment(ctx, std::move(g), action.stop_payment());
    case GtAction::kLiftStopPayment:
        return liftStopPayment(ctx, std::move(g), action.lift_stop_payment());
    default:
        return rejected(BadRequest, "GT_ACTION_MISSING", "The draft carries no guarantee action.");
    }
}

} // namespace

std::string guaranteeNoOf(const GtAction &action)
{
    if (action.has_issue())
        return action.issue().guarantee().guarantee_no();
    // Every other action's message starts with guarantee_no (field 1).
    const auto *field = GtAction::descriptor()->FindFieldByNumber(static_cast<int>(action.action_case()));
    if (!field)
        return {};
    const auto &inner = action.GetReflection()->GetMessage(action, field);
    const auto *no = inner.GetDescriptor()->FindFieldByName("guarantee_no");
    return no ? inner.GetReflection()->GetString(inner, no) : std::string();
}

std::string guaranteeKey(const std::string &guaranteeNo)
{
    return kGuaranteePrefix + guaranteeNo;
}

std::string actionName(const GtAction &action)
{
    const auto *field = GtAction::descriptor()->FindFieldByNumber(static_cast<int>(action.action_case()));
    if (!field)
        return {};
    return field->message_type()->name();
}

ActionOutcome evaluateAction(Stub &stub, const GtAction &action, const Actor &actor)
{
    ActionContext ctx { stub, actor, lc::chinaDate(stub.txTimestampSeconds()), lc::loadCalendar(stub) };
    ActionOutcome out = dispatch(ctx, action);
    if (!out.accepted())
        return out;
    lianxin::guarantee::GtEvent &event = out.event;
    event.set_action(actionName(action));
    event.set_tx_id(stub.txId());
    *event.mutable_date() = protoDate(ctx.today);
    event.set_timestamp_seconds(stub.txTimestampSeconds());
    event.set_bank_msp(actor.mspId);
    event.set_maker(actor.maker);
    event.set_checker(actor.checker);
    event.set_draft_id(actor.draftId);
    event.set_guarantee_no(out.guarantee.guarantee_no());
    event.mutable_facts(); // present, if empty: the screens render the event from it
    *out.guarantee.add_history() = event;
    return out;
}

void recordOutcome(Stub &stub, const ActionOutcome &outcome)
{
    stub.putState(guaranteeKey(outcome.guarantee.guarantee_no()), outcome.guarantee.SerializeAsString());
    stub.setEvent("GtAction", outcome.event.SerializeAsString());
}

} // namespace lx::chaincode::guarantee
