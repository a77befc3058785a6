// Structure-aware fuzzing of every product contract's actions (L/C,
// forfaiting, guarantee, quote board). Where fuzz_actions hands the
// contracts raw bytes (which rarely parse into an action that gets past
// the first check), this target reads its input as a script: each step
// builds a well-formed action message with protobuf reflection, plausible
// enough to be accepted (numbers and names the contracts issued earlier,
// dates around today, valid terms), then overwrites a few of its fields,
// anywhere in the message, with extreme values: amounts (0, negative, the
// limit and its neighbours, INT64_MAX/MIN), dates (year 0, 10000, 65536 +
// 2026, 30 February), counts (thousands of repeated entries), long strings,
// control characters and bidirectional overrides. The maker submits it,
// the checker asks the endorsers and approves it, on a world state kept
// between inputs (one FakeStub per channel; forfaiting reads the L/C
// channel and the quote board the registry, as on the ledger).
//
// Every answer must be a Response: accepted, or refused with a reason code
// and a message. A crash, a sanitizer report, an escaping exception, a hang
// or a broken invariant (an amount above the limit on the ledger, an L/C
// whose words do not match its figure) is a finding.
//
// Reproducing: the world is rebuilt every kInputsPerWorld inputs; on a
// crash the inputs since the last rebuild are written as one replay file
// (LIANXIN_FUZZ_REPLAY_DIR, else the working folder) that this target runs
// from a fresh world. See fuzz/README.md.

#include "FuzzSupport.h"
#include "common/LcTestData.h"

#include "chaincode/Amount.h"
#include "chaincode/FakeStub.h"
#include "chaincode/Registry.h"
#include "chaincode/forfaiting/FfContract.h"
#include "chaincode/forfaiting/FfStateMachine.h"
#include "chaincode/guarantee/GtContract.h"
#include "chaincode/guarantee/GtStateMachine.h"
#include "chaincode/lc/LcAmountWords.h"
#include "chaincode/lc/LcContract.h"
#include "chaincode/lc/LcStateMachine.h"
#include "chaincode/quotes/QuoteActions.h"
#include "chaincode/quotes/QuoteContract.h"

#include "lianxin/desk.pb.h"
#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"
#include "lianxin/quotes.pb.h"
#include "lianxin/trust.pb.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>
#include <limits>
#include <map>
#include <memory>
#include <sanitizer/common_interface_defs.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace lx;
using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

namespace {

constexpr int kInputsPerWorld = 32;
constexpr int kStepsPerInput = 12;
constexpr std::size_t kMaxActionBytes = 1 << 20; // a transient field, not a denial of service of the fuzzer
constexpr std::int64_t kDaySeconds = 86'400;
constexpr const char kReplayMagic[] = "LXREPLAY";

// The fuzzer's bytes, read front to back; zeros once they run out.
class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) { }
    bool empty() const { return m_at >= m_size; }
    std::uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    std::uint32_t below(std::uint32_t n)
    {
        if (n <= 1)
            return 0;
        std::uint32_t v = byte();
        if (n > 256)
            v = v << 8 | byte();
        return v % n;
    }
    bool coin() { return byte() & 1; }
    std::uint64_t raw64()
    {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = v << 8 | byte();
        return v;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

template<typename T, std::size_t N> const T &pick(Input &in, const T (&table)[N])
{
    return table[in.below(N)];
}

const char *const kBanks[]
    = { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP", "BeiyuanBankMSP", "RegulatorMSP" };
const char *const kLcNumbers[] = { "FZ-LC-1", "FZ-LC-2", "FZ-LC-3" };
const char *const kGuaranteeNumbers[] = { "FZ-GT-1", "FZ-GT-2" };

std::string repeat(const std::string &unit, std::size_t times)
{
    std::string out;
    out.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += unit;
    return out;
}

// The world: one in-memory stub per channel, kept between inputs.
struct World
{
    World()
    {
        lc.setChannel("lc");
        forfaiting.setChannel("forfaiting");
        guarantee.setChannel("guarantee");
        quotes.setChannel("trust");
        registry.setChannel("trust");
        // Every product reads the registry on trust (a bank's admission);
        // forfaiting also reads the L/C on lc.
        for (test::FakeStub *caller : { &lc, &forfaiting, &guarantee, &quotes }) {
            caller->crossChannel = [this, caller](
                                       const std::string &channel, const std::string &name, const std::vector<Bytes> &args) {
                if (args.empty())
                    return chaincode::Response::reject(chaincode::BadRequest, "BAD_ARGUMENTS", "no function");
                test::FakeStub *target = nullptr;
                const chaincode::Contract *contract = nullptr;
                if (channel == "trust" && name == chaincode::Registry::kName && registryContract.isQuery(args.front())) {
                    target = &registry;
                    contract = &registryContract;
                } else if (caller == &forfaiting && channel == "lc") {
                    target = &lc;
                    contract = &lcContract;
                } else {
                    return chaincode::Response::reject(chaincode::NotFound, "CHANNEL_UNREACHABLE", "not served here");
                }
                target->setCaller(caller->creator().mspId, caller->creator().commonName, caller->creator().roles);
                target->setCall(args);
                return contract->invoke(*target);
            };
        }
        int tier = 0;
        for (const char *bank : kBanks) {
            lianxin::trust::Member m;
            m.set_msp_id(bank);
            m.set_name(bank);
            m.set_kind(
                std::string(bank) == "RegulatorMSP" ? lianxin::trust::Member::REGULATOR : lianxin::trust::Member::BANK);
            m.set_tier(tier++ % 3 + 1);
            if (m.kind() == lianxin::trust::Member::BANK) {
                for (const auto line :
                    { lianxin::trust::LINE_LC, lianxin::trust::LINE_FORFAITING, lianxin::trust::LINE_GUARANTEE })
                    m.add_lines()->set_line(line);
            }
            registry.setCaller("SecretariatMSP", "admin1", { "client", "admin" });
            registry.setCall({ "RegisterMember", m.SerializeAsString() });
            if (!registryContract.invoke(registry).isOk())
                fuzz::fail("the registry refused a member");
        }
        setNow(now);
    }

    void setNow(std::int64_t seconds)
    {
        now = seconds;
        for (test::FakeStub *stub : { &lc, &forfaiting, &guarantee, &quotes, &registry })
            stub->setTimestamp(seconds);
    }

    std::int64_t now = 1'788'228'000; // 2026-09-01 10:00 China time
    test::FakeStub lc, forfaiting, guarantee, quotes, registry;
    chaincode::LcContract lcContract;
    chaincode::ForfaitingContract forfaitingContract;
    chaincode::GuaranteeContract guaranteeContract;
    chaincode::quotes::QuoteContract quoteContract;
    chaincode::Registry registryContract;
};

struct Product
{
    const Descriptor *action;
    test::FakeStub World::*stub;
    chaincode::Contract &(*contract)(World &);
};

const Product kProducts[] = {
    { lianxin::lc::LcAction::descriptor(), &World::lc, [](World &w) -> chaincode::Contract & { return w.lcContract; } },
    { lianxin::forfaiting::FfAction::descriptor(), &World::forfaiting,
        [](World &w) -> chaincode::Contract & { return w.forfaitingContract; } },
    { lianxin::guarantee::GtAction::descriptor(), &World::guarantee,
        [](World &w) -> chaincode::Contract & { return w.guaranteeContract; } },
    { lianxin::quotes::QuoteAction::descriptor(), &World::quotes,
        [](World &w) -> chaincode::Contract & { return w.quoteContract; } },
};

// With LIANXIN_FUZZ_STATS set: how many actions of each kind were built,
// taken as drafts and approved, printed at exit (how deep the script gets).
struct Tally
{
    long built = 0, drafted = 0, approved = 0;
    std::map<std::string, long> refusals;
};
std::map<std::string, Tally> g_tally;

void printTally()
{
    for (const auto &[name, t] : g_tally) {
        std::fprintf(
            stderr, "%-40s built %8ld  drafted %8ld  approved %8ld\n", name.c_str(), t.built, t.drafted, t.approved);
        std::vector<std::pair<long, std::string>> top;
        for (const auto &[code, n] : t.refusals)
            top.emplace_back(-n, code);
        std::sort(top.begin(), top.end());
        for (std::size_t i = 0; i < top.size() && i < 4; ++i)
            std::fprintf(stderr, "    %-36s %8ld\n", top[i].second.c_str(), -top[i].first);
    }
}

std::string actionName(const Message &action)
{
    const Reflection *r = action.GetReflection();
    const auto *oneof = action.GetDescriptor()->oneof_decl(0);
    const FieldDescriptor *f = oneof ? r->GetOneofFieldDescriptor(action, oneof) : nullptr;
    return action.GetDescriptor()->name() + "." + (f ? f->name() : std::string("-"));
}

std::unique_ptr<World> g_world;
int g_inputsInWorld = 0;
std::vector<std::string> g_history; // the inputs since the world was built, for a replay

// Builds one action: plausible values first, extreme ones on top.
class ActionBuilder
{
public:
    ActionBuilder(Input &in, World &world, std::size_t product, std::string actor)
        : m_in(in), m_world(world), m_actor(std::move(actor))
    {
        harvestIds();
        harvestRecords(product);
    }

    void plausible(Message &m, int depth);
    void mutate(Message &root);
    // The banks named in the record the action refers to (its parties), so
    // the step can act as one of them; empty for a new record.
    const std::vector<std::string> &parties() const { return m_parties; }

private:
    lianxin::lc::Date dateAround(int minDays, int maxDays)
    {
        const auto today = std::chrono::floor<std::chrono::days>(
            std::chrono::sys_seconds { std::chrono::seconds { m_world.now + 8 * 3600 } });
        const std::chrono::year_month_day d { today
            + std::chrono::days {
                minDays + static_cast<int>(m_in.below(static_cast<std::uint32_t>(maxDays - minDays + 1))) } };
        return test::date(static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
            static_cast<int>(static_cast<unsigned>(d.day())));
    }
    std::string bank() { return pick(m_in, kBanks); }
    std::string otherBank()
    {
        std::string b = bank();
        return b == m_actor ? std::string(kBanks[(m_in.byte() % 4) + 1]) : b;
    }
    std::string id()
    {
        if (m_ids.empty() || m_in.below(8) == 0)
            return m_in.coin() ? pick(m_in, kLcNumbers) : pick(m_in, kGuaranteeNumbers);
        return m_ids[m_in.below(static_cast<std::uint32_t>(m_ids.size()))];
    }
    void harvestIds()
    {
        // What the contracts wrote: L/C and guarantee numbers, claim,
        // listing, quote and deal IDs (the part of each key after the first '/').
        for (test::FakeStub *stub : { &m_world.lc, &m_world.forfaiting, &m_world.guarantee, &m_world.quotes }) {
            for (const auto &[key, value] : stub->state) {
                const auto slash = key.find('/');
                if (slash != std::string::npos && slash + 1 < key.size() && m_ids.size() < 256)
                    m_ids.push_back(key.substr(slash + 1));
            }
        }
    }
    // Records on the ledger by the action field that names them ("lc_no",
    // "listing_id", ...), with the banks each names.
    void pool(const std::string &field, const test::FakeStub &stub, const std::string &prefix, const Message &prototype)
    {
        for (auto it = stub.state.lower_bound(prefix); it != stub.state.end() && it->first.rfind(prefix, 0) == 0;
             ++it) {
            std::unique_ptr<Message> record(prototype.New());
            if (!record->ParseFromString(it->second))
                continue;
            const std::string id = it->first.substr(prefix.size());
            m_pools[field].push_back(id);
            std::vector<std::string> &banks = m_banksOf[field + "\n" + id];
            const Reflection *r = record->GetReflection();
            const Descriptor *d = record->GetDescriptor();
            for (int i = 0; i < d->field_count(); ++i) {
                const FieldDescriptor *f = d->field(i);
                if (f->cpp_type() != FieldDescriptor::CPPTYPE_STRING)
                    continue;
                if (!f->is_repeated() && f->name().size() > 4 && f->name().ends_with("_msp")
                    && !r->GetString(*record, f).empty())
                    banks.push_back(r->GetString(*record, f));
                if (f->is_repeated() && f->name() == "holders")
                    for (int k = 0; k < r->FieldSize(*record, f); ++k)
                        banks.push_back(r->GetRepeatedString(*record, f, k));
            }
        }
    }
    void harvestRecords(std::size_t product)
    {
        namespace ff = chaincode::forfaiting;
        pool("lc_no", m_world.lc, chaincode::lc::kLcPrefix, lianxin::lc::LetterOfCredit::default_instance());
        pool("guarantee_no", m_world.guarantee, chaincode::guarantee::guaranteeKey(""),
            lianxin::guarantee::Guarantee::default_instance());
        pool("claim_id", m_world.forfaiting, ff::claimKey(""), lianxin::forfaiting::Claim::default_instance());
        pool("listing_id", m_world.forfaiting, ff::listingKey(""), lianxin::forfaiting::Listing::default_instance());
        pool("deal_id", m_world.forfaiting, ff::dealKey(""), lianxin::forfaiting::Deal::default_instance());
        if (product == 3)
            pool("quote_id", m_world.quotes, chaincode::quotes::quoteKey(""),
                lianxin::quotes::Quote::default_instance());
        else
            pool("quote_id", m_world.forfaiting, ff::quoteKey(""), lianxin::forfaiting::Quote::default_instance());
    }
    bool special(Message &m);
    void plausibleField(Message &m, const FieldDescriptor *f, int depth);
    void extremeField(Message &m, const FieldDescriptor *f);
    std::string plausibleString(const FieldDescriptor *f);
    std::int64_t plausibleInt(const FieldDescriptor *f);
    std::string extremeString();
    std::int64_t extremeInt64();
    std::int32_t extremeInt32();
    void extremeDate(lianxin::lc::Date &d);

    Input &m_in;
    World &m_world;
    std::string m_actor;
    std::vector<std::string> m_ids;
    std::map<std::string, std::vector<std::string>> m_pools;
    std::map<std::string, std::vector<std::string>> m_banksOf;
    std::vector<std::string> m_parties;
};

bool named(const FieldDescriptor *f, const char *part)
{
    return f->name().find(part) != std::string::npos;
}

std::int64_t ActionBuilder::plausibleInt(const FieldDescriptor *f)
{
    if (named(f, "_fen")) {
        static const std::int64_t amounts[] = { 100, 1'000'000, 10'000'000, 50'000'000, 100'000'000, 5'000'000'000 };
        return pick(m_in, amounts);
    }
    if (named(f, "rate_micros"))
        return 10'000 + m_in.below(60'000);
    if (named(f, "_seconds"))
        return m_world.now + static_cast<std::int64_t>(1 + m_in.below(30)) * kDaySeconds;
    if (named(f, "basis") || named(f, "day_basis"))
        return 360;
    if (named(f, "tenor_days") || named(f, "remaining_days"))
        return 1 + m_in.below(366);
    if (named(f, "grace"))
        return m_in.below(6);
    if (named(f, "days"))
        return m_in.below(40);
    if (named(f, "percent"))
        return m_in.below(11);
    if (named(f, "tier"))
        return 1 + m_in.below(3);
    return 1 + m_in.below(3); // numbers, steps, revisions, counts of originals
}

std::string ActionBuilder::plausibleString(const FieldDescriptor *f)
{
    if (named(f, "msp"))
        return named(f, "issuing") || named(f, "issuer") || named(f, "quoting") || named(f, "reporting")
                || named(f, "bank_msp")
            ? (m_in.below(4) != 3 ? m_actor : otherBank())
            : otherBank();
    if (const auto found = m_pools.find(f->name());
        found != m_pools.end() && !found->second.empty() && m_in.below(8) != 7) {
        // Mostly a record that exists, so the action gets past "not found".
        const std::string &chosen = found->second[m_in.below(static_cast<std::uint32_t>(found->second.size()))];
        if (m_parties.empty())
            m_parties = m_banksOf[f->name() + "\n" + chosen];
        return chosen;
    }
    if (f->name() == "lc_no")
        return pick(m_in, kLcNumbers);
    if (f->name() == "guarantee_no")
        return pick(m_in, kGuaranteeNumbers);
    if (named(f, "_id") || named(f, "_no"))
        return id();
    if (f->name() == "currency")
        return "CNY";
    if (named(f, "doc_type")) {
        static const char *const types[] = { "INVOICE", "TRANSPORT_DOCUMENT", "INSURANCE", "PACKING_LIST" };
        return pick(m_in, types);
    }
    if (named(f, "uscc"))
        return test::usccFrom(m_in.coin() ? "12345678" : "87654321");
    if (f->name() == "accepted_changes") {
        static const char *const changes[] = { "amount", "expiry_date", "goods_description", "payment_term" };
        return pick(m_in, changes);
    }
    static const char *const texts[]
        = { "Shanghai", "江蘇長風紡織有限公司", "REF-2026-031", "statement of breach", "Cotton yarn, 60 tonnes", "ok" };
    return pick(m_in, texts);
}

// Valid starting points for the big messages, so that the mutations land on
// terms that otherwise pass.
bool ActionBuilder::special(Message &m)
{
    const std::string &type = m.GetDescriptor()->full_name();
    if (type == "lianxin.lc.Date") {
        // Set by plausibleField for a named date field; here for a date in a list.
        static_cast<lianxin::lc::Date &>(m) = dateAround(-10, 200);
        return true;
    }
    if (type == "lianxin.lc.LetterOfCredit") {
        auto &lc = static_cast<lianxin::lc::LetterOfCredit &>(m);
        lc = test::validTerms(pick(m_in, kLcNumbers), m_actor, otherBank());
        *lc.mutable_expiry_date() = dateAround(90, 200);
        *lc.mutable_latest_shipment_date() = dateAround(0, 60);
        if (m_in.coin()) {
            lc.mutable_payment_term()->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
            lc.mutable_payment_term()->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
            lc.mutable_payment_term()->set_days(static_cast<std::int32_t>(30 + m_in.below(150)));
        }
        return true;
    }
    if (type == "lianxin.guarantee.Guarantee") {
        auto &g = static_cast<lianxin::guarantee::Guarantee &>(m);
        g.set_guarantee_no(pick(m_in, kGuaranteeNumbers));
        g.set_type(lianxin::guarantee::Guarantee::PERFORMANCE);
        g.set_expiry_type(
            m_in.coin() ? lianxin::guarantee::Guarantee::FIXED_DATE : lianxin::guarantee::Guarantee::OPEN);
        *g.mutable_expiry_date() = dateAround(30, 300);
        g.mutable_applicant()->set_name("上海申江机电进出口有限公司");
        g.mutable_applicant()->set_uscc(test::usccFrom("10010001"));
        g.mutable_beneficiary()->set_name("江苏长风纺织有限公司");
        g.mutable_beneficiary()->set_uscc(test::usccFrom("10020002"));
        g.set_issuer_msp(m_actor);
        g.set_advising_bank_msp(otherBank());
        g.set_amount_fen(100'000'000);
        g.mutable_underlying()->set_reference("SJ-CF-2026-031");
        *g.mutable_underlying()->mutable_date() = dateAround(-30, 0);
        auto *step = g.add_reduction_schedule();
        *step->mutable_date() = dateAround(1, 60);
        step->set_amount_fen(20'000'000);
        g.set_terms("We undertake to pay any sum up to the amount on your first demand.");
        return true;
    }
    if (type == "lianxin.lc.Document") {
        auto &d = static_cast<lianxin::lc::Document &>(m);
        d.set_doc_type(m_in.coin() ? "INVOICE" : "TRANSPORT_DOCUMENT");
        d.set_file_name("invoice.pdf");
        d.set_sha256(std::string(32, static_cast<char>(m_in.byte())));
        return true;
    }
    return false;
}

void ActionBuilder::plausibleField(Message &m, const FieldDescriptor *f, int depth)
{
    const Reflection *r = m.GetReflection();
    const int count = f->is_repeated() ? 1 + static_cast<int>(m_in.below(2)) : 1;
    for (int i = 0; i < count; ++i) {
        switch (f->cpp_type()) {
        case FieldDescriptor::CPPTYPE_MESSAGE: {
            if (depth > 5)
                return;
            Message *child = f->is_repeated() ? r->AddMessage(&m, f) : r->MutableMessage(&m, f);
            if (child->GetDescriptor() == lianxin::lc::Date::descriptor() && !f->is_repeated()) {
                // Events that happened (shipment, documents, trade) lie in the
                // last days; terms (expiry, maturity, validity) ahead.
                const bool ahead = named(f, "expiry") || named(f, "maturity") || named(f, "until")
                    || named(f, "value_date") || named(f, "limit");
                static_cast<lianxin::lc::Date &>(*child) = ahead ? dateAround(30, 200) : dateAround(-10, 0);
                break;
            }
            plausible(*child, depth + 1);
            break;
        }
        case FieldDescriptor::CPPTYPE_STRING: {
            std::string value = f->type() == FieldDescriptor::TYPE_BYTES ? std::string(32, '\x11') : plausibleString(f);
            f->is_repeated() ? r->AddString(&m, f, std::move(value)) : r->SetString(&m, f, std::move(value));
            break;
        }
        case FieldDescriptor::CPPTYPE_INT64:
            f->is_repeated() ? r->AddInt64(&m, f, plausibleInt(f)) : r->SetInt64(&m, f, plausibleInt(f));
            break;
        case FieldDescriptor::CPPTYPE_INT32: {
            const auto v = static_cast<std::int32_t>(plausibleInt(f));
            f->is_repeated() ? r->AddInt32(&m, f, v) : r->SetInt32(&m, f, v);
            break;
        }
        case FieldDescriptor::CPPTYPE_UINT64:
            f->is_repeated() ? r->AddUInt64(&m, f, 1) : r->SetUInt64(&m, f, 1);
            break;
        case FieldDescriptor::CPPTYPE_UINT32:
            f->is_repeated() ? r->AddUInt32(&m, f, 1) : r->SetUInt32(&m, f, 1);
            break;
        case FieldDescriptor::CPPTYPE_BOOL:
            f->is_repeated() ? r->AddBool(&m, f, m_in.coin()) : r->SetBool(&m, f, m_in.coin());
            break;
        case FieldDescriptor::CPPTYPE_ENUM: {
            const auto *e = f->enum_type();
            // Mostly a named value other than the unspecified first one.
            const int index = e->value_count() > 1
                ? 1 + static_cast<int>(m_in.below(static_cast<std::uint32_t>(e->value_count() - 1)))
                : 0;
            f->is_repeated() ? r->AddEnum(&m, f, e->value(index)) : r->SetEnum(&m, f, e->value(index));
            break;
        }
        default:
            break;
        }
    }
}

void ActionBuilder::plausible(Message &m, int depth)
{
    if (special(m))
        return;
    const Descriptor *d = m.GetDescriptor();
    for (int i = 0; i < d->oneof_decl_count(); ++i) {
        const auto *oneof = d->oneof_decl(i);
        if (oneof->field_count() > 0 && !oneof->is_synthetic())
            plausibleField(
                m, oneof->field(static_cast<int>(m_in.below(static_cast<std::uint32_t>(oneof->field_count())))), depth);
    }
    for (int i = 0; i < d->field_count(); ++i) {
        const FieldDescriptor *f = d->field(i);
        if (f->real_containing_oneof())
            continue;
        if (m_in.below(8) != 7) // most fields set (also once the input runs out); some left out
            plausibleField(m, f, depth);
    }
}

std::int64_t ActionBuilder::extremeInt64()
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    static const std::int64_t values[] = { 0, 1, -1, 99, 100, chaincode::kMaxAmountFen - 1, chaincode::kMaxAmountFen,
        chaincode::kMaxAmountFen + 1, 100'000'000'000'000, 9'000'000'000'000'000'000, max, min, min + 1, max / 100,
        max / 100 + 1, max / 360'000'000, std::int64_t { 1 } << 53, -chaincode::kMaxAmountFen };
    if (m_in.below(8) == 0)
        return static_cast<std::int64_t>(m_in.raw64());
    return pick(m_in, values);
}

std::int32_t ActionBuilder::extremeInt32()
{
    constexpr std::int32_t max = std::numeric_limits<std::int32_t>::max();
    constexpr std::int32_t min = std::numeric_limits<std::int32_t>::min();
    static const std::int32_t values[]
        = { 0, 1, -1, 2, 21, 100, 101, 360, 365, 366, 367, 1098, 1099, 32767, 32768, 65535, max, min, min + 1 };
    if (m_in.below(8) == 0)
        return static_cast<std::int32_t>(m_in.raw64());
    return pick(m_in, values);
}

std::string ActionBuilder::extremeString()
{
    const std::string base = id();
    switch (m_in.below(14)) {
    case 0:
        return {};
    case 1:
        return repeat("A", 35);
    case 2:
        return repeat("A", 36);
    case 3:
        return repeat("x", 64 * 1024);
    case 4:
        return repeat("信", 20'000); // 60 KB of three-byte characters
    case 5:
        return "\u202E" + base; // right-to-left override
    case 6:
        return base + "\u202E\u2066\u2067\u2068"; // overrides and isolates left open
    case 7:
        return std::string("\0", 1) + base;
    case 8:
        return "\x01\x07\x1b[2J\r\n\t" + base;
    case 9:
        return base + "/";
    case 10:
        return "../" + base;
    case 11:
        return "\u200B" + base + "\uFEFF"; // zero-width space, byte order mark
    case 12:
        return " " + base + " ";
    default:
        return base;
    }
}

void ActionBuilder::extremeDate(lianxin::lc::Date &d)
{
    struct Ymd
    {
        std::int32_t y, m, d;
    };
    static const Ymd dates[]
        = { { 0, 0, 0 }, { 1, 1, 1 }, { 1970, 1, 1 }, { 9999, 12, 31 }, { 10000, 1, 1 }, { 32767, 12, 31 },
              { 32768, 1, 1 }, { 65536 + 2026, 9, 1 }, { std::numeric_limits<std::int32_t>::max(), 12, 31 },
              { -1, 1, 1 }, { std::numeric_limits<std::int32_t>::min(), 1, 1 }, { 2026, 2, 29 }, { 2028, 2, 29 },
              { 2026, 13, 1 }, { 2026, 4, 31 }, { 2026, 0, 10 }, { 2026, 9, -1 }, { 2026, 9, 1'000'000 } };
    if (m_in.coin()) {
        d = dateAround(-4000, 4000);
        return;
    }
    const Ymd &v = pick(m_in, dates);
    d.set_year(v.y);
    d.set_month(v.m);
    d.set_day(v.d);
}

void ActionBuilder::extremeField(Message &m, const FieldDescriptor *f)
{
    const Reflection *r = m.GetReflection();
    if (f->is_repeated()) {
        const int op = static_cast<int>(m_in.below(4));
        if (op == 0) {
            r->ClearField(&m, f);
            return;
        }
        if (op == 1 && f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
            // Thousands of entries: copies of a plausible one.
            static const int counts[] = { 100, 1'000, 5'000 };
            const int n = pick(m_in, counts);
            auto prototype = std::unique_ptr<Message>(r->GetMessageFactory()->GetPrototype(f->message_type())->New());
            plausible(*prototype, 3);
            for (int i = 0; i < n && m.ByteSizeLong() < kMaxActionBytes; ++i)
                r->AddMessage(&m, f)->CopyFrom(*prototype);
            return;
        }
        if (op == 1) {
            for (int i = 0; i < 1'000; ++i)
                plausibleField(m, f, 3);
            return;
        }
    }
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_MESSAGE: {
        Message *child = f->is_repeated() ? r->AddMessage(&m, f) : r->MutableMessage(&m, f);
        if (child->GetDescriptor() == lianxin::lc::Date::descriptor())
            extremeDate(static_cast<lianxin::lc::Date &>(*child));
        else
            child->Clear(); // an empty message where one was expected
        break;
    }
    case FieldDescriptor::CPPTYPE_STRING: {
        std::string value = extremeString();
        if (f->type() == FieldDescriptor::TYPE_BYTES) {
            static const std::size_t sizes[] = { 0, 31, 32, 33, 64 * 1024 };
            value = std::string(pick(m_in, sizes), static_cast<char>(m_in.byte()));
        }
        f->is_repeated() ? r->AddString(&m, f, std::move(value)) : r->SetString(&m, f, std::move(value));
        break;
    }
    case FieldDescriptor::CPPTYPE_INT64:
        f->is_repeated() ? r->AddInt64(&m, f, extremeInt64()) : r->SetInt64(&m, f, extremeInt64());
        break;
    case FieldDescriptor::CPPTYPE_INT32:
        f->is_repeated() ? r->AddInt32(&m, f, extremeInt32()) : r->SetInt32(&m, f, extremeInt32());
        break;
    case FieldDescriptor::CPPTYPE_UINT64: {
        const std::uint64_t v = m_in.coin() ? std::numeric_limits<std::uint64_t>::max() : m_in.raw64();
        f->is_repeated() ? r->AddUInt64(&m, f, v) : r->SetUInt64(&m, f, v);
        break;
    }
    case FieldDescriptor::CPPTYPE_UINT32: {
        const auto v = static_cast<std::uint32_t>(m_in.raw64());
        f->is_repeated() ? r->AddUInt32(&m, f, v) : r->SetUInt32(&m, f, v);
        break;
    }
    case FieldDescriptor::CPPTYPE_BOOL:
        f->is_repeated() ? r->AddBool(&m, f, m_in.coin()) : r->SetBool(&m, f, !r->GetBool(m, f));
        break;
    case FieldDescriptor::CPPTYPE_ENUM: {
        // Open enums take any number: unnamed ones too.
        static const int values[] = { 0, -1, 99, std::numeric_limits<std::int32_t>::max() };
        const int v = m_in.coin()
            ? pick(m_in, values)
            : f->enum_type()
                  ->value(static_cast<int>(m_in.below(static_cast<std::uint32_t>(f->enum_type()->value_count()))))
                  ->number();
        f->is_repeated() ? r->AddEnumValue(&m, f, v) : r->SetEnumValue(&m, f, v);
        break;
    }
    default:
        break;
    }
}

// One extreme value somewhere in the message: walk down from the root,
// field by field, and stop at a scalar, a date, or when the input says so.
void ActionBuilder::mutate(Message &root)
{
    Message *m = &root;
    for (int depth = 0; depth < 8; ++depth) {
        const Descriptor *d = m->GetDescriptor();
        if (d->field_count() == 0)
            return;
        const Reflection *r = m->GetReflection();
        const FieldDescriptor *f = d->field(static_cast<int>(m_in.below(static_cast<std::uint32_t>(d->field_count()))));
        const bool descend = f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE
            && f->message_type() != lianxin::lc::Date::descriptor() && m_in.below(4) != 0;
        if (!descend) {
            extremeField(*m, f);
            return;
        }
        if (f->is_repeated()) {
            const int size = r->FieldSize(*m, f);
            m = size > 0 && m_in.coin()
                ? r->MutableRepeatedMessage(m, f, static_cast<int>(m_in.below(static_cast<std::uint32_t>(size))))
                : r->AddMessage(m, f);
        } else {
            m = r->MutableMessage(m, f);
        }
    }
}

void checkAnswer(const chaincode::Response &r, const char *what)
{
    if (!r.isOk() && (r.reasonCode.empty() || r.message.empty()))
        fuzz::fail(std::string(what) + " was refused without a reason code and a message: " + r.wireMessage());
}

chaincode::Response call(World &w, const Product &p, const std::string &bank, const std::string &user,
    const std::string &role, std::vector<Bytes> args, std::map<std::string, Bytes> transient = {})
{
    test::FakeStub &stub = w.*p.stub;
    stub.setCaller(bank, user, { "client", role });
    stub.setCall(std::move(args), std::move(transient));
    return p.contract(w).invoke(stub);
}

// What the ledger must never hold, whatever was asked.
void checkLedger(World &w)
{
    for (const auto &[key, value] : w.lc.state) {
        if (key.rfind(chaincode::lc::kLcPrefix, 0) != 0)
            continue;
        lianxin::lc::LetterOfCredit lc;
        if (!lc.ParseFromString(value))
            continue; // not an L/C record under this prefix
        if (lc.amount_fen() <= 0 || lc.amount_fen() > chaincode::kMaxAmountFen || lc.available_balance_fen() < 0
            || lc.available_balance_fen() > chaincode::kMaxAmountFen)
            fuzz::fail("L/C " + lc.lc_no() + " holds an amount outside 1.." + chaincode::maxAmountText() + ": "
                + std::to_string(lc.amount_fen()) + " / " + std::to_string(lc.available_balance_fen()));
        if (lc.amount_in_words() != chaincode::lc::amountInWords(lc.amount_fen()))
            fuzz::fail(
                "L/C " + lc.lc_no() + " says " + lc.amount_in_words() + " for " + std::to_string(lc.amount_fen()));
    }
    const std::string gtPrefix = chaincode::guarantee::guaranteeKey("");
    for (const auto &[key, value] : w.guarantee.state) {
        if (key.rfind(gtPrefix, 0) != 0)
            continue;
        lianxin::guarantee::Guarantee g;
        if (!g.ParseFromString(value))
            continue;
        if (g.amount_fen() <= 0 || g.amount_fen() > chaincode::kMaxAmountFen || g.available_fen() < 0
            || g.available_fen() > chaincode::kMaxAmountFen)
            fuzz::fail("guarantee " + g.guarantee_no() + " holds an amount outside 1.." + chaincode::maxAmountText());
    }
}

std::size_t stateBytes(const World &w)
{
    std::size_t total = 0;
    for (const test::FakeStub *stub : { &w.lc, &w.forfaiting, &w.guarantee, &w.quotes })
        for (const auto &[key, value] : stub->state)
            total += key.size() + value.size();
    return total;
}

void runSteps(World &w, Input &in)
{
    for (int step = 0; step < kStepsPerInput && !in.empty(); ++step) {
        const std::size_t productIndex = in.below(std::size(kProducts));
        const Product &p = kProducts[productIndex];
        std::string bank = pick(in, kBanks);
        // Time moves on, a few days a step, so expiries and maturities come.
        w.setNow(w.now + static_cast<std::int64_t>(in.below(4)) * kDaySeconds);

        ActionBuilder builder(in, w, productIndex, bank);
        std::unique_ptr<Message> action(
            google::protobuf::MessageFactory::generated_factory()->GetPrototype(p.action)->New());
        builder.plausible(*action, 0);
        for (int n = static_cast<int>(in.below(4)); n > 0; --n)
            builder.mutate(*action);
        if (action->ByteSizeLong() > kMaxActionBytes)
            continue;
        // Mostly act as one of the banks the record names.
        if (!builder.parties().empty() && in.below(4) != 3)
            bank = builder.parties()[in.below(static_cast<std::uint32_t>(builder.parties().size()))];

        Tally &tally = g_tally[actionName(*action)];
        ++tally.built;
        const std::string bytes = action->SerializeAsString();
        auto submitted = call(w, p, bank, "officer1", "officer", { "SubmitDraft" }, { { "action", bytes } });
        checkAnswer(submitted, "SubmitDraft");
        // Another party of the record may be the one to act (the advising
        // bank advises, the nominated bank presents): try each once.
        for (const std::string &party : builder.parties()) {
            if (submitted.isOk() || !submitted.reasonCode.ends_with("_WRONG_BANK") || party == bank)
                continue;
            bank = party;
            submitted = call(w, p, bank, "officer1", "officer", { "SubmitDraft" }, { { "action", bytes } });
            checkAnswer(submitted, "SubmitDraft");
        }
        if (!submitted.isOk())
            ++tally.refusals[submitted.reasonCode];
        if (submitted.isOk()) {
            ++tally.drafted;
            const std::string draftId = submitted.payload;
            const auto endorsers = call(w, p, bank, "checker1", "checker", { "DraftEndorsers", draftId });
            checkAnswer(endorsers, "DraftEndorsers");
            std::vector<Bytes> approve { "ApproveDraft", draftId };
            lianxin::desk::Endorsers names;
            if (endorsers.isOk() && names.ParseFromString(endorsers.payload))
                approve.insert(approve.end(), names.msp_ids().begin(), names.msp_ids().end());
            const auto approved = call(w, p, bank, "checker1", "checker", approve);
            checkAnswer(approved, "ApproveDraft");
            tally.approved += approved.isOk();
        }
        checkLedger(w);
    }
    // The queries read back whatever was written.
    checkAnswer(call(w, kProducts[3], "RegulatorMSP", "examiner1", "auditor", { "Board" }), "Board");
    for (const Product &p : kProducts)
        call(w, p, "HuaxiaBankMSP", "checker1", "checker", { "ListDrafts" });
}

void writeReplay()
{
    const char *dir = std::getenv("LIANXIN_FUZZ_REPLAY_DIR");
    const std::string path = std::string(dir ? dir : ".") + "/replay-" + std::to_string(::getpid());
    std::string out = kReplayMagic;
    for (const std::string &input : g_history) {
        const auto size = static_cast<std::uint32_t>(input.size());
        for (int shift = 24; shift >= 0; shift -= 8)
            out += static_cast<char>(size >> shift & 0xff);
        out += input;
    }
    if (std::FILE *f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(out.data(), 1, out.size(), f);
        std::fclose(f);
        std::fprintf(stderr, "fuzz_contracts: the inputs since the world was built are in %s\n", path.c_str());
    }
}

// A replay file: the inputs one after the other, from a fresh world.
bool replay(const std::uint8_t *data, std::size_t size)
{
    const std::size_t magic = sizeof(kReplayMagic) - 1;
    if (size < magic || std::string(reinterpret_cast<const char *>(data), magic) != kReplayMagic)
        return false;
    World w;
    for (std::size_t at = magic; at + 4 <= size;) {
        std::size_t length = 0;
        for (int i = 0; i < 4; ++i)
            length = length << 8 | data[at++];
        length = std::min(length, size - at);
        Input in(data + at, length);
        runSteps(w, in);
        at += length;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // A script needs a few hundred bytes to say anything: no slow growth of
    // the input length from a few bytes (libFuzzer's -len_control), unless
    // the command line says otherwise.
    static std::vector<char *> args(*argv, *argv + *argc);
    static char lengthFlag[] = "-len_control=0";
    if (std::none_of(
            args.begin(), args.end(), [](const char *a) { return std::string(a).rfind("-len_control", 0) == 0; })) {
        args.push_back(lengthFlag);
        *argc = static_cast<int>(args.size());
        args.push_back(nullptr);
        *argv = args.data();
    }
    __sanitizer_set_death_callback(writeReplay);
    if (std::getenv("LIANXIN_FUZZ_STATS"))
        std::atexit(printTally);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (replay(data, size))
        return 0;
    if (!g_world || g_inputsInWorld >= kInputsPerWorld || stateBytes(*g_world) > (8u << 20)) {
        g_world = std::make_unique<World>();
        g_inputsInWorld = 0;
        g_history.clear();
    }
    ++g_inputsInWorld;
    g_history.emplace_back(reinterpret_cast<const char *>(data), size);
    Input in(data, size);
    runSteps(*g_world, in);
    return 0;
}
