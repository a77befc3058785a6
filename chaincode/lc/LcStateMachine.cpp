#include "chaincode/lc/LcStateMachine.h"

#include "chaincode/TextRules.h"
#include "chaincode/lc/LcActionContext.h"
#include "chaincode/lc/LcAmountWords.h"

namespace lx::chaincode::lc {

namespace detail {

ActionOutcome rejected(std::int32_t status, std::string code, std::string message)
{
    ActionOutcome out;
    out.rejection = Response::reject(status, std::move(code), std::move(message));
    return out;
}

ActionOutcome rejected(const std::vector<Violation> &violations)
{
    // The first rule broken names the rejection; the message lists them all
    // so the maker corrects everything at once.
    std::string message;
    for (const Violation &v : violations)
        message += (message.empty() ? "" : " ") + v.message;
    return rejected(BadRequest, violations.front().reasonCode, message);
}

std::string stateName(LetterOfCredit::State state)
{
    return LetterOfCredit::State_Name(state);
}

std::string stateName(Presentation::State state)
{
    return Presentation::State_Name(state);
}

ActionOutcome wrongState(const LetterOfCredit &lc, const std::string &action, const std::string &needed)
{
    return rejected(Conflict, "LC_WRONG_STATE",
        "L/C " + lc.lc_no() + " is " + stateName(lc.state()) + "; " + action + " needs it " + needed + ".");
}

std::optional<ActionOutcome> requireBank(
    const ActionContext &ctx, const std::string &bankMsp, const std::string &role, const std::string &action)
{
    if (ctx.actor.mspId == bankMsp)
        return std::nullopt;
    return rejected(Forbidden, "LC_WRONG_BANK",
        "Only the " + role + ", " + (bankMsp.empty() ? std::string("(none named)") : bankMsp) + ", may " + action
            + "; you act for " + ctx.actor.mspId + ".");
}

bool isOpen(const Presentation &p)
{
    switch (p.state()) {
    case Presentation::PRESENTED:
    case Presentation::COMPLYING:
    case Presentation::DISCREPANT:
    case Presentation::WAIVED:
        return true;
    case Presentation::REFUSED:
        return p.examination().disposition() == lianxin::lc::Examination::HOLD;
    default:
        return false;
    }
}

bool hasOpenPresentation(const LetterOfCredit &lc)
{
    for (const Presentation &p : lc.presentations()) {
        if (isOpen(p))
            return true;
    }
    return false;
}

LetterOfCredit::State restingState(const LetterOfCredit &lc)
{
    if (lc.presentations().empty())
        return LetterOfCredit::ADVISED;
    // The two enums share names from PRESENTED on.
    LetterOfCredit::State state = LetterOfCredit::ADVISED;
    LetterOfCredit::State_Parse(stateName(lc.presentations().rbegin()->state()), &state);
    return state;
}

bool isOpenForNewBusiness(const LetterOfCredit &lc)
{
    switch (lc.state()) {
    case LetterOfCredit::ADVISED:
    case LetterOfCredit::REFUSED:
    case LetterOfCredit::PAID:
    case LetterOfCredit::ACCEPTED:
    case LetterOfCredit::PAID_AT_MATURITY:
        return !hasOpenPresentation(lc);
    default:
        return false;
    }
}

} // namespace detail

using namespace detail;

namespace {

ActionOutcome issue(ActionContext &ctx, const LcAction::Issue &a)
{
    LetterOfCredit lc = a.lc();
    if (lc.issuing_bank_msp().empty())
        lc.set_issuing_bank_msp(ctx.actor.mspId);
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank named in the L/C", "issue it"))
        return *wrong;
    if (ctx.stub.getState(lcKey(lc.lc_no())))
        return rejected(Conflict, "LC_ALREADY_EXISTS", "An L/C numbered " + lc.lc_no() + " exists already.");
    // Names as every bank will read them: without surrounding spaces.
    for (lianxin::lc::Party *party : { lc.mutable_applicant(), lc.mutable_beneficiary() })
        party->set_name(trimmed(party->name()));
    // Issued on the day the checker approves it, whatever the draft said.
    *lc.mutable_issue_date() = protoDate(ctx.today);
    if (lc.amount_fen() > 0)
        lc.set_amount_in_words(amountInWords(lc.amount_fen()));
    if (const auto violations = validateTerms(lc, ctx.today); !violations.empty())
        return rejected(violations);
    if (lc.title().empty())
        lc.set_title("國內信用證");
    lc.set_currency("CNY");
    lc.set_state(LetterOfCredit::ISSUED);
    lc.set_available_balance_fen(lc.amount_fen());
    lc.clear_amendments();
    lc.clear_presentations();
    lc.clear_history();
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary("Issued for " + formatFen(out.lc.amount_fen()));
    out.event.mutable_facts()->set_amount_fen(out.lc.amount_fen());
    return out;
}

ActionOutcome advise(ActionContext &ctx, LetterOfCredit lc)
{
    if (auto wrong = requireBank(ctx, lc.advising_bank_msp(), "advising bank", "advise L/C " + lc.lc_no()))
        return *wrong;
    if (lc.state() != LetterOfCredit::ISSUED)
        return wrongState(lc, "advising", "ISSUED");
    lc.set_state(LetterOfCredit::ADVISED);
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary("Advised to the beneficiary");
    return out;
}

ActionOutcome amend(ActionContext &ctx, LetterOfCredit lc, const LcAction::Amend &a)
{
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank", "amend L/C " + lc.lc_no()))
        return *wrong;
    if (!isOpenForNewBusiness(lc))
        return wrongState(lc, "an amendment", "advised, with no amendment pending and no presentation open");
    if (const auto violations = validateAmendment(lc, a.amendment(), ctx.today); !violations.empty())
        return rejected(violations);
    lianxin::lc::Amendment amendment = a.amendment();
    amendment.set_number(lc.amendments_size() + 1);
    *amendment.mutable_amendment_date() = protoDate(ctx.today);
    amendment.set_status(lianxin::lc::Amendment::PENDING);
    amendment.clear_answered_date();
    *lc.add_amendments() = amendment;
    lc.set_state(LetterOfCredit::AMENDMENT_PENDING);
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary("Amendment " + std::to_string(amendment.number()) + " sent for the beneficiary's answer");
    out.event.mutable_facts()->set_number(amendment.number());
    return out;
}

ActionOutcome answerAmendment(ActionContext &ctx, LetterOfCredit lc, const LcAction::AnswerAmendment &a)
{
    if (auto wrong = requireBank(ctx, lc.advising_bank_msp(), "advising bank",
            "answer amendments to L/C " + lc.lc_no() + " for the beneficiary"))
        return *wrong;
    if (lc.state() != LetterOfCredit::AMENDMENT_PENDING || lc.amendments().empty())
        return wrongState(lc, "answering an amendment", "AMENDMENT_PENDING");
    lianxin::lc::Amendment &pending = *lc.mutable_amendments()->rbegin();
    if (a.number() != pending.number())
        return rejected(NotFound, "LC_AMENDMENT_UNKNOWN",
            "Amendment " + std::to_string(pending.number()) + " is the one pending; there is no pending amendment "
                + std::to_string(a.number()) + ".");
    if (const auto violations = validateAmendmentAnswer(pending, a); !violations.empty())
        return rejected(Conflict, violations.front().reasonCode, violations.front().message);
    pending.set_status(a.accept() ? lianxin::lc::Amendment::ACCEPTED : lianxin::lc::Amendment::REJECTED);
    *pending.mutable_answered_date() = protoDate(ctx.today);
    const int number = pending.number();
    if (a.accept()) {
        const lianxin::lc::Amendment accepted = pending;
        lc = applyAmendment(lc, accepted);
    }
    lc.set_state(restingState(lc));
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary(
        "Amendment " + std::to_string(number) + (a.accept() ? " accepted" : " rejected") + " by the beneficiary");
    out.event.mutable_facts()->set_number(number);
    out.event.mutable_facts()->set_outcome(
        a.accept() ? lianxin::lc::EventFacts::ACCEPTED : lianxin::lc::EventFacts::REJECTED);
    return out;
}

ActionOutcome dispatch(ActionContext &ctx, const LcAction &action)
{
    if (action.has_issue())
        return issue(ctx, action.issue());
    const std::string lcNo = lcNoOf(action);
    const auto value = ctx.stub.getState(lcKey(lcNo));
    if (!value)
        return rejected(NotFound, "LC_NOT_FOUND", "There is no L/C numbered \"" + lcNo + "\" on this channel.");
    LetterOfCredit lc;
    if (!lc.ParseFromString(*value))
        return rejected(InternalError, "LC_RECORD_DAMAGED", "The record of L/C " + lcNo + " is unreadable.");
    switch (action.action_case()) {
    case LcAction::kAdvise:
        return advise(ctx, std::move(lc));
    case LcAction::kAmend:
        return amend(ctx, std::move(lc), action.amend());
    case LcAction::kAnswerAmendment:
        return answerAmendment(ctx, std::move(lc), action.answer_amendment());
    case LcAction::kPresent:
        return present(ctx, std::move(lc), action.present());
    case LcAction::kExamine:
        return examine(ctx, std::move(lc), action.examine());
    case LcAction::kRefuse:
        return refuse(ctx, std::move(lc), action.refuse());
    case LcAction::kWaive:
        return waive(ctx, std::move(lc), action.waive());
    case LcAction::kAcceptPresentation:
        return acceptPresentation(ctx, std::move(lc), action.accept_presentation());
    case LcAction::kPay:
        return pay(ctx, std::move(lc), action.pay());
    case LcAction::kClose:
        return close(ctx, std::move(lc));
    case LcAction::kCancel:
        return cancel(ctx, std::move(lc), action.cancel());
    case LcAction::kExpire:
        return expire(ctx, std::move(lc));
    default:
        return rejected(BadRequest, "LC_ACTION_MISSING", "The draft carries no L/C action.");
    }
}

} // namespace

std::string lcNoOf(const LcAction &action)
{
    switch (action.action_case()) {
    case LcAction::kIssue:
        return action.issue().lc().lc_no();
    case LcAction::kAdvise:
        return action.advise().lc_no();
    case LcAction::kAmend:
        return action.amend().lc_no();
    case LcAction::kAnswerAmendment:
        return action.answer_amendment().lc_no();
    case LcAction::kPresent:
        return action.present().lc_no();
    case LcAction::kExamine:
        return action.examine().lc_no();
    case LcAction::kRefuse:
        return action.refuse().lc_no();
    case LcAction::kWaive:
        return action.waive().lc_no();
    case LcAction::kAcceptPresentation:
        return action.accept_presentation().lc_no();
    case LcAction::kPay:
        return action.pay().lc_no();
    case LcAction::kClose:
        return action.close().lc_no();
    case LcAction::kCancel:
        return action.cancel().lc_no();
    case LcAction::kExpire:
        return action.expire().lc_no();
    default:
        return {};
    }
}

std::string lcKey(const std::string &lcNo)
{
    return kLcPrefix + lcNo;
}

std::string actionName(const LcAction &action)
{
    const auto *field = LcAction::descriptor()->FindFieldByNumber(static_cast<int>(action.action_case()));
    if (!field)
        return {};
    // issue -> Issue, answer_amendment -> AnswerAmendment
    return field->message_type()->name();
}

ActionOutcome evaluateAction(Stub &stub, const LcAction &action, const Actor &actor)
{
    ActionContext ctx { stub, actor, chinaDate(stub.txTimestampSeconds()), loadCalendar(stub) };
    ActionOutcome out = dispatch(ctx, action);
    if (!out.accepted())
        return out;
    lianxin::lc::LcEvent &event = out.event;
    event.set_action(actionName(action));
    event.set_tx_id(stub.txId());
    *event.mutable_date() = protoDate(ctx.today);
    event.set_timestamp_seconds(stub.txTimestampSeconds());
    event.set_bank_msp(actor.mspId);
    event.set_maker(actor.maker);
    event.set_checker(actor.checker);
    event.set_draft_id(actor.draftId);
    event.set_lc_no(out.lc.lc_no());
    event.mutable_facts(); // present, if empty: the screens render the event from it
    *out.lc.add_history() = event;
    return out;
}

void recordOutcome(Stub &stub, const ActionOutcome &outcome)
{
    stub.putState(lcKey(outcome.lc.lc_no()), outcome.lc.SerializeAsString());
    stub.setEvent("LcAction", outcome.event.SerializeAsString());
}

} // namespace lx::chaincode::lc
