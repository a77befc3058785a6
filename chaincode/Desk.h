#pragma once

#include "chaincode/Contract.h"

#include "lianxin/trust.pb.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lx::chaincode {

// Who performs a bank action: the acting bank, and the four eyes behind it.
struct Actor
{
    std::string mspId;
    std::string maker; // common name of the officer who drafted the action
    std::string checker; // common name of the checker approving it; empty on a maker's dry run
    std::string draftId;
};

// A new deal an action makes (an L/C or a guarantee issued, a forfaiting
// quote accepted): what a line admitted in sandbox counts against its
// limits (docs/governance.md).
struct SandboxDeal
{
    std::int64_t faceFen = 0;
    std::string counterparty; // the other bank's MSP ID; empty when none
};

// A product contract's decision on one drafted action: why it is refused,
// or how to record it. record writes the action's effects and returns the
// approval's answer (e.g. the record as it now stands). coEndorsers: the
// other banks whose peers must endorse the approval besides the acting
// bank's (e.g. the buyer of a forfaiting deal), MSP IDs.
struct DeskVerdict
{
    std::optional<Response> rejection;
    std::function<Bytes(Stub &)> record;
    std::vector<std::string> coEndorsers;
    std::optional<SandboxDeal> deal;

    static DeskVerdict refused(Response why);
    static DeskVerdict accepted(std::function<Bytes(Stub &)> record, std::vector<std::string> coEndorsers = {});
};

// The largest action a maker may submit, serialized: far above any real
// one (an L/C's terms with a long goods description are a few KiB), and a
// bound on every string and repeated field of every product's actions at
// once, so no action makes the contracts copy, parse or store megabytes.
inline constexpr std::size_t kMaxDraftBytes = 256 * 1024;

// How a product plugs into the desk. Reason codes and event names carry the
// product's prefix ("LC_DRAFT_UNKNOWN", "LcDraftSubmitted"), so each
// product's screens translate and follow its own.
struct DeskProduct
{
    std::string codePrefix; // "LC", "FF", "GT"
    std::string eventPrefix; // "Lc", "Ff", "Gt"
    std::string businessName; // "letters of credit", for messages
    std::string channel; // "lc", for messages
    std::string actionMessage; // "lianxin.lc.LcAction", for usage text
    // The line of business the acting bank must be admitted to (an active
    // member with that line in the registry on trust, docs/governance.md);
    // LINE_UNSPECIFIED for a trust service.
    lianxin::trust::BusinessLine businessLine;
    // Evaluates the action (its serialized message) as actor would perform
    // it now; reads the ledger, writes nothing. Garbled bytes are a
    // rejection too.
    std::function<DeskVerdict(Stub &, const Bytes &action, const Actor &)> evaluate;
};

// The maker-checker functions every product contract offers (DESIGN 2,
// "a maker-checker step precedes every bank action"). A bank's officer
// submits a draft; a checker of the same bank, who is not the maker,
// approves or returns it. The draft lives only in the bank's implicit
// private collection ("_implicit_org_<MSPID>") as a lianxin.desk.Draft; it
// reaches the contract in the transient map, so blocks carry only the
// hashes of private writes and the submit event carries the draft ID alone.
// The action is evaluated when submitted (nothing is written if it would be
// refused) and again, against the ledger of that day, when approved; the
// approval executes it as the checker's bank.
//   SubmitDraft()  transient "action"             bank officer -> draft ID; event "<Ev>DraftSubmitted"
//   ReturnDraft(draftId[, comment]) (or transient "comment")  checker -> the Draft; event "<Ev>DraftReturned"
//   ApproveDraft(draftId[, coEndorser...])        checker, not the maker -> record's answer
//   DraftEndorsers(draftId)                       query: the co-endorsers ApproveDraft must name ->
//   lianxin.desk.Endorsers ListDrafts()                                  query: the caller's bank's open drafts ->
//   lianxin.desk.DraftList
//   GetDraft(draftId)                             query: the caller's bank's pending draft -> lianxin.desk.Draft
//                                                 (<P>_DRAFT_UNKNOWN, <P>_DRAFT_NOT_PENDING otherwise)
// An approval is endorsed by the acting bank and by the co-endorsers it
// names (the endorsement policy must follow from the invocation alone, as
// validation at commit recomputes it); the contract refuses an approval
// whose named co-endorsers differ from the ones the action needs.
namespace desk {

Response submitDraft(Stub &stub, const DeskProduct &product);
Response returnDraft(Stub &stub, const DeskProduct &product);
Response approveDraft(Stub &stub, const DeskProduct &product);
Response listDrafts(Stub &stub);
Response getDraft(Stub &stub, const DeskProduct &product);
Response draftEndorsers(Stub &stub, const DeskProduct &product);

// The endorsement policy of the desk's functions: the caller's bank, plus
// the co-endorsers an ApproveDraft names.
EndorsementPolicy endorsementPolicy(const Invocation &invocation);
// SubmitDraft, ReturnDraft, ApproveDraft and the queries below.
bool isDeskFunction(const std::string &function);
// ListDrafts, GetDraft, DraftEndorsers: every product contract's isQuery
// includes them.
bool isDeskQuery(const std::string &function);
// Runs a desk function; nullopt when function is not one.
std::optional<Response> invoke(Stub &stub, const DeskProduct &product);

// Refuses a bank that may not use the product now: not in the registry
// (<P>_NOT_A_MEMBER), not an active member (<P>_MEMBER_NOT_ACTIVE: an
// applicant, suspended or expelled), not admitted to the product's line
// (<P>_LINE_NOT_ADMITTED), or the registry unreadable
// (<P>_MEMBERSHIP_UNREADABLE). Read across channels from the registry on
// trust, at submission (the maker's instant answer) and at approval.
// admitted, when given, receives the line's admission (with its sandbox).
std::optional<Response> rejectUnlessAdmitted(Stub &stub, const DeskProduct &product, const std::string &mspId,
    lianxin::trust::LineAdmission *admitted = nullptr);
// Refuses a new deal beyond the limits of a line in sandbox: after its end
// date (<P>_SANDBOX_ENDED), past its deals, total face amount or
// counterparties (<P>_SANDBOX_LIMIT), counted from the product's own
// "sandbox/<MSP>" record. nullopt when the line is not in sandbox or the
// action makes no deal.
std::optional<Response> rejectBeyondSandbox(Stub &stub, const DeskProduct &product, const std::string &mspId,
    const lianxin::trust::LineAdmission &admitted, const std::optional<SandboxDeal> &deal);
inline constexpr const char *kSandboxUsagePrefix = "sandbox/";

// Refuses writes from the regulator and the secretariat, and from a bank
// user without the desk role ("officer" or "checker").
std::optional<Response> rejectUnlessBankRole(
    const Creator &creator, const std::string &role, const DeskProduct &product);

// A rejection for arguments that do not fit the function.
Response badArguments(const std::string &usage);

inline constexpr const char *kDraftPrefix = "draft/";

} // namespace desk

} // namespace lx::chaincode
