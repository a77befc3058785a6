// Gas incentives in the registry contract on trust (docs/gas.md): nodes'
// signed availability statements, node costs the council approves, and the
// period's report the secretariat records, refused when it does not match
// the weights in force or the facts kept on trust. Nothing is written on a
// refusal.
#include "chaincode/trust/Gas.h"

#include "FakeStub.h"
#include "FoundingRegistry.h"

#include "chaincode/Registry.h"
#include "crypto/Certificate.h"
#include "ledgerclient/SandboxCa.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"
#include "msp/identities.pb.h"

#include <gtest/gtest.h>

#include <map>

namespace lx::test {

using lianxin::trust::AvailabilityReport;
using lianxin::trust::AvailabilityReportList;
using lianxin::trust::AvailabilityStatement;
using lianxin::trust::GasBalanceList;
using lianxin::trust::GasCredit;
using lianxin::trust::GasReport;
using lianxin::trust::GasWeights;
using lianxin::trust::Proposal;

namespace {

constexpr const char *kHuaxia = "HuaxiaBankMSP";
constexpr const char *kDongfang = "DongfangBankMSP";
constexpr const char *kChangjiang = "ChangjiangBankMSP";
constexpr const char *kNanhai = "NanhaiBankMSP";

// 10:00 in China on Monday 2027-01-04: December 2026 has ended, January
// 2027 has not.
constexpr std::int64_t kJanuary4 = 1799028000;

struct NodeKey
{
    crypto::PrivateKey key;
    std::string certPem;
};

GasWeights defaultWeights()
{
    GasWeights w;
    w.set_per_endorsement(1000);
    w.set_per_transaction(2000);
    w.set_per_available_hour(500);
    w.set_per_approved_cost_yuan(100);
    return w;
}

class GasTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        stub.setChannel("trust");
        stub.setTimestamp(kJanuary4);
        foundMembers(stub, registry);
        ASSERT_TRUE(secretariat({ "SealCharter" }).isOk());
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
    chaincode::Response admin(const std::string &msp, std::vector<Bytes> args)
    {
        return call(msp, "admin1", { "admin" }, std::move(args));
    }

    // A node identity of mspId issued by that organization's test CA.
    NodeKey node(const std::string &mspId, const std::string &name, std::vector<std::string> ous = { "peer" })
    {
        auto ca = cas.find(mspId);
        if (ca == cas.end()) {
            crypto::PrivateKey key = crypto::PrivateKey::generate();
            crypto::Certificate cert = crypto::makeSelfSignedCa(key, client::sandboxName(mspId, {}, "ca." + mspId), 30);
            ca = cas.emplace(mspId, client::SandboxCa { key, cert }).first;
        }
        client::IssuedIdentity issued = client::issueSandboxIdentity(ca->second, std::move(ous), name);
        return { issued.key, issued.certPem };
    }
    static AvailabilityReport signedReport(const NodeKey &node, const std::string &signerMsp,
        const std::string &period, const std::string &mspId, const std::string &nodeName, int hours)
    {
        AvailabilityStatement statement;
        statement.set_period(period);
        statement.set_msp_id(mspId);
        statement.set_node(nodeName);
        statement.set_available_hours(hours);
        msp::SerializedIdentity signer;
        signer.set_mspid(signerMsp);
        signer.set_id_bytes(node.certPem);
        AvailabilityReport report;
        report.set_statement(statement.SerializeAsString());
        report.set_signer(signer.SerializeAsString());
        report.set_signature(node.key.sign(report.statement()));
        return report;
    }
    chaincode::Response report(const std::string &msp, const AvailabilityReport &r)
    {
        return admin(msp, { "ReportAvailability", r.SerializeAsString() });
    }
    // peer0 of msp states hours for December 2026.
    chaincode::Response reportHours(const std::string &msp, int hours, const std::string &nodeName = "peer0")
    {
        return report(msp, signedReport(node(msp, nodeName), msp, "2026-12", msp, nodeName, hours));
    }

    // Opens APPROVE_NODE_COST and has four of the five council banks vote yes.
    void approveCost(const std::string &msp, const std::string &period, std::int64_t fen)
    {
        Proposal p;
        p.set_kind(Proposal::APPROVE_NODE_COST);
        p.set_title("Node cost of " + msp);
        p.set_subject_msp(msp);
        p.mutable_node_cost()->set_period(period);
        p.mutable_node_cost()->set_amount_fen(fen);
        p.mutable_node_cost()->set_description("Peer hosting, two data centres");
        const chaincode::Response opened = secretariat({ "Propose", p.SerializeAsString() });
        ASSERT_TRUE(opened.isOk()) << opened.wireMessage();
        Proposal answer;
        answer.ParseFromString(opened.payload);
        for (const char *bank : { kHuaxia, kDongfang, kChangjiang, kNanhai })
            ASSERT_TRUE(admin(bank, { "Vote", answer.id(), "YES" }).isOk()) << bank;
    }

    GasReport facts(const std::string &period)
    {
        const chaincode::Response r = admin(kHuaxia, { "GetGasFacts", period });
        EXPECT_TRUE(r.isOk()) << r.wireMessage();
        GasReport f;
        f.ParseFromString(r.payload);
        return f;
    }
    // A report of December 2026 as a workstation computes it: the facts on
    // trust, the counts given per MSP, the sources of every channel.
    GasReport computed(const std::map<std::string, std::pair<int, int>> &counts)
    {
        GasReport report = facts("2026-12");
        std::int64_t total = 0;
        std::int64_t transactions = 0;
        for (GasCredit &c : *report.mutable_credits()) {
            const auto it = counts.find(c.msp_id());
            if (it != counts.end()) {
                c.set_endorsements(it->second.first);
                c.set_transactions(it->second.second);
                transactions += it->second.second;
            }
            c.set_gas_milli(*chaincode::gas::gasOf(report.weights(), c));
            total += c.gas_milli();
        }
        report.set_total_milli(total);
        for (const std::string &channel : chaincode::gas::countedChannels()) {
            auto *s = report.add_sources();
            s->set_channel(channel);
            s->set_through_block(40);
            s->set_through_block_hash(std::string(32, '\x5a'));
            if (channel == "lc") {
                s->set_first_block(3);
                s->set_last_block(39);
                s->set_transactions(transactions);
            }
        }
        return report;
    }
    chaincode::Response record(const GasReport &r) { return secretariat({ "RecordGasReport", r.SerializeAsString() }); }

    // The refusal's code, having checked that nothing was written.
    std::string refusedCode(const chaincode::Response &r, int writesBefore)
    {
        EXPECT_FALSE(r.isOk());
        EXPECT_EQ(stub.writes, writesBefore) << "a refusal writes nothing: " << r.reasonCode;
        return r.reasonCode;
    }

    FakeStub stub;
    chaincode::Registry registry;
    std::map<std::string, client::SandboxCa> cas;
};

} // namespace

TEST(GasRules, PeriodsAreCalendarMonths)
{
    const auto p = chaincode::gas::parsePeriod("2028-02");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->hours(), 29 * 24) << "2028 is a leap year";
    EXPECT_EQ(chaincode::gas::parsePeriod("2026-11")->hours(), 720);
    EXPECT_EQ(p->text(), "2028-02");
    for (const char *bad : { "2026-13", "2026-00", "1999-12", "2026-1", "2026/11", "20261-1", "" })
        EXPECT_FALSE(chaincode::gas::parsePeriod(bad)) << bad;
}

TEST(GasRules, GasIsTheWeightedSumAndCostIsPerYuanRoundedDown)
{
    GasCredit c;
    c.set_endorsements(10);
    c.set_transactions(4);
    c.set_available_hours(720);
    c.set_approved_cost_fen(1'234'599); // CNY 12,345.99
    // 10 x 1000 + 4 x 2000 + 720 x 500 + 12,345.99 yuan x 100 rounded down.
    EXPECT_EQ(chaincode::gas::gasOf(defaultWeights(), c), 10'000 + 8'000 + 360'000 + 1'234'599);
    GasWeights w = defaultWeights();
    w.set_per_approved_cost_yuan(7);
    // 12,345.99 x 7 = 86,421.93: 86,421.
    EXPECT_EQ(*chaincode::gas::gasOf(w, c) - 10'000 - 8'000 - 360'000, 86'421);
    c.set_endorsements(std::int64_t { 1 } << 62);
    EXPECT_FALSE(chaincode::gas::gasOf(defaultWeights(), c)) << "beyond 63 bits";
    c.set_endorsements(-1);
    EXPECT_FALSE(chaincode::gas::gasOf(defaultWeights(), c));
}

TEST_F(GasTest, ANodesSignedStatementIsKeptAndCounted)
{
    const chaincode::Response r = reportHours(kDongfang, 700);
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    // The same node again replaces its statement; a second node adds.
    ASSERT_TRUE(reportHours(kDongfang, 710).isOk());
    ASSERT_TRUE(reportHours(kDongfang, 744, "peer1").isOk());
    const chaincode::Response listed = admin(kHuaxia, { "ListAvailability", "2026-12" });
    ASSERT_TRUE(listed.isOk());
    AvailabilityReportList list;
    list.ParseFromString(listed.payload);
    ASSERT_EQ(list.reports_size(), 2);
    EXPECT_EQ(list.reports(0).submitter(), "admin1");
    EXPECT_EQ(list.reports(0).submitted_seconds(), kJanuary4);

    const GasReport f = facts("2026-12");
    EXPECT_EQ(f.credits_size(), 7) << "five banks, the regulator and the secretariat";
    for (const GasCredit &c : f.credits())
        EXPECT_EQ(c.available_hours(), c.msp_id() == kDongfang ? 710 + 744 : 0) << c.msp_id();
    EXPECT_EQ(f.weights().per_transaction(), 2000) << "the default weights";
}

TEST_F(GasTest, AvailabilityRefusals)
{
    const int before = stub.writes;
    const NodeKey peer = node(kDongfang, "peer0");
    const auto good = signedReport(peer, kDongfang, "2026-12", kDongfang, "peer0", 700);
    EXPECT_EQ(refusedCode(call(kDongfang, "officer1", { "client", "officer" },
                              { "ReportAvailability", good.SerializeAsString() }),
                  before),
        "GAS_NOT_ADMIN");
    EXPECT_EQ(refusedCode(report(kHuaxia, good), before), "GAS_NODE_NOT_YOURS") << "another bank's node";
    EXPECT_EQ(refusedCode(report(kDongfang, signedReport(peer, kDongfang, "2027-01", kDongfang, "peer0", 7)), before),
        "GAS_PERIOD_OPEN");
    EXPECT_EQ(refusedCode(report(kDongfang, signedReport(peer, kDongfang, "2026-13", kDongfang, "peer0", 7)), before),
        "GAS_PERIOD_INVALID");
    EXPECT_EQ(refusedCode(report(kDongfang, signedReport(peer, kDongfang, "2026-12", kDongfang, "peer0", 745)), before),
        "GAS_HOURS_INVALID")
        << "December has 744 hours";
    EXPECT_EQ(refusedCode(report(kDongfang, signedReport(peer, kDongfang, "2026-12", kDongfang, "peer9", 7)), before),
        "GAS_AVAILABILITY_INVALID")
        << "the statement names another node than signed it";
    const NodeKey officer = node(kDongfang, "officer1", { "client" });
    EXPECT_EQ(refusedCode(report(kDongfang, signedReport(officer, kDongfang, "2026-12", kDongfang, "officer1", 7)), before),
        "GAS_NODE_NOT_A_NODE");
    AvailabilityReport forged = good;
    AvailabilityStatement more;
    more.ParseFromString(forged.statement());
    more.set_available_hours(744);
    forged.set_statement(more.SerializeAsString());
    EXPECT_EQ(refusedCode(report(kDongfang, forged), before), "GAS_SIGNATURE_INVALID") << "hours changed after signing";
}

TEST_F(GasTest, TheCouncilApprovesNodeCosts)
{
    approveCost(kNanhai, "2026-12", 1'500'000);
    approveCost(kNanhai, "2026-12", 25'050) ;
    const GasReport f = facts("2026-12");
    for (const GasCredit &c : f.credits())
        EXPECT_EQ(c.approved_cost_fen(), c.msp_id() == kNanhai ? 1'525'050 : 0) << c.msp_id();
    EXPECT_EQ(facts("2026-11").credits(0).approved_cost_fen(), 0) << "another period";

    Proposal p;
    p.set_kind(Proposal::APPROVE_NODE_COST);
    p.set_title("A cost of nothing");
    p.set_subject_msp(kNanhai);
    p.mutable_node_cost()->set_period("2026-12");
    p.mutable_node_cost()->set_description("Peer hosting");
    const int before = stub.writes;
    EXPECT_EQ(refusedCode(secretariat({ "Propose", p.SerializeAsString() }), before), "GAS_COST_INVALID");
    p.mutable_node_cost()->set_amount_fen(100);
    p.mutable_node_cost()->set_description(" ");
    EXPECT_EQ(refusedCode(secretariat({ "Propose", p.SerializeAsString() }), before), "GAS_COST_INVALID");
    p.mutable_node_cost()->set_description("Peer hosting");
    p.mutable_node_cost()->set_period("2026-2");
    EXPECT_EQ(refusedCode(secretariat({ "Propose", p.SerializeAsString() }), before), "GAS_PERIOD_INVALID");
}

TEST_F(GasTest, AReportMatchingTheWeightsAndFactsIsRecordedOnce)
{
    ASSERT_TRUE(reportHours(kDongfang, 744).isOk());
    approveCost(kNanhai, "2026-12", 100'000);
    const GasReport report = computed({ { kHuaxia, { 30, 12 } }, { kDongfang, { 25, 3 } } });
    const chaincode::Response r = record(report);
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    GasReport stored;
    stored.ParseFromString(r.payload);
    EXPECT_EQ(stored.recorder(), "admin1");
    EXPECT_EQ(stored.recorded_by_msp(), chaincode::kSecretariatMsp);

    const chaincode::Response got = admin(kNanhai, { "GetGasReport", "2026-12" });
    ASSERT_TRUE(got.isOk());
    EXPECT_EQ(got.payload, r.payload);
    const chaincode::Response balances = admin(kNanhai, { "GetGasBalances" });
    GasBalanceList list;
    list.ParseFromString(balances.payload);
    std::map<std::string, std::int64_t> balance;
    for (const auto &b : list.balances())
        balance[b.msp_id()] = b.balance_milli();
    EXPECT_EQ(balance[kHuaxia], 30 * 1000 + 12 * 2000);
    EXPECT_EQ(balance[kDongfang], 25 * 1000 + 3 * 2000 + 744 * 500);
    EXPECT_EQ(balance[kNanhai], 1000 * 100);
    EXPECT_EQ(balance.size(), 7u);

    const int before = stub.writes;
    EXPECT_EQ(refusedCode(record(report), before), "GAS_REPORT_EXISTS");
    EXPECT_EQ(refusedCode(reportHours(kDongfang, 700), before), "GAS_REPORT_EXISTS") << "December is closed";
    Proposal p;
    p.set_kind(Proposal::APPROVE_NODE_COST);
    p.set_title("Late cost");
    p.set_subject_msp(kNanhai);
    *p.mutable_node_cost() = lianxin::trust::NodeCost();
    p.mutable_node_cost()->set_period("2026-12");
    p.mutable_node_cost()->set_amount_fen(100);
    p.mutable_node_cost()->set_description("Peer hosting");
    EXPECT_EQ(refusedCode(secretariat({ "Propose", p.SerializeAsString() }), before), "GAS_REPORT_EXISTS");
}

TEST_F(GasTest, AnAlteredReportIsRefused)
{
    ASSERT_TRUE(reportHours(kDongfang, 744).isOk());
    approveCost(kNanhai, "2026-12", 100'000);
    const GasReport good = computed({ { kHuaxia, { 30, 12 } }, { kDongfang, { 25, 3 } } });
    const int before = stub.writes;

    GasReport r = good;
    r.mutable_weights()->set_per_transaction(2500);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_WEIGHTS_MISMATCH");

    r = good;
    r.mutable_credits(0)->set_gas_milli(r.credits(0).gas_milli() + 1);
    r.set_total_milli(r.total_milli() + 1);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_ARITHMETIC_WRONG") << "a line not the weights x its facts";

    r = good;
    r.set_total_milli(r.total_milli() - 1);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_ARITHMETIC_WRONG") << "a total not the sum";

    for (GasCredit &c : *(r = good).mutable_credits())
        if (c.msp_id() == kDongfang)
            c.set_available_hours(720);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_AVAILABILITY_MISMATCH");

    for (GasCredit &c : *(r = good).mutable_credits())
        if (c.msp_id() == kNanhai)
            c.set_approved_cost_fen(200'000);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_COST_MISMATCH");

    r = good;
    r.mutable_credits()->RemoveLast();
    EXPECT_EQ(refusedCode(record(r), before), "GAS_CREDITS_INCOMPLETE") << "a member left out";

    r = good;
    r.mutable_credits()->SwapElements(0, 1);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_CREDITS_INCOMPLETE") << "not by MSP ID";

    r = good;
    r.mutable_sources()->RemoveLast();
    EXPECT_EQ(refusedCode(record(r), before), "GAS_SOURCES_INVALID") << "a channel left out";

    r = good;
    r.mutable_sources(0)->set_through_block_hash("short");
    EXPECT_EQ(refusedCode(record(r), before), "GAS_SOURCES_INVALID");

    r = good;
    for (auto &s : *r.mutable_sources())
        s.set_transactions(0), s.set_first_block(0), s.set_last_block(0);
    EXPECT_EQ(refusedCode(record(r), before), "GAS_SOURCES_INVALID") << "more transactions credited than counted";

    r = good;
    r.set_period("2027-01");
    EXPECT_EQ(refusedCode(record(r), before), "GAS_PERIOD_OPEN");

    EXPECT_EQ(refusedCode(admin(kHuaxia, { "RecordGasReport", good.SerializeAsString() }), before),
        "GAS_NOT_SECRETARIAT");
    EXPECT_TRUE(record(good).isOk()) << "the unaltered report";
}

TEST_F(GasTest, ReportsFollowTheWeightsTheCouncilSets)
{
    Proposal p;
    p.set_kind(Proposal::SET_GAS_WEIGHTS);
    p.set_title("Reward availability more");
    *p.mutable_gas_weights() = defaultWeights();
    p.mutable_gas_weights()->set_per_available_hour(900);
    const chaincode::Response opened = secretariat({ "Propose", p.SerializeAsString() });
    ASSERT_TRUE(opened.isOk()) << opened.wireMessage();
    Proposal answer;
    answer.ParseFromString(opened.payload);
    // Computed with the old weights, then the council changes them.
    const GasReport before = computed({ { kHuaxia, { 1, 1 } } });
    for (const char *bank : { kHuaxia, kDongfang, kChangjiang, kNanhai })
        ASSERT_TRUE(admin(bank, { "Vote", answer.id(), "YES" }).isOk()) << bank;
    EXPECT_EQ(record(before).reasonCode, "GAS_WEIGHTS_MISMATCH");
    const GasReport after = computed({ { kHuaxia, { 1, 1 } } });
    EXPECT_EQ(after.weights().per_available_hour(), 900);
    EXPECT_TRUE(record(after).isOk());
}

} // namespace lx::test
