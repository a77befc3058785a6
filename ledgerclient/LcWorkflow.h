#pragma once

#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/lc.pb.h"
#include "lianxin/notary.pb.h"

#include <string>
#include <vector>

namespace lx::client {

// The domestic L/C contract ("lc" on channel "lc") as a bank's staff drive
// it: an officer submits an action as a draft, a checker of the same bank
// approves or returns it. Documents are notarized on the trust channel by
// the approving bank: a presentation's documents before the approval is
// sent (the contract refuses a presentation whose documents are not
// notarized for its L/C), the L/C as the ledger recorded it at issue after
// the issue (its hash exists only then). docs/trust-services.md.
//
// Every call throws LedgerError: Rejected with the contract's reason code,
// or Rejected/"TX_INVALIDATED" when the ordered transaction was not valid.
class LcWorkflow
{
public:
    explicit LcWorkflow(Client &client);

    // The draft's ID (the SubmitDraft transaction's ID).
    std::string submitDraft(const lianxin::lc::LcAction &action);

    struct Approval
    {
        SubmitResult result;
        lianxin::lc::LetterOfCredit lc; // after the action
        int notarized = 0; // records written on trust for it, before and after
        // Notarizations of an issued L/C that failed after the issue
        // committed (the outbox of the cache retries them).
        std::vector<std::string> notarizationErrors;
    };
    // Notarizes what the draft needs first (notarizeBefore), then approves.
    Approval approve(const std::string &draftId);

    // The documents of this bank's pending draft draftId that must be on
    // trust before its approval: a presentation's documents not yet recorded
    // for the L/C by this bank. Empty for other actions and unknown drafts.
    std::vector<lianxin::trust::NotarizedDocument> notarizationsBefore(const std::string &draftId);
    // Records them and waits for their blocks; the count recorded. Throws
    // LedgerError for the first that fails: the approval must not be sent.
    int notarizeBefore(const std::string &draftId);
    SubmitResult returnDraft(const std::string &draftId, const std::string &comment);

    lianxin::lc::LetterOfCredit letterOfCredit(const std::string &lcNo);
    lianxin::lc::LcList list(const std::string &state = {});
    lianxin::lc::DraftList drafts();

    // The L/C exactly as the ledger recorded it when it was issued: the
    // bytes whose SHA-256 is notarized on trust (doc type "LC").
    Bytes originalRecord(const std::string &lcNo);

    // What an approved action produced that the approving bank notarizes
    // on trust afterwards ("notary" Record): the issued L/C (record = the
    // bytes the approval returned); empty for every other action.
    static std::vector<lianxin::trust::NotarizedDocument> notarizationsAfter(
        const lianxin::lc::LetterOfCredit &lc, const Bytes &record, const std::string &bankMsp);

    static constexpr const char *kChannel = "lc";
    static constexpr const char *kContract = "lc";

private:
    DeskWorkflow desk();

    Client &m_client;
};

} // namespace lx::client
