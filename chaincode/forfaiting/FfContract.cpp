#include "chaincode/forfaiting/FfContract.h"

#include "chaincode/Desk.h"
#include "chaincode/Registry.h"
#include "chaincode/forfaiting/FfStateMachine.h"

#include "lianxin/forfaiting.pb.h"

#include <memory>

namespace lx::chaincode {

namespace {

using namespace forfaiting;

const DeskProduct &ffDesk()
{
    static const DeskProduct product { "FF", "Ff", "forfaiting claims and deals", "forfaiting",
        "lianxin.forfaiting.FfAction", lianxin::trust::LINE_FORFAITING, [](Stub &stub, const Bytes &bytes, const Actor &actor) {
            lianxin::forfaiting::FfAction action;
            if (!action.ParseFromString(bytes) || action.action_case() == lianxin::forfaiting::FfAction::ACTION_NOT_SET)
                return DeskVerdict::refused(
                    desk::badArguments("SubmitDraft() with transient \"action\": lianxin.forfaiting.FfAction"));
            auto outcome = std::make_shared<ActionOutcome>(evaluateAction(stub, action, actor));
            if (!outcome->accepted())
                return DeskVerdict::refused(*outcome->rejection);
            DeskVerdict verdict = DeskVerdict::accepted(
                [outcome](Stub &s) {
                    recordOutcome(s, *outcome);
                    return outcome->answer();
                },
                outcome->coEndorsers);
            // An accepted quote is the seller's deal with the buyer.
            if (action.has_accept_quote() && outcome->deal)
                verdict.deal = SandboxDeal { outcome->deal->face_value_fen(), outcome->deal->buyer_msp() };
            return verdict;
        } };
    return product;
}

Response getRecord(Stub &stub, const std::string &prefix, const std::string &code, const std::string &what)
{
    if (stub.args().size() != 2)
        return desk::badArguments(stub.args()[0] + "(id)");
    const auto value = stub.getState(prefix + stub.args()[1]);
    if (!value)
        return Response::reject(NotFound, code, "There is no " + what + " " + stub.args()[1] + ".");
    return Response::ok(*value);
}

std::string rangeEnd(const std::string &prefix)
{
    return prefix.substr(0, prefix.size() - 1) + char(prefix.back() + 1);
}

// Every record under prefix that keep() admits, into list.
template<typename Record, typename List, typename Keep>
Bytes collect(Stub &stub, const std::string &prefix, List &list, Record *(List::*add)(), Keep keep)
{
    for (const KeyValue &kv : stub.getStateByRange(prefix, rangeEnd(prefix))) {
        Record record;
        if (record.ParseFromString(kv.value) && keep(record))
            *(list.*add)() = std::move(record);
    }
    return list.SerializeAsString();
}

Response listListings(Stub &stub)
{
    const auto &args = stub.args();
    if (args.size() > 2)
        return desk::badArguments("ListListings([state])");
    auto wanted = lianxin::forfaiting::Listing::STATE_UNSPECIFIED;
    if (args.size() == 2 && !args[1].empty() && !lianxin::forfaiting::Listing::State_Parse(args[1], &wanted))
        return Response::reject(BadRequest, "FF_STATE_UNKNOWN",
            "\"" + args[1] + "\" is not a listing state; use OPEN, WITHDRAWN or AGREED.");
    lianxin::forfaiting::ListingList list;
    return Response::ok(collect(stub, kListingPrefix, list, &lianxin::forfaiting::ListingList::add_listings,
        [&](const lianxin::forfaiting::Listing &l) {
            return wanted == lianxin::forfaiting::Listing::STATE_UNSPECIFIED || l.state() == wanted;
        }));
}

Response listQuotes(Stub &stub)
{
    if (stub.args().size() != 2 || stub.args()[1].empty())
        return desk::badArguments("ListQuotes(listingId)");
    lianxin::forfaiting::QuoteList list;
    return Response::ok(collect(stub, kQuotePrefix + stub.args()[1] + "/", list,
        &lianxin::forfaiting::QuoteList::add_quotes, [](const lianxin::forfaiting::Quote &) { return true; }));
}

Response listDeals(Stub &stub)
{
    if (stub.args().size() > 2)
        return desk::badArguments("ListDeals([bankMsp])");
    const std::string bank = stub.args().size() == 2 ? stub.args()[1] : std::string();
    lianxin::forfaiting::DealList list;
    return Response::ok(collect(
        stub, kDealPrefix, list, &lianxin::forfaiting::DealList::add_deals, [&](const lianxin::forfaiting::Deal &d) {
            return bank.empty() || d.seller_msp() == bank || d.buyer_msp() == bank || d.obligor_msp() == bank;
        }));
}

Response listClaims(Stub &stub)
{
    if (stub.args().size() > 2)
        return desk::badArguments("ListClaims([bankMsp])");
    const std::string bank = stub.args().size() == 2 ? stub.args()[1] : std::string();
    lianxin::forfaiting::ClaimList list;
    return Response::ok(collect(stub, kClaimPrefix, list, &lianxin::forfaiting::ClaimList::add_claims,
        [&](const lianxin::forfaiting::Claim &c) {
            return bank.empty() || c.holder_msp() == bank || c.obligor_msp() == bank;
        }));
}

} // namespace

bool ForfaitingContract::isQuery(const std::string &function) const
{
    return function == "GetClaim" || function == "ListClaims" || function == "GetListing" || function == "ListListings"
        || function == "GetQuote" || function == "ListQuotes" || function == "GetDeal" || function == "ListDeals"
        || function == "GetHistoryForKey" || desk::isDeskQuery(function);
}

EndorsementPolicy ForfaitingContract::endorsementPolicy(const Invocation &invocation) const
{
    // The acting bank, plus the counterparty an approval names: the buyer
    // of an accepted quote, the seller of a settlement (DESIGN 2: a
    // transfer is endorsed by seller and buyer). The desk refuses an
    // approval naming other banks than the action needs.
    return desk::endorsementPolicy(invocation);
}

Response ForfaitingContract::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return desk::badArguments("a function name");
    if (auto answer = desk::invoke(stub, ffDesk()))
        return *answer;
    const std::string &function = args[0];
    if (function == "GetClaim")
        return getRecord(stub, kClaimPrefix, "FF_CLAIM_UNKNOWN", "forfaiting claim");
    if (function == "GetListing")
        return getRecord(stub, kListingPrefix, "FF_LISTING_UNKNOWN", "listing");
    if (function == "GetQuote")
        return getRecord(stub, kQuotePrefix, "FF_QUOTE_UNKNOWN", "quote");
    if (function == "GetDeal")
        return getRecord(stub, kDealPrefix, "FF_DEAL_UNKNOWN", "deal");
    if (function == "ListClaims")
        return listClaims(stub);
    if (function == "ListListings")
        return listListings(stub);
    if (function == "ListQuotes")
        return listQuotes(stub);
    if (function == "ListDeals")
        return listDeals(stub);
    if (function == "GetHistoryForKey") {
        if (args.size() != 2)
            return desk::badArguments("GetHistoryForKey(key)");
        return historyResponse(stub, args[1]);
    }
    return Response::reject(
        BadRequest, "UNKNOWN_FUNCTION", "The forfaiting contract has no function " + function + ".");
}

} // namespace lx::chaincode
