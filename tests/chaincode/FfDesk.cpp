#include "FfDesk.h"

#include "lianxin/desk.pb.h"

#include <chrono>
#include <gtest/gtest.h>

namespace lx::test {

using lianxin::forfaiting::FfAction;

FfDesk::FfDesk()
{
    stub.setChannel("forfaiting");
    stub.crossChannel = [this](const std::string &channel, const std::string &name, const std::vector<Bytes> &args) {
        if (channel == "trust" && name == chaincode::Registry::kName) {
            lc.trust.setCaller(stub.creator().mspId, stub.creator().commonName, stub.creator().roles);
            lc.trust.setCall(args);
            return lc.registry.invoke(lc.trust);
        }
        if (channel != "lc")
            return chaincode::Response::reject(chaincode::BadRequest, "CHANNEL_UNREACHABLE", "no channel " + channel);
        lc.stub.setCall(args);
        return lc.contract.invoke(lc.stub);
    };
    setToday(2026, 9, 1);
}

void FfDesk::setToday(int year, int month, int day)
{
    lc.setToday(year, month, day);
    stub.setTimestamp(lc.stub.txTimestampSeconds());
}

chaincode::Response FfDesk::call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
    std::vector<Bytes> args, std::map<std::string, Bytes> transient)
{
    stub.setCaller(msp, user, std::move(roles));
    stub.setCall(std::move(args), std::move(transient));
    return contract.invoke(stub);
}

chaincode::Response FfDesk::submit(const std::string &msp, const FfAction &action)
{
    return call(
        msp, "officer1", { "client", "officer" }, { "SubmitDraft" }, { { "action", action.SerializeAsString() } });
}

chaincode::Response FfDesk::approve(const std::string &msp, const std::string &draftId)
{
    const auto endorsers = call(msp, "checker1", { "client", "checker" }, { "DraftEndorsers", draftId });
    if (!endorsers.isOk())
        return endorsers;
    lianxin::desk::Endorsers named;
    named.ParseFromString(endorsers.payload);
    std::vector<Bytes> args { "ApproveDraft", draftId };
    for (const std::string &msp2 : named.msp_ids())
        args.push_back(msp2);
    return call(msp, "checker1", { "client", "checker" }, std::move(args));
}

chaincode::Response FfDesk::act(const std::string &msp, const FfAction &action)
{
    const auto submitted = submit(msp, action);
    if (!submitted.isOk())
        return submitted;
    return approve(msp, submitted.payload);
}

chaincode::Response FfDesk::query(std::vector<Bytes> args)
{
    return call(kRegulator, "auditor1", { "client" }, std::move(args));
}

namespace {

template<typename Record> Record read(FakeStub &stub, const std::string &key)
{
    Record out;
    if (const auto value = stub.getState(key))
        out.ParseFromString(*value);
    return out;
}

} // namespace

lianxin::forfaiting::Claim FfDesk::claim(const std::string &id)
{
    return read<lianxin::forfaiting::Claim>(stub, "claim/" + id);
}

lianxin::forfaiting::Listing FfDesk::listing(const std::string &id)
{
    return read<lianxin::forfaiting::Listing>(stub, "listing/" + id);
}

lianxin::forfaiting::Quote FfDesk::quote(const std::string &id)
{
    return read<lianxin::forfaiting::Quote>(stub, "quote/" + id);
}

lianxin::forfaiting::Deal FfDesk::deal(const std::string &id)
{
    return read<lianxin::forfaiting::Deal>(stub, "deal/" + id);
}

void FfDesk::acceptedClaim()
{
    lc.examined(true, deferredLc());
    const auto r = lc.act(kHuaxia, acceptAction(1));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

FfAction listAction(int presentationNo, const std::string &lcNo)
{
    FfAction a;
    a.mutable_list()->set_lc_no(lcNo);
    a.mutable_list()->set_presentation_no(presentationNo);
    return a;
}

FfAction quoteAction(const std::string &listingId, std::int64_t rateMicros, lianxin::forfaiting::Method method,
    int graceDays, std::int64_t feesFen)
{
    FfAction a;
    auto *q = a.mutable_quote();
    q->set_listing_id(listingId);
    q->set_rate_micros(rateMicros);
    q->set_method(method);
    q->set_day_basis(360);
    q->set_grace_days(graceDays);
    q->set_fees_fen(feesFen);
    *q->mutable_value_date() = date(2026, 9, 3);
    using namespace std::chrono;
    const sys_days day { 2026y / 9 / 2 };
    q->set_valid_until_seconds(day.time_since_epoch().count() * 86400 + 10 * 3600); // 18:00 China time
    return a;
}

FfAction acceptQuoteAction(const std::string &quoteId)
{
    FfAction a;
    a.mutable_accept_quote()->set_quote_id(quoteId);
    return a;
}

FfAction notifyAction(const std::string &dealId)
{
    FfAction a;
    a.mutable_notify_transfer()->set_deal_id(dealId);
    return a;
}

FfAction acknowledgeAction(const std::string &dealId)
{
    FfAction a;
    a.mutable_acknowledge_transfer()->set_deal_id(dealId);
    return a;
}

FfAction settleAction(const std::string &dealId)
{
    FfAction a;
    a.mutable_settle()->set_deal_id(dealId);
    return a;
}

FfAction payClaimAction(const std::string &claimId)
{
    FfAction a;
    a.mutable_pay_at_maturity()->set_claim_id(claimId);
    return a;
}

FfAction overdueAction(const std::string &claimId)
{
    FfAction a;
    a.mutable_record_overdue()->set_claim_id(claimId);
    return a;
}

FfAction withdrawListingAction(const std::string &listingId)
{
    FfAction a;
    a.mutable_withdraw_listing()->set_listing_id(listingId);
    return a;
}

FfAction withdrawQuoteAction(const std::string &quoteId)
{
    FfAction a;
    a.mutable_withdraw_quote()->set_quote_id(quoteId);
    return a;
}

void expectFfRejected(FfDesk &desk, const std::string &msp, const FfAction &action, const std::string &code)
{
    const Snapshot before(desk.stub);
    const auto r = desk.submit(msp, action);
    EXPECT_FALSE(r.isOk());
    EXPECT_EQ(r.reasonCode, code) << r.wireMessage();
    EXPECT_FALSE(r.message.empty());
    EXPECT_TRUE(Snapshot(desk.stub) == before) << "a rejected " << code << " wrote to the ledger";
}

} // namespace lx::test
