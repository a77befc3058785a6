#pragma once

#include "FakeStub.h"
#include "FoundingRegistry.h"
#include "LcDesk.h"

#include "chaincode/guarantee/GtContract.h"

#include "lianxin/guarantee.pb.h"

#include <string>

namespace lx::test {

inline constexpr const char *kGtNo = "HX-GT-2026-0001";

// Huaxia issues a performance guarantee for CNY 1,000,000.00 advised by
// Dongfang, expiring on 2026-12-31, reduced by CNY 200,000.00 from
// 2026-10-15 by clause 1.
lianxin::guarantee::Guarantee sampleGuarantee(const std::string &no = kGtNo);

lianxin::guarantee::GtAction gtIssue(const lianxin::guarantee::Guarantee &g);
lianxin::guarantee::GtAction gtAdvise(const std::string &no = kGtNo);
lianxin::guarantee::GtAction gtAmend(std::int64_t increaseFen, const std::string &no = kGtNo);
lianxin::guarantee::GtAction gtAnswer(int number, bool accept);
// A demand with a statement of breach and one supporting document;
// requestedExpiry set makes it "extend or pay".
lianxin::guarantee::GtAction gtDemand(
    std::int64_t amountFen, lianxin::lc::Date requestedExpiry = {}, const std::string &no = kGtNo);
lianxin::guarantee::GtAction gtExamine(int demand, bool complying, int discrepancies = 0);
lianxin::guarantee::GtAction gtSuspend(int demand, lianxin::lc::Date until);
lianxin::guarantee::GtAction gtExtend(int demand, lianxin::lc::Date to = {});
lianxin::guarantee::GtAction gtPay(int demand, const std::string &no = kGtNo);
lianxin::guarantee::GtAction gtReduceByClause(int step);
lianxin::guarantee::GtAction gtReduceByConsent(std::int64_t amountFen, const std::string &consent);
lianxin::guarantee::GtAction gtRelease();
lianxin::guarantee::GtAction gtExpire();
lianxin::guarantee::GtAction gtStop(const std::string &no = kGtNo);
lianxin::guarantee::GtAction gtLift(const std::string &no = kGtNo);

// The guarantee contract on a FakeStub (channel "guarantee"), driven the
// way banks drive it: an officer submits a draft, a checker approves it.
class GtDesk
{
public:
    GtDesk();

    // 10:00 China time on that day.
    void setToday(int year, int month, int day);
    chaincode::Response call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
        std::vector<Bytes> args, std::map<std::string, Bytes> transient = {});
    chaincode::Response submit(
        const std::string &msp, const lianxin::guarantee::GtAction &action, const std::string &user = "officer1");
    // Submit and approve; the first rejection, or the approval.
    chaincode::Response act(const std::string &msp, const lianxin::guarantee::GtAction &action);
    lianxin::guarantee::Guarantee guarantee(const std::string &no = kGtNo);

    // Brings kGtNo to a stage, each on the previous one's success.
    void issued();
    void advised();
    // Advised, then demand 1 presented on the current day.
    void demanded(std::int64_t amountFen, lianxin::lc::Date requestedExpiry = {});

    FakeStub stub;
    chaincode::GuaranteeContract contract;
    // The registry on trust the desk reads the banks' admission from.
    FoundingRegistry trust;
};

// Submits the action as msp's officer and expects the rejection `code`,
// with a message, and the ledger exactly as before.
void expectGtRejected(
    GtDesk &desk, const std::string &msp, const lianxin::guarantee::GtAction &action, const std::string &code);

} // namespace lx::test
