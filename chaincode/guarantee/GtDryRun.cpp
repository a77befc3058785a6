#include "chaincode/guarantee/GtDryRun.h"

#include "chaincode/RecordStub.h"
#include "chaincode/guarantee/GtStateMachine.h"

namespace lx::chaincode::guarantee {

std::optional<std::string> dryRunRejection(const lianxin::guarantee::Guarantee &guarantee,
    const lianxin::guarantee::GtAction &action, const std::string &bankMsp, std::int64_t nowSeconds)
{
    std::map<std::string, Bytes> held;
    if (!guarantee.guarantee_no().empty())
        held.emplace(guaranteeKey(guarantee.guarantee_no()), guarantee.SerializeAsString());
    RecordStub stub("guarantee", std::move(held), bankMsp, nowSeconds);
    const ActionOutcome outcome = evaluateAction(stub, action, Actor { bankMsp, "maker", "checker", "dry-run" });
    if (outcome.accepted())
        return std::nullopt;
    return outcome.rejection->reasonCode + ": " + outcome.rejection->message;
}

} // namespace lx::chaincode::guarantee
