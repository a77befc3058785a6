// The consortium's membership fees in the registry contract on trust
// (docs/governance.md, "Fees"): the secretariat sets a year's fees by tier
// and records payments; who owes what, when it is overdue, and who reads
// which statement.
#include "chaincode/trust/Fees.h"

#include "FakeStub.h"
#include "FoundingRegistry.h"

#include "chaincode/Registry.h"
#include "chaincode/trust/Governance.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::trust::FeeLine;
using lianxin::trust::FeePayment;
using lianxin::trust::FeeSchedule;
using lianxin::trust::FeeScheduleList;
using lianxin::trust::FeeStatement;
using lianxin::trust::FeeStatementList;
using lianxin::trust::Member;

namespace {

constexpr const char *kHuaxia = "HuaxiaBankMSP"; // tier 1
constexpr const char *kDongfang = "DongfangBankMSP"; // tier 1
constexpr const char *kChangjiang = "ChangjiangBankMSP"; // tier 2
constexpr const char *kNanhai = "NanhaiBankMSP"; // tier 2
constexpr const char *kBeiyuan = "BeiyuanBankMSP"; // tier 3

// 10:00 in China on Monday 2027-01-04, Wednesday 2027-03-31 (2027's due
// date below) and the day after.
constexpr std::int64_t kJanuary4 = 1799028000;
constexpr std::int64_t kMarch31 = 1806458400;
constexpr std::int64_t kApril1 = 1806544800;
constexpr std::int64_t kDay = 86400;

// Tiers 1 to 5: CNY 100,000.00 down to 20,000.00.
constexpr std::int64_t kTier1 = 10'000'000;
constexpr std::int64_t kTier2 = 8'000'000;
constexpr std::int64_t kTier3 = 6'000'000;

lianxin::lc::Date date(int year, int month, int day)
{
    lianxin::lc::Date d;
    d.set_year(year);
    d.set_month(month);
    d.set_day(day);
    return d;
}

FeeSchedule schedule(int year, lianxin::lc::Date dueOn = {})
{
    FeeSchedule s;
    s.set_year(year);
    for (const std::int64_t fee : { kTier1, kTier2, kTier3, std::int64_t { 4'000'000 }, std::int64_t { 2'000'000 } })
        s.add_tier_fee_fen(fee);
    *s.mutable_due_on() = dueOn.year() ? dueOn : date(year, 3, 31);
    return s;
}

FeePayment payment(const std::string &msp, int year, std::int64_t fen, lianxin::lc::Date paidOn,
    const std::string &reference = "CNAPS 2027-000123")
{
    FeePayment p;
    p.set_msp_id(msp);
    p.set_year(year);
    p.set_amount_fen(fen);
    *p.mutable_paid_on() = paidOn;
    p.set_reference(reference);
    return p;
}

class FeesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        stub.setChannel("trust");
        stub.setTimestamp(kJanuary4);
        foundMembers(stub, registry);
    }

    chaincode::Response call(
        const std::string &msp, const std::string &user, std::vector<std::string> roles, std::vector<Bytes> args)
    {
        stub.setCaller(msp, user, std::move(roles));
        stub.setCall(std::move(args));
        return registry.invoke(stub);
    }
    chaincode::Response secretariat(std::vector<Bytes> args)
    {
        return call(chaincode::kSecretariatMsp, "admin1", { "admin" }, std::move(args));
    }
    chaincode::Response setSchedule(const FeeSchedule &s)
    {
        return secretariat({ "SetFeeSchedule", s.SerializeAsString() });
    }
    chaincode::Response record(const FeePayment &p)
    {
        return secretariat({ "RecordFeePayment", p.SerializeAsString() });
    }

    FeeStatement statement(const std::string &msp, const std::string &reader = chaincode::kSecretariatMsp)
    {
        const chaincode::Response r = call(reader, "officer1", { "client", "officer" }, { "GetFeeStatement", msp });
        EXPECT_TRUE(r.isOk()) << r.wireMessage();
        FeeStatement s;
        EXPECT_TRUE(s.ParseFromString(r.payload));
        return s;
    }
    // The statement's line of that year, or an empty one (year 0).
    FeeLine line(const std::string &msp, int year)
    {
        const FeeStatement s = statement(msp);
        for (const FeeLine &l : s.lines())
            if (l.year() == year)
                return l;
        return {};
    }

    FakeStub stub;
    chaincode::Registry registry;
};

} // namespace

TEST_F(FeesTest, TheSecretariatsAdministratorSetsAYearsFees)
{
    const chaincode::Response set = setSchedule(schedule(2027));
    ASSERT_TRUE(set.isOk()) << set.wireMessage();
    const std::string setTx = stub.txId();
    EXPECT_EQ(stub.events.back().first, "FeeScheduleSet");

    const chaincode::Response r = call(kBeiyuan, "officer1", { "client", "officer" }, { "GetFeeSchedules" });
    ASSERT_TRUE(r.isOk()) << "every member reads the schedules";
    FeeScheduleList list;
    ASSERT_TRUE(list.ParseFromString(r.payload));
    ASSERT_EQ(list.schedules_size(), 1);
    EXPECT_EQ(list.schedules(0).year(), 2027);
    EXPECT_EQ(list.schedules(0).tier_fee_fen(2), kTier3);
    EXPECT_EQ(list.schedules(0).set_by_msp(), chaincode::kSecretariatMsp);
    EXPECT_EQ(list.schedules(0).set_by(), "admin1");
    EXPECT_EQ(list.schedules(0).set_tx(), setTx);
    EXPECT_EQ(list.schedules(0).set_seconds(), kJanuary4);

    // Set again before any payment: replaced.
    FeeSchedule cheaper = schedule(2027, date(2027, 6, 30));
    cheaper.set_tier_fee_fen(0, 9'000'000);
    cheaper.set_set_by("someone else"); // set by the contract, not by the caller
    ASSERT_TRUE(setSchedule(cheaper).isOk());
    ASSERT_TRUE(setSchedule(schedule(2026)).isOk());
    ASSERT_TRUE(list.ParseFromString(secretariat({ "GetFeeSchedules" }).payload));
    ASSERT_EQ(list.schedules_size(), 2);
    EXPECT_EQ(list.schedules(0).year(), 2026) << "by year";
    EXPECT_EQ(list.schedules(1).tier_fee_fen(0), 9'000'000);
    EXPECT_EQ(list.schedules(1).due_on().month(), 6);
    EXPECT_EQ(list.schedules(1).set_by(), "admin1");
}

TEST_F(FeesTest, ASchedulesRulesAreCheckedAndARefusalWritesNothing)
{
    const int writes = stub.writes;
    const auto code = [&](const FeeSchedule &s) { return setSchedule(s).reasonCode; };
    EXPECT_EQ(call(kHuaxia, "admin1", { "admin" }, { "SetFeeSchedule", schedule(2027).SerializeAsString() }).reasonCode,
        "FEE_NOT_SECRETARIAT");
    EXPECT_EQ(call(chaincode::kSecretariatMsp, "officer1", { "client", "officer" },
                  { "SetFeeSchedule", schedule(2027).SerializeAsString() })
                  .reasonCode,
        "FEE_NOT_SECRETARIAT")
        << "the secretariat's administrator, not any of its users";
    EXPECT_EQ(
        call(chaincode::kRegulatorMsp, "admin1", { "admin" }, { "SetFeeSchedule", schedule(2027).SerializeAsString() })
            .reasonCode,
        "FEE_NOT_SECRETARIAT");

    FeeSchedule fourTiers = schedule(2027);
    fourTiers.mutable_tier_fee_fen()->RemoveLast();
    EXPECT_EQ(code(fourTiers), "FEE_SCHEDULE_INVALID");
    FeeSchedule sixTiers = schedule(2027);
    sixTiers.add_tier_fee_fen(1);
    EXPECT_EQ(code(sixTiers), "FEE_SCHEDULE_INVALID");
    FeeSchedule negative = schedule(2027);
    negative.set_tier_fee_fen(4, -1);
    EXPECT_EQ(code(negative), "FEE_SCHEDULE_INVALID");
    FeeSchedule tooMuch = schedule(2027);
    tooMuch.set_tier_fee_fen(0, chaincode::fees::kMaxFeeFen + 1);
    EXPECT_EQ(code(tooMuch), "FEE_SCHEDULE_INVALID");
    EXPECT_EQ(code(schedule(2027, date(2028, 1, 1))), "FEE_SCHEDULE_INVALID") << "due within the year";
    EXPECT_EQ(code(schedule(2027, date(2027, 2, 29))), "FEE_SCHEDULE_INVALID") << "a real day";
    FeeSchedule noDueDate = schedule(2027);
    noDueDate.clear_due_on();
    EXPECT_EQ(code(noDueDate), "FEE_SCHEDULE_INVALID");
    EXPECT_EQ(code(schedule(1999)), "FEE_SCHEDULE_INVALID");
    EXPECT_EQ(secretariat({ "SetFeeSchedule" }).reasonCode, "BAD_ARGUMENTS");
    EXPECT_EQ(secretariat({ "SetFeeSchedule", "\xff garbage" }).reasonCode, "BAD_ARGUMENTS");
    EXPECT_EQ(stub.writes, writes);

    FeeSchedule limits = schedule(2027, date(2027, 12, 31));
    limits.set_tier_fee_fen(0, chaincode::fees::kMaxFeeFen);
    limits.set_tier_fee_fen(4, 0);
    EXPECT_TRUE(setSchedule(limits).isOk()) << "0 and 10^13 fen are fees; 31 December is in the year";
}

TEST_F(FeesTest, AYearsScheduleStandsOnceAPaymentTowardsItIsRecorded)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    ASSERT_TRUE(setSchedule(schedule(2028)).isOk());
    ASSERT_TRUE(record(payment(kNanhai, 2027, 100, date(2027, 1, 4))).isOk());
    const int writes = stub.writes;
    const chaincode::Response again = setSchedule(schedule(2027, date(2027, 9, 30)));
    EXPECT_EQ(again.reasonCode, "FEE_SCHEDULE_PAID");
    EXPECT_NE(again.message.find("2027"), std::string::npos) << again.message;
    EXPECT_EQ(stub.writes, writes);
    EXPECT_TRUE(setSchedule(schedule(2028, date(2028, 9, 30))).isOk()) << "another year's is still open";
}

TEST_F(FeesTest, FeesFallDueAndAreOverdueAfterTheDueDate)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    FeeStatement s = statement(kHuaxia);
    EXPECT_EQ(s.msp_id(), kHuaxia);
    EXPECT_EQ(s.as_of().day(), 4);
    ASSERT_EQ(s.lines_size(), 1);
    EXPECT_EQ(s.lines(0).year(), 2027);
    EXPECT_EQ(s.lines(0).tier(), 1);
    EXPECT_EQ(s.lines(0).due_fen(), kTier1);
    EXPECT_EQ(s.lines(0).outstanding_fen(), kTier1);
    EXPECT_FALSE(s.lines(0).overdue());
    EXPECT_EQ(s.outstanding_fen(), kTier1);
    EXPECT_EQ(s.overdue_fen(), 0);
    EXPECT_EQ(line(kChangjiang, 2027).due_fen(), kTier2) << "each bank its tier's fee";

    stub.setTimestamp(kMarch31);
    EXPECT_FALSE(line(kHuaxia, 2027).overdue()) << "the due date itself is in time";
    stub.setTimestamp(kMarch31 + 13 * 3600); // 23:00 in China
    EXPECT_FALSE(line(kHuaxia, 2027).overdue());
    stub.setTimestamp(kMarch31 + 14 * 3600); // 00:00 on 1 April in China, still 31 March in UTC
    EXPECT_TRUE(line(kHuaxia, 2027).overdue()) << "China time decides the day";
    stub.setTimestamp(kApril1);
    s = statement(kHuaxia);
    EXPECT_TRUE(s.lines(0).overdue());
    EXPECT_EQ(s.overdue_fen(), kTier1);
    EXPECT_EQ(s.outstanding_fen(), kTier1);

    // A later year, not yet due, adds to what is outstanding, not to what is overdue.
    ASSERT_TRUE(setSchedule(schedule(2028)).isOk());
    s = statement(kHuaxia);
    ASSERT_EQ(s.lines_size(), 2);
    EXPECT_EQ(s.lines(1).year(), 2028);
    EXPECT_FALSE(s.lines(1).overdue());
    EXPECT_EQ(s.outstanding_fen(), 2 * kTier1);
    EXPECT_EQ(s.overdue_fen(), kTier1);
}

TEST_F(FeesTest, APartialThenAFullPaymentSettleTheYearAndNoMore)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    const chaincode::Response partial = record(payment(kHuaxia, 2027, 4'000'000, date(2027, 1, 3), "  HX-2027-01  "));
    ASSERT_TRUE(partial.isOk()) << partial.wireMessage();
    EXPECT_EQ(stub.events.back().first, "FeePaymentRecorded");
    FeeLine after;
    ASSERT_TRUE(after.ParseFromString(partial.payload));
    EXPECT_EQ(after.paid_fen(), 4'000'000);
    EXPECT_EQ(after.outstanding_fen(), 6'000'000);
    ASSERT_EQ(after.payments_size(), 1);
    EXPECT_EQ(after.payments(0).reference(), "HX-2027-01") << "trimmed";
    EXPECT_EQ(after.payments(0).recorded_by(), "admin1");
    EXPECT_EQ(after.payments(0).recorded_seconds(), kJanuary4);
    EXPECT_FALSE(after.payments(0).tx_id().empty());

    stub.setTimestamp(kApril1);
    FeeStatement s = statement(kHuaxia);
    EXPECT_EQ(s.outstanding_fen(), 6'000'000);
    EXPECT_EQ(s.overdue_fen(), 6'000'000) << "the rest is overdue after the due date";

    const int writes = stub.writes;
    const chaincode::Response over = record(payment(kHuaxia, 2027, 6'000'001, date(2027, 4, 1)));
    EXPECT_EQ(over.reasonCode, "FEE_OVERPAYMENT");
    EXPECT_NE(over.message.find("CNY 60,000.00 outstanding"), std::string::npos) << over.message;
    EXPECT_EQ(stub.writes, writes);

    ASSERT_TRUE(record(payment(kHuaxia, 2027, 6'000'000, date(2027, 4, 1), "HX-2027-02")).isOk());
    s = statement(kHuaxia);
    ASSERT_EQ(s.lines_size(), 1);
    EXPECT_EQ(s.lines(0).paid_fen(), kTier1);
    EXPECT_EQ(s.lines(0).outstanding_fen(), 0);
    EXPECT_FALSE(s.lines(0).overdue());
    EXPECT_EQ(s.lines(0).payments_size(), 2);
    EXPECT_EQ(s.outstanding_fen(), 0);
    EXPECT_EQ(s.overdue_fen(), 0);
    const chaincode::Response more = record(payment(kHuaxia, 2027, 1, date(2027, 4, 1)));
    EXPECT_EQ(more.reasonCode, "FEE_OVERPAYMENT");
    EXPECT_NE(more.message.find("CNY 0.00 outstanding"), std::string::npos) << more.message;
}

TEST_F(FeesTest, PaymentsAreCheckedAndARefusalWritesNothing)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    const int writes = stub.writes;
    const FeePayment good = payment(kDongfang, 2027, 1'000'000, date(2027, 1, 4));
    const auto code = [&](const FeePayment &p) { return record(p).reasonCode; };
    EXPECT_EQ(call(kDongfang, "admin1", { "admin" }, { "RecordFeePayment", good.SerializeAsString() }).reasonCode,
        "FEE_NOT_SECRETARIAT")
        << "a bank records no payment of its own";
    EXPECT_EQ(call(chaincode::kSecretariatMsp, "officer1", { "client", "officer" },
                  { "RecordFeePayment", good.SerializeAsString() })
                  .reasonCode,
        "FEE_NOT_SECRETARIAT");
    FeePayment p = good;
    p.set_msp_id("StrayBankMSP");
    EXPECT_EQ(code(p), "FEE_MEMBER_UNKNOWN");
    p.set_msp_id(chaincode::kRegulatorMsp);
    EXPECT_EQ(code(p), "FEE_NOT_A_BANK") << "the regulator owes nothing";
    p.set_msp_id(chaincode::kSecretariatMsp);
    EXPECT_EQ(code(p), "FEE_NOT_A_BANK") << "nor does the secretariat";
    p = good;
    p.set_amount_fen(0);
    EXPECT_EQ(code(p), "FEE_AMOUNT_INVALID");
    p.set_amount_fen(-100);
    EXPECT_EQ(code(p), "FEE_AMOUNT_INVALID");
    p = good;
    p.set_year(2028);
    EXPECT_EQ(code(p), "FEE_NO_SCHEDULE");
    p = good;
    *p.mutable_paid_on() = date(2027, 1, 5);
    EXPECT_EQ(code(p), "FEE_PAID_ON_INVALID") << "not after today";
    *p.mutable_paid_on() = date(2025, 12, 31);
    EXPECT_EQ(code(p), "FEE_PAID_ON_INVALID") << "not before 1 January of the year before";
    *p.mutable_paid_on() = date(2026, 2, 30);
    EXPECT_EQ(code(p), "FEE_PAID_ON_INVALID");
    p.clear_paid_on();
    EXPECT_EQ(code(p), "FEE_PAID_ON_INVALID");
    p = good;
    p.set_reference("   ");
    EXPECT_EQ(code(p), "FEE_REFERENCE_INVALID");
    p.set_reference("HX\u202e-2027");
    EXPECT_EQ(code(p), "FEE_REFERENCE_INVALID");
    p.set_reference("HX\n2027");
    EXPECT_EQ(code(p), "FEE_REFERENCE_INVALID");
    p.set_reference(std::string(101, 'R'));
    EXPECT_EQ(code(p), "FEE_REFERENCE_INVALID");
    EXPECT_EQ(secretariat({ "RecordFeePayment" }).reasonCode, "BAD_ARGUMENTS");
    EXPECT_EQ(stub.writes, writes);
    EXPECT_EQ(line(kDongfang, 2027).paid_fen(), 0);

    p = good;
    std::string hundred;
    for (int i = 0; i < 100; ++i)
        hundred += "汇";
    p.set_reference(hundred);
    EXPECT_TRUE(record(p).isOk()) << "100 characters, Chinese ones included";
    *p.mutable_paid_on() = date(2026, 1, 1);
    p.set_reference("advance");
    EXPECT_TRUE(record(p).isOk()) << "paid in advance, from 1 January of the year before";
    EXPECT_EQ(line(kDongfang, 2027).paid_fen(), 2'000'000);
}

TEST_F(FeesTest, ASuspendedBankStillOwesAnExpelledOneAndAnApplicantDoNot)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    ASSERT_TRUE(record(payment(kNanhai, 2027, 1'000'000, date(2027, 1, 4))).isOk());
    changeMember(stub, kBeiyuan, [](Member &m) { m.set_status(Member::SUSPENDED); });
    changeMember(stub, kNanhai, [](Member &m) { m.set_status(Member::EXPELLED); });
    stub.setTimestamp(kApril1);

    FeeStatement suspended = statement(kBeiyuan);
    ASSERT_EQ(suspended.lines_size(), 1);
    EXPECT_EQ(suspended.lines(0).due_fen(), kTier3);
    EXPECT_EQ(suspended.overdue_fen(), kTier3);
    EXPECT_TRUE(record(payment(kBeiyuan, 2027, kTier3, date(2027, 4, 1))).isOk());

    FeeStatement expelled = statement(kNanhai);
    ASSERT_EQ(expelled.lines_size(), 1) << "the year it paid towards stays on its statement";
    EXPECT_EQ(expelled.lines(0).due_fen(), 0);
    EXPECT_EQ(expelled.lines(0).paid_fen(), 1'000'000);
    EXPECT_EQ(expelled.outstanding_fen(), 0);
    EXPECT_EQ(expelled.overdue_fen(), 0);
    const int writes = stub.writes;
    EXPECT_EQ(record(payment(kNanhai, 2027, 1, date(2027, 4, 1))).reasonCode, "FEE_NOTHING_DUE");
    EXPECT_EQ(stub.writes, writes);

    changeMember(stub, kDongfang, [](Member &m) { m.set_status(Member::APPLICANT); });
    EXPECT_EQ(statement(kDongfang).lines_size(), 0);
    EXPECT_EQ(record(payment(kDongfang, 2027, 1, date(2027, 4, 1))).reasonCode, "FEE_NOTHING_DUE");
}

TEST_F(FeesTest, ABankAdmittedByVoteOwesFromTheYearOfItsAdmission)
{
    ASSERT_TRUE(setSchedule(schedule(2026)).isOk());
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    // Xiangjiang, admitted by GOV-0001 decided on 1 June 2026 (China time).
    lianxin::trust::Proposal admission;
    admission.set_id("GOV-0001");
    admission.set_kind(lianxin::trust::Proposal::ADMIT_MEMBER);
    admission.set_status(lianxin::trust::Proposal::PASSED);
    admission.set_decided_seconds(1780279200);
    stub.state[std::string(chaincode::governance::kProposalPrefix) + "GOV-0001"] = admission.SerializeAsString();
    changeMember(stub, kBeiyuan, [](Member &m) { m.set_admitted_by("GOV-0001"); });

    FeeStatement s = statement(kBeiyuan);
    ASSERT_EQ(s.lines_size(), 2) << "admitted in 2026: it owes 2026 and 2027";
    EXPECT_EQ(s.lines(0).year(), 2026);

    admission.set_decided_seconds(kJanuary4);
    stub.state[std::string(chaincode::governance::kProposalPrefix) + "GOV-0001"] = admission.SerializeAsString();
    s = statement(kBeiyuan);
    ASSERT_EQ(s.lines_size(), 1) << "admitted in 2027: 2026 is not its";
    EXPECT_EQ(s.lines(0).year(), 2027);
    EXPECT_EQ(record(payment(kBeiyuan, 2026, 1, date(2027, 1, 4))).reasonCode, "FEE_NOTHING_DUE");
    EXPECT_EQ(statement(kHuaxia).lines_size(), 2) << "a founding member owes every scheduled year";
}

TEST_F(FeesTest, ATierChangeShowsInTheNextStatement)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    ASSERT_TRUE(record(payment(kHuaxia, 2027, 5'000'000, date(2027, 1, 4))).isOk());
    EXPECT_EQ(line(kHuaxia, 2027).outstanding_fen(), 5'000'000);
    changeMember(stub, kHuaxia, [](Member &m) { m.set_tier(3); });
    FeeLine l = line(kHuaxia, 2027);
    EXPECT_EQ(l.tier(), 3);
    EXPECT_EQ(l.due_fen(), kTier3);
    EXPECT_EQ(l.outstanding_fen(), 1'000'000);
    changeMember(stub, kHuaxia, [](Member &m) { m.set_tier(5); });
    l = line(kHuaxia, 2027);
    EXPECT_EQ(l.due_fen(), 2'000'000);
    EXPECT_EQ(l.outstanding_fen(), 0) << "paid beyond the fee: nothing outstanding, never below zero";
    EXPECT_EQ(record(payment(kHuaxia, 2027, 1, date(2027, 1, 4))).reasonCode, "FEE_OVERPAYMENT");
}

TEST_F(FeesTest, ABankReadsItsOwnStatementTheSecretariatAndTheRegulatorReadEvery)
{
    ASSERT_TRUE(setSchedule(schedule(2027)).isOk());
    const auto read = [&](const std::string &reader, const std::string &msp) {
        return call(reader, "officer1", { "client", "officer" }, { "GetFeeStatement", msp });
    };
    EXPECT_TRUE(read(kHuaxia, kHuaxia).isOk()) << "any user of the bank";
    EXPECT_TRUE(read(chaincode::kSecretariatMsp, kHuaxia).isOk());
    EXPECT_TRUE(read(chaincode::kRegulatorMsp, kHuaxia).isOk());
    EXPECT_EQ(read(kDongfang, kHuaxia).reasonCode, "FEE_NOT_YOURS");
    EXPECT_EQ(read(kDongfang, "StrayBankMSP").reasonCode, "FEE_NOT_YOURS") << "says nothing of who is a member";
    EXPECT_EQ(read(chaincode::kSecretariatMsp, "StrayBankMSP").reasonCode, "FEE_MEMBER_UNKNOWN");
    EXPECT_EQ(read(chaincode::kRegulatorMsp, chaincode::kRegulatorMsp).reasonCode, "FEE_NOT_A_BANK");
    EXPECT_EQ(call(kHuaxia, "officer1", { "client", "officer" }, { "GetFeeStatement" }).reasonCode, "BAD_ARGUMENTS");

    EXPECT_EQ(call(kHuaxia, "admin1", { "admin" }, { "ListFeeStatements" }).reasonCode, "FEE_NOT_YOURS");
    const chaincode::Response all
        = call(chaincode::kRegulatorMsp, "auditor1", { "client", "auditor" }, { "ListFeeStatements" });
    ASSERT_TRUE(all.isOk()) << all.wireMessage();
    FeeStatementList list;
    ASSERT_TRUE(list.ParseFromString(all.payload));
    ASSERT_EQ(list.statements_size(), 5) << "the five banks; the regulator and the secretariat owe nothing";
    EXPECT_EQ(list.statements(0).msp_id(), kBeiyuan) << "by MSP ID";
    std::int64_t total = 0;
    for (const FeeStatement &s : list.statements())
        total += s.outstanding_fen();
    EXPECT_EQ(total, 2 * kTier1 + 2 * kTier2 + kTier3);
    EXPECT_TRUE(call(chaincode::kSecretariatMsp, "officer1", { "client" }, { "ListFeeStatements" }).isOk());
}

TEST_F(FeesTest, WritesAreTheSecretariatsQueriesOnlyRead)
{
    for (const char *query : { "GetFeeStatement", "ListFeeStatements", "GetFeeSchedules" })
        EXPECT_TRUE(registry.isQuery(query)) << query;
    for (const char *write : { "SetFeeSchedule", "RecordFeePayment" }) {
        EXPECT_FALSE(registry.isQuery(write)) << write;
        EXPECT_EQ(registry.endorsementPolicy({ write, {}, chaincode::kSecretariatMsp }).allOf,
            std::vector<std::string> { chaincode::kSecretariatMsp });
        EXPECT_EQ(registry.endorsementPolicy({ write, {}, kHuaxia }).allOf,
            (std::vector<std::string> { kHuaxia, chaincode::kSecretariatMsp }))
            << "as every governance write: the caller's organization and the secretariat";
    }
}

} // namespace lx::test
