#include "QuoteDesk.h"

#include "lianxin/trust.pb.h"

#include <chrono>
#include <gtest/gtest.h>

namespace lx::test {

using lianxin::quotes::DealReport;
using lianxin::quotes::Quote;
using lianxin::quotes::QuoteAction;

std::int64_t chinaMorning(int year, int month, int day)
{
    const std::chrono::sys_days d { std::chrono::year { year } / month / day };
    return d.time_since_epoch().count() * kDay + 2 * kHour; // 10:00 at UTC+8
}

Quote standingQuote(lianxin::quotes::Side side, int tier, lianxin::quotes::TenorBucket tenor, std::int64_t rateMicros,
    std::int64_t amountFen, std::int64_t validUntil)
{
    Quote q;
    q.set_side(side);
    q.set_obligor_tier(tier);
    q.set_tenor(tenor);
    q.set_rate_micros(rateMicros);
    q.set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
    q.set_basis_days(360);
    q.set_amount_fen(amountFen);
    q.set_valid_until_seconds(validUntil);
    return q;
}

DealReport dealReport(const std::string &dealId, int tier, int tenorDays, std::int64_t rateMicros, std::int64_t faceFen,
    int y, int m, int d)
{
    DealReport deal;
    deal.set_forfaiting_deal_id(dealId);
    deal.set_obligor_tier(tier);
    deal.set_tenor_days(tenorDays);
    deal.set_rate_micros(rateMicros);
    deal.set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
    deal.set_face_amount_fen(faceFen);
    deal.mutable_trade_date()->set_year(y);
    deal.mutable_trade_date()->set_month(m);
    deal.mutable_trade_date()->set_day(d);
    return deal;
}

QuoteAction postAction(const Quote &quote)
{
    QuoteAction a;
    *a.mutable_post()->mutable_quote() = quote;
    return a;
}

QuoteAction withdrawAction(const std::string &quoteId)
{
    QuoteAction a;
    a.mutable_withdraw()->set_quote_id(quoteId);
    return a;
}

QuoteAction dealAction(const DealReport &deal)
{
    QuoteAction a;
    *a.mutable_report_deal()->mutable_deal() = deal;
    return a;
}

QuoteDesk::QuoteDesk()
{
    stub.setChannel("trust");
    registryStub.setChannel("trust");
    setNow(chinaMorning(2026, 9, 1));
    const auto member = [&](const std::string &msp, int tier, lianxin::trust::Member::Kind kind) {
        lianxin::trust::Member m;
        m.set_msp_id(msp);
        m.set_name(msp);
        m.set_kind(kind);
        m.set_tier(tier);
        if (kind == lianxin::trust::Member::BANK)
            m.add_lines()->set_line(lianxin::trust::LINE_FORFAITING);
        registryStub.setCaller("SecretariatMSP", "admin1", { "client", "admin" });
        registryStub.setCall({ "RegisterMember", m.SerializeAsString() });
        ASSERT_TRUE(registry.invoke(registryStub).isOk());
    };
    member(kTier1Bank, 1, lianxin::trust::Member::BANK);
    member(kTier1Other, 1, lianxin::trust::Member::BANK);
    member(kTier2Bank, 2, lianxin::trust::Member::BANK);
    member(kTier2Other, 2, lianxin::trust::Member::BANK);
    member(kTier3Bank, 3, lianxin::trust::Member::BANK);
    member(kRegulatorOrg, 1, lianxin::trust::Member::REGULATOR);
    stub.crossChannel = [this](const std::string &channel, const std::string &name, const std::vector<Bytes> &args) {
        if (channel != "trust" || name != chaincode::Registry::kName || !registry.isQuery(args.front()))
            return chaincode::Response::reject(chaincode::NotFound, "CHAINCODE_UNKNOWN", "not served in this test");
        registryStub.setCaller(stub.creator().mspId, stub.creator().commonName, stub.creator().roles);
        registryStub.setCall(args);
        return registry.invoke(registryStub);
    };
}

chaincode::Response QuoteDesk::call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
    std::vector<Bytes> args, std::map<std::string, Bytes> transient)
{
    stub.setCaller(msp, user, std::move(roles));
    stub.setCall(std::move(args), std::move(transient));
    return contract.invoke(stub);
}

chaincode::Response QuoteDesk::submit(const std::string &msp, const QuoteAction &action, const std::string &user)
{
    return call(msp, user, { "client", "officer" }, { "SubmitDraft" }, { { "action", action.SerializeAsString() } });
}

chaincode::Response QuoteDesk::approve(const std::string &msp, const std::string &draftId, const std::string &user)
{
    return call(msp, user, { "client", "checker" }, { "ApproveDraft", draftId });
}

chaincode::Response QuoteDesk::act(const std::string &msp, const QuoteAction &action)
{
    const chaincode::Response submitted = submit(msp, action);
    if (!submitted.isOk())
        return submitted;
    return approve(msp, submitted.payload);
}

Quote QuoteDesk::post(const std::string &msp, const Quote &quote)
{
    const chaincode::Response r = act(msp, postAction(quote));
    EXPECT_TRUE(r.isOk()) << r.wireMessage();
    Quote out;
    EXPECT_TRUE(out.ParseFromString(r.payload));
    return out;
}

chaincode::Response QuoteDesk::query(const std::string &msp, std::vector<Bytes> args)
{
    return call(msp, "manager1", { "client", "manager" }, std::move(args));
}

lianxin::quotes::Board QuoteDesk::board(std::vector<Bytes> filters)
{
    filters.insert(filters.begin(), "Board");
    const chaincode::Response r = query(kTier3Bank, std::move(filters));
    EXPECT_TRUE(r.isOk()) << r.wireMessage();
    lianxin::quotes::Board out;
    EXPECT_TRUE(out.ParseFromString(r.payload));
    return out;
}

void expectRefused(
    QuoteDesk &desk, const std::string &msp, const QuoteAction &action, const std::string &code, std::int32_t status)
{
    const auto state = desk.stub.state;
    const auto privateData = desk.stub.privateData;
    const int writes = desk.stub.writes;
    const chaincode::Response r = desk.submit(msp, action);
    EXPECT_EQ(r.reasonCode, code) << r.wireMessage();
    EXPECT_EQ(r.status, status) << r.wireMessage();
    EXPECT_FALSE(r.message.empty());
    EXPECT_EQ(desk.stub.state, state) << code << " wrote state";
    EXPECT_EQ(desk.stub.privateData, privateData) << code << " wrote a draft";
    EXPECT_EQ(desk.stub.writes, writes) << code << " wrote";
}

} // namespace lx::test
