#include "chaincode/trust/Gas.h"

#include "chaincode/TextRules.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/trust/Governance.h"
#include "crypto/Certificate.h"
#include "crypto/Error.h"

#include "lianxin/trust.pb.h"
#include "msp/identities.pb.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>

namespace lx::chaincode::gas {

namespace {

using lianxin::trust::ApprovedCostList;
using lianxin::trust::AvailabilityReport;
using lianxin::trust::AvailabilityReportList;
using lianxin::trust::AvailabilityStatement;
using lianxin::trust::GasBalanceList;
using lianxin::trust::GasCredit;
using lianxin::trust::GasReport;
using lianxin::trust::GasReportList;
using lianxin::trust::GasSource;
using lianxin::trust::GasWeights;
using lianxin::trust::Member;

Response refuse(std::int32_t status, const std::string &code, const std::string &message)
{
    return Response::reject(status, code, message);
}

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

calendar::Date today(Stub &stub)
{
    return lc::chinaDate(stub.txTimestampSeconds());
}

std::string dayText(calendar::Date day)
{
    return lc::text(lc::protoDate(day));
}

// Whether a member is credited in a period's report: every member the
// council admitted or the charter founded (an applicant is not one yet).
bool credited(const Member &m)
{
    return m.status() != Member::APPLICANT && m.status() != Member::STATUS_UNSPECIFIED;
}

Response periodRefusal(const std::string &text)
{
    return refuse(BadRequest, "GAS_PERIOD_INVALID", periodMessage(text));
}

// A period's figures are final once it has ended: the day after its last.
std::optional<Response> unlessEnded(Stub &stub, const Period &period, const std::string &what)
{
    if (today(stub) > period.last())
        return std::nullopt;
    return refuse(Conflict, "GAS_PERIOD_OPEN",
        "The period " + period.text() + " ends on " + dayText(period.last()) + ": " + what + " from "
            + dayText(lc::plusDays(period.last(), 1)) + " on.");
}

std::optional<Response> unlessNoReport(Stub &stub, const Period &period, const std::string &what)
{
    GasReport recorded;
    const auto value = stub.getState(kReportPrefix + period.text());
    if (!value || !recorded.ParseFromString(*value))
        return std::nullopt;
    return refuse(Conflict, "GAS_REPORT_EXISTS",
        "The Gas report of " + period.text() + " is recorded (transaction " + recorded.tx_id() + "): " + what
            + " can no longer change.");
}

std::string availabilityKey(const Period &period, const std::string &mspId, const std::string &node)
{
    return kAvailabilityPrefix + period.text() + "/" + mspId + "/" + node;
}

std::string costKey(const Period &period, const std::string &mspId)
{
    return kCostPrefix + period.text() + "/" + mspId;
}

std::vector<AvailabilityReport> availabilityOf(Stub &stub, const Period &period)
{
    std::vector<AvailabilityReport> reports;
    const std::string prefix = kAvailabilityPrefix + period.text() + "/";
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        AvailabilityReport r;
        if (r.ParseFromString(kv.value))
            reports.push_back(std::move(r));
    }
    return reports;
}

// The facts a period's report takes from trust: per member, its nodes'
// available hours and the council's approved costs; every credited member
// present (zero when it has none).
std::map<std::string, GasCredit> factsOnTrust(Stub &stub, const Period &period)
{
    std::map<std::string, GasCredit> facts;
    for (const Member &m : governance::allMembers(stub))
        if (credited(m))
            facts[m.msp_id()].set_msp_id(m.msp_id());
    for (const AvailabilityReport &r : availabilityOf(stub, period)) {
        AvailabilityStatement statement;
        statement.ParseFromString(r.statement());
        const auto it = facts.find(statement.msp_id());
        if (it != facts.end())
            it->second.set_available_hours(it->second.available_hours() + statement.available_hours());
    }
    const std::string prefix = kCostPrefix + period.text() + "/";
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        ApprovedCostList costs;
        costs.ParseFromString(kv.value);
        const std::string msp = kv.key.substr(prefix.size());
        const auto it = facts.find(msp);
        if (it == facts.end())
            continue;
        for (const auto &c : costs.costs())
            it->second.set_approved_cost_fen(it->second.approved_cost_fen() + c.amount_fen());
    }
    return facts;
}

bool sameWeights(const GasWeights &a, const GasWeights &b)
{
    return a.per_endorsement() == b.per_endorsement() && a.per_transaction() == b.per_transaction()
        && a.per_available_hour() == b.per_available_hour()
        && a.per_approved_cost_yuan() == b.per_approved_cost_yuan();
}

std::string weightsText(const GasWeights &w)
{
    return std::to_string(w.per_endorsement()) + " per endorsement, " + std::to_string(w.per_transaction())
        + " per transaction, " + std::to_string(w.per_available_hour()) + " per available hour, "
        + std::to_string(w.per_approved_cost_yuan()) + " per approved yuan";
}

Response reportAvailability(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (!creator.hasRole("admin"))
        return refuse(Forbidden, "GAS_NOT_ADMIN",
            "Only an administrator of a member submits its nodes' availability; " + creator.mspId + "/"
                + creator.commonName + " is not one.");
    AvailabilityReport report;
    if (stub.args().size() != 2 || !report.ParseFromString(stub.args()[1]))
        return badArgs("ReportAvailability(AvailabilityReport)");
    const auto member = governance::loadMember(stub, creator.mspId);
    if (!member || (member->status() != Member::ACTIVE && member->status() != Member::SUSPENDED))
        return refuse(Forbidden, "GAS_MEMBER_NOT_ACTIVE",
            creator.mspId + " is not a member whose nodes serve the consortium (active or suspended).");
    AvailabilityStatement statement;
    if (!statement.ParseFromString(report.statement()))
        return refuse(BadRequest, "GAS_AVAILABILITY_INVALID", "The report holds no availability statement.");
    const auto period = parsePeriod(statement.period());
    if (!period)
        return periodRefusal(statement.period());
    if (auto problem = unlessEnded(stub, *period, "its availability is reported"))
        return *problem;
    if (auto problem = unlessNoReport(stub, *period, "its availability"))
        return *problem;
    if (statement.msp_id() != creator.mspId)
        return refuse(Forbidden, "GAS_NODE_NOT_YOURS",
            "The statement is about a node of " + visible(statement.msp_id()) + ": " + creator.mspId
                + " reports its own nodes only.");
    if (statement.available_hours() < 0 || statement.available_hours() > period->hours())
        return refuse(BadRequest, "GAS_HOURS_INVALID",
            "A node is available 0 to " + std::to_string(period->hours()) + " hours in " + period->text() + " (got "
                + std::to_string(statement.available_hours()) + ").");

    msp::SerializedIdentity signer;
    if (!signer.ParseFromString(report.signer()) || signer.mspid() != creator.mspId)
        return refuse(Forbidden, "GAS_NODE_NOT_YOURS",
            "The statement is signed by a node of " + visible(signer.mspid()) + ", not of " + creator.mspId + ".");
    std::optional<crypto::Certificate> cert;
    try {
        cert = crypto::Certificate::fromPem(signer.id_bytes());
    } catch (const crypto::CryptoError &) {
        return refuse(BadRequest, "GAS_AVAILABILITY_INVALID", "The signer's identity holds no PEM X.509 certificate.");
    }
    const crypto::DistinguishedName subject = cert->subject();
    const auto &ous = subject.organizationalUnits;
    if (std::find(ous.begin(), ous.end(), "peer") == ous.end()
        && std::find(ous.begin(), ous.end(), "orderer") == ous.end())
        return refuse(Forbidden, "GAS_NODE_NOT_A_NODE",
            "The statement is signed by " + visible(subject.commonName)
                + ", which is not a node (its certificate has neither OU peer nor OU orderer).");
    if (subject.commonName != statement.node() || statement.node().empty())
        return refuse(BadRequest, "GAS_AVAILABILITY_INVALID",
            "The statement names node \"" + visible(statement.node()) + "\" but is signed by "
                + visible(subject.commonName) + ".");
    bool verified = false;
    try {
        verified = cert->publicKey().verify(report.statement(), report.signature());
    } catch (const crypto::CryptoError &) {
        verified = false;
    }
    if (!verified)
        return refuse(BadRequest, "GAS_SIGNATURE_INVALID",
            "The node's signature does not verify over the statement: have " + visible(statement.node())
                + " sign the statement as submitted.");

    report.set_submitter(creator.commonName);
    report.set_submitted_seconds(stub.txTimestampSeconds());
    report.set_tx_id(stub.txId());
    const Bytes value = report.SerializeAsString();
    stub.putState(availabilityKey(*period, creator.mspId, statement.node()), value);
    stub.setEvent("AvailabilityReported", value);
    return Response::ok(value);
}

std::optional<Response> sourcesProblem(const GasReport &report)
{
    const auto invalid = [](const std::string &why) {
        return refuse(BadRequest, "GAS_SOURCES_INVALID", "The report's blocks: " + why + ".");
    };
    const auto &channels = countedChannels();
    std::string previous;
    std::int64_t transactions = 0;
    for (const GasSource &s : report.sources()) {
        if (std::find(channels.begin(), channels.end(), s.channel()) == channels.end())
            return invalid("\"" + visible(s.channel()) + "\" is not a channel of the consortium");
        if (s.channel() <= previous)
            return invalid("each channel once, by name (" + s.channel() + ")");
        previous = s.channel();
        if (s.through_block_hash().size() != 32)
            return invalid(s.channel() + " names no 32-byte hash of its last block");
        if (s.transactions() < 0 || (s.transactions() > 0 && (s.first_block() > s.last_block() || s.first_block() == 0))
            || s.last_block() > s.through_block() || (s.transactions() == 0 && (s.first_block() || s.last_block())))
            return invalid(s.channel() + "'s blocks and transactions do not agree");
        transactions += s.transactions();
    }
    if (report.sources_size() != static_cast<int>(channels.size()))
        return invalid("the counts come from every channel of the consortium, each once");
    std::int64_t credited = 0;
    for (const GasCredit &c : report.credits())
        credited += c.transactions();
    if (credited > transactions)
        return invalid("the members' transactions (" + std::to_string(credited) + ") exceed the channels' ("
            + std::to_string(transactions) + ")");
    return std::nullopt;
}

Response recordGasReport(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (!(creator.isSecretariat() && creator.hasRole("admin")))
        return refuse(Forbidden, "GAS_NOT_SECRETARIAT",
            "Only an administrator of the consortium secretariat records a Gas report; " + creator.mspId + "/"
                + creator.commonName + " is not one.");
    GasReport report;
    if (stub.args().size() != 2 || !report.ParseFromString(stub.args()[1]))
        return badArgs("RecordGasReport(GasReport)");
    const auto period = parsePeriod(report.period());
    if (!period)
        return periodRefusal(report.period());
    if (auto problem = unlessEnded(stub, *period, "its Gas report is recorded"))
        return *problem;
    if (auto problem = unlessNoReport(stub, *period, "its figures"))
        return *problem;
    const GasWeights inForce = governance::loadRules(stub).gas_weights();
    if (!sameWeights(report.weights(), inForce))
        return refuse(Conflict, "GAS_WEIGHTS_MISMATCH",
            "The report is weighted " + weightsText(report.weights()) + "; the council's weights in force are "
                + weightsText(inForce) + " (milli-Gas): compute it again.");
    if (auto problem = sourcesProblem(report))
        return *problem;

    const std::map<std::string, GasCredit> facts = factsOnTrust(stub, *period);
    if (report.credits_size() != static_cast<int>(facts.size()))
        return refuse(BadRequest, "GAS_CREDITS_INCOMPLETE",
            "A report credits every member, each once (" + std::to_string(facts.size()) + "); this one has "
                + std::to_string(report.credits_size()) + " lines.");
    std::int64_t total = 0;
    auto expected = facts.begin();
    for (const GasCredit &c : report.credits()) {
        if (c.msp_id() != expected->first)
            return refuse(BadRequest, "GAS_CREDITS_INCOMPLETE",
                "A report credits every member once, by MSP ID: expected " + expected->first + ", found "
                    + visible(c.msp_id()) + ".");
        if (c.available_hours() != expected->second.available_hours())
            return refuse(Conflict, "GAS_AVAILABILITY_MISMATCH",
                c.msp_id() + "'s nodes reported " + std::to_string(expected->second.available_hours())
                    + " available hours for " + period->text() + ", not " + std::to_string(c.available_hours()) + ".");
        if (c.approved_cost_fen() != expected->second.approved_cost_fen())
            return refuse(Conflict, "GAS_COST_MISMATCH",
                "The council approved " + lc::formatFen(expected->second.approved_cost_fen()) + " of node costs for "
                    + c.msp_id() + " in " + period->text() + ", not " + lc::formatFen(c.approved_cost_fen()) + ".");
        if (c.endorsements() < 0 || c.transactions() < 0)
            return refuse(BadRequest, "GAS_ARITHMETIC_WRONG", c.msp_id() + "'s counts are below zero.");
        const auto gas = gasOf(inForce, c);
        if (!gas || *gas != c.gas_milli())
            return refuse(BadRequest, "GAS_ARITHMETIC_WRONG",
                c.msp_id() + " is credited " + std::to_string(c.gas_milli()) + " milli-Gas; its facts at the weights in force make "
                    + (gas ? std::to_string(*gas) : std::string("more than the ledger can hold")) + ".");
        if (*gas > std::numeric_limits<std::int64_t>::max() - total)
            return refuse(BadRequest, "GAS_ARITHMETIC_WRONG", "The period's total does not fit the ledger.");
        total += *gas;
        ++expected;
    }
    if (report.total_milli() != total)
        return refuse(BadRequest, "GAS_ARITHMETIC_WRONG",
            "The report's total is " + std::to_string(report.total_milli()) + " milli-Gas; its lines add up to "
                + std::to_string(total) + ".");

    report.set_recorded_by_msp(creator.mspId);
    report.set_recorder(creator.commonName);
    report.set_recorded_seconds(stub.txTimestampSeconds());
    report.set_tx_id(stub.txId());
    const Bytes value = report.SerializeAsString();
    stub.putState(kReportPrefix + period->text(), value);
    stub.setEvent("GasReportRecorded", value);
    return Response::ok(value);
}

std::vector<GasReport> allReports(Stub &stub)
{
    std::vector<GasReport> reports;
    const std::string prefix = kReportPrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        GasReport r;
        if (r.ParseFromString(kv.value))
            reports.push_back(std::move(r));
    }
    return reports;
}

Response gasFacts(Stub &stub)
{
    if (stub.args().size() != 2)
        return badArgs("GetGasFacts(period)");
    const auto period = parsePeriod(stub.args()[1]);
    if (!period)
        return periodRefusal(stub.args()[1]);
    GasReport facts;
    facts.set_period(period->text());
    *facts.mutable_weights() = governance::loadRules(stub).gas_weights();
    for (auto &[msp, credit] : factsOnTrust(stub, *period))
        *facts.add_credits() = credit;
    return Response::ok(facts.SerializeAsString());
}

Response gasBalances(Stub &stub)
{
    if (stub.args().size() != 1)
        return badArgs("GetGasBalances()");
    std::map<std::string, lianxin::trust::GasBalance> balances;
    for (const Member &m : governance::allMembers(stub))
        if (credited(m))
            balances[m.msp_id()].set_msp_id(m.msp_id());
    for (const GasReport &r : allReports(stub))
        for (const GasCredit &c : r.credits()) {
            auto &b = balances[c.msp_id()];
            b.set_msp_id(c.msp_id());
            b.set_balance_milli(b.balance_milli() + c.gas_milli());
            b.set_periods(b.periods() + 1);
        }
    GasBalanceList list;
    for (auto &[msp, balance] : balances)
        *list.add_balances() = balance;
    return Response::ok(list.SerializeAsString());
}

} // namespace

calendar::Date Period::first() const
{
    return calendar::Date { std::chrono::year { year }, std::chrono::month { month }, std::chrono::day { 1 } };
}

calendar::Date Period::last() const
{
    return calendar::Date { std::chrono::year_month_day_last {
        std::chrono::year { year }, std::chrono::month_day_last { std::chrono::month { month } } } };
}

int Period::hours() const
{
    return 24 * static_cast<int>(static_cast<unsigned>(last().day()));
}

std::string Period::text() const
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u", year, month);
    return text;
}

std::optional<Period> parsePeriod(const std::string &text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    for (std::size_t i : { 0, 1, 2, 3, 5, 6 })
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    Period p;
    p.year = std::stoi(text.substr(0, 4));
    p.month = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    if (p.year < 2000 || p.month < 1 || p.month > 12)
        return std::nullopt;
    return p;
}

std::string periodMessage(const std::string &text)
{
    return "A Gas period is a month written YYYY-MM, from 2000-01 to 9999-12 (got \"" + visible(text) + "\").";
}

Period periodOf(calendar::Date day)
{
    return Period { static_cast<int>(day.year()), static_cast<unsigned>(day.month()) };
}

const std::vector<std::string> &countedChannels()
{
    static const std::vector<std::string> channels { "forfaiting", "guarantee", "lc", "trust" };
    return channels;
}

std::optional<std::int64_t> gasOf(const GasWeights &w, const GasCredit &c)
{
    if (c.endorsements() < 0 || c.transactions() < 0 || c.available_hours() < 0 || c.approved_cost_fen() < 0)
        return std::nullopt;
    // fen x weight / 100 as (fen / 100) x weight + (fen % 100) x weight / 100:
    // the same floor without the product of the two.
    const std::int64_t terms[][2] = { { w.per_endorsement(), c.endorsements() },
        { w.per_transaction(), c.transactions() }, { w.per_available_hour(), c.available_hours() },
        { w.per_approved_cost_yuan(), c.approved_cost_fen() / 100 } };
    std::int64_t gas = w.per_approved_cost_yuan() * (c.approved_cost_fen() % 100) / 100; // < weight
    for (const auto &[weight, count] : terms) {
        std::int64_t term = 0;
        if (weight < 0 || __builtin_mul_overflow(weight, count, &term) || __builtin_add_overflow(gas, term, &gas))
            return std::nullopt;
    }
    return gas;
}

std::optional<Response> nodeCostProblem(Stub &stub, const lianxin::trust::NodeCost &cost)
{
    const auto period = parsePeriod(cost.period());
    if (!period)
        return periodRefusal(cost.period());
    if (cost.amount_fen() < 1 || cost.amount_fen() > kMaxCostFen)
        return refuse(BadRequest, "GAS_COST_INVALID",
            "A node cost is from 0.01 to " + lc::formatFen(kMaxCostFen) + " (got " + std::to_string(cost.amount_fen())
                + " fen).");
    const std::string description = trimmed(cost.description());
    const auto chars = std::count_if(
        description.begin(), description.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    if (description.empty() || chars > static_cast<std::ptrdiff_t>(kMaxCostDescriptionChars))
        return refuse(BadRequest, "GAS_COST_INVALID",
            "Describe the node cost in 1 to " + std::to_string(kMaxCostDescriptionChars) + " characters.");
    if (auto problem = nameProblem(cost.description(), "the node cost's description"))
        return refuse(BadRequest, problem->reasonCode, problem->message);
    if (auto problem = unlessNoReport(stub, *period, "its approved costs"))
        return problem;
    return std::nullopt;
}

void addApprovedCost(Stub &stub, const std::string &proposalId, const std::string &mspId,
    const lianxin::trust::NodeCost &cost)
{
    const Period period = *parsePeriod(cost.period());
    ApprovedCostList list;
    if (const auto value = stub.getState(costKey(period, mspId)))
        list.ParseFromString(*value);
    auto *added = list.add_costs();
    added->set_proposal_id(proposalId);
    added->set_amount_fen(cost.amount_fen());
    added->set_description(cost.description());
    stub.putState(costKey(period, mspId), list.SerializeAsString());
}

bool isFunction(const std::string &function)
{
    return function == "ReportAvailability" || function == "RecordGasReport" || isQuery(function);
}

bool isQuery(const std::string &function)
{
    return function == "GetGasFacts" || function == "GetGasReport" || function == "ListGasReports"
        || function == "GetGasBalances" || function == "ListAvailability";
}

std::optional<Response> invoke(Stub &stub)
{
    const auto &args = stub.args();
    if (args.empty() || !isFunction(args[0]))
        return std::nullopt;
    const std::string &function = args[0];
    if (function == "ReportAvailability")
        return reportAvailability(stub);
    if (function == "RecordGasReport")
        return recordGasReport(stub);
    if (function == "GetGasFacts")
        return gasFacts(stub);
    if (function == "GetGasBalances")
        return gasBalances(stub);
    if (function == "ListGasReports") {
        if (args.size() != 1)
            return badArgs("ListGasReports()");
        GasReportList list;
        for (GasReport &r : allReports(stub))
            *list.add_reports() = std::move(r);
        return Response::ok(list.SerializeAsString());
    }
    if (args.size() != 2)
        return badArgs(function + "(period)");
    const auto period = parsePeriod(args[1]);
    if (!period)
        return periodRefusal(args[1]);
    if (function == "GetGasReport") {
        const auto value = stub.getState(kReportPrefix + period->text());
        if (!value)
            return refuse(NotFound, "GAS_REPORT_UNKNOWN", "No Gas report of " + period->text() + " is recorded.");
        return Response::ok(*value);
    }
    AvailabilityReportList list;
    for (AvailabilityReport &r : availabilityOf(stub, *period))
        *list.add_reports() = std::move(r);
    return Response::ok(list.SerializeAsString());
}

} // namespace lx::chaincode::gas
