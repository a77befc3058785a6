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
// approves or returns it. An approved issue or presentation is then
// notarized on the trust channel by the approving bank (the notary lives on
// another channel, so this is a second transaction): the L/C as the ledger
// recorded it at issue, and every presented document's hash.
//
// Every call throws LedgerError: Rejected with the contract's reason code,
// or Rejected/"TX_INVALIDATED" when the ordered transaction was not valid.
// approve() throws only for the approval itself: once it is committed, a
// failed notarization is reported in the Approval, not thrown.
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
        int notarized = 0; // records written on trust for it
        // Notarizations that failed; the action itself is committed
        // regardless (the outbox of the cache retries them).
        std::vector<std::string> notarizationErrors;
    };
    Approval approve(const std::string &draftId);
    SubmitResult returnDraft(const std::string &draftId, const std::string &comment);

    lianxin::lc::LetterOfCredit letterOfCredit(const std::string &lcNo);
    lianxin::lc::LcList list(const std::string &state = {});
    lianxin::lc::DraftList drafts();

    // The L/C exactly as the ledger recorded it when it was issued: the
    // bytes whose SHA-256 is notarized on trust (doc type "LC").
    Bytes originalRecord(const std::string &lcNo);

    // What an approved action produced that the approving bank notarizes
    // on trust ("notary" Record): the issued L/C (record = the bytes the
    // approval returned) or the documents just presented; empty otherwise.
    static std::vector<lianxin::trust::NotarizedDocument> notarizationsFor(
        const lianxin::lc::LetterOfCredit &lc, const Bytes &record, const std::string &bankMsp);

    static constexpr const char *kChannel = "lc";
    static constexpr const char *kContract = "lc";

private:
    DeskWorkflow desk();

    Client &m_client;
};

} // namespace lx::client
