#include "chaincode/trust/DealFlags.h"

#include "chaincode/TextRules.h"

#include "lianxin/audit.pb.h"
#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"
#include "lianxin/lc.pb.h"

#include <algorithm>
#include <cstdio>
#include <variant>
#include <vector>

namespace lx::chaincode::flags {

namespace {

constexpr std::size_t kMaxNoteBytes = 2000;
constexpr std::size_t kMaxDealIdBytes = 100;
constexpr int kMaxFlagsPerDeal = 999;

Response refuse(std::int32_t status, const std::string &code, const std::string &message)
{
    return Response::reject(status, code, message);
}

void addParty(std::vector<std::string> &parties, const std::string &msp)
{
    if (!msp.empty() && std::find(parties.begin(), parties.end(), msp) == parties.end())
        parties.push_back(msp);
}

// The deal's parties, read on its own channel; a refusal when it cannot be.
std::variant<std::vector<std::string>, Response> partiesOf(
    Stub &stub, const std::string &product, const std::string &dealId)
{
    const char *function = product == "lc" ? "GetLC" : product == "guarantee" ? "GetGuarantee" : "GetDeal";
    const Response got = stub.invokeChaincode(product, product, { function, dealId });
    if (got.status == NotFound)
        return refuse(NotFound, "FLAG_DEAL_UNKNOWN", "There is no " + product + " deal \"" + visible(dealId) + "\".");
    if (!got.isOk())
        return refuse(got.status >= 500 ? got.status : BadRequest, "FLAG_DEAL_UNREACHABLE",
            "The deal could not be read on channel " + product + " (" + got.wireMessage() + "); try again later.");
    std::vector<std::string> parties;
    if (product == "lc") {
        lianxin::lc::LetterOfCredit lc;
        if (!lc.ParseFromString(got.payload))
            return refuse(InternalError, "FLAG_DEAL_UNREACHABLE", "The L/C record could not be read.");
        for (const std::string *msp : { &lc.issuing_bank_msp(), &lc.advising_bank_msp(), &lc.nominated_bank_msp(),
                 &lc.confirming_bank_msp(), &lc.negotiating_bank_msp(), &lc.transferring_bank_msp() })
            addParty(parties, *msp);
    } else if (product == "guarantee") {
        lianxin::guarantee::Guarantee guarantee;
        if (!guarantee.ParseFromString(got.payload))
            return refuse(InternalError, "FLAG_DEAL_UNREACHABLE", "The guarantee record could not be read.");
        addParty(parties, guarantee.issuer_msp());
        addParty(parties, guarantee.advising_bank_msp());
    } else {
        lianxin::forfaiting::Deal deal;
        if (!deal.ParseFromString(got.payload))
            return refuse(InternalError, "FLAG_DEAL_UNREACHABLE", "The forfaiting deal could not be read.");
        addParty(parties, deal.seller_msp());
        addParty(parties, deal.buyer_msp());
        addParty(parties, deal.obligor_msp());
    }
    return parties;
}

std::string flagKey(const std::string &product, const std::string &dealId, int sequence)
{
    char number[16];
    std::snprintf(number, sizeof number, "%03d", sequence);
    return kFlagPrefix + product + "/" + dealId + "/" + number;
}

Response flagDeal(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (!creator.isRegulator())
        return refuse(Forbidden, "FLAG_NOT_REGULATOR", "Only the regulator flags a deal.");
    const auto &args = stub.args();
    if (args.size() != 4)
        return refuse(BadRequest, "BAD_ARGUMENTS", "FlagDeal(product, dealId, note)");
    const std::string &product = args[1];
    const std::string dealId = trimmed(args[2]);
    const std::string &note = args[3];
    if (product != "lc" && product != "guarantee" && product != "forfaiting")
        return refuse(BadRequest, "FLAG_PRODUCT_UNKNOWN", "A flag is on an L/C (lc), a guarantee (guarantee) or a "
                                                         "forfaiting deal (forfaiting), not \"" + visible(product) + "\".");
    if (dealId.empty() || dealId.size() > kMaxDealIdBytes || dealId.find('/') != std::string::npos)
        return refuse(BadRequest, "FLAG_DEAL_UNKNOWN", "\"" + visible(dealId) + "\" is not a deal's number.");
    if (auto problem = nameProblem(dealId, "the deal's number"))
        return refuse(BadRequest, problem->reasonCode, problem->message);
    if (auto problem = freeTextProblem(note, "the note"))
        return refuse(BadRequest, problem->reasonCode, problem->message);
    if (trimmed(note).empty() || note.size() > kMaxNoteBytes)
        return refuse(BadRequest, "FLAG_NOTE_INVALID",
            "A flag carries a note of 1 to " + std::to_string(kMaxNoteBytes) + " bytes saying what to look at.");
    auto parties = partiesOf(stub, product, dealId);
    if (auto *refusal = std::get_if<Response>(&parties))
        return *refusal;

    const std::string prefix = kFlagPrefix + product + "/" + dealId + "/";
    const int sequence = static_cast<int>(stub.getStateByRange(prefix, prefix + "\x7f").size()) + 1;
    if (sequence > kMaxFlagsPerDeal)
        return refuse(Conflict, "FLAG_TOO_MANY", "This deal carries " + std::to_string(kMaxFlagsPerDeal) + " flags already.");
    lianxin::audit::DealFlag flag;
    flag.set_product(product);
    flag.set_deal_id(dealId);
    flag.set_note(note);
    for (const std::string &msp : std::get<std::vector<std::string>>(parties))
        flag.add_parties(msp);
    flag.set_flagged_by(creator.commonName);
    flag.set_flagged_seconds(stub.txTimestampSeconds());
    flag.set_tx_id(stub.txId());
    flag.set_sequence(static_cast<std::uint32_t>(sequence));
    const Bytes value = flag.SerializeAsString();
    stub.putState(flagKey(product, dealId, sequence), value);
    stub.setEvent("DealFlagged", value);
    return Response::ok(value);
}

Response listFlags(Stub &stub)
{
    const Creator &creator = stub.creator();
    const bool everything = creator.isRegulator() || creator.isSecretariat();
    lianxin::audit::DealFlagList list;
    const std::string prefix = kFlagPrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        lianxin::audit::DealFlag flag;
        if (!flag.ParseFromString(kv.value))
            continue;
        if (everything
            || std::find(flag.parties().begin(), flag.parties().end(), creator.mspId) != flag.parties().end())
            *list.add_flags() = flag;
    }
    return Response::ok(list.SerializeAsString());
}

} // namespace

bool isFunction(const std::string &function)
{
    return function == "FlagDeal" || function == "ListFlags";
}

bool isQuery(const std::string &function)
{
    return function == "ListFlags";
}

EndorsementPolicy endorsementPolicy(const Invocation &invocation)
{
    // As the governance writes: the regulator's own organization and the
    // secretariat, so neither records a flag alone.
    EndorsementPolicy policy { { invocation.creatorMspId } };
    if (invocation.creatorMspId != kSecretariatMsp)
        policy.allOf.push_back(kSecretariatMsp);
    return policy;
}

std::optional<Response> invoke(Stub &stub)
{
    const auto &args = stub.args();
    if (args.empty())
        return std::nullopt;
    if (args[0] == "FlagDeal")
        return flagDeal(stub);
    if (args[0] == "ListFlags")
        return listFlags(stub);
    return std::nullopt;
}

} // namespace lx::chaincode::flags
