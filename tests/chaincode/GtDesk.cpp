#include "GtDesk.h"

#include <chrono>
#include <gtest/gtest.h>

namespace lx::test {

using lianxin::guarantee::GtAction;
using lianxin::guarantee::Guarantee;

Guarantee sampleGuarantee(const std::string &no)
{
    Guarantee g;
    g.set_guarantee_no(no);
    g.set_type(Guarantee::PERFORMANCE);
    g.set_expiry_type(Guarantee::FIXED_DATE);
    *g.mutable_expiry_date() = date(2026, 12, 31);
    g.mutable_applicant()->set_name("上海申江机电进出口有限公司");
    g.mutable_applicant()->set_uscc(usccFrom("10010001"));
    g.mutable_beneficiary()->set_name("江苏长风纺织有限公司");
    g.mutable_beneficiary()->set_uscc(usccFrom("10020002"));
    g.set_issuer_msp(kHuaxia);
    g.set_advising_bank_msp(kDongfang);
    g.set_amount_fen(100'000'000);
    g.mutable_underlying()->set_reference("SJ-CF-2026-031");
    *g.mutable_underlying()->mutable_date() = date(2026, 8, 20);
    g.mutable_underlying()->set_description("Supply and installation of 40 looms");
    auto *step = g.add_reduction_schedule();
    *step->mutable_date() = date(2026, 10, 15);
    step->set_amount_fen(20'000'000);
    g.set_terms("We undertake to pay any sum up to the amount on your first demand with your statement of breach.");
    return g;
}

GtAction gtIssue(const Guarantee &g)
{
    GtAction a;
    *a.mutable_issue()->mutable_guarantee() = g;
    return a;
}

GtAction gtAdvise(const std::string &no)
{
    GtAction a;
    a.mutable_advise()->set_guarantee_no(no);
    return a;
}

GtAction gtAmend(std::int64_t increaseFen, const std::string &no)
{
    GtAction a;
    a.mutable_amend()->set_guarantee_no(no);
    a.mutable_amend()->mutable_amendment()->set_increase_fen(increaseFen);
    *a.mutable_amend()->mutable_amendment()->mutable_new_expiry_date() = date(2027, 1, 31);
    return a;
}

GtAction gtAnswer(int number, bool accept)
{
    GtAction a;
    a.mutable_answer_amendment()->set_guarantee_no(kGtNo);
    a.mutable_answer_amendment()->set_number(number);
    a.mutable_answer_amendment()->set_accept(accept);
    return a;
}

GtAction gtDemand(std::int64_t amountFen, lianxin::lc::Date requestedExpiry, const std::string &no)
{
    GtAction a;
    auto *d = a.mutable_demand();
    d->set_guarantee_no(no);
    d->mutable_demand()->set_amount_fen(amountFen);
    d->mutable_demand()->set_statement_of_breach(
        "The applicant failed to complete the installation by 31 August 2026 as clause 7 requires.");
    *d->mutable_demand()->mutable_requested_expiry() = requestedExpiry;
    auto *doc = d->mutable_demand()->add_documents();
    doc->set_doc_type("STATEMENT");
    doc->set_file_name("statement.pdf");
    doc->set_sha256(std::string(32, '\x33'));
    return a;
}

GtAction gtExamine(int demand, bool complying, int discrepancies)
{
    GtAction a;
    auto *e = a.mutable_examine();
    e->set_guarantee_no(kGtNo);
    e->set_demand_no(demand);
    e->set_complying(complying);
    for (int i = 1; i <= discrepancies; ++i) {
        auto *d = e->add_discrepancies();
        d->set_code("DISCREPANCY_" + std::to_string(i));
        d->set_description("Discrepancy " + std::to_string(i));
    }
    return a;
}

GtAction gtSuspend(int demand, lianxin::lc::Date until)
{
    GtAction a;
    a.mutable_suspend()->set_guarantee_no(kGtNo);
    a.mutable_suspend()->set_demand_no(demand);
    *a.mutable_suspend()->mutable_until() = until;
    return a;
}

GtAction gtExtend(int demand, lianxin::lc::Date to)
{
    GtAction a;
    a.mutable_extend()->set_guarantee_no(kGtNo);
    a.mutable_extend()->set_demand_no(demand);
    *a.mutable_extend()->mutable_new_expiry() = to;
    return a;
}

GtAction gtPay(int demand, const std::string &no)
{
    GtAction a;
    a.mutable_pay()->set_guarantee_no(no);
    a.mutable_pay()->set_demand_no(demand);
    return a;
}

GtAction gtReduceByClause(int step)
{
    GtAction a;
    a.mutable_reduce()->set_guarantee_no(kGtNo);
    a.mutable_reduce()->set_step(step);
    return a;
}

GtAction gtReduceByConsent(std::int64_t amountFen, const std::string &consent)
{
    GtAction a;
    a.mutable_reduce()->set_guarantee_no(kGtNo);
    a.mutable_reduce()->set_amount_fen(amountFen);
    a.mutable_reduce()->set_consent(consent);
    return a;
}

GtAction gtRelease()
{
    GtAction a;
    a.mutable_release()->set_guarantee_no(kGtNo);
    a.mutable_release()->set_reference("CF-REL-2026-01");
    return a;
}

GtAction gtExpire()
{
    GtAction a;
    a.mutable_expire()->set_guarantee_no(kGtNo);
    return a;
}

GtAction gtStop(const std::string &no)
{
    GtAction a;
    a.mutable_stop_payment()->set_guarantee_no(no);
    a.mutable_stop_payment()->set_court("上海市浦东新区人民法院");
    a.mutable_stop_payment()->set_order_no("(2026)沪0115民初1234号");
    return a;
}

GtAction gtLift(const std::string &no)
{
    GtAction a;
    a.mutable_lift_stop_payment()->set_guarantee_no(no);
    a.mutable_lift_stop_payment()->set_order_no("(2026)沪0115民初1234号之一");
    return a;
}

GtDesk::GtDesk()
{
    stub.setChannel("guarantee");
    stub.crossChannel = [this](const std::string &channel, const std::string &name, const std::vector<Bytes> &args) {
        if (channel != "trust" || name != chaincode::Registry::kName)
            return chaincode::Response::reject(chaincode::BadRequest, "CHANNEL_UNREACHABLE", "no channel " + channel);
        return trust.answer(stub.creator(), args);
    };
    setToday(2026, 9, 1);
}

void GtDesk::setToday(int year, int month, int day)
{
    using namespace std::chrono;
    const sys_days d { std::chrono::year { year } / month / day };
    stub.setTimestamp(d.time_since_epoch().count() * 86400 + 2 * 3600); // 10:00 in China
}

chaincode::Response GtDesk::call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
    std::vector<Bytes> args, std::map<std::string, Bytes> transient)
{
    stub.setCaller(msp, user, std::move(roles));
    stub.setCall(std::move(args), std::move(transient));
    return contract.invoke(stub);
}

chaincode::Response GtDesk::submit(const std::string &msp, const GtAction &action, const std::string &user)
{
    return call(msp, user, { "client", "officer" }, { "SubmitDraft" }, { { "action", action.SerializeAsString() } });
}

chaincode::Response GtDesk::act(const std::string &msp, const GtAction &action)
{
    const chaincode::Response submitted = submit(msp, action);
    if (!submitted.isOk())
        return submitted;
    return call(msp, "checker1", { "client", "checker" }, { "ApproveDraft", submitted.payload });
}

Guarantee GtDesk::guarantee(const std::string &no)
{
    Guarantee out;
    if (const auto value = stub.getState("guarantee/" + no))
        out.ParseFromString(*value);
    return out;
}

void GtDesk::issued()
{
    const auto r = act(kHuaxia, gtIssue(sampleGuarantee()));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

void GtDesk::advised()
{
    issued();
    const auto r = act(kDongfang, gtAdvise());
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

void GtDesk::demanded(std::int64_t amountFen, lianxin::lc::Date requestedExpiry)
{
    advised();
    const auto r = act(kDongfang, gtDemand(amountFen, requestedExpiry));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

void expectGtRejected(GtDesk &desk, const std::string &msp, const GtAction &action, const std::string &code)
{
    const Snapshot before(desk.stub);
    const auto r = desk.submit(msp, action);
    EXPECT_FALSE(r.isOk());
    EXPECT_EQ(r.reasonCode, code) << r.wireMessage();
    EXPECT_FALSE(r.message.empty());
    EXPECT_TRUE(Snapshot(desk.stub) == before) << "a rejected " << code << " wrote to the ledger";
}

} // namespace lx::test
