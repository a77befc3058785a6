#include "ForfaitingCommands.h"

#include "CliSupport.h"

#include "chaincode/Rate.h"
#include "chaincode/forfaiting/FfPricing.h"
#include "chaincode/forfaiting/FfStateMachine.h"
#include "chaincode/lc/LcRules.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/forfaiting.pb.h"
#include "lianxin/ledger.pb.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <regex>

namespace lx::cli {

namespace {

using lianxin::forfaiting::FfAction;

const client::DeskWorkflow::Product &kProduct = client::DeskWorkflow::product("forfaiting");

// Grace days a quote may add, as the contract's FF_GRACE_DAYS allows.
constexpr int kMaxGraceDays = 90;

std::int64_t wholeNumber(const std::string &text, const std::string &what, std::int64_t max)
{
    return parseWhole(text, what, 0, max);
}

lianxin::lc::Date civilDate(const std::string &text, const std::string &option)
{
    const std::chrono::year_month_day day = parseDay(text, option);
    lianxin::lc::Date out;
    out.set_year(static_cast<int>(day.year()));
    out.set_month(static_cast<int>(static_cast<unsigned>(day.month())));
    out.set_day(static_cast<int>(static_cast<unsigned>(day.day())));
    return out;
}

// "YYYY-MM-DD HH:MM" (or with a T) in China time -> Unix seconds.
std::int64_t chinaTime(const std::string &text)
{
    const std::regex form(R"((\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}))");
    std::smatch m;
    if (!std::regex_match(text, m, form) || std::stoi(m[2]) > 23 || std::stoi(m[3]) > 59)
        throw UsageError("--valid-until wants \"YYYY-MM-DD HH:MM\" in China time, not \"" + text + "\"");
    const auto d = civilDate(m[1], "--valid-until");
    const std::chrono::sys_days day { std::chrono::year(d.year()) / d.month() / d.day() };
    return day.time_since_epoch().count() * 86400 + std::stoi(m[2]) * 3600 + std::stoi(m[3]) * 60 - 8 * 3600;
}

// Today in China time, by --date or the system clock.
lianxin::lc::Date today(const CliOptions &o)
{
    std::chrono::year_month_day day = o.date.value_or(std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now() + std::chrono::hours(8))));
    lianxin::lc::Date out;
    out.set_year(static_cast<int>(day.year()));
    out.set_month(static_cast<int>(static_cast<unsigned>(day.month())));
    out.set_day(static_cast<int>(static_cast<unsigned>(day.day())));
    return out;
}

chaincode::RateMicros rate(const CliOptions &o)
{
    if (!o.rate)
        throw UsageError("give the discount rate in percent per annum, e.g. --rate 3.00");
    const auto r = chaincode::parseRatePercent(*o.rate);
    if (!r)
        throw UsageError("--rate wants a percentage such as 3.00 or 3.125, not \"" + *o.rate + "\"");
    return *r;
}

lianxin::forfaiting::Method method(const CliOptions &o)
{
    if (o.method == "straight")
        return lianxin::forfaiting::STRAIGHT_DISCOUNT;
    if (o.method == "yield")
        return lianxin::forfaiting::DISCOUNT_TO_YIELD;
    throw UsageError("--method wants straight or yield, not \"" + o.method + "\"");
}

// "10,000,000.00" (yuan) -> fen.
std::int64_t yuanToFen(const std::string &text)
{
    const std::regex form(R"(([0-9][0-9,]*)(?:\.([0-9]{1,2}))?)");
    std::smatch m;
    std::string digits;
    if (std::regex_match(text, m, form)) {
        digits = m[1].str();
        digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    }
    if (digits.empty() || digits.size() > 15)
        throw UsageError("--face wants an amount in yuan such as 10000000.00, not \"" + text + "\"");
    std::string cents = m[2].str();
    cents.resize(2, '0');
    return std::stoll(digits) * 100 + std::stoll(cents);
}

// "LC/P" -> (LC, P); the L/C number may hold slashes, the presentation is last.
std::pair<std::string, int> splitClaim(const std::string &id)
{
    const auto slash = id.rfind('/');
    if (slash == std::string::npos || slash == 0)
        throw UsageError("a claim is \"<L/C number>/<presentation number>\", not \"" + id + "\"");
    return { id.substr(0, slash), static_cast<int>(wholeNumber(id.substr(slash + 1), "a presentation number", 9999)) };
}

// Which record an ID names, by its form: ".../L1" a listing, ".../L1/<MSP>"
// a quote, ".../D1" a deal, else a claim.
std::string keyOf(const std::string &id)
{
    using namespace chaincode::forfaiting;
    if (std::regex_search(id, std::regex(R"(/L\d+$)")))
        return listingKey(id);
    if (std::regex_search(id, std::regex(R"(/L\d+/[^/]+$)")))
        return quoteKey(id);
    if (std::regex_search(id, std::regex(R"(/D\d+$)")))
        return dealKey(id);
    return claimKey(id);
}

int submitDraft(const CliOptions &o, const FfAction &action, std::string ids)
{
    client::Client client = openClient(o);
    client::DeskWorkflow desk(client, kProduct);
    const std::string draftId = desk.submitDraft(action.SerializeAsString());
    if (action.has_quote()) // one quote per bank and listing
        ids += ", \"quoteId\": " + jsonString(action.quote().listing_id() + "/" + client.identity().mspId());
    if (o.json)
        std::cout << "{\"draftId\": " << jsonString(draftId) << ids << "}\n";
    else
        std::cout << "Draft " << draftId << " (" << chaincode::forfaiting::actionName(action)
                  << ") awaits a checker of " << client.identity().mspId() << ".\n";
    return Done;
}

int showRecord(const CliOptions &o, const std::string &id)
{
    const std::string key = keyOf(id);
    const auto prefix = key.substr(0, key.find('/') + 1);
    lianxin::forfaiting::Claim claim;
    lianxin::forfaiting::Listing listing;
    lianxin::forfaiting::Quote quote;
    lianxin::forfaiting::Deal deal;
    if (prefix == chaincode::forfaiting::kListingPrefix)
        return printQuery(o, kProduct, "GetListing", { id }, listing);
    if (prefix == chaincode::forfaiting::kQuotePrefix)
        return printQuery(o, kProduct, "GetQuote", { id }, quote);
    if (prefix == chaincode::forfaiting::kDealPrefix)
        return printQuery(o, kProduct, "GetDeal", { id }, deal);
    return printQuery(o, kProduct, "GetClaim", { id }, claim);
}

int priceOffline(const CliOptions &o)
{
    using namespace chaincode::forfaiting;
    if (!o.face || !o.days)
        throw UsageError("usage: lianxin-cli forfaiting price --face YUAN --rate PERCENT --days N [--grace G] "
                         "--method straight|yield [--fees FEN]");
    // As the contract prices a quote: the actual days from the value date to
    // maturity plus the quote's grace days.
    const int days = static_cast<int>(wholeNumber(*o.days, "--days", 5000));
    const int grace = o.grace ? static_cast<int>(wholeNumber(*o.grace, "--grace", kMaxGraceDays)) : 0;
    const PriceInput input { yuanToFen(*o.face), rate(o), days + grace,
        o.fees ? wholeNumber(*o.fees, "--fees", kMaxOptionFen) : 0,
        method(o) == lianxin::forfaiting::STRAIGHT_DISCOUNT ? Method::StraightDiscount : Method::DiscountToYield };
    const auto result = price(input);
    if (const auto *error = std::get_if<PriceError>(&result))
        throw client::LedgerError(client::LedgerError::Kind::Rejected, error->reasonCode, error->message);
    const Price &p = std::get<Price>(result);
    if (o.json)
        std::cout << "{\"days\": " << p.days << ", \"discountFen\": " << p.discountFen
                  << ", \"feesFen\": " << input.feesFen << ", \"netFen\": " << p.netFen << "}\n";
    else
        std::cout << "Discount " << chaincode::lc::formatFen(p.discountFen) << ", fees "
                  << chaincode::lc::formatFen(input.feesFen) << ", net " << chaincode::lc::formatFen(p.netFen)
                  << " over " << p.days << " days.\n";
    return Done;
}

FfAction quoteAction(const CliOptions &o, const std::string &listingId)
{
    FfAction action;
    auto *q = action.mutable_quote();
    if (o.file)
        readJsonFile(*o.file, *q);
    q->set_listing_id(listingId);
    if (o.rate || !o.file)
        q->set_rate_micros(rate(o));
    if (!o.method.empty() || !o.file)
        q->set_method(method(o));
    q->set_day_basis(chaincode::forfaiting::kDayBasis);
    if (o.grace)
        q->set_grace_days(static_cast<int>(wholeNumber(*o.grace, "--grace", kMaxGraceDays)));
    if (o.fees)
        q->set_fees_fen(wholeNumber(*o.fees, "--fees", kMaxOptionFen));
    if (o.valueDate)
        *q->mutable_value_date() = civilDate(*o.valueDate, "--value-date");
    else if (!q->has_value_date())
        *q->mutable_value_date() = today(o);
    if (o.validUntil) {
        q->set_valid_until_seconds(chinaTime(*o.validUntil));
    } else if (q->valid_until_seconds() == 0) {
        const auto d = today(o);
        char text[20];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d 23:59", d.year(), d.month(), d.day());
        q->set_valid_until_seconds(chinaTime(text));
    }
    return action;
}

} // namespace

int forfaitingCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    const auto need = [&](std::size_t count, const char *usage) {
        if (w.size() != count)
            throw UsageError(std::string("usage: lianxin-cli forfaiting ") + usage);
    };
    FfAction action;
    std::string ids; // the IDs the draft will touch, for the next command
    if (verb == "list" || verb == "resell") {
        std::pair<std::string, int> claim;
        if (verb == "list") {
            need(4, "list LC PRESENTATION [--inquiry] [--note TEXT]");
            claim = { w[2], static_cast<int>(wholeNumber(w[3], "a presentation number", 9999)) };
        } else {
            need(3, "resell CLAIM [--inquiry] [--note TEXT]");
            claim = splitClaim(w[2]);
        }
        action.mutable_list()->set_lc_no(claim.first);
        action.mutable_list()->set_presentation_no(claim.second);
        action.mutable_list()->set_inquiry(o.inquiry);
        action.mutable_list()->set_note(o.note);
        ids = ", \"claimId\": " + jsonString(chaincode::forfaiting::claimId(claim.first, claim.second));
    } else if (verb == "quote") {
        need(3,
            "quote LISTING --rate PERCENT --method straight|yield [--grace N] [--fees FEN] "
            "[--value-date D] [--valid-until \"D HH:MM\"] [--file Quote.json]");
        action = quoteAction(o, w[2]);
    } else if (verb == "withdraw") {
        need(3, "withdraw LISTING|QUOTE");
        if (keyOf(w[2]).rfind(chaincode::forfaiting::kQuotePrefix, 0) == 0)
            action.mutable_withdraw_quote()->set_quote_id(w[2]);
        else
            action.mutable_withdraw_listing()->set_listing_id(w[2]);
    } else if (verb == "accept") {
        need(3, "accept QUOTE");
        action.mutable_accept_quote()->set_quote_id(w[2]);
    } else if (verb == "notify") {
        need(3, "notify DEAL");
        action.mutable_notify_transfer()->set_deal_id(w[2]);
    } else if (verb == "acknowledge") {
        need(3, "acknowledge DEAL");
        action.mutable_acknowledge_transfer()->set_deal_id(w[2]);
    } else if (verb == "settle") {
        need(3, "settle DEAL");
        action.mutable_settle()->set_deal_id(w[2]);
    } else if (verb == "pay" || verb == "overdue") {
        need(3, "pay|overdue CLAIM (or a deal of it)");
        const std::string claim = std::regex_replace(w[2], std::regex(R"(/D\d+$)"), "");
        if (verb == "pay")
            action.mutable_pay_at_maturity()->set_claim_id(claim);
        else
            action.mutable_record_overdue()->set_claim_id(claim);
    } else if (verb == "draft") {
        need(2, "draft --file FfAction.json");
        if (!o.file)
            throw UsageError("forfaiting draft needs --file F.json (a lianxin.forfaiting.FfAction)");
        readJsonFile(*o.file, action);
    } else if (verb == "show") {
        need(3, "show CLAIM|LISTING|QUOTE|DEAL");
        return showRecord(o, w[2]);
    } else if (verb == "listings") {
        need(2, "listings [--state S]");
        lianxin::forfaiting::ListingList list;
        return printQuery(o, kProduct, "ListListings",
            o.state.empty() ? std::vector<Bytes> {} : std::vector<Bytes> { o.state }, list);
    } else if (verb == "quotes") {
        need(3, "quotes LISTING");
        lianxin::forfaiting::QuoteList list;
        return printQuery(o, kProduct, "ListQuotes", { w[2] }, list);
    } else if (verb == "deals") {
        need(2, "deals [--bank MSPID]");
        lianxin::forfaiting::DealList list;
        return printQuery(
            o, kProduct, "ListDeals", o.bank.empty() ? std::vector<Bytes> {} : std::vector<Bytes> { o.bank }, list);
    } else if (verb == "portfolio") {
        need(2, "portfolio [--bank MSPID]");
        lianxin::forfaiting::ClaimList list;
        const std::string bank = o.bank.empty() ? openReader(o).identity().mspId() : o.bank;
        return printQuery(o, kProduct, "ListClaims", { bank }, list);
    } else if (verb == "history") {
        need(3, "history CLAIM|LISTING|QUOTE|DEAL");
        lianxin::ledger::KeyHistory history;
        return printQuery(o, kProduct, "GetHistoryForKey", { keyOf(w[2]) }, history);
    } else if (verb == "price") {
        need(2, "price --face YUAN --rate PERCENT --days N [--grace G] --method straight|yield [--fees FEN]");
        return priceOffline(o);
    } else {
        throw UsageError("unknown forfaiting command \"" + verb + "\" (lianxin-cli --help lists them)");
    }
    if (action.has_quote())
        ids = ", \"listingId\": " + jsonString(action.quote().listing_id());
    return submitDraft(o, action, ids);
}

} // namespace lx::cli
