#pragma once

#include "crypto/Bytes.h"

#include "lianxin/forfaiting.pb.h"

#include <QString>

#include <cstdint>
#include <google/protobuf/message_lite.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::models {

// An accepted deferred-payment presentation this bank presented, with the
// obligation the issuing bank confirmed: what it could sell (DESIGN 4.2).
struct EligibleClaim
{
    std::string lcNo;
    int presentationNo = 0;
    std::string obligorMsp;
    std::int64_t faceValueFen = 0;
    int maturityDay = 0; // days since 1970-01-01
    std::string claimId() const;
};

// One timeline line of a forfaiting record: the event the contract
// recorded and the block the cache saw its transaction committed in.
struct FfTimelineEntry
{
    lianxin::forfaiting::FfEvent event;
    std::uint64_t block = 0;
};

// The forfaiting book as the signed-in bank's cache holds it, read in one
// go on the BookReader's thread: every claim, listing, quote and deal of
// channel "forfaiting" the bank may see, the presentations it could sell,
// and the records the contract's dry run needs (the forfaiting keys and
// the L/Cs they rest on, as "lc/<lcNo>").
struct FfSnapshot
{
    std::string bankMsp;
    int today = 0; // China day number by the session's clock
    std::vector<lianxin::forfaiting::Claim> claims;
    std::vector<lianxin::forfaiting::Listing> listings;
    std::vector<lianxin::forfaiting::Quote> quotes;
    std::vector<lianxin::forfaiting::Deal> deals;
    std::vector<EligibleClaim> eligible; // not yet listed, maturing after today
    std::map<std::string, Bytes> records;
    std::map<std::string, std::uint64_t> blockOfTx;

    static FfSnapshot read(sqlite3 *db, const std::string &bankMsp, int today);

    const lianxin::forfaiting::Claim *claim(const std::string &claimId) const;
    const lianxin::forfaiting::Listing *listing(const std::string &listingId) const;
    const lianxin::forfaiting::Deal *deal(const std::string &dealId) const;
    // The deal's events and then those of its claim after the deal's last
    // (payment at maturity, overdue, a resale), oldest first.
    std::vector<FfTimelineEntry> dealTimeline(const std::string &dealId) const;
    // Adds a record to `records` under its contract key, for callers (and
    // tests) that build a snapshot by hand.
    void remember(const std::string &key, const google::protobuf::MessageLite &message);
};

// Forfaiting dates on screen: a proto date as a day number (nullopt unset).
std::optional<int> ffDay(const lianxin::lc::Date &date);

} // namespace lx::models
