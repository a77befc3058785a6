#pragma once

#include "FakeStub.h"
#include "LcDesk.h"

#include "chaincode/forfaiting/FfContract.h"

#include "lianxin/forfaiting.pb.h"

#include <string>

namespace lx::test {

// The forfaiting contract on a FakeStub of channel "forfaiting", reading
// channel "lc" from an LcDesk (the L/C contract on its own FakeStub),
// driven the way banks drive it: an officer drafts, a checker approves,
// naming the co-endorsers DraftEndorsers asks for.
class FfDesk
{
public:
    FfDesk();

    // 10:00 China time on that day, on both channels.
    void setToday(int year, int month, int day);
    chaincode::Response call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
        std::vector<Bytes> args, std::map<std::string, Bytes> transient = {});
    chaincode::Response submit(const std::string &msp, const lianxin::forfaiting::FfAction &action);
    // Asks DraftEndorsers, then approves naming them.
    chaincode::Response approve(const std::string &msp, const std::string &draftId);
    chaincode::Response act(const std::string &msp, const lianxin::forfaiting::FfAction &action);
    // A query as the regulator.
    chaincode::Response query(std::vector<Bytes> args);

    lianxin::forfaiting::Claim claim(const std::string &id);
    lianxin::forfaiting::Listing listing(const std::string &id);
    lianxin::forfaiting::Quote quote(const std::string &id);
    lianxin::forfaiting::Deal deal(const std::string &id);

    // kLcNo: deferred 90 days after sight, presentation 1 of CNY 500,000.00
    // by Dongfang on 1 September 2026, accepted by Huaxia the same day:
    // maturity 30 November 2026.
    void acceptedClaim();

    LcDesk lc;
    FakeStub stub;
    chaincode::ForfaitingContract contract;
};

inline constexpr const char *kClaimId = "HX-LC-2026-0001/1";

lianxin::forfaiting::FfAction listAction(int presentationNo = 1, const std::string &lcNo = kLcNo);
// 3.00% straight discount, value date 2026-09-03, valid until 2026-09-02 18:00 China time.
lianxin::forfaiting::FfAction quoteAction(const std::string &listingId, std::int64_t rateMicros = 30'000,
    lianxin::forfaiting::Method method = lianxin::forfaiting::STRAIGHT_DISCOUNT, int graceDays = 0,
    std::int64_t feesFen = 0);
lianxin::forfaiting::FfAction acceptQuoteAction(const std::string &quoteId);
lianxin::forfaiting::FfAction notifyAction(const std::string &dealId);
lianxin::forfaiting::FfAction acknowledgeAction(const std::string &dealId);
lianxin::forfaiting::FfAction settleAction(const std::string &dealId);
lianxin::forfaiting::FfAction payClaimAction(const std::string &claimId = kClaimId);
lianxin::forfaiting::FfAction overdueAction(const std::string &claimId = kClaimId);
lianxin::forfaiting::FfAction withdrawListingAction(const std::string &listingId);
lianxin::forfaiting::FfAction withdrawQuoteAction(const std::string &quoteId);

// Submits as msp's officer; expects the rejection `code` with a message
// and the forfaiting ledger exactly as before.
void expectFfRejected(
    FfDesk &desk, const std::string &msp, const lianxin::forfaiting::FfAction &action, const std::string &code);

} // namespace lx::test
