#include "chaincode/quotes/QuoteDryRun.h"

#include "chaincode/RecordStub.h"
#include "chaincode/Registry.h"
#include "chaincode/quotes/QuoteActions.h"

namespace lx::chaincode::quotes {

namespace {

// The membership registry as the held member records show it: GetMember
// answers from "member/<mspId>", NotFound for a bank not held, exactly as
// the registry answers for a bank it never registered.
class HeldRecords : public RecordStub
{
public:
    HeldRecords(std::map<std::string, Bytes> records, const std::string &bankMsp, std::int64_t nowSeconds)
        : RecordStub("trust", records, bankMsp, nowSeconds), m_records(std::move(records))
    {
    }

    Response invokeChaincode(
        const std::string &channel, const std::string &contract, const std::vector<Bytes> &args) override
    {
        if (channel != "trust" || contract != Registry::kName || args.size() != 2 || args[0] != "GetMember")
            return RecordStub::invokeChaincode(channel, contract, args);
        const auto found = m_records.find(memberRecordKey(args[1]));
        if (found == m_records.end())
            return Response::reject(NotFound, "REGISTRY_MEMBER_UNKNOWN", "No member " + args[1] + " is registered.");
        return Response::ok(found->second);
    }

private:
    std::map<std::string, Bytes> m_records;
};

} // namespace

std::string memberRecordKey(const std::string &mspId)
{
    return "member/" + mspId;
}

std::optional<std::string> dryRunRejection(const std::map<std::string, Bytes> &records,
    const lianxin::quotes::QuoteAction &action, const std::string &bankMsp, std::int64_t nowSeconds)
{
    HeldRecords stub(records, bankMsp, nowSeconds);
    const QuoteOutcome outcome = evaluateQuoteAction(stub, action, Actor { bankMsp, "maker", "checker", "dry-run" });
    if (outcome.accepted())
        return std::nullopt;
    return outcome.rejection->reasonCode + ": " + outcome.rejection->message;
}

} // namespace lx::chaincode::quotes
