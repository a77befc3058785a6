#include "models/forfaiting/FfSnapshot.h"

#include "cache/LcRecords.h"
#include "cache/ProductRecords.h"
#include "cache/Statement.h"

#include "chaincode/forfaiting/FfStateMachine.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace lx::models {

namespace {

using namespace lianxin::forfaiting;
namespace ff = chaincode::forfaiting;

const char *const kChannel = "forfaiting";

template<class Message> std::vector<Message> parsed(const std::vector<cache::ProductRecord> &records)
{
    std::vector<Message> out;
    for (const auto &record : records) {
        Message message;
        if (message.ParseFromString(record.value))
            out.push_back(std::move(message));
    }
    return out;
}

} // namespace

std::string EligibleClaim::claimId() const
{
    return ff::claimId(lcNo, presentationNo);
}

std::optional<int> ffDay(const lianxin::lc::Date &date)
{
    return cache::epochDays(date);
}

FfSnapshot FfSnapshot::read(sqlite3 *db, const std::string &bankMsp, int today)
{
    FfSnapshot s;
    s.bankMsp = bankMsp;
    s.today = today;
    std::set<std::string> lcNos;
    for (const char *kind : { "claim", "listing", "quote", "deal" }) {
        const auto records = cache::productRecords(db, kChannel, kind);
        for (const auto &record : records) {
            s.records[record.key] = record.value;
            for (const auto &change : cache::productChanges(db, kChannel, record.key))
                s.blockOfTx[change.txId] = change.block;
        }
        if (std::string_view(kind) == "claim")
            s.claims = parsed<Claim>(records);
        else if (std::string_view(kind) == "listing")
            s.listings = parsed<Listing>(records);
        else if (std::string_view(kind) == "quote")
            s.quotes = parsed<Quote>(records);
        else
            s.deals = parsed<Deal>(records);
    }
    for (const Claim &claim : s.claims)
        lcNos.insert(claim.lc_no());

    // The presentations this bank presented and the issuing bank accepted
    // (payment at maturity confirmed), maturing after today.
    cache::Statement accepted(db,
        "SELECT lc_no, number, issuing_bank, confirmed_fen, maturity_date FROM lc_presentation"
        " WHERE presenting_bank = ?1 AND state = ?2 AND maturity_date > ?3 ORDER BY maturity_date, lc_no, number");
    accepted.bind(1, bankMsp)
        .bind(2, static_cast<std::int64_t>(lianxin::lc::Presentation::ACCEPTED))
        .bind(3, static_cast<std::int64_t>(today));
    while (accepted.step()) {
        EligibleClaim e { accepted.text(0), static_cast<int>(accepted.integer(1)), accepted.text(2),
            accepted.integer(3), static_cast<int>(accepted.integer(4)) };
        const Claim *claim = s.claim(e.claimId());
        // Listed, sold or held by another bank: no longer this bank's to offer.
        const bool offered
            = claim && (claim->state() != Claim::HELD || claim->holder_msp() != bankMsp || claim->holders_size() > 1);
        if (offered)
            continue;
        lcNos.insert(e.lcNo);
        s.eligible.push_back(std::move(e));
    }
    for (const std::string &lcNo : lcNos) {
        if (const auto lc = cache::loadLetterOfCredit(db, lcNo))
            s.records["lc/" + lcNo] = lc->SerializeAsString();
    }
    return s;
}

const Claim *FfSnapshot::claim(const std::string &claimId) const
{
    const auto found
        = std::find_if(claims.begin(), claims.end(), [&](const Claim &c) { return c.claim_id() == claimId; });
    return found == claims.end() ? nullptr : &*found;
}

const Listing *FfSnapshot::listing(const std::string &listingId) const
{
    const auto found
        = std::find_if(listings.begin(), listings.end(), [&](const Listing &l) { return l.listing_id() == listingId; });
    return found == listings.end() ? nullptr : &*found;
}

const Deal *FfSnapshot::deal(const std::string &dealId) const
{
    const auto found = std::find_if(deals.begin(), deals.end(), [&](const Deal &d) { return d.deal_id() == dealId; });
    return found == deals.end() ? nullptr : &*found;
}

std::vector<FfTimelineEntry> FfSnapshot::dealTimeline(const std::string &dealId) const
{
    std::vector<FfTimelineEntry> out;
    const Deal *d = deal(dealId);
    if (!d)
        return out;
    const auto blockOf = [this](const std::string &txId) {
        const auto found = blockOfTx.find(txId);
        return found == blockOfTx.end() ? std::uint64_t { 0 } : found->second;
    };
    std::int64_t last = 0;
    for (const FfEvent &event : d->history()) {
        out.push_back({ event, blockOf(event.tx_id()) });
        last = std::max(last, event.timestamp_seconds());
    }
    if (const Claim *c = claim(d->claim_id())) {
        for (const FfEvent &event : c->history()) {
            const bool known = std::any_of(
                out.begin(), out.end(), [&](const FfTimelineEntry &e) { return e.event.tx_id() == event.tx_id(); });
            if (!known && event.timestamp_seconds() > last)
                out.push_back({ event, blockOf(event.tx_id()) });
        }
    }
    return out;
}

void FfSnapshot::remember(const std::string &key, const google::protobuf::MessageLite &message)
{
    records[key] = message.SerializeAsString();
}

} // namespace lx::models
