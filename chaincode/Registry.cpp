#include "chaincode/Registry.h"

#include "chaincode/trust/DealFlags.h"
#include "chaincode/trust/Governance.h"

#include "lianxin/ledger.pb.h"
#include "lianxin/trust.pb.h"

#include <optional>

namespace lx::chaincode {

namespace {

const std::string kMemberPrefix = governance::kMemberPrefix;
const std::string kSettingsKey = governance::kSettingsKey;

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

std::optional<Response> unlessSecretariatAdmin(Stub &stub, const std::string &what)
{
    if (stub.creator().mspId == kSecretariatMsp && stub.creator().hasRole("admin"))
        return std::nullopt;
    return Response::reject(Forbidden, "REGISTRY_NOT_SECRETARIAT_ADMIN",
        "Only an administrator of the consortium secretariat may " + what + ".");
}

// Unset rules read as their defaults: duplicate documents are flagged.
lianxin::trust::ConsortiumSettings withDefaults(lianxin::trust::ConsortiumSettings settings)
{
    if (settings.duplicate_documents() == lianxin::trust::ConsortiumSettings::DUPLICATES_UNSPECIFIED)
        settings.set_duplicate_documents(lianxin::trust::ConsortiumSettings::FLAG);
    return settings;
}

Response setSettings(Stub &stub)
{
    if (auto refused = unlessSecretariatAdmin(stub, "change the consortium's settings"))
        return *refused;
    if (governance::charterSealed(stub))
        return Response::reject(Conflict, "GOV_SETTINGS_BY_VOTE",
            "The charter is sealed: the consortium's settings change by a council vote (SET_DUPLICATE_DOCUMENTS).");
    lianxin::trust::ConsortiumSettings settings;
    if (stub.args().size() != 2 || !settings.ParseFromString(stub.args()[1]))
        return badArgs("SetSettings(ConsortiumSettings)");
    if (!lianxin::trust::ConsortiumSettings::DuplicateDocuments_IsValid(settings.duplicate_documents()))
        return Response::reject(
            BadRequest, "REGISTRY_SETTING_UNKNOWN", "Duplicate documents are either flagged (FLAG) or refused (REFUSE).");
    const Bytes value = withDefaults(settings).SerializeAsString();
    stub.putState(kSettingsKey, value);
    stub.setEvent("SettingsChanged", value);
    return Response::ok(value);
}

} // namespace

Response historyResponse(Stub &stub, const std::string &key)
{
    lianxin::ledger::KeyHistory history;
    for (const HistoryEntry &e : stub.getHistoryForKey(key)) {
        auto *m = history.add_modifications();
        m->set_tx_id(e.txId);
        m->set_value(e.value);
        m->set_timestamp_seconds(e.timestampSeconds);
        m->set_is_delete(e.isDelete);
        m->set_block_number(e.blockNumber);
        m->set_tx_number(e.txNumber);
    }
    return Response::ok(history.SerializeAsString());
}

bool Registry::isQuery(const std::string &function) const
{
    return function == "GetMember" || function == "ListMembers" || function == "GetHistoryForKey"
        || function == "GetSettings" || governance::isQuery(function) || flags::isQuery(function);
}

EndorsementPolicy Registry::endorsementPolicy(const Invocation &invocation) const
{
    if (governance::isFunction(invocation.function))
        return governance::endorsementPolicy(invocation);
    if (flags::isFunction(invocation.function))
        return flags::endorsementPolicy(invocation);
    return EndorsementPolicy{{kSecretariatMsp}};
}

Response Registry::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return badArgs("a function name");
    const std::string &function = args[0];

    if (function == "RegisterMember") {
        if (auto refused = unlessSecretariatAdmin(stub, "register members"))
            return *refused;
        if (governance::charterSealed(stub))
            return Response::reject(Conflict, "GOV_ADMISSION_BY_VOTE",
                "The charter is sealed: a new member is admitted by a council vote (ADMIT_MEMBER).");
        lianxin::trust::Member member;
        if (args.size() != 2 || !member.ParseFromString(args[1]))
            return badArgs("RegisterMember(Member)");
        if (auto problem = governance::memberProblem(member))
            return *problem;
        const std::string key = kMemberPrefix + member.msp_id();
        if (stub.getState(key))
            return Response::reject(Conflict, "REGISTRY_MEMBER_EXISTS",
                                    "Member " + member.msp_id() + " is already registered.");
        // A founding member: active, admitted by the charter.
        member.set_status(lianxin::trust::Member::ACTIVE);
        member.set_admitted_by("charter");
        for (auto &line : *member.mutable_lines()) {
            line.set_admitted_by("charter");
            line.set_in_sandbox(false);
            line.clear_limits();
        }
        const Bytes value = member.SerializeAsString();
        stub.putState(key, value);
        stub.setEvent("MemberRegistered", value);
        return Response::ok(value);
    }
    if (function == "GetMember") {
        if (args.size() != 2)
            return badArgs("GetMember(mspId)");
        const auto value = stub.getState(kMemberPrefix + args[1]);
        if (!value)
            return Response::reject(NotFound, "REGISTRY_MEMBER_UNKNOWN", "No member " + args[1] + " is registered.");
        return Response::ok(*value);
    }
    if (function == "ListMembers") {
        lianxin::trust::MemberList list;
        for (const KeyValue &kv : stub.getStateByRange(kMemberPrefix, kMemberPrefix + "\x7f"))
            list.add_members()->ParseFromString(kv.value);
        return Response::ok(list.SerializeAsString());
    }
    if (auto answer = governance::invoke(stub))
        return *answer;
    if (auto answer = flags::invoke(stub))
        return *answer;
    if (function == "SetSettings")
        return setSettings(stub);
    if (function == "GetSettings") {
        if (args.size() != 1)
            return badArgs("GetSettings()");
        lianxin::trust::ConsortiumSettings settings;
        if (const auto value = stub.getState(kSettingsKey))
            settings.ParseFromString(*value);
        return Response::ok(withDefaults(settings).SerializeAsString());
    }
    if (function == "GetHistoryForKey") {
        if (args.size() != 2)
            return badArgs("GetHistoryForKey(key)");
        return historyResponse(stub, args[1]);
    }
    return Response::reject(BadRequest, "UNKNOWN_FUNCTION", "The registry has no function " + function + ".");
}

} // namespace lx::chaincode
