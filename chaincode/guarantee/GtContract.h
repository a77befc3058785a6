#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode {

// The demand guarantee contract (保函, URDG 758, DESIGN 4.3) on channel
// "guarantee", name "guarantee".
//
// Every bank action goes through the maker-checker desk (chaincode/Desk.h)
// with a lianxin.guarantee.GtAction: an officer submits the draft, a checker
// of the same bank approves it, and the approval executes it as that bank.
//   SubmitDraft() transient "action"; ReturnDraft; ApproveDraft -> the Guarantee; event "GtAction"
//   ListDrafts(), DraftEndorsers(draftId)   queries (the desk's)
//   GetGuarantee(no)             query -> lianxin.guarantee.Guarantee
//   ListGuarantees([state])      query -> lianxin.guarantee.GuaranteeList
//   GetHistoryForKey(key)        query -> lianxin.ledger.KeyHistory ("guarantee/<no>")
//
// Who may act: the issuer issues, amends, examines demands, suspends,
// extends, pays, reduces, records expiry and court orders; the advising
// bank advises, answers amendments, presents demands and releases for the
// beneficiary. The regulator and the secretariat read and write nothing.
// "Today" is the transaction's timestamp as a China date; business days
// come from the "calendar/CN" record or the built-in China calendar.
class GuaranteeContract : public Contract
{
public:
    static constexpr const char *kName = "guarantee";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;
};

} // namespace lx::chaincode
