#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode {

// The domestic L/C contract on channel "lc" (DESIGN 4.1), name "lc".
//
// Maker-checker: every bank action is a draft first. A bank's officer
// (maker) submits it; a checker of the same bank, who is not the maker,
// approves or returns it. The draft's content lives only in the bank's
// implicit private collection ("_implicit_org_<MSPID>"); it reaches the
// contract in the proposal's transient map, so blocks carry only the
// hashes Fabric records for private writes, and the submit event carries
// the draft ID alone. Approval executes the action in the checker's
// transaction, as the checker's bank, and the L/C's history records maker
// and checker. The action is also evaluated when it is submitted (nothing
// is written if it would be refused), so a maker learns at once; it is
// evaluated again, against the ledger of that day, when it is approved.
//
//   SubmitDraft()  transient "action": lianxin.lc.LcAction   bank officer  -> draft ID; event "LcDraftSubmitted"
//   ReturnDraft(draftId[, comment]) (or transient "comment") bank checker  -> the Draft
//   ApproveDraft(draftId)                               checker, not the maker -> the L/C; event "LcAction"
//   ListDrafts()                  query: the caller's bank's open drafts -> lianxin.lc.DraftList
//   GetLC(lcNo)                   query -> lianxin.lc.LetterOfCredit
//   ListLCs([state])              query -> lianxin.lc.LcList, optionally only one state ("ADVISED")
//   GetHistoryForKey(key)         query -> lianxin.ledger.KeyHistory ("lc/<lcNo>")
//
// Who may act: only the issuing bank issues, amends, examines, refuses,
// records waivers, confirms payment, pays, closes, cancels (before advising,
// or with the beneficiary's consent) and records expiry; only the advising
// bank advises and answers amendments; documents come through the
// advising or nominated bank. The regulator and the secretariat read
// everything and write nothing. Every write is endorsed by the caller's
// organization, the bank acting. "Today" is the transaction's timestamp as
// a date in China time; business days come from the "calendar/CN" record
// or the built-in China calendar (chaincode/calendar).
class LcContract : public Contract
{
public:
    static constexpr const char *kName = "lc";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;
};

} // namespace lx::chaincode
