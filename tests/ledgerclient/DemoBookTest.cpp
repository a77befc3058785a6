#include "ledgerclient/DemoBook.h"

#include "TempDir.h"

#include "chaincode/calendar/BusinessCalendar.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/trust/Uscc.h"
#include "crypto/Hash.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DemoParties.h"
#include "ledgerclient/DemoTimeline.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/notary.pb.h"

#include <chrono>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <set>

using namespace lx;
using namespace lx::client;
using namespace std::chrono;
using lianxin::lc::LetterOfCredit;

namespace {

const std::string kPass = "demo book passphrase";
// A fixed "today" keeps the test's book the same whatever day it runs.
constexpr year_month_day kToday { year { 2026 } / November / 27 };
constexpr int kLetters = 60;

std::string stepDates(const demo::DemoLetter &letter)
{
    std::string out;
    for (const auto &step : letter.steps)
        out += chaincode::calendar::formatDate(step.date) + demo::stepName(step) + step.action.SerializeAsString();
    return out;
}

} // namespace

TEST(DemoBookPlan, SmallestBookShowsEveryStateAndIsTheSameEachTime)
{
    const auto book = demo::planDemoBook(14, 7, kToday);
    std::set<LetterOfCredit::State> targets;
    for (const auto &letter : book)
        targets.insert(letter.target);
    EXPECT_EQ(targets.size(), demo::demoStates().size());
    const auto again = demo::planDemoBook(14, 7, kToday);
    ASSERT_EQ(again.size(), book.size());
    for (std::size_t i = 0; i < book.size(); ++i) {
        EXPECT_EQ(again[i].lcNo, book[i].lcNo);
        EXPECT_EQ(stepDates(again[i]), stepDates(book[i]));
    }
    const auto other = demo::planDemoBook(14, 8, kToday);
    EXPECT_NE(stepDates(other[3]), stepDates(book[3])) << "another seed tells other stories";
}

TEST(DemoBookPlan, EveryStoryKeepsTheCalendarForManyDaysAndSeeds)
{
    const auto calendar = chaincode::calendar::BusinessCalendar::chinaDefault();
    // Around holidays, at a year's start and in the partly known 2027.
    const year_month_day todays[] = { kToday, year { 2026 } / February / 24, year { 2026 } / October / 9,
        year { 2027 } / January / 4, year { 2027 } / June / 30 };
    for (const year_month_day today : todays) {
        for (const std::uint32_t seed : { 1u, 2026u }) {
            const auto book = demo::planDemoBook(300, seed, today);
            std::set<std::string> numbers;
            std::set<std::string> hashes;
            for (const auto &letter : book) {
                SCOPED_TRACE(letter.lcNo + " on " + chaincode::calendar::formatDate(today));
                EXPECT_TRUE(numbers.insert(letter.lcNo).second) << "numbers are unique";
                EXPECT_LE((sys_days(today) - sys_days(letter.issueDate)).count(), 310);
                sys_days previous {};
                for (const auto &step : letter.steps) {
                    EXPECT_TRUE(calendar.isBusinessDay(step.date)) << demo::stepName(step);
                    EXPECT_LT(previous, sys_days { step.date }) << demo::stepName(step);
                    EXPECT_LE(sys_days { step.date }, sys_days { today }) << demo::stepName(step);
                    EXPECT_NE(step.maker, "checker1");
                    previous = sys_days { step.date };
                    if (step.action.has_issue()) {
                        EXPECT_TRUE(chaincode::trust::checkUscc(step.action.issue().lc().applicant().uscc()));
                        EXPECT_TRUE(chaincode::trust::checkUscc(step.action.issue().lc().beneficiary().uscc()));
                    }
                    for (const auto &doc : step.action.present().presentation().documents()) {
                        EXPECT_TRUE(hashes.insert(doc.sha256()).second) << doc.file_name();
                        EXPECT_EQ(doc.sha256().size(), 32u);
                    }
                }
            }
        }
    }
}

namespace {

struct LoadedBook
{
    std::unique_ptr<test::TempDir> dir;
    std::shared_ptr<Ledger> ledger;
    std::unique_ptr<Wallet> wallet;
    DemoBookSummary summary;
};

LoadedBook loadInNewSandbox(int letters, std::uint32_t seed)
{
    LoadedBook book;
    book.dir = std::make_unique<test::TempDir>();
    initSandbox(book.dir->path(), kPass);
    book.wallet = std::make_unique<Wallet>(Wallet::open(walletDir(book.dir->path()), kPass));
    book.ledger = openEmbeddedLedger(consortiumDir(book.dir->path()));
    DemoBookOptions options;
    options.letters = letters;
    options.seed = seed;
    options.today = kToday;
    book.summary = loadDemoBook(book.ledger, *book.wallet, options);
    std::cout << "[ timing   ] " << letters << " demo L/Cs, " << book.summary.transactions << " transactions in "
              << book.summary.seconds << " s\n";
    return book;
}

} // namespace

// One book for the suite: loading it is the expensive part.
class DemoBook : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_book = std::make_unique<LoadedBook>(loadInNewSandbox(kLetters, 2026)); }
    static void TearDownTestSuite() { s_book.reset(); }

    static Client as(const std::string &label) { return Client(s_book->ledger, s_book->wallet->identity(label)); }
    static lianxin::lc::LcList all()
    {
        Client regulator = as("RegulatorMSP/auditor1");
        return LcWorkflow(regulator).list();
    }

    static std::unique_ptr<LoadedBook> s_book;
};

std::unique_ptr<LoadedBook> DemoBook::s_book;

TEST_F(DemoBook, ShowsEveryStateAsItsSummarySays)
{
    const auto list = all();
    std::map<std::string, int> counted;
    for (const auto &lc : list.lcs())
        ++counted[LetterOfCredit::State_Name(lc.state())];
    for (const auto state : demo::demoStates())
        EXPECT_GT(counted[LetterOfCredit::State_Name(state)], 0) << LetterOfCredit::State_Name(state);
    EXPECT_EQ(counted, s_book->summary.byState);
    EXPECT_EQ(list.lcs_size(), kLetters);
    EXPECT_EQ(s_book->summary.letters, kLetters);
    Client regulator = as("RegulatorMSP/auditor1");
    EXPECT_EQ(LcWorkflow(regulator).list("ACCEPTED").lcs_size(), counted["ACCEPTED"]);
}

TEST_F(DemoBook, EveryHistoryHasFourEyesAndKeepsTime)
{
    const auto list = all();
    for (const auto &lc : list.lcs()) {
        SCOPED_TRACE(lc.lc_no());
        ASSERT_GT(lc.history_size(), 0);
        EXPECT_EQ(lc.history(0).action(), "Issue");
        EXPECT_EQ(lc.title(), "國內信用證");
        std::tuple<int, int, int> previous { 0, 0, 0 };
        for (const auto &event : lc.history()) {
            EXPECT_FALSE(event.maker().empty());
            EXPECT_FALSE(event.checker().empty());
            EXPECT_NE(event.maker(), event.checker()) << event.action();
            const std::tuple<int, int, int> date { event.date().year(), event.date().month(), event.date().day() };
            EXPECT_LE(previous, date) << event.action();
            EXPECT_LE(date, std::make_tuple(2026, 11, 27)) << event.action();
            previous = date;
        }
        for (const auto &p : lc.presentations()) {
            EXPECT_FALSE(p.examination().late());
            if (p.state() == lianxin::lc::Presentation::PAID_AT_MATURITY) {
                EXPECT_LE(chaincode::lc::text(p.payment_confirmation().maturity_date()), "2026-11-27");
            }
            if (p.state() == lianxin::lc::Presentation::ACCEPTED) {
                EXPECT_GT(chaincode::lc::text(p.payment_confirmation().maturity_date()), "2026-11-27");
            }
        }
    }
}

TEST_F(DemoBook, PresentedDocumentsAndIssuedLettersAreNotarized)
{
    Client reader = as("NanhaiBankMSP/officer1");
    int documents = 0;
    const auto list = all();
    for (const auto &lc : list.lcs()) {
        for (const auto &p : lc.presentations()) {
            for (const auto &doc : p.documents()) {
                SCOPED_TRACE(lc.lc_no() + " " + doc.file_name());
                lianxin::trust::NotaryRecord record;
                ASSERT_TRUE(
                    record.ParseFromString(reader.evaluate("trust", "notary", "Verify", { doc.sha256() }).payload()));
                ASSERT_EQ(record.entries_size(), 1);
                EXPECT_EQ(record.entries(0).lc_no(), lc.lc_no());
                EXPECT_EQ(record.entries(0).submitting_msp(), p.presenting_bank_msp());
                ++documents;
            }
        }
        const Bytes original = LcWorkflow(reader).originalRecord(lc.lc_no());
        lianxin::trust::NotaryRecord record;
        ASSERT_TRUE(record.ParseFromString(
            reader.evaluate("trust", "notary", "Verify", { crypto::sha256(original) }).payload()));
        EXPECT_EQ(record.entries(0).doc_type(), "LC");
    }
    EXPECT_GT(documents, kLetters);
    EXPECT_EQ(s_book->summary.documentsNotarized, documents + kLetters);
}

TEST_F(DemoBook, LeavesNoDraftPending)
{
    for (const auto &bank : demo::demoBanks()) {
        Client checker = as(bank.mspId + "/checker1");
        const auto drafts = LcWorkflow(checker).drafts();
        for (const auto &draft : drafts.drafts())
            EXPECT_NE(draft.status(), lianxin::lc::Draft::PENDING) << bank.mspId << " " << draft.id();
    }
}

TEST_F(DemoBook, RefusesToLoadTheSameBookTwice)
{
    DemoBookOptions options;
    options.letters = 3;
    options.seed = 2026;
    options.today = kToday;
    try {
        loadDemoBook(s_book->ledger, *s_book->wallet, options);
        FAIL() << "loaded twice";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "DEMO_BOOK_EXISTS");
    }
}

TEST_F(DemoBook, TheSameSeedGivesTheSameBookInAnotherSandbox)
{
    const LoadedBook other = loadInNewSandbox(kLetters, 2026);
    Client regulator(other.ledger, other.wallet->identity("RegulatorMSP/auditor1"));
    std::map<std::string, std::string> theirs;
    const auto otherList = LcWorkflow(regulator).list();
    for (const auto &lc : otherList.lcs())
        theirs[lc.lc_no()] = LetterOfCredit::State_Name(lc.state()) + " " + chaincode::lc::text(lc.issue_date()) + " "
            + std::to_string(lc.amount_fen()) + " " + std::to_string(lc.history_size());
    std::map<std::string, std::string> ours;
    const auto list = all();
    for (const auto &lc : list.lcs())
        ours[lc.lc_no()] = LetterOfCredit::State_Name(lc.state()) + " " + chaincode::lc::text(lc.issue_date()) + " "
            + std::to_string(lc.amount_fen()) + " " + std::to_string(lc.history_size());
    EXPECT_EQ(theirs, ours);
    EXPECT_EQ(other.summary.byState, s_book->summary.byState);
}

// Not run by default: the full default book, for its time
// (--gtest_also_run_disabled_tests).
TEST(DemoBookTiming, DISABLED_DefaultBook)
{
    const LoadedBook book = loadInNewSandbox(300, 2026);
    std::map<std::string, int> profile = book.summary.byState;
    Client regulator(book.ledger, book.wallet->identity("RegulatorMSP/auditor1"));
    const auto list = LcWorkflow(regulator).list();
    for (const auto &lc : list.lcs()) {
        ++profile["issued in " + chaincode::lc::text(lc.issue_date()).substr(0, 7)];
        ++profile[lc.payment_term().kind() == lianxin::lc::PaymentTerm::SIGHT
                ? std::string("term sight")
                : "term deferred " + lianxin::lc::PaymentTerm::MaturityBasis_Name(lc.payment_term().basis())];
        for (const auto &a : lc.amendments())
            ++profile["amendment " + lianxin::lc::Amendment::Status_Name(a.status())];
        profile["presentations"] += lc.presentations_size();
        for (const auto &p : lc.presentations()) {
            profile["presented via nominated bank"] += p.presenting_bank_msp() == lc.nominated_bank_msp() ? 1 : 0;
            profile["late payment"] += p.payment().late() ? 1 : 0;
            profile["late payment confirmation"] += p.payment_confirmation().late() ? 1 : 0;
            profile["waived"] += p.waiver().applicant_consent().empty() ? 0 : 1;
            if (p.state() == lianxin::lc::Presentation::REFUSED)
                ++profile["refused " + lianxin::lc::Examination::Disposition_Name(p.examination().disposition())];
        }
        profile["L/Cs with two presentations"] += lc.presentations_size() > 1 ? 1 : 0;
    }
    for (const auto &[what, count] : profile)
        std::cout << "  " << what << ": " << count << "\n";
    std::cout << "  notarized: " << book.summary.documentsNotarized << "\n";
}

TEST(DemoBookRun, StopsWhenCancelledLeavingNoDraftBehind)
{
    test::TempDir dir;
    initSandbox(dir.path(), kPass);
    const Wallet wallet = Wallet::open(walletDir(dir.path()), kPass);
    const auto ledger = openEmbeddedLedger(consortiumDir(dir.path()));
    std::atomic<bool> cancel { false };
    std::atomic<int> reported { 0 };
    DemoBookOptions options;
    options.letters = 40;
    options.today = kToday;
    options.workers = 4;
    options.cancel = &cancel;
    options.progress = [&](int done, int total) {
        EXPECT_EQ(total, 40);
        reported = std::max(reported.load(), done);
        if (done >= 6)
            cancel = true;
    };
    const DemoBookSummary summary = loadDemoBook(ledger, wallet, options);
    EXPECT_GE(reported.load(), 6);
    EXPECT_LT(summary.letters, 40);
    Client regulator(ledger, wallet.identity("RegulatorMSP/auditor1"));
    EXPECT_EQ(LcWorkflow(regulator).list().lcs_size(), summary.letters);
    for (const auto &bank : demo::demoBanks()) {
        Client checker(ledger, wallet.identity(bank.mspId + "/checker1"));
        const auto drafts = LcWorkflow(checker).drafts();
        for (const auto &draft : drafts.drafts())
            EXPECT_NE(draft.status(), lianxin::lc::Draft::PENDING) << bank.mspId << " " << draft.id();
    }
}

TEST(DemoBookRun, AStepTheContractRefusesFailsTheLoadNamingTheLetterStepAndReason)
{
    // Nanhai's checker1 is an officer here, so the contract refuses every
    // approval at Nanhai (LC_NOT_CHECKER).
    SandboxSpec spec = defaultSandbox();
    for (SandboxOrg &org : spec.orgs) {
        for (SandboxUser &user : org.users) {
            if (org.mspId == "NanhaiBankMSP" && user.user == "checker1")
                user.role = "officer";
        }
    }
    test::TempDir dir;
    initSandbox(dir.path(), kPass, spec);
    const Wallet wallet = Wallet::open(walletDir(dir.path()), kPass);
    DemoBookOptions options;
    options.letters = 14;
    options.today = kToday;
    try {
        loadDemoBook(openEmbeddedLedger(consortiumDir(dir.path())), wallet, options);
        FAIL() << "the refusals were swallowed";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "DEMO_BOOK_STEP_REFUSED");
        const std::string message = e.what();
        EXPECT_NE(message.find("LC_NOT_CHECKER"), std::string::npos) << message;
        EXPECT_NE(message.find("LC0"), std::string::npos) << message;
        EXPECT_TRUE(message.find(" Issue on ") != std::string::npos || message.find(" Advise on ") != std::string::npos
            || message.find(" Present on ") != std::string::npos)
            << message;
    }
}
