#include "ledgerclient/DemoBook.h"

#include "chaincode/lc/LcDates.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DemoTimeline.h"
#include "ledgerclient/LcWorkflow.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace lx::client {

namespace {

using demo::DemoLetter;
using demo::DemoStep;

// A step the contract (or the ledger) did not take.
struct Refusal
{
    std::string lcNo;
    std::string step;
    std::string date;
    std::string reason;
};

// What the workers add up; guarded by `mutex` except the counters.
struct Tally
{
    std::atomic<std::size_t> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<int> transactions { 0 };
    std::atomic<int> notarized { 0 };
    std::mutex mutex;
    int letters = 0;
    std::map<std::string, int> byState;
    std::vector<Refusal> refusals;
    // The ledger itself failed (a full disk): not a refusal of a step; the
    // run stops and the caller hears that error, not a list of refusals.
    std::optional<LedgerError> unavailable;
    std::atomic<bool> stop { false };
};

// One worker's desks: a client per identity it has needed so far. Clients
// are not shared between workers because each carries the clock of the
// step its worker is signing.
class Desks
{
public:
    Desks(std::shared_ptr<Ledger> ledger, const Wallet &wallet) : m_ledger(std::move(ledger)), m_wallet(wallet) { }

    Client &client(const std::string &mspId, const std::string &user)
    {
        const std::string label = mspId + "/" + user;
        auto &slot = m_clients[label];
        if (!slot)
            slot = std::make_unique<Client>(m_ledger, m_wallet.identity(label));
        return *slot;
    }

private:
    std::shared_ptr<Ledger> m_ledger;
    const Wallet &m_wallet;
    std::map<std::string, std::unique_ptr<Client>> m_clients;
};

// An ordered transaction can still be invalidated (an MVCC conflict with
// another desk); the draft or its approval is then simply sent again. A
// contract refusal is never retried.
template<typename Call> auto resent(Call call)
{
    for (int attempt = 1;; ++attempt) {
        try {
            return call();
        } catch (const LedgerError &e) {
            if (e.reasonCode() != "TX_INVALIDATED" || attempt == 3)
                throw;
        }
    }
}

void runLetter(const DemoLetter &letter, Desks &desks, Tally &tally, const DemoBookOptions &options)
{
    std::optional<lianxin::lc::LetterOfCredit> last;
    std::optional<Refusal> refusal;
    const auto stopped = [&] { return options.cancel && options.cancel->load(); };
    for (const DemoStep &step : letter.steps) {
        if (stopped())
            break;
        Client &maker = desks.client(step.bankMsp, step.maker);
        Client &checker = desks.client(step.bankMsp, "checker1");
        maker.setClock(chinaDateClock(step.date));
        checker.setClock(chinaDateClock(step.date));
        const auto refused = [&](const std::string &reason) {
            refusal = Refusal { letter.lcNo, demo::stepName(step), chaincode::calendar::formatDate(step.date), reason };
        };
        try {
            LcWorkflow makerDesk(maker);
            const std::string draftId = resent([&] { return makerDesk.submitDraft(step.action); });
            ++tally.transactions;
            LcWorkflow checkerDesk(checker);
            const LcWorkflow::Approval approval = resent([&] { return checkerDesk.approve(draftId); });
            tally.transactions += 1 + approval.notarized;
            tally.notarized += approval.notarized;
            last = approval.lc;
            // A presentation's documents are on trust or the contract refused
            // it; the issued L/C's own record is notarized after the issue.
            if (!approval.notarizationErrors.empty())
                refused("NOTARY: " + approval.notarizationErrors.front());
        } catch (const LedgerError &e) {
            refused(e.reasonCode() + ": " + e.what());
            if (e.kind() == LedgerError::Kind::Unavailable) {
                std::lock_guard lock(tally.mutex);
                if (!tally.unavailable)
                    tally.unavailable = e;
                tally.stop = true;
            }
        } catch (const std::exception &e) {
            refused(std::string("ERROR: ") + e.what());
        }
        if (refusal)
            break;
    }
    if (refusal) {
        // Count the L/C as the ledger holds it, whatever step failed.
        try {
            LcWorkflow reader(desks.client(letter.steps.front().bankMsp, "checker1"));
            last = reader.letterOfCredit(letter.lcNo);
        } catch (const std::exception &) {
            last.reset();
        }
    } else if (last && !stopped() && last->state() != letter.target) {
        refusal = Refusal { letter.lcNo, "(end)", "",
            "ended " + lianxin::lc::LetterOfCredit::State_Name(last->state()) + ", planned "
                + lianxin::lc::LetterOfCredit::State_Name(letter.target) };
    }
    std::lock_guard lock(tally.mutex);
    if (last) {
        ++tally.letters;
        ++tally.byState[lianxin::lc::LetterOfCredit::State_Name(last->state())];
    }
    if (refusal)
        tally.refusals.push_back(*refusal);
}

void refuseExisting(const std::shared_ptr<Ledger> &ledger, const Wallet &wallet, const std::vector<DemoLetter> &book)
{
    if (book.empty())
        return;
    Client reader(ledger, wallet.identity(book.front().steps.front().bankMsp + "/checker1"));
    std::set<std::string> planned;
    for (const DemoLetter &letter : book)
        planned.insert(letter.lcNo);
    const lianxin::lc::LcList onLedger = LcWorkflow(reader).list();
    for (const auto &lc : onLedger.lcs()) {
        if (planned.count(lc.lc_no()))
            throw LedgerError(LedgerError::Kind::Rejected, "DEMO_BOOK_EXISTS",
                "L/C " + lc.lc_no() + " of the demo book is on the ledger already; load the demo book into a new "
                    + "sandbox, or choose another seed.");
    }
}

} // namespace

DemoBookSummary loadDemoBook(std::shared_ptr<Ledger> ledger, const Wallet &wallet, const DemoBookOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    if (!options.today.ok())
        throw std::invalid_argument("The demo book needs today's date (in China) as DemoBookOptions::today.");
    std::vector<DemoLetter> book = demo::planDemoBook(options.letters, options.seed, options.today);
    refuseExisting(ledger, wallet, book);

    // Longest stories first, so the run does not end waiting on one of them;
    // the outcome does not depend on the order (L/Cs share no keys).
    std::vector<const DemoLetter *> queue;
    for (const DemoLetter &letter : book)
        queue.push_back(&letter);
    std::stable_sort(queue.begin(), queue.end(),
        [](const DemoLetter *a, const DemoLetter *b) { return a->steps.size() > b->steps.size(); });

    Tally tally;
    const int total = static_cast<int>(book.size());
    const int workers = std::clamp(options.workers, 1, std::max(1, std::min(32, total)));
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            Desks desks(ledger, wallet);
            for (std::size_t i = tally.next++; i < queue.size(); i = tally.next++) {
                if ((options.cancel && options.cancel->load()) || tally.stop)
                    break;
                runLetter(*queue[i], desks, tally, options);
                const int done = ++tally.done;
                if (options.progress)
                    options.progress(done, total);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();

    DemoBookSummary summary;
    summary.letters = tally.letters;
    summary.transactions = tally.transactions;
    summary.documentsNotarized = tally.notarized;
    summary.byState = tally.byState;
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (tally.unavailable)
        throw *tally.unavailable;
    if (!tally.refusals.empty()) {
        std::sort(tally.refusals.begin(), tally.refusals.end(),
            [](const Refusal &a, const Refusal &b) { return a.lcNo < b.lcNo; });
        std::string message = std::to_string(tally.refusals.size()) + " of " + std::to_string(total)
            + " demo L/Cs stopped at a step the ledger refused:";
        for (std::size_t i = 0; i < tally.refusals.size() && i < 20; ++i) {
            const Refusal &r = tally.refusals[i];
            message += "\n  " + r.lcNo + " " + r.step + (r.date.empty() ? "" : " on " + r.date) + ": " + r.reason;
        }
        throw LedgerError(LedgerError::Kind::Rejected, "DEMO_BOOK_STEP_REFUSED", message);
    }
    return summary;
}

} // namespace lx::client
