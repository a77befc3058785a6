#pragma once

#include "chaincode/Desk.h"

#include "lianxin/quotes.pb.h"

#include <optional>
#include <string>

namespace lx::chaincode::quotes {

// A quote-board action as it will be recorded, or why it is refused.
struct QuoteOutcome
{
    std::optional<Response> rejection;
    std::string key; // the record written
    Bytes value;
    std::string event; // "QuotePosted", "QuoteWithdrawn", "QuoteDealReported"

    bool accepted() const { return !rejection; }
};

// Evaluates a drafted action as actor's bank would perform it now (the
// transaction's timestamp): reads the ledger and the membership registry,
// writes nothing. recordQuoteOutcome writes the record and its event.
//   Post        the bank's own quote; the obligor's tier from the registry
//               when the obligor bank is named; validity after now
//   Withdraw    the quoting bank only, while the quote is live
//   ReportDeal  a concluded deal's price, once per forfaiting deal ID
QuoteOutcome evaluateQuoteAction(Stub &stub, const lianxin::quotes::QuoteAction &action, const Actor &actor);
void recordQuoteOutcome(Stub &stub, const QuoteOutcome &outcome);

inline constexpr const char *kQuotePrefix = "quote/";
inline constexpr const char *kDealPrefix = "deal/";
std::string quoteKey(const std::string &quoteId);
std::string dealKey(const std::string &forfaitingDealId);
// The quote ID the contract gives the quote posted by draftId.
std::string quoteIdFor(const std::string &draftId);

// The highest grace days a quote may add to the tenor.
inline constexpr int kMaxGraceDays = 30;

} // namespace lx::chaincode::quotes
