#include "chaincode/forfaiting/FfDryRun.h"

#include "chaincode/RecordStub.h"
#include "chaincode/forfaiting/FfStateMachine.h"

namespace lx::chaincode::forfaiting {

namespace {

// Channel "lc" as the held records show it: GetLC answers from "lc/<lcNo>";
// the L/C's history is unknown, so the version seen stays empty.
class HeldRecords : public RecordStub
{
public:
    HeldRecords(std::map<std::string, Bytes> records, const std::string &bankMsp, std::int64_t nowSeconds)
        : RecordStub("forfaiting", records, bankMsp, nowSeconds), m_records(std::move(records))
    {
    }

    Response invokeChaincode(
        const std::string &channel, const std::string &contract, const std::vector<Bytes> &args) override
    {
        if (channel != "lc" || args.size() != 2)
            return RecordStub::invokeChaincode(channel, contract, args);
        if (args[0] == "GetHistoryForKey")
            return Response::ok();
        if (args[0] != "GetLC")
            return RecordStub::invokeChaincode(channel, contract, args);
        const auto found = m_records.find("lc/" + args[1]);
        if (found == m_records.end())
            return Response::reject(NotFound, "LC_NOT_FOUND", "There is no L/C numbered \"" + args[1] + "\".");
        return Response::ok(found->second);
    }

private:
    std::map<std::string, Bytes> m_records;
};

} // namespace

std::optional<std::string> dryRunRejection(const std::map<std::string, Bytes> &records,
    const lianxin::forfaiting::FfAction &action, const std::string &bankMsp, std::int64_t nowSeconds)
{
    HeldRecords stub(records, bankMsp, nowSeconds);
    const ActionOutcome outcome = evaluateAction(stub, action, Actor { bankMsp, "maker", "checker", "dry-run" });
    if (outcome.accepted())
        return std::nullopt;
    return outcome.rejection->reasonCode + ": " + outcome.rejection->message;
}

} // namespace lx::chaincode::forfaiting
