#pragma once

#include "chaincode/Desk.h"

#include "lianxin/forfaiting.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace lx::chaincode::forfaiting {

// The records an action changes, as they will be after it, or why it is
// refused. Only the records the action touches are set.
struct ActionOutcome
{
    std::optional<Response> rejection;
    std::optional<lianxin::forfaiting::Claim> claim;
    std::optional<lianxin::forfaiting::Listing> listing;
    std::optional<lianxin::forfaiting::Quote> quote;
    std::optional<lianxin::forfaiting::Deal> deal;
    lianxin::forfaiting::FfEvent event;
    // Banks besides the acting one whose peers endorse the approval: the
    // buyer of an accepted quote, the seller of a settlement.
    std::vector<std::string> coEndorsers;

    bool accepted() const { return !rejection; }
    // The approval's answer: the deal, else the listing, quote or claim.
    Bytes answer() const;
};

// The forfaiting state machine of DESIGN 4.2. Evaluating reads the ledger
// (and, for a listing, the L/C on channel "lc") and checks the acting bank,
// the records' states, dates and prices; it writes nothing. recordOutcome
// writes every changed record with the event in its history.
ActionOutcome evaluateAction(Stub &stub, const lianxin::forfaiting::FfAction &action, const Actor &actor);
void recordOutcome(Stub &stub, const ActionOutcome &outcome);

// "List", "Quote", "AcceptQuote", ...; empty when no action is set.
std::string actionName(const lianxin::forfaiting::FfAction &action);

// Keys and IDs. A claim's ID is "<lcNo>/<presentationNo>"; a listing's
// "<claimId>/L<n>", a deal's "<claimId>/D<n>", a quote's
// "<listingId>/<bankMsp>".
std::string claimId(const std::string &lcNo, int presentationNo);
inline constexpr const char *kClaimPrefix = "claim/";
inline constexpr const char *kListingPrefix = "listing/";
inline constexpr const char *kQuotePrefix = "quote/";
inline constexpr const char *kDealPrefix = "deal/";
std::string claimKey(const std::string &claimId);
std::string listingKey(const std::string &listingId);
std::string quoteKey(const std::string &quoteId);
std::string dealKey(const std::string &dealId);

} // namespace lx::chaincode::forfaiting
