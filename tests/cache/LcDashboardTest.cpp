// The worklist and the dashboard aggregates of cache/LcQuery.h against the
// same questions answered in the test over the generated messages.
#include "LcBookFixture.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>

namespace lx::cache::test {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

bool party(const LetterOfCredit &lc, const std::string &bank)
{
    return bank.empty() || lc.issuing_bank_msp() == bank || lc.advising_bank_msp() == bank
        || lc.nominated_bank_msp() == bank;
}

using ItemKey = std::tuple<int, std::string, int, std::string, std::int64_t, std::optional<int>, std::optional<int>>;

ItemKey keyOf(const WorkItem &w)
{
    return { static_cast<int>(w.kind), w.lcNo, w.presentationNo, w.counterparty, w.amountFen, w.dueDate, w.daysLeft };
}

} // namespace

class LcDashboardTest : public LcBookFixture
{
protected:
    std::vector<ItemKey> expectedWork(const std::string &bank) const
    {
        std::vector<WorkItem> out;
        const auto add = [&](WorkKind kind, const LetterOfCredit &lc, int number, const std::string &other,
                             std::int64_t amount, std::optional<int> due) {
            out.push_back({ kind, lc.lc_no(), number, other, amount, due,
                due ? std::optional<int>(*due - kToday) : std::nullopt, {}, {}, {} });
        };
        for (const auto &lc : m_book) {
            if (lc.advising_bank_msp() == bank) {
                if (lc.state() == LetterOfCredit::ISSUED)
                    add(WorkKind::Advise, lc, 0, lc.issuing_bank_msp(), lc.amount_fen(), std::nullopt);
                for (const auto &a : lc.amendments())
                    if (a.status() == lianxin::lc::Amendment::PENDING)
                        add(WorkKind::AnswerAmendment, lc, 0, lc.issuing_bank_msp(), lc.amount_fen(), std::nullopt);
            }
            if (lc.issuing_bank_msp() != bank)
                continue;
            bool owed = false;
            for (const auto &p : lc.presentations()) {
                const auto who = p.presenting_bank_msp();
                const bool deferred = lc.payment_term().kind() == lianxin::lc::PaymentTerm::DEFERRED;
                switch (p.state()) {
                case Presentation::PRESENTED:
                    add(WorkKind::Examine, lc, p.number(), who, p.amount_fen(), days(p.examination_deadline()));
                    break;
                case Presentation::DISCREPANT:
                    add(WorkKind::RefuseOrWaive, lc, p.number(), who, p.amount_fen(), days(p.examination_deadline()));
                    break;
                case Presentation::COMPLYING:
                case Presentation::WAIVED:
                    add(deferred ? WorkKind::ConfirmPayment : WorkKind::Pay, lc, p.number(), who, p.amount_fen(),
                        days(p.payment_deadline()));
                    break;
                case Presentation::ACCEPTED:
                    add(WorkKind::PayAtMaturity, lc, p.number(), who, p.payment_confirmation().amount_fen(),
                        days(p.payment_confirmation().maturity_date()));
                    break;
                default:
                    continue;
                }
                owed = true;
            }
            const auto ended = lc.state() == LetterOfCredit::EXPIRED || lc.state() == LetterOfCredit::CANCELLED
                || lc.state() == LetterOfCredit::CLOSED;
            if (!owed && !ended && days(lc.expiry_date()) < kToday)
                add(WorkKind::Expire, lc, 0, lc.advising_bank_msp(), lc.available_balance_fen(),
                    days(lc.expiry_date()));
        }
        std::vector<ItemKey> keys;
        for (const auto &w : out)
            keys.push_back(keyOf(w));
        return keys;
    }
};

TEST_F(LcDashboardTest, WorklistHasEveryItemSortedByDueDate)
{
    std::map<WorkKind, int> kinds;
    for (const auto &bank : m_banks) {
        SCOPED_TRACE(bank);
        const auto items = worklist(m_db, bank, "officer", kToday);
        std::vector<ItemKey> got;
        for (const auto &w : items) {
            got.push_back(keyOf(w));
            ++kinds[w.kind];
        }
        auto want = expectedWork(bank);
        auto sortedGot = got;
        std::sort(want.begin(), want.end());
        std::sort(sortedGot.begin(), sortedGot.end());
        EXPECT_EQ(sortedGot, want);
        // Dated items by due date, undated last.
        EXPECT_TRUE(std::is_sorted(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
            return std::make_pair(!a.dueDate, a.dueDate.value_or(0))
                < std::make_pair(!b.dueDate, b.dueDate.value_or(0));
        }));
        EXPECT_EQ(worklist(m_db, bank, "manager", kToday).size(), items.size());
        EXPECT_TRUE(worklist(m_db, bank, "checker", kToday).empty()); // the book has no drafts
        EXPECT_TRUE(worklist(m_db, bank, "janitor", kToday).empty());
    }
    for (const auto kind : { WorkKind::Advise, WorkKind::AnswerAmendment, WorkKind::Examine, WorkKind::RefuseOrWaive,
             WorkKind::Pay, WorkKind::ConfirmPayment, WorkKind::PayAtMaturity, WorkKind::Expire })
        EXPECT_GT(kinds[kind], 0) << static_cast<int>(kind);
    bool overdue = false;
    for (const auto &w : worklist(m_db, m_banks[0], "officer", kToday))
        overdue = overdue || (w.daysLeft && *w.daysLeft < 0);
    EXPECT_TRUE(overdue);
}

TEST_F(LcDashboardTest, Aggregates)
{
    for (const std::string &own : { std::string(), m_banks[0], m_banks[3] }) {
        SCOPED_TRACE(own.empty() ? "regulator" : own);
        std::map<int, std::pair<std::int64_t, std::int64_t>> byState;
        std::map<std::string, std::pair<std::int64_t, std::int64_t>> exposure;
        std::vector<std::pair<std::int64_t, std::int64_t>> ladder(7);
        std::map<std::pair<int, int>, std::pair<std::int64_t, std::int64_t>> months;
        for (const auto &lc : m_book) {
            if (!party(lc, own))
                continue;
            byState[lc.state()].first += 1;
            byState[lc.state()].second += lc.amount_fen();
            const int s = lc.state();
            if (s != 0 && s != 1 && s != 11 && s != 12 && s != 13 && s != 14 && s != 15) {
                const auto bank
                    = own.empty() || lc.issuing_bank_msp() != own ? lc.issuing_bank_msp() : lc.advising_bank_msp();
                exposure[bank].first += 1;
                exposure[bank].second += lc.available_balance_fen();
            }
            for (const auto &p : lc.presentations()) {
                if (p.state() != Presentation::ACCEPTED)
                    continue;
                const int d = *days(p.payment_confirmation().maturity_date()) - kToday;
                const int b = d < 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : d <= 180 ? 4 : d <= 360 ? 5 : 6;
                ladder[static_cast<std::size_t>(b)].first += 1;
                ladder[static_cast<std::size_t>(b)].second += p.payment_confirmation().amount_fen();
            }
            auto &m = months[{ lc.issue_date().year(), lc.issue_date().month() }];
            m.first += 1;
            m.second += lc.amount_fen();
        }
        std::map<int, std::pair<std::int64_t, std::int64_t>> gotState;
        for (const auto &t : totalsByState(m_db, own))
            gotState[t.state] = { t.count, t.amountFen };
        EXPECT_EQ(gotState, byState);

        const auto gotExposure = exposureByCounterparty(m_db, own);
        std::map<std::string, std::pair<std::int64_t, std::int64_t>> exposureMap;
        for (const auto &e : gotExposure)
            exposureMap[e.bank] = { e.count, e.availableFen };
        EXPECT_EQ(exposureMap, exposure);
        EXPECT_TRUE(std::is_sorted(gotExposure.begin(), gotExposure.end(),
            [](const BankExposure &a, const BankExposure &b) { return a.availableFen > b.availableFen; }));

        const auto gotLadder = maturityLadder(m_db, own, kToday);
        ASSERT_EQ(gotLadder.size(), 7u);
        EXPECT_EQ(gotLadder[0].label, "overdue");
        EXPECT_EQ(gotLadder[6].label, ">360");
        for (std::size_t i = 0; i < 7; ++i) {
            EXPECT_EQ(gotLadder[i].count, ladder[i].first) << gotLadder[i].label;
            EXPECT_EQ(gotLadder[i].amountFen, ladder[i].second) << gotLadder[i].label;
        }
        EXPECT_GT(ladder[0].first + ladder[1].first, 0);

        std::map<std::pair<int, int>, std::pair<std::int64_t, std::int64_t>> gotMonths;
        for (const auto &m : issuedByMonth(m_db, own))
            gotMonths[{ m.year, m.month }] = { m.count, m.amountFen };
        EXPECT_EQ(gotMonths, months);
        EXPECT_GT(months.size(), 40u);

        // The one-pass dashboard agrees with each chart's own query.
        const LcDashboard all = dashboard(m_db, own, kToday);
        std::map<int, std::pair<std::int64_t, std::int64_t>> allState;
        for (const auto &t : all.byState)
            allState[t.state] = { t.count, t.amountFen };
        EXPECT_EQ(allState, byState);
        ASSERT_EQ(all.exposure.size(), gotExposure.size());
        for (std::size_t i = 0; i < gotExposure.size(); ++i) {
            EXPECT_EQ(all.exposure[i].bank, gotExposure[i].bank);
            EXPECT_EQ(all.exposure[i].availableFen, gotExposure[i].availableFen);
            EXPECT_EQ(all.exposure[i].count, gotExposure[i].count);
        }
        ASSERT_EQ(all.maturities.size(), 7u);
        for (std::size_t i = 0; i < 7; ++i)
            EXPECT_EQ(all.maturities[i].amountFen, ladder[i].second);
        std::map<std::pair<int, int>, std::pair<std::int64_t, std::int64_t>> allMonths;
        for (const auto &m : all.issued)
            allMonths[{ m.year, m.month }] = { m.count, m.amountFen };
        EXPECT_EQ(allMonths, months);
    }
}

} // namespace lx::cache::test
