#pragma once

#include "chaincode/calendar/BusinessCalendar.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/lc/LcStateMachine.h"

#include <vector>

namespace lx::chaincode::lc::detail {

// What every action's evaluation needs; internal to chaincode/lc.
struct ActionContext
{
    Stub &stub;
    const Actor &actor;
    Date today;
    calendar::BusinessCalendar calendar;
};

using lianxin::lc::LcAction;
using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

ActionOutcome rejected(std::int32_t status, std::string code, std::string message);
ActionOutcome rejected(const std::vector<Violation> &violations);
ActionOutcome wrongState(const LetterOfCredit &lc, const std::string &action, const std::string &needed);
// nullopt when the actor is the bank; otherwise the LC_WRONG_BANK outcome.
std::optional<ActionOutcome> requireBank(
    const ActionContext &ctx, const std::string &bankMsp, const std::string &role, const std::string &action);
std::string stateName(LetterOfCredit::State state);
std::string stateName(Presentation::State state);
// A presentation still waiting for a decision, acceptance or payment.
bool isOpen(const Presentation &p);
bool hasOpenPresentation(const LetterOfCredit &lc);
// Operative with nothing pending: a new presentation or amendment may start.
bool isOpenForNewBusiness(const LetterOfCredit &lc);
// The state an L/C rests in between actions: its last presentation's, or ADVISED.
LetterOfCredit::State restingState(const LetterOfCredit &lc);

// Presentation actions (LcPresentationFlow.cpp); lc is the loaded record.
ActionOutcome present(ActionContext &ctx, LetterOfCredit lc, const LcAction::Present &a);
ActionOutcome examine(ActionContext &ctx, LetterOfCredit lc, const LcAction::Examine &a);
ActionOutcome refuse(ActionContext &ctx, LetterOfCredit lc, const LcAction::Refuse &a);
ActionOutcome waive(ActionContext &ctx, LetterOfCredit lc, const LcAction::Waive &a);
ActionOutcome acceptPresentation(ActionContext &ctx, LetterOfCredit lc, const LcAction::AcceptPresentation &a);
ActionOutcome pay(ActionContext &ctx, LetterOfCredit lc, const LcAction::Pay &a);

// How an L/C ends (LcEndings.cpp).
ActionOutcome close(ActionContext &ctx, LetterOfCredit lc);
ActionOutcome cancel(ActionContext &ctx, LetterOfCredit lc, const LcAction::Cancel &a);
ActionOutcome expire(ActionContext &ctx, LetterOfCredit lc);

} // namespace lx::chaincode::lc::detail
