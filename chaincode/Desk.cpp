#include "chaincode/Desk.h"

#include "chaincode/Registry.h"
#include "chaincode/TextRules.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/trust/Governance.h"

#include "lianxin/desk.pb.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <set>

namespace lx::chaincode {

namespace {

using lianxin::desk::Draft;

std::string draftKey(const std::string &id)
{
    return desk::kDraftPrefix + id;
}

// The pending draft a checker names, from the checker's own bank.
struct PendingDraft
{
    Draft draft;
    Bytes stored; // as the maker bank's implicit collection holds it
    std::optional<Response> rejection;
};

PendingDraft pendingDraft(Stub &stub, const std::string &id, const DeskProduct &product)
{
    PendingDraft out;
    const auto value = stub.getPrivateData(implicitCollection(stub.creator().mspId), draftKey(id));
    if (value)
        out.stored = *value;
    if (!value || !out.draft.ParseFromString(*value)) {
        out.rejection = Response::reject(NotFound, product.codePrefix + "_DRAFT_UNKNOWN",
            "Your bank, " + stub.creator().mspId + ", has no draft " + id + ".");
        return out;
    }
    if (out.draft.status() != Draft::PENDING)
        out.rejection = Response::reject(Conflict, product.codePrefix + "_DRAFT_NOT_PENDING",
            "Draft " + id + " was " + Draft::Status_Name(out.draft.status())
                + " already; the maker submits a new one.");
    return out;
}

} // namespace

DeskVerdict DeskVerdict::refused(Response why)
{
    DeskVerdict out;
    out.rejection = std::move(why);
    return out;
}

DeskVerdict DeskVerdict::accepted(std::function<Bytes(Stub &)> record, std::vector<std::string> coEndorsers)
{
    DeskVerdict out;
    out.record = std::move(record);
    out.coEndorsers = std::move(coEndorsers);
    return out;
}

namespace desk {

Response badArguments(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

std::optional<Response> rejectUnlessBankRole(
    const Creator &creator, const std::string &role, const DeskProduct &product)
{
    const std::string &code = product.codePrefix;
    if (creator.isRegulator())
        return Response::reject(Forbidden, code + "_REGULATOR_READ_ONLY",
            "The regulator reads every record of " + product.businessName
                + " and its history but changes nothing on the " + product.channel + " channel.");
    if (creator.isSecretariat())
        return Response::reject(Forbidden, code + "_NOT_A_BANK",
            "Only member banks act on " + product.businessName + "; the secretariat reads them.");
    if (!creator.hasRole(role)) {
        if (role == "officer")
            return Response::reject(Forbidden, code + "_NOT_OFFICER",
                "Only a trade-finance officer (maker) drafts actions on " + product.businessName
                    + "; sign in with an officer identity.");
        return Response::reject(Forbidden, code + "_NOT_CHECKER",
            "Only a checker approves or returns drafts; sign in with a checker identity.");
    }
    return std::nullopt;
}

std::optional<Response> rejectUnlessAdmitted(
    Stub &stub, const DeskProduct &product, const std::string &mspId, lianxin::trust::LineAdmission *admitted)
{
    const lianxin::trust::BusinessLine line = product.businessLine;
    if (line == lianxin::trust::LINE_UNSPECIFIED)
        return std::nullopt;
    const std::string &code = product.codePrefix;
    const Response answer = stub.invokeChaincode("trust", Registry::kName, { "GetMember", mspId });
    lianxin::trust::Member member;
    if (answer.reasonCode == "REGISTRY_MEMBER_UNKNOWN")
        return Response::reject(Forbidden, code + "_NOT_A_MEMBER",
            mspId + " is not a member of the consortium: a bank joins by council vote before it acts on "
                + product.businessName + ".");
    if (!answer.isOk() || !member.ParseFromString(answer.payload))
        return Response::reject(InternalError, code + "_MEMBERSHIP_UNREADABLE",
            "The membership registry on trust did not answer (" + answer.message + "); try again.");
    if (member.status() != lianxin::trust::Member::ACTIVE)
        return Response::reject(Forbidden, code + "_MEMBER_NOT_ACTIVE",
            mspId + " is " + lianxin::trust::Member::Status_Name(member.status()) + " in the registry: it acts on "
                + product.businessName + " only as a member in good standing.");
    const lianxin::trust::LineAdmission *found = governance::admission(member, line);
    if (!found)
        return Response::reject(Forbidden, code + "_LINE_NOT_ADMITTED",
            mspId + " is not admitted to " + product.businessName + " (line " + governance::lineName(line)
                + "): the council admits a line by vote (ADMIT_LINE).");
    if (admitted)
        *admitted = *found;
    return std::nullopt;
}

namespace {

lianxin::trust::SandboxUsage sandboxUsage(Stub &stub, const std::string &mspId)
{
    lianxin::trust::SandboxUsage usage;
    if (const auto value = stub.getState(kSandboxUsagePrefix + mspId))
        usage.ParseFromString(*value);
    return usage;
}

} // namespace

std::optional<Response> rejectBeyondSandbox(Stub &stub, const DeskProduct &product, const std::string &mspId,
    const lianxin::trust::LineAdmission &admitted, const std::optional<SandboxDeal> &deal)
{
    if (!admitted.in_sandbox() || !deal)
        return std::nullopt;
    const std::string &code = product.codePrefix;
    const auto &limits = admitted.limits();
    const std::string line = governance::lineName(admitted.line());
    if (lc::isSet(limits.ends_on())) {
        const auto end = lc::civil(limits.ends_on());
        if (!end || std::chrono::sys_days { lc::chinaDate(stub.txTimestampSeconds()) } > std::chrono::sys_days { *end })
            return Response::reject(Forbidden, code + "_SANDBOX_ENDED",
                mspId + "'s sandbox for " + line + " ended on " + lc::text(limits.ends_on())
                    + ": it makes no new deal until the regulator or a council vote (END_SANDBOX) ends the sandbox.");
    }
    const lianxin::trust::SandboxUsage usage = sandboxUsage(stub, mspId);
    if (limits.max_deals() > 0 && usage.deals() + 1 > limits.max_deals())
        return Response::reject(Forbidden, code + "_SANDBOX_LIMIT",
            mspId + " has made " + std::to_string(usage.deals()) + " of the " + std::to_string(limits.max_deals())
                + " deals its sandbox for " + line + " allows.");
    if (limits.max_total_face_fen() > 0 && deal->faceFen > limits.max_total_face_fen() - usage.total_face_fen())
        return Response::reject(Forbidden, code + "_SANDBOX_LIMIT",
            "This deal of " + lc::formatFen(deal->faceFen) + " would bring " + mspId + "'s deals in its sandbox for " + line
                + " to more than " + lc::formatFen(limits.max_total_face_fen()) + " (" + lc::formatFen(usage.total_face_fen())
                + " so far).");
    const auto &known = usage.counterparties();
    if (limits.max_counterparties() > 0 && !deal->counterparty.empty()
        && std::find(known.begin(), known.end(), deal->counterparty) == known.end()
        && known.size() + 1 > limits.max_counterparties())
        return Response::reject(Forbidden, code + "_SANDBOX_LIMIT",
            mspId + "'s sandbox for " + line + " allows " + std::to_string(limits.max_counterparties())
                + " counterparty banks; " + deal->counterparty + " would be one more.");
    return std::nullopt;
}

namespace {

void recordSandboxDeal(
    Stub &stub, const std::string &mspId, const lianxin::trust::LineAdmission &admitted, const SandboxDeal &deal)
{
    lianxin::trust::SandboxUsage usage = sandboxUsage(stub, mspId);
    usage.set_msp_id(mspId);
    usage.set_line(admitted.line());
    usage.set_deals(usage.deals() + 1);
    usage.set_total_face_fen(usage.total_face_fen() + deal.faceFen);
    const auto &known = usage.counterparties();
    if (!deal.counterparty.empty() && std::find(known.begin(), known.end(), deal.counterparty) == known.end())
        usage.add_counterparties(deal.counterparty);
    stub.putState(kSandboxUsagePrefix + mspId, usage.SerializeAsString());
}

} // namespace

// The first text of msg (at any depth) with a character that would change
// how it is shown to the other banks: every string of every product's
// action is free text at most (line breaks and tabs allowed), names are held
// to more by each product's own rules.
std::optional<TextProblem> hiddenText(const google::protobuf::Message &msg)
{
    using google::protobuf::FieldDescriptor;
    const google::protobuf::Reflection *reflection = msg.GetReflection();
    std::vector<const FieldDescriptor *> fields;
    reflection->ListFields(msg, &fields);
    for (const FieldDescriptor *field : fields) {
        const int count = field->is_repeated() ? reflection->FieldSize(msg, field) : 1;
        for (int i = 0; i < count; ++i) {
            if (field->type() == FieldDescriptor::TYPE_STRING) {
                const std::string value = field->is_repeated() ? reflection->GetRepeatedString(msg, field, i)
                                                               : reflection->GetString(msg, field);
                if (auto problem = freeTextProblem(value, "The field " + field->name()))
                    return problem;
            } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
                const auto &inner = field->is_repeated() ? reflection->GetRepeatedMessage(msg, field, i)
                                                         : reflection->GetMessage(msg, field);
                if (auto problem = hiddenText(inner))
                    return problem;
            }
        }
    }
    return std::nullopt;
}

std::optional<Response> refuseHiddenText(const DeskProduct &product, const Bytes &action)
{
    const auto *type = google::protobuf::DescriptorPool::generated_pool()->FindMessageTypeByName(product.actionMessage);
    if (!type)
        return std::nullopt;
    std::unique_ptr<google::protobuf::Message> message(
        google::protobuf::MessageFactory::generated_factory()->GetPrototype(type)->New());
    if (!message->ParseFromString(action))
        return std::nullopt; // the product's evaluation refuses it with its own reason
    if (auto problem = hiddenText(*message))
        return Response::reject(BadRequest, problem->reasonCode, problem->message);
    return std::nullopt;
}

Response submitDraft(Stub &stub, const DeskProduct &product)
{
    const Creator &creator = stub.creator();
    if (auto rejected = rejectUnlessBankRole(creator, "officer", product))
        return *rejected;
    if (stub.args().size() != 1)
        return Response::reject(BadRequest, product.codePrefix + "_DRAFT_IN_CLEAR",
            "Send the action in the transient map under \"action\", not as an argument: arguments are written to "
            "every block and would show the draft to the whole channel.");
    const auto found = stub.transient().find("action");
    if (found == stub.transient().end() || found->second.empty())
        return badArguments("SubmitDraft() with transient \"action\": " + product.actionMessage);
    if (found->second.size() > kMaxDraftBytes)
        return Response::reject(BadRequest, product.codePrefix + "_DRAFT_TOO_LARGE",
            "The action is " + std::to_string(found->second.size()) + " bytes; an action is at most "
                + std::to_string(kMaxDraftBytes) + " bytes. Shorten its texts or lists.");

    if (auto rejected = refuseHiddenText(product, found->second))
        return *rejected;
    lianxin::trust::LineAdmission admitted;
    if (auto rejected = rejectUnlessAdmitted(stub, product, creator.mspId, &admitted))
        return *rejected;
    Draft draft;
    draft.set_action(found->second);
    const Actor actor { creator.mspId, creator.commonName, {}, stub.txId() };
    const DeskVerdict dryRun = product.evaluate(stub, draft.action(), actor);
    if (dryRun.rejection)
        return *dryRun.rejection;
    if (auto rejected = rejectBeyondSandbox(stub, product, creator.mspId, admitted, dryRun.deal))
        return *rejected;

    draft.set_id(stub.txId());
    draft.set_maker(creator.commonName);
    draft.set_created_seconds(stub.txTimestampSeconds());
    draft.set_status(Draft::PENDING);
    stub.putPrivateData(implicitCollection(creator.mspId), draftKey(draft.id()), draft.SerializeAsString());
    stub.setEvent(product.eventPrefix + "DraftSubmitted", draft.id());
    return Response::ok(draft.id());
}

Response returnDraft(Stub &stub, const DeskProduct &product)
{
    const Creator &creator = stub.creator();
    if (auto rejected = rejectUnlessBankRole(creator, "checker", product))
        return *rejected;
    const auto &args = stub.args();
    if (args.size() != 2 && args.size() != 3)
        return badArguments("ReturnDraft(draftId[, comment])");
    PendingDraft pending = pendingDraft(stub, args[1], product);
    if (pending.rejection)
        return *pending.rejection;
    std::string comment = args.size() == 3 ? args[2] : std::string();
    if (const auto it = stub.transient().find("comment"); comment.empty() && it != stub.transient().end())
        comment = it->second;
    if (comment.empty())
        return Response::reject(BadRequest, product.codePrefix + "_RETURN_COMMENT_MISSING",
            "Tell the maker what to correct: a returned draft needs a comment.");
    if (auto problem = freeTextProblem(comment, "The comment to the maker"))
        return Response::reject(BadRequest, problem->reasonCode, problem->message);
    Draft &draft = pending.draft;
    draft.set_status(Draft::RETURNED);
    draft.set_checker(creator.commonName);
    draft.set_comment(comment);
    const Bytes value = draft.SerializeAsString();
    stub.putPrivateData(implicitCollection(creator.mspId), draftKey(draft.id()), value);
    stub.setEvent(product.eventPrefix + "DraftReturned", draft.id());
    return Response::ok(value);
}

Response approveDraft(Stub &stub, const DeskProduct &product)
{
    const Creator &creator = stub.creator();
    if (auto rejected = rejectUnlessBankRole(creator, "checker", product))
        return *rejected;
    if (stub.args().size() < 2)
        return badArguments("ApproveDraft(draftId[, coEndorser...])");
    PendingDraft pending = pendingDraft(stub, stub.args()[1], product);
    if (pending.rejection)
        return *pending.rejection;
    Draft &draft = pending.draft;
    if (draft.maker() == creator.commonName)
        return Response::reject(Forbidden, product.codePrefix + "_SELF_APPROVAL",
            "You drafted " + draft.id() + " yourself; another checker of " + creator.mspId + " must approve it.");
    lianxin::trust::LineAdmission admitted;
    if (auto rejected = rejectUnlessAdmitted(stub, product, creator.mspId, &admitted))
        return *rejected;

    const Actor actor { creator.mspId, draft.maker(), creator.commonName, draft.id() };
    const DeskVerdict verdict = product.evaluate(stub, draft.action(), actor);
    if (verdict.rejection)
        return *verdict.rejection;
    std::set<std::string> named(stub.args().begin() + 2, stub.args().end());
    named.erase(creator.mspId);
    if (named != std::set<std::string>(verdict.coEndorsers.begin(), verdict.coEndorsers.end())) {
        std::string needed;
        for (const std::string &msp : verdict.coEndorsers)
            needed += (needed.empty() ? "" : ", ") + msp;
        return Response::reject(BadRequest, product.codePrefix + "_ENDORSERS",
            "This approval must be endorsed by " + creator.mspId + (needed.empty() ? "" : " and " + needed)
                + " and no other bank; ask DraftEndorsers(" + draft.id() + ") and name them.");
    }
    if (auto rejected = rejectBeyondSandbox(stub, product, creator.mspId, admitted, verdict.deal))
        return *rejected;
    const Bytes answer = verdict.record(stub);
    if (admitted.in_sandbox() && verdict.deal)
        recordSandboxDeal(stub, creator.mspId, admitted, *verdict.deal);

    draft.set_status(Draft::APPROVED);
    draft.set_checker(creator.commonName);
    draft.set_approved_tx_id(stub.txId());
    stub.putPrivateData(implicitCollection(creator.mspId), draftKey(draft.id()), draft.SerializeAsString());
    return Response::ok(answer);
}

Response listDrafts(Stub &stub)
{
    const std::string collection = implicitCollection(stub.creator().mspId);
    lianxin::desk::DraftList list;
    // Each draft is its own key, so makers drafting at the same moment never
    // conflict over a shared index; approved drafts stay as the bank's record.
    const std::string start = desk::kDraftPrefix;
    const std::string end = start.substr(0, start.size() - 1) + char(start.back() + 1);
    for (const auto &[key, value] : stub.getPrivateDataByRange(collection, start, end)) {
        Draft draft;
        if (draft.ParseFromString(value) && draft.status() != Draft::APPROVED)
            *list.add_drafts() = std::move(draft);
    }
    return Response::ok(list.SerializeAsString());
}

Response getDraft(Stub &stub, const DeskProduct &product)
{
    if (stub.args().size() != 2)
        return badArguments("GetDraft(draftId)");
    const PendingDraft pending = pendingDraft(stub, stub.args()[1], product);
    return pending.rejection ? *pending.rejection : Response::ok(pending.stored);
}

Response draftEndorsers(Stub &stub, const DeskProduct &product)
{
    const Creator &creator = stub.creator();
    if (stub.args().size() != 2)
        return badArguments("DraftEndorsers(draftId)");
    PendingDraft pending = pendingDraft(stub, stub.args()[1], product);
    if (pending.rejection)
        return *pending.rejection;
    const Actor actor { creator.mspId, pending.draft.maker(), creator.commonName, pending.draft.id() };
    const DeskVerdict verdict = product.evaluate(stub, pending.draft.action(), actor);
    if (verdict.rejection)
        return *verdict.rejection;
    lianxin::desk::Endorsers out;
    for (const std::string &msp : std::set<std::string>(verdict.coEndorsers.begin(), verdict.coEndorsers.end()))
        out.add_msp_ids(msp);
    // Another bank's peer cannot read this bank's implicit collection: the
    // approval hands it the draft, which it accepts only when its hash is
    // the one on the channel.
    if (out.msp_ids_size() > 0)
        (*out.mutable_co_endorser_transient())[privateTransientKey(
            implicitCollection(creator.mspId), draftKey(pending.draft.id()))]
            = pending.stored;
    return Response::ok(out.SerializeAsString());
}

EndorsementPolicy endorsementPolicy(const Invocation &invocation)
{
    std::set<std::string> orgs { invocation.creatorMspId };
    if (invocation.function == "ApproveDraft")
        for (std::size_t i = 1; i < invocation.args.size(); ++i)
            orgs.insert(invocation.args[i]);
    return EndorsementPolicy { std::vector<std::string>(orgs.begin(), orgs.end()) };
}

bool isDeskQuery(const std::string &function)
{
    return function == "ListDrafts" || function == "GetDraft" || function == "DraftEndorsers";
}

bool isDeskFunction(const std::string &function)
{
    return function == "SubmitDraft" || function == "ReturnDraft" || function == "ApproveDraft"
        || isDeskQuery(function);
}

std::optional<Response> invoke(Stub &stub, const DeskProduct &product)
{
    const std::string &function = stub.args().front();
    if (function == "SubmitDraft")
        return submitDraft(stub, product);
    if (function == "ReturnDraft")
        return returnDraft(stub, product);
    if (function == "ApproveDraft")
        return approveDraft(stub, product);
    if (function == "ListDrafts")
        return listDrafts(stub);
    if (function == "GetDraft")
        return getDraft(stub, product);
    if (function == "DraftEndorsers")
        return draftEndorsers(stub, product);
    return std::nullopt;
}

} // namespace desk

} // namespace lx::chaincode
