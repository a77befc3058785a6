#pragma once

#include "chaincode/Desk.h"

#include "lianxin/lc.pb.h"
#include "lianxin/notary.pb.h"

#include <optional>
#include <string>

namespace lx::chaincode::lc {

using Actor = chaincode::Actor;

// The L/C as it will be after an action, or why the action is refused.
struct ActionOutcome
{
    std::optional<Response> rejection;
    lianxin::lc::LetterOfCredit lc;
    lianxin::lc::LcEvent event;

    bool accepted() const { return !rejection; }
};

// The L/C state machine of DESIGN 4.1. Evaluating reads the ledger and
// checks the acting bank, the L/C's state, the rules and the deadlines, and
// computes the new record without writing anything, so a maker can be told
// at once and a rejection leaves the ledger untouched. recordOutcome
// writes the evaluated record and its event.
ActionOutcome evaluateAction(Stub &stub, const lianxin::lc::LcAction &action, const Actor &actor);

// The notary's record (channel trust) that makes a presented document count
// for its L/C: recorded by the presenting bank, under the document's type.
// A presentation's approval is refused until each of its documents has one
// (docs/trust-services.md).
lianxin::trust::NotarizedDocument notarizationOf(
    const lianxin::lc::Document &doc, const std::string &presentingBankMsp, const lianxin::lc::LetterOfCredit &lc);
void recordOutcome(Stub &stub, const ActionOutcome &outcome);

std::string lcKey(const std::string &lcNo);
inline constexpr const char *kLcPrefix = "lc/";
// "Issue", "Advise", ...; empty when no action is set.
std::string actionName(const lianxin::lc::LcAction &action);
// The L/C number an action names; empty when none.
std::string lcNoOf(const lianxin::lc::LcAction &action);

} // namespace lx::chaincode::lc
