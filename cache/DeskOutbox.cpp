#include "cache/DeskOutbox.h"

#include <map>

namespace lx::cache {

Outbox::NewEntry deskDraftEntry(client::Client &client, const std::string &identity,
    const client::DeskWorkflow::Product &product, const Bytes &action)
{
    const auto summary = client::DeskWorkflow::summarize(product, action);
    Outbox::NewEntry entry;
    entry.identity = identity;
    entry.kind = "SubmitDraft";
    entry.lcNo = summary.subject;
    entry.summary = summary.kind + (summary.subject.empty() ? "" : " " + summary.subject);
    // The action travels in the transient map: blocks never carry a draft.
    entry.proposal = client.prepare(product.channel, product.contract, "SubmitDraft", {}, { { "action", action } });
    return entry;
}

Outbox::NewEntry deskApprovalEntry(client::Client &client, const std::string &identity,
    const client::DeskWorkflow::Product &product, const std::string &draftId, const std::string &subject)
{
    lianxin::desk::Endorsers endorsers;
    if (!endorsers.ParseFromString(
            client.evaluate(product.channel, product.contract, "DraftEndorsers", { draftId }).payload()))
        throw client::LedgerError(
            client::LedgerError::Kind::DataInvalid, "BAD_ANSWER", "DraftEndorsers answered garbage");
    std::vector<Bytes> args { draftId };
    args.insert(args.end(), endorsers.msp_ids().begin(), endorsers.msp_ids().end());
    Outbox::NewEntry entry;
    entry.identity = identity;
    entry.kind = "ApproveDraft";
    entry.lcNo = subject;
    entry.summary = "Approve draft " + draftId;
    // The co-endorsers' peers get the draft they cannot read (Endorsers).
    const std::map<std::string, Bytes> transient(
        endorsers.co_endorser_transient().begin(), endorsers.co_endorser_transient().end());
    entry.proposal = client.prepare(product.channel, product.contract, "ApproveDraft", args, transient);
    return entry;
}

Outbox::NewEntry deskReturnEntry(client::Client &client, const std::string &identity,
    const client::DeskWorkflow::Product &product, const std::string &draftId, const std::string &subject,
    const std::string &comment)
{
    Outbox::NewEntry entry;
    entry.identity = identity;
    entry.kind = "ReturnDraft";
    entry.lcNo = subject;
    entry.summary = "Return draft " + draftId;
    entry.proposal
        = client.prepare(product.channel, product.contract, "ReturnDraft", { draftId }, { { "comment", comment } });
    return entry;
}

} // namespace lx::cache
