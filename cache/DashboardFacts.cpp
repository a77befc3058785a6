// The dashboards' facts: what each product's deals are, who the parties
// are, what is outstanding and when it matures, as cache/DashboardFacts.h
// declares; and which chart points each deal counts in (classifyDeal).
#include "cache/DashboardFacts.h"

#include "cache/LcRecords.h"
#include "cache/ProductRecords.h"
#include "cache/Statement.h"

#include "chaincode/quotes/QuoteBoard.h"

#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"

#include <chrono>
#include <map>

namespace lx::cache::dash::detail {

Packed pack(Chart chart, int product, int a, int b, std::uint16_t bank, int value)
{
    return (static_cast<Packed>(chart) << 60) | (static_cast<Packed>(product & 0xF) << 56)
        | (static_cast<Packed>(a & 0xFF) << 48) | (static_cast<Packed>(b & 0xFF) << 40)
        | (static_cast<Packed>(bank) << 24) | static_cast<Packed>(value & 0xFFFFFF);
}

std::uint16_t Banks::id(std::string_view name)
{
    if (name.empty())
        return kNoBank;
    for (std::size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i] == name)
            return static_cast<std::uint16_t>(i);
    m_names.emplace_back(name);
    return static_cast<std::uint16_t>(m_names.size() - 1);
}

std::uint16_t Banks::find(std::string_view name) const
{
    for (std::size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i] == name)
            return static_cast<std::uint16_t>(i);
    return kNoBank;
}

const std::string &Banks::name(std::uint16_t id) const
{
    static const std::string none;
    return id < m_names.size() ? m_names[id] : none;
}

Key unpack(Packed packed, const Banks &banks)
{
    Key key;
    key.chart = static_cast<Chart>(packed >> 60);
    const int product = static_cast<int>((packed >> 56) & 0xF);
    const int a = static_cast<int>((packed >> 48) & 0xFF);
    const int b = static_cast<int>((packed >> 40) & 0xFF);
    const auto bank = static_cast<std::uint16_t>((packed >> 24) & 0xFFFF);
    const int value = static_cast<int>(packed & 0xFFFFFF);
    switch (key.chart) {
    case Chart::Issued:
        key.product = static_cast<Product>(product);
        key.month = value;
        break;
    case Chart::Exposure:
        key.bank = banks.name(bank);
        key.role = a;
        break;
    case Chart::Maturity:
        key.product = static_cast<Product>(product);
        key.bucket = a;
        break;
    case Chart::Funnel:
        key.product = static_cast<Product>(product);
        key.state = value;
        break;
    case Chart::Deadlines:
        key.duty = a;
        key.outcome = b;
        break;
    case Chart::ForfaitingRates:
        key.bucket = a;
        break;
    case Chart::GuaranteeTypes:
        key.type = a;
        break;
    case Chart::Statistics:
        key.product = static_cast<Product>(product);
        key.bank = banks.name(bank);
        break;
    }
    return key;
}

std::optional<Packed> packKey(const Key &key, const Banks &banks)
{
    std::uint16_t bank = kNoBank;
    if (key.chart == Chart::Exposure || key.chart == Chart::Statistics) {
        bank = banks.find(key.bank);
        if (bank == kNoBank)
            return std::nullopt;
    }
    const int product = static_cast<int>(key.product);
    switch (key.chart) {
    case Chart::Issued:
        return pack(key.chart, product, 0, 0, kNoBank, key.month);
    case Chart::Exposure:
        return pack(key.chart, 0, key.role, 0, bank, 0);
    case Chart::Maturity:
        return pack(key.chart, product, key.bucket, 0, kNoBank, 0);
    case Chart::Funnel:
        return pack(key.chart, product, 0, 0, kNoBank, key.state);
    case Chart::Deadlines:
        return pack(key.chart, 0, key.duty, key.outcome, kNoBank, 0);
    case Chart::ForfaitingRates:
        return pack(key.chart, 0, key.bucket, 0, kNoBank, 0);
    case Chart::GuaranteeTypes:
        return pack(key.chart, 0, key.type, 0, kNoBank, 0);
    case Chart::Statistics:
        return pack(key.chart, product, 0, 0, bank, 0);
    }
    return std::nullopt;
}

std::optional<Role> exposureRole(PartyRole role)
{
    switch (role) {
    case PartyRole::Issuing:
    case PartyRole::Obligor:
        return Role::IssuingBank;
    case PartyRole::Advising:
        return Role::AdvisingBank;
    case PartyRole::Buyer:
        return Role::ForfaitingHolder;
    case PartyRole::Guarantor:
        return Role::Guarantor;
    case PartyRole::Nominated:
    case PartyRole::Seller:
        break;
    }
    return std::nullopt;
}

bool Scope::inRange(std::optional<int> start) const
{
    if (!filter.from && !filter.to)
        return true;
    return start && (!filter.from || *start >= *filter.from) && (!filter.to || *start <= *filter.to);
}

bool Scope::admits(const DealFact &fact) const
{
    if (!wants(fact.product) || !inRange(fact.start))
        return false;
    bool viewerIn = viewer == kNoBank;
    bool bankIn = bank == kNoBank;
    for (int i = 0; i < fact.partyCount; ++i) {
        viewerIn = viewerIn || fact.parties[i].bank == viewer;
        bankIn = bankIn || fact.parties[i].bank == bank;
    }
    return viewerIn && bankIn;
}

int monthOf(int day)
{
    const std::chrono::year_month_day date { std::chrono::sys_days(std::chrono::days(day)) };
    return static_cast<int>(date.year()) * 12 + static_cast<int>(unsigned(date.month())) - 1;
}

Outcome outcomeOf(std::optional<int> due, std::optional<int> done, bool pending, int today)
{
    if (done)
        return due && *done > *due ? Outcome::Late : Outcome::OnTime;
    if (pending)
        return due && *due < today ? Outcome::Overdue : Outcome::Open;
    return Outcome::OnTime; // decided without a recorded day: the contract refuses late decisions
}

void classifyDeal(const DealFact &fact, const RowRef &ref, const Scope &scope, unsigned charts, int today, Sink &sink)
{
    const auto wants = [charts](Chart c) { return (charts & (1u << static_cast<int>(c))) != 0; };
    const int product = static_cast<int>(fact.product);
    if (wants(Chart::Issued) && fact.start)
        sink.add(pack(Chart::Issued, product, 0, 0, kNoBank, monthOf(*fact.start)), fact.face, 0, 0, ref);
    if (wants(Chart::Funnel))
        sink.add(pack(Chart::Funnel, product, 0, 0, kNoBank, fact.state), fact.face, 0, 0, ref);
    if (wants(Chart::Statistics)) {
        for (int i = 0; i < fact.partyCount; ++i) {
            const std::uint16_t bank = fact.parties[i].bank;
            bool seen = bank == kNoBank;
            for (int j = 0; j < i && !seen; ++j)
                seen = fact.parties[j].bank == bank;
            if (!seen)
                sink.add(pack(Chart::Statistics, product, 0, 0, bank, 0), fact.face, fact.outstanding, 0, ref);
        }
    }
    if (wants(Chart::ForfaitingRates) && fact.product == Product::Forfaiting) {
        // Our deals: sold or bought (the regulator's: every deal).
        bool ours = scope.viewer == kNoBank;
        for (int i = 0; i < fact.partyCount; ++i)
            ours = ours
                || (fact.parties[i].bank == scope.viewer
                    && (fact.parties[i].role == PartyRole::Seller || fact.parties[i].role == PartyRole::Buyer));
        const int bucket = static_cast<int>(chaincode::quotes::bucketOf(fact.days));
        if (ours && bucket != 0)
            sink.add(pack(Chart::ForfaitingRates, 0, bucket, 0, kNoBank, 0), fact.face, 0,
                static_cast<Wide>(fact.rateMicros) * fact.face, ref);
    }
    if (!fact.live)
        return;
    if (wants(Chart::Exposure)) {
        for (int i = 0; i < fact.partyCount; ++i) {
            const Party &party = fact.parties[i];
            const auto role = exposureRole(party.role);
            if (role && party.bank != kNoBank && party.bank != scope.viewer)
                sink.add(
                    pack(Chart::Exposure, 0, static_cast<int>(*role), 0, party.bank, 0), fact.outstanding, 0, 0, ref);
        }
    }
    if (wants(Chart::Maturity) && fact.maturity) {
        RowRef dated = ref;
        dated.due = fact.maturity;
        const auto bucket = maturityBucket(*fact.maturity - today);
        sink.add(
            pack(Chart::Maturity, product, static_cast<int>(bucket), 0, kNoBank, 0), fact.outstanding, 0, 0, dated);
    }
    if (wants(Chart::GuaranteeTypes) && fact.product == Product::Guarantee)
        sink.add(pack(Chart::GuaranteeTypes, 0, fact.type, 0, kNoBank, 0), fact.outstanding, 0, 0, ref);
}

} // namespace lx::cache::dash::detail
