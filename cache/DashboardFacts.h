#pragma once

// Internal to the dashboards (cache/Dashboards.cpp): the deals, maturities
// and duties of every product as plain facts, the sinks that count them or
// collect the rows behind one key, and the packed keys both compare.

#include "cache/Dashboards.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lx::cache::dash::detail {

// A Key in one integer, so a million rows are counted without comparing
// strings: chart, product, two small fields, the bank's interned number and
// a month or state.
using Packed = std::uint64_t;
// Rate times face overflows 64 bits for large books.
__extension__ typedef __int128 Wide;
inline constexpr std::uint16_t kNoBank = 0xFFFF;

Packed pack(Chart chart, int product, int a, int b, std::uint16_t bank, int value);

// Bank names as small numbers, in the order first seen.
class Banks
{
public:
    std::uint16_t id(std::string_view name); // kNoBank for ""
    std::uint16_t find(std::string_view name) const; // kNoBank when never seen
    const std::string &name(std::uint16_t id) const;

private:
    std::vector<std::string> m_names;
};

Key unpack(Packed packed, const Banks &banks);
// nullopt when the key names a bank no deal has (nothing can match).
std::optional<Packed> packKey(const Key &key, const Banks &banks);

// Where a counted row comes from; turned into a DealRow only when a
// drill-down collects it.
struct RowRef
{
    Product product = Product::Lc;
    std::int64_t rowid = -1; // an lc row (the deal scan)
    std::string_view lcNo; // an lc row by number (presentations); valid during the add
    std::size_t index = 0; // forfaiting deal / guarantee: index into ProductFacts::deals
    int item = 0;
    int itemState = -1; // a presentation's or demand's state (-1: the deal's own)
    std::optional<int> due;
    std::optional<int> done;
    std::int64_t count = 1; // identical facts counted at once (only when the sink batches)
};

class Sink
{
public:
    virtual ~Sink() = default;
    // Whether identical facts may arrive as one, weighted by RowRef::count
    // (a counter), or must arrive one by one (a collector of rows).
    virtual bool batches() const { return true; }
    // rateWeight: rate micros times face (forfaiting rates).
    virtual void add(Packed key, std::int64_t amount, std::int64_t outstanding, Wide rateWeight, const RowRef &ref) = 0;
};

enum class PartyRole { Issuing, Advising, Nominated, Seller, Buyer, Obligor, Guarantor };
// The Role a party appears under in Exposure; nullopt: none.
std::optional<Role> exposureRole(PartyRole role);

struct Party
{
    std::uint16_t bank = kNoBank;
    PartyRole role = PartyRole::Issuing;
};

struct DealFact
{
    Product product = Product::Lc;
    int state = 0;
    bool live = false;
    Party parties[3];
    int partyCount = 0;
    std::int64_t face = 0;
    std::int64_t outstanding = 0; // 0 unless live
    std::optional<int> start;
    std::optional<int> maturity; // forfaiting maturity, guarantee fixed expiry (the L/C's come from presentations)
    int type = 0; // guarantee type
    int days = 0; // forfaiting: days from value date to maturity
    std::int64_t rateMicros = 0; // forfaiting
};

// A demand's examination against its deadline.
struct ItemDuty
{
    int item = 0;
    int state = 0;
    std::int64_t amount = 0;
    std::optional<int> due;
    std::optional<int> done;
    bool pending = false; // not yet examined
};

// The forfaiting deals and guarantees, parsed once per compute.
struct ProductDeal
{
    DealFact fact;
    std::vector<ItemDuty> duties; // a guarantee's demands
    std::string ref;
    std::string firstBank;
    std::string secondBank;
    std::optional<int> due;
};

struct Scope
{
    const Filter &filter;
    std::uint16_t viewer = kNoBank; // kNoBank: everything (regulator, secretariat)
    std::uint16_t bank = kNoBank; // the bank filter (kNoBank: any bank)
    bool wants(Product p) const { return (filter.products & productBit(p)) != 0; }
    bool inRange(std::optional<int> start) const;
    bool admits(const DealFact &fact) const; // viewer, bank and date range
};

// Every chart's classification of one deal (the charts in `charts`, a bit
// per Chart).
void classifyDeal(const DealFact &fact, const RowRef &ref, const Scope &scope, unsigned charts, int today, Sink &sink);

// The sources. Each adds what the scope admits to the sink.
void scanLcDeals(sqlite3 *db, const Scope &scope, Banks &banks, unsigned charts, Sink &sink);
// Accepted presentations by maturity, and examination and payment duties:
// one pass over the presentation rows for either or both.
void scanLcPresentations(sqlite3 *db, const Scope &scope, int today, bool maturities, bool duties, Sink &sink);
std::vector<ProductDeal> loadProductDeals(sqlite3 *db, Banks &banks);
void addProductDuties(const Scope &scope, const std::vector<ProductDeal> &deals, int today, Sink &sink);
// Best bid and offer per tenor bucket on the cached quote board.
struct BoardBest
{
    std::int64_t bid = 0;
    std::int64_t offer = 0;
};
std::vector<std::pair<int, BoardBest>> boardBest(sqlite3 *db, std::int64_t nowSeconds);

Outcome outcomeOf(std::optional<int> due, std::optional<int> done, bool pending, int today);
int monthOf(int day);

} // namespace lx::cache::dash::detail
