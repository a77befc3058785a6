#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode::quotes {

// The unified forfaiting quote board (統一報價, DESIGN 4.2) on channel
// "trust", contract "quotes". Member banks post standing quotes (buy or sell
// claims on an obligor tier or bank, in a tenor bucket) and deal quotes
// (on one L/C's claim), withdraw them, and report the prices of concluded
// forfaiting deals. A quote is the bank's commitment leaving the bank, so
// every write is a maker's draft approved by a checker (chaincode/Desk,
// reason codes "QT_...", events "Qt..."); the action is a
// lianxin.quotes.QuoteAction. The regulator and the secretariat read only.
//
// Expiry is never written: a quote is live while its validity is after the
// query's timestamp (the proposal's), so expired quotes leave the board by
// themselves. Obligor tiers come from the membership registry ("registry"
// on this channel) when a quote or deal names the obligor bank.
//
//   SubmitDraft() / ApproveDraft / ReturnDraft / ListDrafts / DraftEndorsers   the desk
//   Board([tier=N][, tenor=B][, recent=N])    query -> lianxin.quotes.Board (chaincode/quotes/QuoteBoard.h)
//   ListQuotes([side=BUY|SELL][, tier=N][, tenor=B][, bank=MSP][, include=all])
//                                             query -> QuoteList; live quotes unless include=all
//   GetQuote(quoteId)                         query -> Quote
//   RecentDeals([n])                          query -> DealList, newest trade first (default 20)
//   GetHistoryForKey(key)                     query -> lianxin.ledger.KeyHistory ("quote/<id>", "deal/<id>")
// Every write is endorsed by the acting bank.
class QuoteContract : public Contract
{
public:
    static constexpr const char *kName = "quotes";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;
};

} // namespace lx::chaincode::quotes
