#include "chaincode/lc/LcContract.h"

#include "chaincode/Desk.h"
#include "chaincode/Registry.h"
#include "chaincode/lc/LcStateMachine.h"

#include "lianxin/lc.pb.h"

#include <memory>

namespace lx::chaincode {

namespace {

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

// Four eyes on every L/C action (chaincode/Desk.h).
const DeskProduct &lcDesk()
{
    static const DeskProduct product { "LC", "Lc", "letters of credit", "lc", "lianxin.lc.LcAction", lianxin::trust::LINE_LC,
        [](Stub &stub, const Bytes &bytes, const Actor &actor) {
            lianxin::lc::LcAction action;
            if (!action.ParseFromString(bytes) || action.action_case() == lianxin::lc::LcAction::ACTION_NOT_SET)
                return DeskVerdict::refused(badArgs("SubmitDraft() with transient \"action\": lianxin.lc.LcAction"));
            auto outcome = std::make_shared<lc::ActionOutcome>(lc::evaluateAction(stub, action, actor));
            if (!outcome->accepted())
                return DeskVerdict::refused(*outcome->rejection);
            DeskVerdict verdict = DeskVerdict::accepted([outcome](Stub &s) {
                lc::recordOutcome(s, *outcome);
                return Bytes(outcome->lc.SerializeAsString());
            });
            // An issued L/C is the issuing bank's deal with the advising bank.
            if (action.has_issue())
                verdict.deal = SandboxDeal { outcome->lc.amount_fen(), outcome->lc.advising_bank_msp() };
            return verdict;
        } };
    return product;
}

Response getLc(Stub &stub)
{
    if (stub.args().size() != 2)
        return badArgs("GetLC(lcNo)");
    const auto value = stub.getState(lc::lcKey(stub.args()[1]));
    if (!value)
        return Response::reject(NotFound, "LC_NOT_FOUND", "There is no L/C numbered \"" + stub.args()[1] + "\".");
    return Response::ok(*value);
}

Response listLcs(Stub &stub)
{
    const auto &args = stub.args();
    if (args.size() > 2)
        return badArgs("ListLCs([state])");
    lianxin::lc::LetterOfCredit::State wanted = lianxin::lc::LetterOfCredit::STATE_UNSPECIFIED;
    if (args.size() == 2 && !args[1].empty() && !lianxin::lc::LetterOfCredit::State_Parse(args[1], &wanted))
        return Response::reject(BadRequest, "LC_STATE_UNKNOWN",
            "\"" + args[1] + "\" is not an L/C state; use e.g. ISSUED, ADVISED, PRESENTED or PAID.");
    lianxin::lc::LcList list;
    const std::string prefix = lc::kLcPrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        lianxin::lc::LetterOfCredit record;
        if (!record.ParseFromString(kv.value))
            continue;
        if (wanted == lianxin::lc::LetterOfCredit::STATE_UNSPECIFIED || record.state() == wanted)
            *list.add_lcs() = std::move(record);
    }
    return Response::ok(list.SerializeAsString());
}

} // namespace

bool LcContract::isQuery(const std::string &function) const
{
    return function == "GetLC" || function == "ListLCs" || function == "GetHistoryForKey" || desk::isDeskQuery(function);
}

EndorsementPolicy LcContract::endorsementPolicy(const Invocation &invocation) const
{
    // The acting bank endorses its own action; it alone holds the draft.
    // No L/C action needs another bank's endorsement: an approval naming
    // one is refused by the desk (LC_ENDORSERS).
    return desk::endorsementPolicy(invocation);
}

Response LcContract::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return badArgs("a function name");
    const std::string &function = args[0];
    if (auto answer = desk::invoke(stub, lcDesk()))
        return *answer;
    if (function == "GetLC")
        return getLc(stub);
    if (function == "ListLCs")
        return listLcs(stub);
    if (function == "GetHistoryForKey") {
        if (args.size() != 2)
            return badArgs("GetHistoryForKey(key)");
        return historyResponse(stub, args[1]);
    }
    return Response::reject(BadRequest, "UNKNOWN_FUNCTION", "The L/C contract has no function " + function + ".");
}

} // namespace lx::chaincode
