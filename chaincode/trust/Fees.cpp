#include "chaincode/trust/Fees.h"

#include "chaincode/Amount.h"
#include "chaincode/TextRules.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/trust/Governance.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace lx::chaincode::fees {

namespace {

using lianxin::trust::FeeLine;
using lianxin::trust::FeePayment;
using lianxin::trust::FeePaymentList;
using lianxin::trust::FeeSchedule;
using lianxin::trust::FeeScheduleList;
using lianxin::trust::FeeStatement;
using lianxin::trust::FeeStatementList;
using lianxin::trust::Member;

Response refuse(std::int32_t status, const std::string &code, const std::string &message)
{
    return Response::reject(status, code, message);
}

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

lc::Date today(Stub &stub)
{
    return lc::chinaDate(stub.txTimestampSeconds());
}

bool after(lc::Date a, lc::Date b)
{
    return std::chrono::sys_days { a } > std::chrono::sys_days { b };
}

std::string yearText(int year)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d", year);
    return text;
}

std::string scheduleKey(int year)
{
    return kSchedulePrefix + yearText(year);
}

std::string paidKey(int year, const std::string &mspId)
{
    return kPaidPrefix + yearText(year) + "/" + mspId;
}

bool isSecretariatAdmin(const Creator &creator)
{
    return creator.isSecretariat() && creator.hasRole("admin");
}

std::optional<Response> unlessSecretariatAdmin(const Creator &creator, const std::string &what)
{
    if (isSecretariatAdmin(creator))
        return std::nullopt;
    return refuse(Forbidden, "FEE_NOT_SECRETARIAT",
        "Only an administrator of the consortium secretariat " + what + "; " + creator.mspId + "/" + creator.commonName
            + " is not one.");
}

std::vector<FeeSchedule> allSchedules(Stub &stub)
{
    std::vector<FeeSchedule> schedules;
    const std::string prefix = kSchedulePrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        FeeSchedule s;
        if (s.ParseFromString(kv.value))
            schedules.push_back(std::move(s));
    }
    return schedules; // by year: the keys carry it in four digits
}

std::optional<FeeSchedule> loadSchedule(Stub &stub, int year)
{
    FeeSchedule s;
    const auto value = stub.getState(scheduleKey(year));
    if (!value || !s.ParseFromString(*value))
        return std::nullopt;
    return s;
}

FeePaymentList loadPayments(Stub &stub, int year, const std::string &mspId)
{
    FeePaymentList list;
    if (const auto value = stub.getState(paidKey(year, mspId)))
        list.ParseFromString(*value);
    return list;
}

bool isBank(const Member &member)
{
    return member.kind() == Member::BANK;
}

// The first year a bank owes: the year (China time) of the council's vote
// that admitted it. nullopt when the ledger records no admission date: a
// founding member ("charter") owes every scheduled year.
std::optional<int> firstYearOwed(Stub &stub, const Member &member)
{
    if (member.admitted_by().empty() || member.admitted_by() == "charter")
        return std::nullopt;
    lianxin::trust::Proposal admission;
    const auto value = stub.getState(governance::kProposalPrefix + member.admitted_by());
    if (!value || !admission.ParseFromString(*value) || admission.decided_seconds() <= 0)
        return std::nullopt;
    return static_cast<int>(lc::chinaDate(admission.decided_seconds()).year());
}

// What a bank owes for one scheduled year, given its payments, as of day.
FeeLine lineOf(const Member &member, std::optional<int> firstYear, const FeeSchedule &schedule,
    const FeePaymentList &payments, lc::Date day)
{
    FeeLine line;
    line.set_year(schedule.year());
    line.set_tier(member.tier());
    const bool owes = isBank(member) && (member.status() == Member::ACTIVE || member.status() == Member::SUSPENDED)
        && (!firstYear || schedule.year() >= *firstYear) && member.tier() >= 1 && member.tier() <= kTiers
        && schedule.tier_fee_fen_size() == kTiers;
    line.set_due_fen(owes ? schedule.tier_fee_fen(member.tier() - 1) : 0);
    std::int64_t paid = 0;
    for (const FeePayment &p : payments.payments()) {
        paid = addAmounts(paid, p.amount_fen());
        *line.add_payments() = p;
    }
    line.set_paid_fen(paid);
    line.set_outstanding_fen(std::max<std::int64_t>(0, line.due_fen() - paid));
    *line.mutable_due_on() = schedule.due_on();
    const auto dueOn = lc::civil(schedule.due_on());
    line.set_overdue(line.outstanding_fen() > 0 && dueOn && after(day, *dueOn));
    return line;
}

// Whether the year belongs on the bank's statement: it owes for it, or paid.
bool listed(const FeeLine &line, const Member &member, std::optional<int> firstYear)
{
    const bool owesThatYear = (member.status() == Member::ACTIVE || member.status() == Member::SUSPENDED)
        && (!firstYear || line.year() >= *firstYear);
    return owesThatYear || line.payments_size() > 0;
}

FeeStatement statementOf(Stub &stub, const Member &member, const std::vector<FeeSchedule> &schedules, lc::Date day)
{
    FeeStatement statement;
    statement.set_msp_id(member.msp_id());
    *statement.mutable_as_of() = lc::protoDate(day);
    const std::optional<int> firstYear = firstYearOwed(stub, member);
    std::int64_t outstanding = 0;
    std::int64_t overdue = 0;
    for (const FeeSchedule &s : schedules) {
        FeeLine line = lineOf(member, firstYear, s, loadPayments(stub, s.year(), member.msp_id()), day);
        if (!listed(line, member, firstYear))
            continue;
        outstanding = addAmounts(outstanding, line.outstanding_fen());
        if (line.overdue())
            overdue = addAmounts(overdue, line.outstanding_fen());
        *statement.add_lines() = std::move(line);
    }
    statement.set_outstanding_fen(outstanding);
    statement.set_overdue_fen(overdue);
    return statement;
}

std::optional<Response> scheduleProblem(const FeeSchedule &s)
{
    const auto invalid = [](const std::string &why) { return refuse(BadRequest, "FEE_SCHEDULE_INVALID", why); };
    if (s.year() < kFirstYear || s.year() > kLastYear)
        return invalid("A fee schedule is for a year from " + std::to_string(kFirstYear) + " to "
            + std::to_string(kLastYear) + " (got " + std::to_string(s.year()) + ").");
    if (s.tier_fee_fen_size() != kTiers)
        return invalid("A fee schedule names exactly " + std::to_string(kTiers)
            + " fees, for tiers 1 to 5 in order (got " + std::to_string(s.tier_fee_fen_size()) + ").");
    for (int i = 0; i < kTiers; ++i)
        if (s.tier_fee_fen(i) < 0 || s.tier_fee_fen(i) > kMaxFeeFen)
            return invalid("The fee of tier " + std::to_string(i + 1) + " is between 0 and " + lc::formatFen(kMaxFeeFen)
                + " (got " + std::to_string(s.tier_fee_fen(i)) + " fen).");
    const auto due = lc::civil(s.due_on());
    if (!due || static_cast<int>(due->year()) != s.year())
        return invalid("The fees of " + std::to_string(s.year()) + " fall due on a day of that year (got "
            + (lc::isSet(s.due_on()) ? lc::text(s.due_on()) : std::string("none")) + ").");
    return std::nullopt;
}

Response setSchedule(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessSecretariatAdmin(creator, "sets the membership fees"))
        return *refused;
    FeeSchedule schedule;
    if (stub.args().size() != 2 || !schedule.ParseFromString(stub.args()[1]))
        return badArgs("SetFeeSchedule(FeeSchedule)");
    if (auto problem = scheduleProblem(schedule))
        return *problem;
    // Once a bank has paid towards a year, its fees stand: a new schedule
    // would change what that payment settled.
    const std::string paidPrefix = kPaidPrefix + yearText(schedule.year()) + "/";
    const auto paid = stub.getStateByRange(paidPrefix, paidPrefix + "\x7f");
    if (!paid.empty())
        return refuse(Conflict, "FEE_SCHEDULE_PAID",
            "Payments towards " + std::to_string(schedule.year()) + "'s fees are recorded already ("
                + std::to_string(paid.size()) + (paid.size() == 1 ? " bank" : " banks")
                + "): that year's schedule no longer changes.");
    schedule.set_set_by_msp(creator.mspId);
    schedule.set_set_by(creator.commonName);
    schedule.set_set_seconds(stub.txTimestampSeconds());
    schedule.set_set_tx(stub.txId());
    const Bytes value = schedule.SerializeAsString();
    stub.putState(scheduleKey(schedule.year()), value);
    stub.setEvent("FeeScheduleSet", value);
    return Response::ok(value);
}

std::size_t codePoints(const std::string &text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

std::optional<Response> referenceProblem(const std::string &reference)
{
    const auto invalid = [](const std::string &why) { return refuse(BadRequest, "FEE_REFERENCE_INVALID", why); };
    if (reference.empty())
        return invalid("Give the payment's reference (the bank transfer's), 1 to " + std::to_string(kMaxReferenceChars)
            + " characters.");
    if (auto problem = nameProblem(reference, "the payment's reference"))
        return invalid(problem->message);
    if (codePoints(reference) > kMaxReferenceChars)
        return invalid("A payment's reference has at most " + std::to_string(kMaxReferenceChars) + " characters.");
    return std::nullopt;
}

std::optional<Response> paidOnProblem(const FeePayment &payment, lc::Date day)
{
    const auto invalid = [](const std::string &why) { return refuse(BadRequest, "FEE_PAID_ON_INVALID", why); };
    const auto paidOn = lc::civil(payment.paid_on());
    if (!paidOn)
        return invalid("Give the day the fee was paid (a real day).");
    if (after(*paidOn, day))
        return invalid("The payment is dated " + lc::text(payment.paid_on()) + ", after today ("
            + calendar::formatDate(day) + ", China time).");
    const lc::Date earliest = std::chrono::year { payment.year() - 1 } / std::chrono::January / 1;
    if (after(earliest, *paidOn))
        return invalid("A payment towards " + std::to_string(payment.year()) + "'s fees is made on or after "
            + calendar::formatDate(earliest) + " (got " + lc::text(payment.paid_on()) + ").");
    return std::nullopt;
}

Response recordPayment(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessSecretariatAdmin(creator, "records fee payments"))
        return *refused;
    FeePayment payment;
    if (stub.args().size() != 2 || !payment.ParseFromString(stub.args()[1]))
        return badArgs("RecordFeePayment(FeePayment)");
    const auto member = governance::loadMember(stub, payment.msp_id());
    if (!member)
        return refuse(NotFound, "FEE_MEMBER_UNKNOWN", "No member " + payment.msp_id() + " is registered.");
    if (!isBank(*member))
        return refuse(BadRequest, "FEE_NOT_A_BANK",
            payment.msp_id() + " is the " + Member::Kind_Name(member->kind()) + ": only banks pay membership fees.");
    if (payment.amount_fen() <= 0)
        return refuse(BadRequest, "FEE_AMOUNT_INVALID", "A payment's amount is above zero (fen).");
    const auto schedule = loadSchedule(stub, payment.year());
    if (!schedule)
        return refuse(NotFound, "FEE_NO_SCHEDULE",
            "No fees are set for " + std::to_string(payment.year())
                + ": the secretariat sets the year's schedule first.");
    const lc::Date day = today(stub);
    if (auto problem = paidOnProblem(payment, day))
        return *problem;
    payment.set_reference(trimmed(payment.reference()));
    if (auto problem = referenceProblem(payment.reference()))
        return *problem;

    const std::optional<int> firstYear = firstYearOwed(stub, *member);
    FeePaymentList payments = loadPayments(stub, payment.year(), payment.msp_id());
    const FeeLine before = lineOf(*member, firstYear, *schedule, payments, day);
    if (before.due_fen() == 0)
        return refuse(Conflict, "FEE_NOTHING_DUE",
            payment.msp_id() + " owes no fee for " + std::to_string(payment.year()) + " ("
                + Member::Status_Name(member->status()) + ", tier " + std::to_string(member->tier())
                + (firstYear && payment.year() < *firstYear ? ", admitted in " + std::to_string(*firstYear) : "")
                + ").");
    if (payment.amount_fen() > before.outstanding_fen())
        return refuse(Conflict, "FEE_OVERPAYMENT",
            "The payment of " + lc::formatFen(payment.amount_fen()) + " exceeds what " + payment.msp_id() + " owes for "
                + std::to_string(payment.year()) + ": " + lc::formatFen(before.outstanding_fen()) + " outstanding.");

    payment.set_recorded_by(creator.commonName);
    payment.set_recorded_seconds(stub.txTimestampSeconds());
    payment.set_tx_id(stub.txId());
    *payments.add_payments() = payment;
    stub.putState(paidKey(payment.year(), payment.msp_id()), payments.SerializeAsString());
    stub.setEvent("FeePaymentRecorded", payment.SerializeAsString());
    return Response::ok(lineOf(*member, firstYear, *schedule, payments, day).SerializeAsString());
}

bool readsEveryStatement(const Creator &creator)
{
    return creator.isSecretariat() || creator.isRegulator();
}

Response getStatement(Stub &stub)
{
    if (stub.args().size() != 2)
        return badArgs("GetFeeStatement(mspId)");
    const std::string &mspId = stub.args()[1];
    const Creator &creator = stub.creator();
    if (creator.mspId != mspId && !readsEveryStatement(creator))
        return refuse(Forbidden, "FEE_NOT_YOURS",
            "A bank reads its own fee statement; " + creator.mspId + " may not read " + mspId
                + "'s (the secretariat and the regulator read every bank's).");
    const auto member = governance::loadMember(stub, mspId);
    if (!member)
        return refuse(NotFound, "FEE_MEMBER_UNKNOWN", "No member " + mspId + " is registered.");
    if (!isBank(*member))
        return refuse(BadRequest, "FEE_NOT_A_BANK",
            mspId + " is the " + Member::Kind_Name(member->kind()) + ": only banks owe membership fees.");
    return Response::ok(statementOf(stub, *member, allSchedules(stub), today(stub)).SerializeAsString());
}

Response listStatements(Stub &stub)
{
    if (stub.args().size() != 1)
        return badArgs("ListFeeStatements()");
    const Creator &creator = stub.creator();
    if (!readsEveryStatement(creator))
        return refuse(Forbidden, "FEE_NOT_YOURS",
            "Every bank's fee statement is for the secretariat and the regulator; " + creator.mspId
                + " reads its own (GetFeeStatement).");
    const std::vector<FeeSchedule> schedules = allSchedules(stub);
    const lc::Date day = today(stub);
    FeeStatementList list;
    const std::string prefix = governance::kMemberPrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        Member m;
        if (!m.ParseFromString(kv.value) || !isBank(m))
            continue;
        FeeStatement statement = statementOf(stub, m, schedules, day);
        if (statement.lines_size() > 0)
            *list.add_statements() = std::move(statement);
    }
    return Response::ok(list.SerializeAsString());
}

Response getSchedules(Stub &stub)
{
    if (stub.args().size() != 1)
        return badArgs("GetFeeSchedules()");
    FeeScheduleList list;
    for (FeeSchedule &s : allSchedules(stub))
        *list.add_schedules() = std::move(s);
    return Response::ok(list.SerializeAsString());
}

} // namespace

bool isFunction(const std::string &function)
{
    return function == "SetFeeSchedule" || function == "RecordFeePayment" || isQuery(function);
}

bool isQuery(const std::string &function)
{
    return function == "GetFeeStatement" || function == "ListFeeStatements" || function == "GetFeeSchedules";
}

std::optional<Response> invoke(Stub &stub)
{
    const auto &args = stub.args();
    if (args.empty())
        return std::nullopt;
    const std::string &function = args[0];
    if (function == "SetFeeSchedule")
        return setSchedule(stub);
    if (function == "RecordFeePayment")
        return recordPayment(stub);
    if (function == "GetFeeStatement")
        return getStatement(stub);
    if (function == "ListFeeStatements")
        return listStatements(stub);
    if (function == "GetFeeSchedules")
        return getSchedules(stub);
    return std::nullopt;
}

} // namespace lx::chaincode::fees
