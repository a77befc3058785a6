#pragma once

#include "chaincode/Desk.h"

#include "lianxin/guarantee.pb.h"

#include <optional>
#include <string>

namespace lx::chaincode::guarantee {

// The guarantee as it will be after an action, or why the action is refused.
struct ActionOutcome
{
    std::optional<Response> rejection;
    lianxin::guarantee::Guarantee guarantee;
    lianxin::guarantee::GtEvent event;

    bool accepted() const { return !rejection; }
};

// The demand guarantee of DESIGN 4.3 (URDG 758). Evaluating reads the
// ledger and checks the acting bank, the guarantee's state, the rules and
// the deadlines, and computes the new record without writing anything;
// recordOutcome writes it and its event ("GtAction").
ActionOutcome evaluateAction(Stub &stub, const lianxin::guarantee::GtAction &action, const Actor &actor);
void recordOutcome(Stub &stub, const ActionOutcome &outcome);

std::string guaranteeKey(const std::string &guaranteeNo);
inline constexpr const char *kGuaranteePrefix = "guarantee/";
// "Issue", "PresentDemand", ...; empty when no action is set.
std::string actionName(const lianxin::guarantee::GtAction &action);
// The guarantee number an action names; empty when none.
std::string guaranteeNoOf(const lianxin::guarantee::GtAction &action);

// URDG 758 art. 20: the issuer examines a demand within 5 business days
// from the day after receipt. Art. 23: on an "extend or pay" demand it may
// suspend payment for up to 30 calendar days after receipt.
inline constexpr int kExaminationBusinessDays = 5;
inline constexpr int kSuspensionCalendarDays = 30;

} // namespace lx::chaincode::guarantee
