#include "ledgerclient/DemoTimeline.h"

#include "chaincode/lc/LcRules.h"
#include "chaincode/lc/LcStateMachine.h"
#include "crypto/Hash.h"
#include "ledgerclient/DemoStory.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace lx::client::demo {

namespace {

using chaincode::lc::civil;
using chaincode::lc::plusDays;
using lianxin::lc::Examination;
using lianxin::lc::LetterOfCredit;
using lianxin::lc::PaymentTerm;
using lianxin::lc::Presentation;

int daysFrom(Date from, Date to)
{
    return static_cast<int>((std::chrono::sys_days { to } - std::chrono::sys_days { from }).count());
}

bool deferredTarget(State s)
{
    return s == LetterOfCredit::ACCEPTED || s == LetterOfCredit::PAID_AT_MATURITY;
}

// The terms a desk would choose, drawn first so that every attempt at the
// same story (moved to another issue date) draws the same terms.
struct Terms
{
    LetterOfCredit lc;
    int validityDays = 0;
};

Terms drawTerms(State target, DemoRandom &random)
{
    const auto &banks = demoBanks();
    const int issuer = random.uniform(0, 4);
    const int advisor = (issuer + random.uniform(1, 4)) % 5;
    const int applicant = random.uniform(0, static_cast<int>(demoCompanies().size()) - 1);
    const int beneficiary
        = (applicant + random.uniform(1, static_cast<int>(demoCompanies().size()) - 1)) % demoCompanies().size();
    Terms terms;
    terms.lc = demoTerms(random, banks[static_cast<std::size_t>(issuer)], banks[static_cast<std::size_t>(advisor)],
        applicant, static_cast<int>(beneficiary));
    if (random.chance(20)) {
        int nominated = (advisor + random.uniform(1, 3)) % 5;
        if (nominated == issuer)
            nominated = (nominated + 1) % 5 == advisor ? (nominated + 2) % 5 : (nominated + 1) % 5;
        terms.lc.set_nominated_bank_msp(banks[static_cast<std::size_t>(nominated)].mspId);
    }
    terms.lc.set_presentation_period_days(random.pick(std::vector<int> { 0, 10, 15, 15, 21, 30 }));
    PaymentTerm &term = *terms.lc.mutable_payment_term();
    const bool sight = target == LetterOfCredit::PAID || (!deferredTarget(target) && random.chance(35));
    term.set_kind(sight ? PaymentTerm::SIGHT : PaymentTerm::DEFERRED);
    if (!sight) {
        term.set_basis(random.pick(std::vector<PaymentTerm::MaturityBasis> { PaymentTerm::AFTER_SHIPMENT_DATE,
            PaymentTerm::AFTER_SHIPMENT_DATE, PaymentTerm::AFTER_SIGHT, PaymentTerm::AFTER_DOCUMENT_DATE,
            PaymentTerm::FIXED_DATE }));
        if (term.basis() != PaymentTerm::FIXED_DATE)
            term.set_days(random.pick(std::vector<int> { 30, 60, 90, 90, 120, 180 }));
    }
    terms.validityDays = random.pick(std::vector<int> { 60, 90, 90, 120, 150, 180, 240 });
    return terms;
}

std::int64_t roundedShare(std::int64_t fen, int percent, std::int64_t unitFen)
{
    return std::max<std::int64_t>(unitFen, fen * percent / 100 / unitFen * unitFen);
}

// A presentation settled so that another may follow: paid (sight), or
// payment at maturity confirmed and perhaps paid (deferred).
void settledDrawing(DemoStory &story, DemoRandom &random, bool payAtMaturity)
{
    const bool complying = random.chance(85);
    story.examine(complying);
    if (!complying)
        story.waive();
    story.settle();
    if (payAtMaturity && story.lc().payment_term().kind() == PaymentTerm::DEFERRED)
        story.payAtMaturity(story.lc().presentations_size());
}

void tell(DemoStory &story, State target, DemoRandom &random, Date issueDate, Terms terms)
{
    const bool canPartial
        = terms.lc.partial_shipments_allowed() && terms.lc.payment_term().basis() != PaymentTerm::FIXED_DATE;
    story.issue(issueDate, terms.lc, terms.validityDays);
    if (target == LetterOfCredit::ISSUED)
        return;
    if (target == LetterOfCredit::CANCELLED && random.chance(40))
        return story.cancel(false);
    story.advise();
    const int answered = random.pick(std::vector<int> { 0, 0, 0, 0, 0, 1, 1, 1, 2 });
    for (int i = 0; i < answered; ++i)
        story.amend(true, random.chance(70));
    if (target == LetterOfCredit::ADVISED)
        return;
    if (target == LetterOfCredit::AMENDMENT_PENDING)
        return story.amend(false, false);
    if (target == LetterOfCredit::CANCELLED)
        return story.cancel(true);
    const bool via = random.chance(50);
    const std::int64_t amount = story.lc().amount_fen();
    if (target == LetterOfCredit::EXPIRED) {
        const int variant = random.uniform(0, 99);
        if (variant < 10) {
            story.amend(false, false); // lapses unanswered at expiry
        } else if (variant >= 65) {
            story.present(roundedShare(amount, random.uniform(40, 90), 1000 * 100), via);
            settledDrawing(story, random, true);
        }
        return story.expire();
    }
    const bool payEarlier
        = target == LetterOfCredit::PAID_AT_MATURITY || target == LetterOfCredit::CLOSED || random.chance(50);
    if (canPartial && random.chance(35)) {
        story.present(roundedShare(amount, random.uniform(35, 65), 1000 * 100), via);
        settledDrawing(story, random, payEarlier);
    }
    std::int64_t last = story.lc().available_balance_fen();
    if (const int under = random.uniform(0, story.lc().tolerance().minus_percent());
        under > 0 && story.lc().presentations().empty()) // a little under the amount, within the tolerance
        last -= roundedShare(amount, under, 100 * 100);
    if (target == LetterOfCredit::CLOSED && random.chance(20)) // closed with part of it unused
        last = roundedShare(last, random.uniform(60, 90), 1000 * 100);
    story.present(std::max<std::int64_t>(100 * 100, last), via);
    switch (target) {
    case LetterOfCredit::PRESENTED:
        return;
    case LetterOfCredit::COMPLYING:
        return story.examine(true);
    case LetterOfCredit::DISCREPANT:
        return story.examine(false);
    case LetterOfCredit::REFUSED:
        story.examine(false);
        return story.refuse(random.chance(50) ? Examination::HOLD : Examination::RETURN);
    case LetterOfCredit::WAIVED:
        story.examine(false);
        if (random.chance(35))
            story.refuse(Examination::HOLD);
        return story.waive();
    default:
        break;
    }
    // ACCEPTED, PAID, PAID_AT_MATURITY, CLOSED
    settledDrawing(story, random, target != LetterOfCredit::ACCEPTED && target != LetterOfCredit::PAID);
    if (target == LetterOfCredit::CLOSED)
        story.close();
}

// How many business days before today a story of this ending should end:
// undecided business is recent, settled business can be months old.
int lagFor(State target, DemoRandom &random)
{
    switch (target) {
    case LetterOfCredit::ISSUED:
        return random.uniform(0, 4);
    case LetterOfCredit::AMENDMENT_PENDING:
        return random.uniform(0, 6);
    case LetterOfCredit::PRESENTED:
    case LetterOfCredit::COMPLYING:
    case LetterOfCredit::DISCREPANT:
        return random.uniform(0, 2);
    case LetterOfCredit::WAIVED:
        return random.uniform(0, 3);
    case LetterOfCredit::REFUSED:
        return random.uniform(0, 30);
    case LetterOfCredit::ACCEPTED:
    case LetterOfCredit::ADVISED:
        return random.uniform(0, 45);
    case LetterOfCredit::PAID_AT_MATURITY:
        return random.uniform(0, 60);
    default: // PAID, CLOSED, EXPIRED, CANCELLED
        return random.uniform(0, 180);
    }
}

// One attempt at a story: its steps, and the L/C as the contract will hold
// it after them.
struct StoryResult
{
    bool ok = false;
    std::string failure;
    std::vector<DemoStep> steps;
    LetterOfCredit lc;
    Date last;
};

// Why a finished story does not end as `target` should on `today`; empty
// when it does.
std::string misfit(const StoryResult &story, State target, Date today)
{
    const LetterOfCredit &lc = story.lc;
    if (lc.state() != target)
        return "ends " + LetterOfCredit::State_Name(lc.state());
    if (story.last > today)
        return "ends after today";
    const Date issued = story.steps.front().date;
    if (daysFrom(issued, today) > 305)
        return "issued more than ten months ago";
    const Date expiry = *civil(lc.expiry_date());
    const bool stillOpen = target == LetterOfCredit::ISSUED || target == LetterOfCredit::ADVISED
        || target == LetterOfCredit::AMENDMENT_PENDING || target == LetterOfCredit::REFUSED;
    if (stillOpen && expiry < today)
        return "still open but expired";
    if (target == LetterOfCredit::AMENDMENT_PENDING
        && daysFrom(*civil(lc.amendments().rbegin()->amendment_date()), today) > 14)
        return "amendment pending for too long";
    for (const Presentation &p : lc.presentations()) {
        // Undecided business still within its deadline; accepted payments
        // not yet due (a matured one would have been paid).
        if ((p.state() == Presentation::PRESENTED || p.state() == Presentation::DISCREPANT)
            && *civil(p.examination_deadline()) < today)
            return "examination overdue";
        if ((p.state() == Presentation::COMPLYING || p.state() == Presentation::WAIVED)
            && *civil(p.payment_deadline()) < today)
            return "payment overdue";
        if (p.state() == Presentation::ACCEPTED && *civil(p.payment_confirmation().maturity_date()) <= today)
            return "matured but unpaid";
    }
    return {};
}

StoryResult attempt(State target, DemoRandom random, Date issueDate, const chaincode::calendar::BusinessCalendar &cal)
{
    DemoStory story(cal, random);
    const Terms terms = drawTerms(target, random);
    tell(story, target, random, issueDate, terms);
    StoryResult out;
    out.ok = !story.failed();
    out.failure = story.failure();
    out.steps = story.steps();
    out.lc = story.lc();
    out.last = story.last();
    return out;
}

} // namespace

const std::vector<State> &demoStates()
{
    static const std::vector<State> states { LetterOfCredit::ISSUED, LetterOfCredit::ADVISED,
        LetterOfCredit::AMENDMENT_PENDING, LetterOfCredit::PRESENTED, LetterOfCredit::COMPLYING,
        LetterOfCredit::DISCREPANT, LetterOfCredit::REFUSED, LetterOfCredit::WAIVED, LetterOfCredit::ACCEPTED,
        LetterOfCredit::PAID, LetterOfCredit::PAID_AT_MATURITY, LetterOfCredit::EXPIRED, LetterOfCredit::CANCELLED,
        LetterOfCredit::CLOSED };
    return states;
}

State demoTarget(int index, std::uint32_t seed)
{
    const auto &states = demoStates();
    if (index < static_cast<int>(states.size()))
        return states[static_cast<std::size_t>(index)];
    // Per hundred, in the order of demoStates(): a book mostly advised,
    // accepted (usance) or closed, with a little of everything undecided.
    static const int weights[] = { 3, 14, 5, 5, 4, 4, 5, 3, 14, 9, 9, 6, 4, 15 };
    DemoRandom random(mixSeed(seed, 1'000'000 + static_cast<std::uint64_t>(index)));
    int roll = random.uniform(0, 99);
    for (std::size_t i = 0; i < states.size(); ++i) {
        roll -= weights[i];
        if (roll < 0)
            return states[i];
    }
    return LetterOfCredit::CLOSED;
}

DemoLetter planLetter(
    int index, State target, std::uint32_t seed, Date today, const chaincode::calendar::BusinessCalendar &calendar)
{
    std::string why;
    for (int tries = 0; tries < 400; ++tries) {
        DemoRandom random(mixSeed(seed, static_cast<std::uint64_t>(index) * 1000 + static_cast<std::uint64_t>(tries)));
        const int lag = lagFor(target, random);
        // `lag` business days back from today.
        Date end = today;
        for (int counted = 0; counted < lag;) {
            end = plusDays(end, -1);
            counted += calendar.isBusinessDay(end) ? 1 : 0;
        }
        // Tell the story once from a guess, then move its issue date so that
        // it ends `lag` business days before today; business days shift a
        // little with the move, so settle in a few rounds.
        Date issue = plusDays(end, -60);
        for (int round = 0; round < 6; ++round) {
            const StoryResult story = attempt(target, random, issue, calendar);
            if (!story.ok) {
                why = story.failure;
                break;
            }
            const int off = daysFrom(story.last, end);
            if (off < 0 || round == 5 || off <= 3) {
                why = misfit(story, target, today);
                if (why.empty()) {
                    DemoLetter letter;
                    letter.index = index;
                    letter.target = target;
                    letter.issueDate = story.steps.front().date;
                    letter.steps = story.steps;
                    return letter;
                }
                if (off >= 0)
                    break;
            }
            issue = plusDays(issue, off);
        }
    }
    throw std::runtime_error("The demo book has no story for L/C " + std::to_string(index) + " ending "
        + LetterOfCredit::State_Name(target) + " by " + chaincode::calendar::formatDate(today) + ": " + why);
}

namespace {

void setLcNo(lianxin::lc::LcAction &action, const std::string &lcNo)
{
    // Every action names its L/C in a field lc_no; the issue, in its terms.
    google::protobuf::Message *inner
        = action.has_issue() ? static_cast<google::protobuf::Message *>(action.mutable_issue()->mutable_lc()) : nullptr;
    if (!inner) {
        const auto *field = lianxin::lc::LcAction::descriptor()->FindFieldByNumber(action.action_case());
        inner = action.GetReflection()->MutableMessage(&action, field);
    }
    inner->GetReflection()->SetString(inner, inner->GetDescriptor()->FindFieldByName("lc_no"), lcNo);
}

// Each presented document gets a file name after the L/C and a hash of a
// text that stands for its content: distinct per document, the same for the
// same book.
void nameDocuments(DemoLetter &letter, const std::string &prefix, const std::string &year, int sequence)
{
    char number[8];
    std::snprintf(number, sizeof number, "%04d", sequence % 10000);
    int presentation = 0;
    for (DemoStep &step : letter.steps) {
        if (!step.action.has_present())
            continue;
        ++presentation;
        auto &p = *step.action.mutable_present()->mutable_presentation();
        for (auto &doc : *p.mutable_documents()) {
            doc.set_file_name(documentFilePrefix(doc.doc_type()) + "-" + prefix + "-" + year + "-" + number
                + (presentation > 1 ? "-" + std::to_string(presentation) : "") + ".pdf");
            const std::string content = documentTitle(doc.doc_type()) + "\n信用证编号：" + letter.lcNo + "\n交单次数："
                + std::to_string(presentation) + "\n金额：" + chaincode::lc::formatFen(p.amount_fen()) + "\n装运日期："
                + chaincode::lc::text(p.shipment_date()) + "\n文件：" + doc.file_name() + "\n";
            doc.set_sha256(crypto::sha256(content));
        }
    }
}

} // namespace

std::vector<DemoLetter> planDemoBook(int letters, std::uint32_t seed, Date today)
{
    const auto calendar = chaincode::calendar::BusinessCalendar::chinaDefault();
    std::vector<DemoLetter> book;
    book.reserve(static_cast<std::size_t>(std::max(0, letters)));
    for (int i = 0; i < letters; ++i)
        book.push_back(planLetter(i, demoTarget(i, seed), seed, today, calendar));

    // Numbered per issuing bank and year in order of issue, from where
    // each bank's register stood, as a real register would read.
    std::vector<DemoLetter *> order;
    for (DemoLetter &letter : book)
        order.push_back(&letter);
    std::stable_sort(order.begin(), order.end(), [](const DemoLetter *a, const DemoLetter *b) {
        return std::chrono::sys_days { a->issueDate } < std::chrono::sys_days { b->issueDate };
    });
    std::map<std::string, int> next;
    for (DemoLetter *letter : order) {
        const std::string &issuer = letter->steps.front().bankMsp;
        const auto bank = std::find_if(
            demoBanks().begin(), demoBanks().end(), [&](const DemoBank &b) { return b.mspId == issuer; });
        const std::string year = std::to_string(static_cast<int>(letter->issueDate.year()));
        const std::string key = bank->prefix + year;
        if (!next.count(key)) {
            const auto salt = 2'000'000 + static_cast<std::uint64_t>(bank - demoBanks().begin()) * 10'000
                + static_cast<std::uint64_t>(std::stoi(year));
            next[key] = 20 + static_cast<int>(mixSeed(seed, salt) % 180);
        }
        const int sequence = next[key]++;
        char number[16];
        std::snprintf(number, sizeof number, "%06d", sequence);
        letter->lcNo = bank->prefix + year + "LC" + number;
        for (DemoStep &step : letter->steps)
            setLcNo(step.action, letter->lcNo);
        nameDocuments(*letter, bank->prefix, year, sequence);
    }
    return book;
}

std::string stepName(const DemoStep &step)
{
    return chaincode::lc::actionName(step.action);
}

} // namespace lx::client::demo
