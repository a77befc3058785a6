#pragma once

#include "chaincode/calendar/BusinessCalendar.h"
#include "chaincode/guarantee/GtStateMachine.h"
#include "chaincode/lc/LcDates.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lx::chaincode::guarantee::detail {

using calendar::Date;
using lianxin::guarantee::Demand;
using lianxin::guarantee::GtAction;
using lianxin::guarantee::Guarantee;

// What every action's evaluation needs; internal to chaincode/guarantee.
struct ActionContext
{
    Stub &stub;
    const Actor &actor;
    Date today;
    calendar::BusinessCalendar calendar;
};

ActionOutcome rejected(std::int32_t status, std::string code, std::string message);
ActionOutcome wrongState(const Guarantee &g, const std::string &action, const std::string &needed);
// The accepted outcome: the record as it now stands, the event's summary
// and its facts (lianxin.lc.EventFacts: what the screens render from).
ActionOutcome accepted(Guarantee g, std::string summary, lianxin::lc::EventFacts facts = {});
// The facts of an event about amendment, demand or reduction clause number.
lianxin::lc::EventFacts numberedFacts(int number);
// nullopt when the actor is the bank; otherwise the GT_WRONG_BANK outcome.
std::optional<ActionOutcome> requireBank(
    const ActionContext &ctx, const std::string &bankMsp, const std::string &role, const std::string &action);
std::string stateName(Guarantee::State state);
std::string stateName(Demand::State state);
// "CNY 1,234.56", as the L/C contract writes amounts.
std::string money(std::int64_t fen);
bool hasEnded(const Guarantee &g);
// A demand still to be examined, suspended or paid.
bool isOpen(const Demand &d);
// Operative, nothing pending, or DEMANDED once the open demand is settled.
Guarantee::State restingState(const Guarantee &g);

// Issue-side checks (GtTerms.cpp): nullopt when the terms are acceptable.
std::optional<ActionOutcome> checkTerms(const Guarantee &g, Date today);
std::optional<ActionOutcome> checkAmendment(
    const Guarantee &g, const lianxin::guarantee::GtAmendment &amendment, Date today);
Guarantee applyAmendment(Guarantee g, const lianxin::guarantee::GtAmendment &amendment);

// Demands (GtDemandFlow.cpp).
ActionOutcome presentDemand(ActionContext &ctx, Guarantee g, const GtAction::PresentDemand &a);
ActionOutcome examine(ActionContext &ctx, Guarantee g, const GtAction::Examine &a);
ActionOutcome suspend(ActionContext &ctx, Guarantee g, const GtAction::Suspend &a);
ActionOutcome extend(ActionContext &ctx, Guarantee g, const GtAction::Extend &a);
ActionOutcome pay(ActionContext &ctx, Guarantee g, const GtAction::Pay &a);

// Reductions, endings and court orders (GtEndings.cpp).
ActionOutcome reduce(ActionContext &ctx, Guarantee g, const GtAction::Reduce &a);
ActionOutcome release(ActionContext &ctx, Guarantee g, const GtAction::Release &a);
ActionOutcome expire(ActionContext &ctx, Guarantee g);
ActionOutcome stopPayment(ActionContext &ctx, Guarantee g, const GtAction::StopPaymentOrder &a);
ActionOutcome liftStopPayment(ActionContext &ctx, Guarantee g, const GtAction::LiftStopPayment &a);

} // namespace lx::chaincode::guarantee::detail
