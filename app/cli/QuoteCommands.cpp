#include "QuoteCommands.h"

#include "CliSupport.h"

#include "chaincode/Rate.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/quotes/QuoteActions.h"
#include "chaincode/quotes/QuoteBoard.h"
#include "chaincode/quotes/QuoteContract.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/quotes.pb.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace lx::cli {

namespace {

using lianxin::quotes::Quote;

const client::DeskWorkflow::Product &kBoard = client::DeskWorkflow::product(chaincode::quotes::QuoteContract::kName);
constexpr std::int64_t kChinaOffsetSeconds = 8 * 3600;

std::int64_t wholeNumber(const std::string &text, const std::string &option, std::int64_t min, std::int64_t max)
{
    return parseWhole(text, option, min, max);
}

// "2026-09-30" (through that day) or "2026-09-30T17:00[:SS]" / "2026-09-30 17:00", China time.
std::int64_t validUntil(const std::string &text)
{
    const auto day = parseDay(std::string_view(text).substr(0, 10), "--valid-until");
    const std::int64_t midnight
        = std::chrono::sys_days { day }.time_since_epoch().count() * 86400 - kChinaOffsetSeconds;
    if (text.size() == 10)
        return midnight + 86400;
    // "T17:00" or " 17:00", seconds optional: two digits each, nothing else.
    const std::string clock = text.substr(10);
    bool shaped = (clock.size() == 6 || clock.size() == 9) && (clock[0] == 'T' || clock[0] == ' ');
    for (std::size_t i = 1; shaped && i < clock.size(); ++i)
        shaped = i == 3 || i == 6 ? clock[i] == ':' : clock[i] >= '0' && clock[i] <= '9';
    const auto two
        = [&](std::size_t at) { return static_cast<unsigned>((clock[at] - '0') * 10 + (clock[at + 1] - '0')); };
    const unsigned h = shaped ? two(1) : 0, m = shaped ? two(4) : 0, s = shaped && clock.size() == 9 ? two(7) : 0;
    if (!shaped || h > 23 || m > 59 || s > 59)
        throw UsageError("--valid-until wants YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (China time), not \"" + text + "\"");
    return midnight + h * 3600 + m * 60 + s;
}

std::string chinaTime(std::int64_t unixSeconds)
{
    const std::chrono::sys_seconds t { std::chrono::seconds { unixSeconds + kChinaOffsetSeconds } };
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::hh_mm_ss clock { t - day };
    char text[64];
    const std::chrono::year_month_day ymd { day };
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02lld:%02lld", static_cast<int>(ymd.year()),
        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
        static_cast<long long>(clock.hours().count()), static_cast<long long>(clock.minutes().count()));
    return text;
}

// 123456789 fen -> "1,234,567.89"
std::string yuan(std::int64_t fen)
{
    std::string digits = std::to_string((fen < 0 ? -fen : fen) / 100);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    char cents[4];
    std::snprintf(cents, sizeof cents, "%02lld", static_cast<long long>((fen < 0 ? -fen : fen) % 100));
    return (fen < 0 ? "-" : "") + digits + "." + cents;
}

lianxin::quotes::Side side(const std::string &text)
{
    if (text == "buy" || text == "BUY")
        return lianxin::quotes::BUY;
    if (text == "sell" || text == "SELL")
        return lianxin::quotes::SELL;
    throw UsageError("--side takes buy or sell, not \"" + text + "\"");
}

lianxin::quotes::TenorBucket tenor(const std::string &text)
{
    if (const auto bucket = chaincode::quotes::parseBucket(text))
        return *bucket;
    throw UsageError(
        "--tenor takes a bucket of remaining days: 1-30, 31-90, 91-180, 181-270 or 271-366, not \"" + text + "\"");
}

// The quote of quotes post: --file first, then every option given.
Quote quoteFrom(const CliOptions &o)
{
    Quote q;
    if (o.file)
        readJsonFile(*o.file, q);
    const QuoteTerms &t = o.quote;
    if (t.side)
        q.set_side(side(*t.side));
    if (t.tier)
        q.set_obligor_tier(static_cast<int>(wholeNumber(*t.tier, "--tier", 1, 5)));
    if (t.obligor)
        q.set_obligor_bank_msp(*t.obligor);
    if (t.tenor)
        q.set_tenor(tenor(*t.tenor));
    if (o.rate) {
        const auto rate = chaincode::parseRatePercent(*o.rate);
        if (!rate)
            throw UsageError(
                "--rate wants a percentage per annum with at most four decimals, e.g. 3.05, not \"" + *o.rate + "\"");
        q.set_rate_micros(*rate);
    }
    if (!o.method.empty()) {
        if (o.method == "straight")
            q.set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
        else if (o.method == "yield")
            q.set_method(lianxin::quotes::DISCOUNT_TO_YIELD);
        else
            throw UsageError("--method takes straight (straight discount) or yield (discount to yield)");
    }
    if (o.grace)
        q.set_grace_days(static_cast<int>(wholeNumber(*o.grace, "--grace", 0, 366)));
    if (o.fees)
        q.set_fees_fen(wholeNumber(*o.fees, "--fees", 0, kMaxOptionFen));
    if (o.amount)
        q.set_amount_fen(*o.amount);
    if (o.validUntil)
        q.set_valid_until_seconds(validUntil(*o.validUntil));
    if (t.lcNo)
        q.set_lc_no(*t.lcNo);
    if (o.face)
        q.set_face_amount_fen(wholeNumber(*o.face, "--face", 1, kMaxOptionFen));
    if (t.maturity) {
        const auto day = parseDay(*t.maturity, "--maturity");
        q.mutable_maturity_date()->set_year(static_cast<int>(day.year()));
        q.mutable_maturity_date()->set_month(static_cast<int>(static_cast<unsigned>(day.month())));
        q.mutable_maturity_date()->set_day(static_cast<int>(static_cast<unsigned>(day.day())));
    }
    if (q.side() == lianxin::quotes::SIDE_UNSPECIFIED)
        throw UsageError("quotes post needs --side buy|sell (or a side in --file)");
    return q;
}

int submit(const CliOptions &o, const lianxin::quotes::QuoteAction &action)
{
    client::Client client = openClient(o);
    const std::string draftId = client::DeskWorkflow(client, kBoard).submitDraft(action.SerializeAsString());
    const std::string quoteId = action.has_post() ? chaincode::quotes::quoteIdFor(draftId) : std::string();
    if (o.json)
        std::cout << "{\"draftId\": " << jsonString(draftId)
                  << (quoteId.empty() ? "" : ", \"quoteId\": " + jsonString(quoteId)) << "}\n";
    else
        std::cout << "Draft " << draftId << " awaits a checker of " << client.identity().mspId() << "."
                  << (quoteId.empty() ? "" : " Once approved, the quote is " + quoteId + ".") << "\n";
    return Done;
}

std::string rate(std::int64_t micros)
{
    return micros ? chaincode::formatRatePercent(micros) + "%" : "-";
}

std::string joined(const google::protobuf::RepeatedPtrField<std::string> &banks)
{
    std::string out;
    for (const std::string &bank : banks)
        out += (out.empty() ? "" : ", ") + bank;
    return out;
}

void printBoard(const lianxin::quotes::Board &board)
{
    std::ostringstream out;
    out << "Quote board as of " << chinaTime(board.as_of_seconds()) << " China time; deals of the last "
        << board.volume_window_days() << " days. Bids: best = lowest rate; offers: best = highest.\n";
    out << std::left << std::setw(9) << "Tenor" << std::setw(6) << "Tier" << std::setw(10) << "Best bid" << std::setw(6)
        << "Bids" << std::setw(20) << "Bid amount CNY" << std::setw(11) << "Best offer" << std::setw(8) << "Offers"
        << std::setw(20) << "Offer amount CNY" << std::setw(7) << "Deals"
        << "Deal volume CNY\n";
    for (const auto &c : board.cells()) {
        out << std::setw(9) << chaincode::quotes::bucketLabel(c.tenor()) << std::setw(6) << c.obligor_tier()
            << std::setw(10) << rate(c.buy().best_rate_micros()) << std::setw(6) << c.buy().depth() << std::setw(20)
            << yuan(c.buy().depth_amount_fen()) << std::setw(11) << rate(c.sell().best_rate_micros()) << std::setw(8)
            << c.sell().depth() << std::setw(20) << yuan(c.sell().depth_amount_fen()) << std::setw(7) << c.deal_count()
            << yuan(c.deal_volume_fen()) << "\n";
        if (c.buy().best_banks_size())
            out << "    best bid by " << joined(c.buy().best_banks()) << "\n";
        if (c.sell().best_banks_size())
            out << "    best offer by " << joined(c.sell().best_banks()) << "\n";
    }
    if (board.cells().empty())
        out << "(no live quotes and no recent deals)\n";
    out << "\nRecent deals\n";
    for (const auto &d : board.recent_deals())
        out << "  " << chaincode::lc::text(d.trade_date()) << "  " << shown(d.forfaiting_deal_id()) << "  "
            << d.tenor_days() << " days, tier " << d.obligor_tier()
            << (d.obligor_bank_msp().empty() ? "" : " (" + shown(d.obligor_bank_msp()) + ")") << ", "
            << rate(d.rate_micros()) << ", CNY " << yuan(d.face_amount_fen()) << ", reported by "
            << shown(d.reporting_bank_msp()) << "\n";
    if (board.recent_deals().empty())
        out << "  (none)\n";
    std::cout << out.str();
}

// The board's and the list's filters as the contract takes them.
std::vector<Bytes> filters(const CliOptions &o)
{
    std::vector<Bytes> out;
    if (o.quote.tier)
        out.push_back("tier=" + std::to_string(wholeNumber(*o.quote.tier, "--tier", 1, 5)));
    if (o.quote.tenor)
        out.push_back("tenor=" + chaincode::quotes::bucketLabel(tenor(*o.quote.tenor)));
    return out;
}

} // namespace

int quotesCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    const auto need = [&](std::size_t count, const char *usage) {
        if (w.size() != count)
            throw UsageError(std::string("usage: lianxin-cli ") + usage);
    };
    lianxin::quotes::QuoteAction action;
    if (verb == "post") {
        need(2, "quotes post --side buy|sell ... (lianxin-cli --help) or quotes post --file Q.json");
        *action.mutable_post()->mutable_quote() = quoteFrom(o);
        return submit(o, action);
    }
    if (verb == "withdraw") {
        need(3, "quotes withdraw ID");
        action.mutable_withdraw()->set_quote_id(w[2]);
        return submit(o, action);
    }
    if (verb == "deal") {
        need(2, "quotes deal --file D.json");
        if (!o.file)
            throw UsageError("quotes deal needs --file D.json (a lianxin.quotes.DealReport)");
        readJsonFile(*o.file, *action.mutable_report_deal()->mutable_deal());
        return submit(o, action);
    }
    if (verb == "board") {
        need(2, "quotes board [--tier N] [--tenor BUCKET] [--json]");
        std::vector<Bytes> args = filters(o);
        lianxin::quotes::Board board;
        queryInto(o, kBoard, "Board", args, board);
        if (o.json)
            std::cout << toJson(board) << "\n";
        else
            printBoard(board);
        return Done;
    }
    if (verb == "list") {
        need(2, "quotes list [--side buy|sell] [--tier N] [--tenor BUCKET] [--all]");
        std::vector<Bytes> args = filters(o);
        if (o.quote.side)
            args.push_back("side=" + lianxin::quotes::Side_Name(side(*o.quote.side)));
        if (o.quote.all)
            args.push_back("include=all");
        lianxin::quotes::QuoteList list;
        queryInto(o, kBoard, "ListQuotes", args, list);
        std::cout << toJson(list) << "\n";
        return Done;
    }
    if (verb == "show") {
        need(3, "quotes show ID");
        Quote quote;
        queryInto(o, kBoard, "GetQuote", { w[2] }, quote);
        std::cout << toJson(quote) << "\n";
        return Done;
    }
    throw UsageError("unknown quotes command \"" + verb + "\" (lianxin-cli --help lists them)");
}

} // namespace lx::cli
