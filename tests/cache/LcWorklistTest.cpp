// The worklist of cache/LcQuery.h against the
// same questions answered in the test over the generated messages.
#include "LcBookFixture.h"

#include "cache/LcRecords.h"
#include "cache/Statement.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>

namespace lx::cache::test {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

using ItemKey = std::tuple<int, std::string, int, std::string, std::int64_t, std::optional<int>, std::optional<int>>;

ItemKey keyOf(const WorkItem &w)
{
    return { static_cast<int>(w.kind), w.lcNo, w.presentationNo, w.counterparty, w.amountFen, w.dueDate, w.daysLeft };
}

} // namespace

class LcWorklistTest : public LcBookFixture
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
                    add(p.duplicates_size() > 0 ? WorkKind::ExamineDuplicates : WorkKind::Examine, lc, p.number(), who,
                        p.amount_fen(), days(p.examination_deadline()));
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

TEST_F(LcWorklistTest, WorklistHasEveryItemSortedByDueDate)
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

// A presentation carrying documents presented under other L/Cs is the
// examiner's task apart; a schema-4 cache learns it from its records.
TEST_F(LcWorklistTest, ADuplicateDocumentMakesTheExaminationATaskOfItsOwn)
{
    auto presented = std::find_if(m_book.begin(), m_book.end(), [](const LetterOfCredit &lc) {
        return std::any_of(lc.presentations().begin(), lc.presentations().end(),
            [](const Presentation &p) { return p.state() == Presentation::PRESENTED; });
    });
    ASSERT_NE(presented, m_book.end());
    LetterOfCredit lc = *presented;
    Presentation *p = nullptr;
    for (auto &candidate : *lc.mutable_presentations())
        if (candidate.state() == Presentation::PRESENTED)
            p = &candidate;
    auto *duplicate = p->add_duplicates();
    duplicate->set_doc_type("INVOICE");
    duplicate->add_other_lc_nos("LC-ELSEWHERE-1");
    upsertLetterOfCredit(m_db, lc, 7, "tx-dup");
    *presented = lc;

    const auto kindOf = [&] {
        for (const auto &w : worklist(m_db, lc.issuing_bank_msp(), "officer", kToday))
            if (w.lcNo == lc.lc_no() && w.presentationNo == p->number())
                return w.kind;
        return WorkKind::Advise;
    };
    EXPECT_EQ(kindOf(), WorkKind::ExamineDuplicates);
    std::vector<ItemKey> got;
    for (const auto &w : worklist(m_db, lc.issuing_bank_msp(), "officer", kToday))
        got.push_back(keyOf(w));
    auto want = expectedWork(lc.issuing_bank_msp());
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want);

    execute(m_db, "ALTER TABLE lc_presentation DROP COLUMN duplicates;"
                  "UPDATE meta SET value = 4 WHERE key = 'lc_schema_version';");
    createLcSchema(m_db);
    EXPECT_EQ(kindOf(), WorkKind::ExamineDuplicates) << "migrated from the record";
}

} // namespace lx::cache::test
