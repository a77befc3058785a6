#include "ProductBookGenerator.h"

#include "LcBookGenerator.h"

namespace lx::bench {

ProductBookGenerator::ProductBookGenerator(std::uint64_t seed, int todayDays, std::vector<std::string> banks)
    : m_random(seed), m_today(todayDays), m_banks(std::move(banks))
{
}

std::size_t ProductBookGenerator::pick(std::size_t n)
{
    return static_cast<std::size_t>(m_random() % n);
}

const std::string &ProductBookGenerator::bank()
{
    return m_banks[pick(m_banks.size())];
}

ProductBookGenerator::Forfaiting ProductBookGenerator::forfaiting(int i)
{
    using lianxin::forfaiting::Claim;
    using lianxin::forfaiting::Deal;
    Forfaiting out;
    Claim &claim = out.claim;
    const std::string obligor = bank();
    std::string holder = bank();
    claim.set_lc_no("LC-FF-" + std::to_string(i));
    claim.set_presentation_no(1);
    claim.set_claim_id(claim.lc_no() + "/1");
    claim.set_obligor_msp(obligor);
    claim.set_face_value_fen(static_cast<std::int64_t>(1'000'000 + pick(500'000'000)));
    const int maturity = m_today - 30 + static_cast<int>(pick(400));
    *claim.mutable_maturity_date() = LcBookGenerator::protoDay(maturity);
    claim.add_holders(holder);
    const int sales = static_cast<int>(pick(3)); // 0, 1 or 2 deals
    int trade = m_today - 200 + static_cast<int>(pick(150));
    for (int n = 1; n <= sales; ++n) {
        Deal deal;
        deal.set_deal_id(claim.claim_id() + "/D" + std::to_string(n));
        deal.set_claim_id(claim.claim_id());
        deal.set_seller_msp(holder);
        std::string buyer = bank();
        if (buyer == holder)
            buyer = m_banks[0] == holder ? m_banks[1] : m_banks[0];
        deal.set_buyer_msp(buyer);
        deal.set_obligor_msp(obligor);
        deal.set_face_value_fen(claim.face_value_fen());
        *deal.mutable_maturity_date() = LcBookGenerator::protoDay(maturity);
        *deal.mutable_trade_date() = LcBookGenerator::protoDay(trade);
        *deal.mutable_value_date() = LcBookGenerator::protoDay(trade + 2);
        deal.set_days(std::max(1, maturity - trade - 2));
        deal.set_rate_micros(static_cast<std::int64_t>(22'000 + pick(20'000)));
        // The last deal may still be on its way; an earlier one settled.
        const bool last = n == sales;
        deal.set_state(last ? static_cast<Deal::State>(1 + pick(4)) : Deal::SETTLED);
        if (deal.state() == Deal::SETTLED) {
            *deal.mutable_settled_date() = LcBookGenerator::protoDay(trade + 3);
            holder = buyer;
            claim.add_holders(holder);
        }
        out.deals.push_back(std::move(deal));
        trade += 10 + static_cast<int>(pick(30));
    }
    claim.set_holder_msp(holder);
    claim.set_deal_count(sales);
    const std::size_t fate = pick(10);
    if (maturity < m_today && fate < 6) {
        claim.set_state(Claim::PAID);
        *claim.mutable_paid_date() = LcBookGenerator::protoDay(maturity);
        claim.set_paid_to_msp(holder);
    } else if (maturity < m_today && fate < 8) {
        claim.set_state(Claim::OVERDUE);
        *claim.mutable_overdue_date() = LcBookGenerator::protoDay(maturity + 3);
    } else {
        claim.set_state(Claim::HELD);
    }
    return out;
}

lianxin::guarantee::Guarantee ProductBookGenerator::guarantee(int i)
{
    using lianxin::guarantee::Demand;
    using lianxin::guarantee::Guarantee;
    Guarantee g;
    g.set_guarantee_no("GT-" + std::to_string(100000 + i));
    g.set_type(static_cast<Guarantee::Type>(1 + pick(6)));
    g.set_issuer_msp(bank());
    g.set_advising_bank_msp(bank());
    if (g.advising_bank_msp() == g.issuer_msp())
        g.set_advising_bank_msp(m_banks[0] == g.issuer_msp() ? m_banks[1] : m_banks[0]);
    g.set_amount_fen(static_cast<std::int64_t>(500'000 + pick(300'000'000)));
    g.set_available_fen(g.amount_fen() - static_cast<std::int64_t>(pick(static_cast<std::size_t>(g.amount_fen() / 4))));
    const int issue = m_today - 500 + static_cast<int>(pick(495));
    *g.mutable_issue_date() = LcBookGenerator::protoDay(issue);
    if (pick(5) == 0) {
        g.set_expiry_type(Guarantee::EVENT);
        g.set_expiry_event("Completion certificate");
    } else {
        g.set_expiry_type(Guarantee::FIXED_DATE);
        *g.mutable_expiry_date() = LcBookGenerator::protoDay(m_today - 20 + static_cast<int>(pick(500)));
    }
    g.set_state(static_cast<Guarantee::State>(1 + pick(7)));
    if (g.state() == Guarantee::DEMANDED || g.state() == Guarantee::TERMINATED || pick(4) == 0) {
        Demand *d = g.add_demands();
        d->set_number(1);
        d->set_amount_fen(g.available_fen() / 2);
        const int received = g.state() == Guarantee::DEMANDED ? m_today - static_cast<int>(pick(9)) : issue + 30;
        *d->mutable_received_date() = LcBookGenerator::protoDay(received);
        *d->mutable_examination_deadline() = LcBookGenerator::protoDay(received + 7);
        if (g.state() == Guarantee::DEMANDED) {
            d->set_state(Demand::PRESENTED);
        } else {
            const int examined = received + 1 + static_cast<int>(pick(9)); // late after day 7
            *d->mutable_examined_date() = LcBookGenerator::protoDay(examined);
            d->set_state(pick(2) == 0 ? Demand::PAID : Demand::REJECTED);
        }
    }
    return g;
}

lianxin::quotes::Quote ProductBookGenerator::quote(int i, std::int64_t nowSeconds)
{
    lianxin::quotes::Quote q;
    q.set_id("QT-" + std::to_string(100000 + i));
    q.set_side(pick(2) == 0 ? lianxin::quotes::BUY : lianxin::quotes::SELL);
    q.set_obligor_tier(1 + static_cast<int>(pick(5)));
    q.set_tenor(static_cast<lianxin::quotes::TenorBucket>(1 + pick(5)));
    q.set_rate_micros(static_cast<std::int64_t>(20'000 + pick(25'000)));
    q.set_amount_fen(static_cast<std::int64_t>(10'000'000 + pick(1'000'000'000)));
    q.set_quoting_bank_msp(bank());
    q.set_status(pick(6) == 0 ? lianxin::quotes::Quote::WITHDRAWN : lianxin::quotes::Quote::LIVE);
    q.set_posted_seconds(nowSeconds - 3600);
    // A few have expired.
    q.set_valid_until_seconds(nowSeconds + (pick(5) == 0 ? -60 : 86400));
    return q;
}

} // namespace lx::bench
