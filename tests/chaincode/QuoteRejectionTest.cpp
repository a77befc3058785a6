// Every refusal of a quote-board action: its status, its reason code, and
// nothing written (not even the draft).
#include "QuoteDesk.h"

#include "chaincode/Rate.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

using lianxin::quotes::Quote;

class QuoteRejection : public ::testing::Test
{
protected:
    Quote valid() const
    {
        return standingQuote(lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_91_180, 30500, 100, desk.now() + kDay);
    }
    void refused(const Quote &q, const std::string &code, std::int32_t status = 400)
    {
        expectRefused(desk, kTier1Bank, postAction(q), code, status);
    }

    QuoteDesk desk;
};

} // namespace

TEST_F(QuoteRejection, RateOutOfRange)
{
    Quote q = valid();
    q.set_rate_micros(0);
    refused(q, "QT_RATE_OUT_OF_RANGE");
    q.set_rate_micros(-30000);
    refused(q, "QT_RATE_OUT_OF_RANGE");
    q.set_rate_micros(chaincode::kMaxRateMicros + 1);
    refused(q, "QT_RATE_OUT_OF_RANGE");
    q.set_rate_micros(chaincode::kMaxRateMicros);
    EXPECT_TRUE(desk.submit(kTier1Bank, postAction(q)).isOk());
}

TEST_F(QuoteRejection, ValidityInThePast)
{
    Quote q = valid();
    q.set_valid_until_seconds(desk.now());
    refused(q, "QT_VALIDITY_PAST");
    q.set_valid_until_seconds(desk.now() - kDay);
    refused(q, "QT_VALIDITY_PAST");
    q.set_valid_until_seconds(0);
    refused(q, "QT_VALIDITY_PAST");
}

TEST_F(QuoteRejection, UnknownTierOrObligor)
{
    Quote q = valid();
    q.set_obligor_tier(6);
    refused(q, "QT_TIER_UNKNOWN");
    q.set_obligor_tier(-1);
    refused(q, "QT_TIER_UNKNOWN");
    q.set_obligor_tier(0);
    refused(q, "QT_OBLIGOR_MISSING");
    q.set_obligor_bank_msp("NoSuchBankMSP");
    refused(q, "QT_OBLIGOR_UNKNOWN", 404);
    q.set_obligor_bank_msp("RegulatorMSP");
    refused(q, "QT_OBLIGOR_NOT_A_BANK");
    q.set_obligor_bank_msp(kTier3Bank);
    q.set_obligor_tier(1);
    refused(q, "QT_TIER_MISMATCH");
}

TEST_F(QuoteRejection, RegistryOutOfReach)
{
    // The quoting bank's own admission is read; the obligor's tier is not.
    const auto registry = desk.stub.crossChannel;
    desk.stub.crossChannel = [registry](const std::string &channel, const std::string &name, const std::vector<Bytes> &args) {
        if (args.size() == 2 && args[1] == kTier2Bank)
            return chaincode::Response::reject(chaincode::InternalError, "PEER_UNAVAILABLE", "the registry is out of reach");
        return registry(channel, name, args);
    };
    Quote q = valid();
    q.set_obligor_bank_msp(kTier2Bank);
    refused(q, "QT_REGISTRY_UNREADABLE");
    // Without the registry at all, not even the quoting bank's admission can be checked.
    desk.stub.crossChannel = nullptr;
    refused(q, "QT_MEMBERSHIP_UNREADABLE", chaincode::InternalError);
}

TEST_F(QuoteRejection, TermsThatAreNotAQuote)
{
    Quote q = valid();
    q.set_side(lianxin::quotes::SIDE_UNSPECIFIED);
    refused(q, "QT_SIDE_MISSING");
    q = valid();
    q.set_method(lianxin::quotes::METHOD_UNSPECIFIED);
    refused(q, "QT_METHOD_MISSING");
    q = valid();
    q.set_basis_days(365);
    refused(q, "QT_BASIS_NOT_360");
    q = valid();
    q.set_grace_days(31);
    refused(q, "QT_GRACE_DAYS_OUT_OF_RANGE");
    q = valid();
    q.set_fees_fen(-1);
    refused(q, "QT_FEES_NEGATIVE");
    q = valid();
    q.set_amount_fen(0);
    refused(q, "QT_AMOUNT_NOT_POSITIVE");
    q = valid();
    q.set_tenor(lianxin::quotes::TENOR_UNSPECIFIED);
    refused(q, "QT_TENOR_MISSING");
    q.set_tenor(static_cast<lianxin::quotes::TenorBucket>(9));
    refused(q, "QT_TENOR_MISSING");
}

TEST_F(QuoteRejection, DealQuoteTerms)
{
    Quote q = valid();
    q.set_lc_no("HX-LC-1");
    refused(q, "QT_DEAL_QUOTE_INCOMPLETE");
    q.set_face_amount_fen(100);
    refused(q, "QT_DEAL_QUOTE_INCOMPLETE");
    q.mutable_maturity_date()->set_year(2026);
    q.mutable_maturity_date()->set_month(2);
    q.mutable_maturity_date()->set_day(30);
    refused(q, "QT_MATURITY_INVALID");
    q.mutable_maturity_date()->set_month(9);
    q.mutable_maturity_date()->set_day(1); // today
    refused(q, "QT_MATURITY_OUT_OF_RANGE");
    q.mutable_maturity_date()->set_year(2027);
    q.mutable_maturity_date()->set_month(9);
    q.mutable_maturity_date()->set_day(3); // 367 days away
    refused(q, "QT_MATURITY_OUT_OF_RANGE");
    q.mutable_maturity_date()->set_month(1);
    q.mutable_maturity_date()->set_day(10); // 131 days: bucket 91-180
    q.set_tenor(lianxin::quotes::DAYS_31_90);
    refused(q, "QT_TENOR_MISMATCH");
    q.set_face_amount_fen(-5);
    refused(q, "QT_FACE_NOT_POSITIVE");
}

TEST_F(QuoteRejection, DealReports)
{
    const auto refuse = [&](const lianxin::quotes::DealReport &d, const std::string &code, std::int32_t status = 400) {
        expectRefused(desk, kTier1Bank, dealAction(d), code, status);
    };
    const auto valid = dealReport("FF-9", 1, 100, 30000, 100, 2026, 9, 1);
    auto d = valid;
    d.clear_forfaiting_deal_id();
    refuse(d, "QT_DEAL_ID_MISSING");
    d = valid;
    d.set_reporting_bank_msp(kTier2Bank);
    refuse(d, "QT_WRONG_BANK", 403);
    d = valid;
    d.set_tenor_days(367);
    refuse(d, "QT_TENOR_DAYS_OUT_OF_RANGE");
    d = valid;
    d.set_rate_micros(0);
    refuse(d, "QT_RATE_OUT_OF_RANGE");
    d = valid;
    d.set_face_amount_fen(0);
    refuse(d, "QT_FACE_NOT_POSITIVE");
    d = valid;
    d.mutable_trade_date()->set_day(2);
    refuse(d, "QT_TRADE_DATE_FUTURE");
    d.clear_trade_date();
    refuse(d, "QT_TRADE_DATE_INVALID");
    d = valid;
    d.set_obligor_tier(7);
    refuse(d, "QT_TIER_UNKNOWN");
}

TEST_F(QuoteRejection, GarbledOrEmptyActions)
{
    const auto r = desk.call(
        kTier1Bank, "officer1", { "client", "officer" }, { "SubmitDraft" }, { { "action", "\xff\xff not a message" } });
    EXPECT_EQ(r.reasonCode, "BAD_ARGUMENTS");
    const auto empty = desk.call(kTier1Bank, "officer1", { "client", "officer" }, { "SubmitDraft" },
        { { "action", lianxin::quotes::QuoteAction().SerializeAsString() + "\x08\x01" } });
    EXPECT_FALSE(empty.isOk());
    EXPECT_EQ(desk.query(kTier1Bank, { "NoSuchFunction" }).reasonCode, "UNKNOWN_FUNCTION");
    EXPECT_EQ(desk.query(kTier1Bank, { "ListQuotes", "colour=red" }).reasonCode, "QT_FILTER_INVALID");
    EXPECT_EQ(desk.query(kTier1Bank, { "RecentDeals", "many" }).reasonCode, "BAD_ARGUMENTS");
}

} // namespace lx::test
