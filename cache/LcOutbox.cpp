#include "cache/LcOutbox.h"

#include "chaincode/lc/LcStateMachine.h"
#include "ledgerclient/EndorsementPlan.h"
#include "ledgerclient/LcWorkflow.h"

namespace lx::cache {

using client::LcWorkflow;

Outbox::NewEntry lcDraftEntry(client::Client &client, const std::string &identity, const lianxin::lc::LcAction &action)
{
    Outbox::NewEntry entry;
    entry.identity = identity;
    entry.kind = "SubmitDraft";
    entry.lcNo = chaincode::lc::lcNoOf(action);
    entry.summary = chaincode::lc::actionName(action) + " " + entry.lcNo;
    // The action travels in the transient map: blocks never carry a draft.
    entry.proposal = client.prepare(
        LcWorkflow::kChannel, LcWorkflow::kContract, "SubmitDraft", {}, { { "action", action.SerializeAsString() } });
    return entry;
}

Outbox::NewEntry lcApprovalEntry(
    client::Client &client, const std::string &identity, const std::string &draftId, const std::string &lcNo)
{
    Outbox::NewEntry entry;
    entry.identity = identity;
    entry.kind = "ApproveDraft";
    entry.lcNo = lcNo;
    entry.summary = "Approve draft " + draftId;
    entry.proposal = client.prepare(LcWorkflow::kChannel, LcWorkflow::kContract, "ApproveDraft", { draftId });
    return entry;
}

Outbox::NewEntry lcReturnEntry(client::Client &client, const std::string &identity, const std::string &draftId,
    const std::string &lcNo, const std::string &comment)
{
    Outbox::NewEntry entry;
    entry.identity = identity;
    entry.kind = "ReturnDraft";
    entry.lcNo = lcNo;
    entry.summary = "Return draft " + draftId;
    entry.proposal = client.prepare(
        LcWorkflow::kChannel, LcWorkflow::kContract, "ReturnDraft", { draftId }, { { "comment", comment } });
    return entry;
}

std::vector<Outbox::NewEntry> lcFollowUps(const OutboxEntry &entry, client::Client &client)
{
    std::vector<Outbox::NewEntry> out;
    lianxin::lc::LetterOfCredit lc;
    if (entry.kind != "ApproveDraft" || entry.proposal.channel != LcWorkflow::kChannel
        || !lc.ParseFromString(entry.response))
        return out;
    for (const auto &doc : LcWorkflow::notarizationsAfter(lc, entry.response, client.identity().mspId())) {
        Outbox::NewEntry &notarize = out.emplace_back();
        notarize.identity = entry.identity;
        notarize.kind = "Notarize";
        notarize.lcNo = lc.lc_no();
        notarize.summary = "Notarize " + doc.doc_type() + " " + doc.file_name();
        notarize.proposal = client.prepare("trust", "notary", "Record", { doc.SerializeAsString() });
    }
    return out;
}

void lcBeforeSending(const OutboxEntry &entry, client::Client &client)
{
    if (entry.kind != "ApproveDraft" || entry.proposal.channel != LcWorkflow::kChannel)
        return;
    const auto call = client::proposalCall(entry.proposal.signedProposal);
    if (!call || call->args.size() < 2 || call->args[0] != "ApproveDraft")
        return;
    LcWorkflow(client).notarizeBefore(call->args[1]);
}

} // namespace lx::cache
