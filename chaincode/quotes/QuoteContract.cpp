#include "chaincode/quotes/QuoteContract.h"

#include "chaincode/Desk.h"
#include "chaincode/Registry.h"
#include "chaincode/quotes/QuoteActions.h"
#include "chaincode/quotes/QuoteBoard.h"

#include <algorithm>
#include <memory>

namespace lx::chaincode::quotes {

namespace {

using lianxin::quotes::DealReport;
using lianxin::quotes::Quote;

inline constexpr int kDefaultRecentDeals = 20;

// Four eyes on every quote, withdrawal and deal report (chaincode/Desk.h).
const DeskProduct &quoteDesk()
{
    static const DeskProduct product { "QT", "Qt", "the quote board", "trust", "lianxin.quotes.QuoteAction", lianxin::trust::LINE_FORFAITING,
        [](Stub &stub, const Bytes &bytes, const Actor &actor) {
            lianxin::quotes::QuoteAction action;
            if (!action.ParseFromString(bytes) || action.action_case() == lianxin::quotes::QuoteAction::ACTION_NOT_SET)
                return DeskVerdict::refused(
                    desk::badArguments("SubmitDraft() with transient \"action\": lianxin.quotes.QuoteAction"));
            auto outcome = std::make_shared<QuoteOutcome>(evaluateQuoteAction(stub, action, actor));
            if (!outcome->accepted())
                return DeskVerdict::refused(*outcome->rejection);
            return DeskVerdict::accepted([outcome](Stub &s) {
                recordQuoteOutcome(s, *outcome);
                return outcome->value;
            });
        } };
    return product;
}

std::string rangeEnd(const std::string &prefix)
{
    return prefix.substr(0, prefix.size() - 1) + char(prefix.back() + 1);
}

std::vector<Quote> allQuotes(Stub &stub)
{
    std::vector<Quote> out;
    for (const KeyValue &kv : stub.getStateByRange(kQuotePrefix, rangeEnd(kQuotePrefix)))
        if (Quote quote; quote.ParseFromString(kv.value))
            out.push_back(std::move(quote));
    return out;
}

std::vector<DealReport> allDeals(Stub &stub)
{
    std::vector<DealReport> out;
    for (const KeyValue &kv : stub.getStateByRange(kDealPrefix, rangeEnd(kDealPrefix)))
        if (DealReport deal; deal.ParseFromString(kv.value))
            out.push_back(std::move(deal));
    return out;
}

// "tier=2", "tenor=91-180", ... as query arguments.
struct Filters
{
    BoardFilter cells;
    lianxin::quotes::Side side = lianxin::quotes::SIDE_UNSPECIFIED;
    std::string bank;
    bool includeAll = false;
    int recent = kRecentDeals;
    std::optional<Response> rejection;
};

std::optional<int> wholeNumber(const std::string &text)
{
    if (text.empty() || text.size() > 6
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(text);
}

Filters parseFilters(const std::vector<Bytes> &args, const std::vector<std::string> &allowed)
{
    Filters out;
    const auto bad = [&](const std::string &arg, const std::string &why) {
        out.rejection = Response::reject(BadRequest, "QT_FILTER_INVALID", "\"" + arg + "\": " + why + ".");
    };
    for (std::size_t i = 1; i < args.size() && !out.rejection; ++i) {
        const std::string &arg = args[i];
        const auto eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const std::string value = eq == std::string::npos ? std::string() : arg.substr(eq + 1);
        if (eq == std::string::npos || std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            std::string names;
            for (const std::string &a : allowed)
                names += (names.empty() ? "" : ", ") + a + "=";
            bad(arg, "filters here are " + names);
        } else if (name == "tier") {
            const auto tier = wholeNumber(value);
            if (!tier || *tier < kMinTier || *tier > kMaxTier)
                bad(arg, "an obligor tier is 1 to 5");
            else
                out.cells.tier = *tier;
        } else if (name == "tenor") {
            const auto bucket = parseBucket(value);
            if (!bucket)
                bad(arg, "tenor buckets are 1-30, 31-90, 91-180, 181-270 and 271-366");
            else
                out.cells.tenor = *bucket;
        } else if (name == "side") {
            if (!lianxin::quotes::Side_Parse(value, &out.side) || out.side == lianxin::quotes::SIDE_UNSPECIFIED)
                bad(arg, "a side is BUY or SELL");
        } else if (name == "bank") {
            out.bank = value;
        } else if (name == "include") {
            if (value != "all")
                bad(arg, "include=all lists withdrawn and expired quotes too");
            else
                out.includeAll = true;
        } else if (name == "recent") {
            const auto n = wholeNumber(value);
            if (!n || *n > 1000)
                bad(arg, "recent takes a count of deals up to 1000");
            else
                out.recent = *n;
        }
    }
    return out;
}

Response board(Stub &stub)
{
    const Filters f = parseFilters(stub.args(), { "tier", "tenor", "recent" });
    if (f.rejection)
        return *f.rejection;
    return Response::ok(
        buildBoard(allQuotes(stub), allDeals(stub), stub.txTimestampSeconds(), f.cells, f.recent).SerializeAsString());
}

Response listQuotes(Stub &stub)
{
    const Filters f = parseFilters(stub.args(), { "side", "tier", "tenor", "bank", "include" });
    if (f.rejection)
        return *f.rejection;
    const std::int64_t now = stub.txTimestampSeconds();
    lianxin::quotes::QuoteList list;
    for (Quote &quote : allQuotes(stub)) {
        if (!f.includeAll && !isLive(quote, now))
            continue;
        if ((f.side != lianxin::quotes::SIDE_UNSPECIFIED && quote.side() != f.side)
            || (f.cells.tier != 0 && quote.obligor_tier() != f.cells.tier)
            || (f.cells.tenor != lianxin::quotes::TENOR_UNSPECIFIED && bucketAt(quote, now) != f.cells.tenor)
            || (!f.bank.empty() && quote.quoting_bank_msp() != f.bank))
            continue;
        *list.add_quotes() = std::move(quote);
    }
    return Response::ok(list.SerializeAsString());
}

Response getQuote(Stub &stub)
{
    if (stub.args().size() != 2)
        return desk::badArguments("GetQuote(quoteId)");
    const auto value = stub.getState(quoteKey(stub.args()[1]));
    if (!value)
        return Response::reject(NotFound, "QT_QUOTE_UNKNOWN", "There is no quote " + stub.args()[1] + " on the board.");
    return Response::ok(*value);
}

Response recentDeals(Stub &stub)
{
    const auto &args = stub.args();
    if (args.size() > 2)
        return desk::badArguments("RecentDeals([n])");
    const auto n = args.size() == 2 ? wholeNumber(args[1]) : std::optional<int>(kDefaultRecentDeals);
    if (!n || *n > 1000)
        return desk::badArguments("RecentDeals([n]) with n a count up to 1000");
    // The board's ordering, with no window and no filter.
    const auto deals = buildBoard({}, allDeals(stub), stub.txTimestampSeconds(), {}, *n).recent_deals();
    lianxin::quotes::DealList list;
    *list.mutable_deals() = deals;
    return Response::ok(list.SerializeAsString());
}

} // namespace

bool QuoteContract::isQuery(const std::string &function) const
{
    return function == "Board" || function == "ListQuotes" || function == "GetQuote" || function == "RecentDeals"
        || function == "GetHistoryForKey" || desk::isDeskQuery(function);
}

EndorsementPolicy QuoteContract::endorsementPolicy(const Invocation &invocation) const
{
    // The acting bank alone: no quote-board action needs another bank.
    return desk::endorsementPolicy(invocation);
}

Response QuoteContract::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return desk::badArguments("a function name");
    if (auto answer = desk::invoke(stub, quoteDesk()))
        return *answer;
    const std::string &function = args[0];
    if (function == "Board")
        return board(stub);
    if (function == "ListQuotes")
        return listQuotes(stub);
    if (function == "GetQuote")
        return getQuote(stub);
    if (function == "RecentDeals")
        return recentDeals(stub);
    if (function == "GetHistoryForKey") {
        if (args.size() != 2)
            return desk::badArguments("GetHistoryForKey(key)");
        return historyResponse(stub, args[1]);
    }
    return Response::reject(BadRequest, "UNKNOWN_FUNCTION", "The quote board has no function " + function + ".");
}

} // namespace lx::chaincode::quotes
