#include "chaincode/lc/LcDryRun.h"

#include "chaincode/RecordStub.h"
#include "chaincode/lc/LcStateMachine.h"

namespace lx::chaincode::lc {

std::optional<std::string> dryRunRejection(const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::LcAction &action,
    const std::string &bankMsp, std::int64_t nowSeconds)
{
    RecordStub stub("lc", { { lcKey(lc.lc_no()), lc.SerializeAsString() } }, bankMsp, nowSeconds);
    // The maker's view, as SubmitDraft judges it: no checker yet, so nothing
    // asked of channel trust (the approval checks the notarization).
    const ActionOutcome outcome = evaluateAction(stub, action, Actor { bankMsp, "maker", {}, "dry-run" });
    if (outcome.accepted())
        return std::nullopt;
    return outcome.rejection->reasonCode + ": " + outcome.rejection->message;
}

} // namespace lx::chaincode::lc
