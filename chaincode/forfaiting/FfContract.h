#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode {

// The forfaiting contract on channel "forfaiting" (DESIGN 4.2), name
// "forfaiting": claims under accepted deferred-payment L/C presentations
// on channel "lc", sold without recourse, primary and secondary.
//
// Every write is a bank action drafted by an officer and approved by a
// checker of the same bank (chaincode/Desk.h), a lianxin.forfaiting.FfAction:
//   List                 the holder (first the presenting bank) offers or inquires; reads the L/C on "lc"
//   Quote                another bank prices a listing (rate, method, grace days, fees, value date, validity)
//   WithdrawListing / WithdrawQuote   by the seller / the quoting bank
//   AcceptQuote          the seller; the deal is agreed; co-endorsed by the buyer
//   NotifyTransfer       the seller's claim-transfer notice to the obligor
//   AcknowledgeTransfer  the obligor (issuing bank) will pay the buyer at maturity
//   Settle               the buyer pays the net amount and holds the claim; co-endorsed by the seller
//   PayAtMaturity        the obligor pays the holder, on or after maturity
//   RecordOverdue        the holder, after maturity plus grace days
// A claim has at most one live listing or unsettled deal; every listing,
// acceptance and settlement writes the claim's key, so two sales racing
// for one claim conflict at commit (MVCC) and only one stands.
//
// Queries: GetClaim(claimId), GetListing(listingId), ListListings([state]),
// GetQuote(quoteId), ListQuotes(listingId), GetDeal(dealId),
// ListDeals([bankMsp]) (deals where the bank is seller, buyer or obligor),
// ListClaims([bankMsp]) (claims the bank holds or owes),
// GetHistoryForKey(key), ListDrafts(), DraftEndorsers(draftId).
// The regulator and the secretariat read everything and write nothing.
class ForfaitingContract : public Contract
{
public:
    static constexpr const char *kName = "forfaiting";

    std::string name() const override { return kName; }
    Response invoke(Stub &stub) const override;
    EndorsementPolicy endorsementPolicy(const Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override;
};

} // namespace lx::chaincode
