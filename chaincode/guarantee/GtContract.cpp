#include "chaincode/guarantee/GtContract.h"

#include "chaincode/Desk.h"
#include "chaincode/Registry.h"
#include "chaincode/guarantee/GtStateMachine.h"

#include "lianxin/guarantee.pb.h"

#include <memory>

namespace lx::chaincode {

namespace {

using lianxin::guarantee::Guarantee;

// Four eyes on every guarantee action (chaincode/Desk.h).
const DeskProduct &guaranteeDesk()
{
    static const DeskProduct product { "GT", "Gt", "guarantees", "guarantee", "lianxin.guarantee.GtAction", lianxin::trust::LINE_GUARANTEE,
        [](Stub &stub, const Bytes &bytes, const Actor &actor) {
            lianxin::guarantee::GtAction action;
            if (!action.ParseFromString(bytes) || action.action_case() == lianxin::guarantee::GtAction::ACTION_NOT_SET)
                return DeskVerdict::refused(
                    desk::badArguments("SubmitDraft() with transient \"action\": lianxin.guarantee.GtAction"));
            auto outcome = std::make_shared<guarantee::ActionOutcome>(guarantee::evaluateAction(stub, action, actor));
            if (!outcome->accepted())
                return DeskVerdict::refused(*outcome->rejection);
            DeskVerdict verdict = DeskVerdict::accepted([outcome](Stub &s) {
                guarantee::recordOutcome(s, *outcome);
                return Bytes(outcome->guarantee.SerializeAsString());
            });
            // An issued guarantee is the issuer's deal with the advising bank.
            if (action.has_issue())
                verdict.deal
                    = SandboxDeal { outcome->guarantee.amount_fen(), outcome->guarantee.advising_bank_msp() };
            return verdict;
        } };
    return product;
}

Response getGuarantee(Stub &stub)
{
    if (stub.args().size() != 2)
        return desk::badArguments("GetGuarantee(guaranteeNo)");
    const auto value = stub.getState(guarantee::guaranteeKey(stub.args()[1]));
    if (!value)
        return Response::reject(NotFound, "GT_NOT_FOUND", "There is no guarantee numbered \"" + stub.args()[1] + "\".");
    return Response::ok(*value);
}

Response listGuarantees(Stub &stub)
{
    const auto &args = stub.args();
    if (args.size() > 2)
        return desk::badArguments("ListGuarantees([state])");
    Guarantee::State wanted = Guarantee::STATE_UNSPECIFIED;
    if (args.size() == 2 && !args[1].empty() && !Guarantee::State_Parse(args[1], &wanted))
        return Response::reject(BadRequest, "GT_STATE_UNKNOWN",
            "\"" + args[1] + "\" is not a guarantee state; use e.g. ISSUED, ADVISED, DEMANDED or TERMINATED.");
    lianxin::guarantee::GuaranteeList list;
    const std::string prefix = guarantee::kGuaranteePrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        Guarantee record;
        if (!record.ParseFromString(kv.value))
            continue;
        if (wanted == Guarantee::STATE_UNSPECIFIED || record.state() == wanted)
            *list.add_guarantees() = std::move(record);
    }
    return Response::ok(list.SerializeAsString());
}

} // namespace

bool GuaranteeContract::isQuery(const std::string &function) const
{
    return function == "GetGuarantee" || function == "ListGuarantees" || function == "GetHistoryForKey"
        || desk::isDeskQuery(function);
}

EndorsementPolicy GuaranteeContract::endorsementPolicy(const Invocation &invocation) const
{
    // The acting bank endorses its own action; no guarantee action needs
    // another bank's endorsement (an approval naming one is refused).
    return desk::endorsementPolicy(invocation);
}

Response GuaranteeContract::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return desk::badArguments("a function name");
    const std::string &function = args[0];
    if (auto answer = desk::invoke(stub, guaranteeDesk()))
        return *answer;
    if (function == "GetGuarantee")
        return getGuarantee(stub);
    if (function == "ListGuarantees")
        return listGuarantees(stub);
    if (function == "GetHistoryForKey") {
        if (args.size() != 2)
            return desk::badArguments("GetHistoryForKey(key)");
        return historyResponse(stub, args[1]);
    }
    return Response::reject(BadRequest, "UNKNOWN_FUNCTION", "The guarantee contract has no function " + function + ".");
}

} // namespace lx::chaincode
