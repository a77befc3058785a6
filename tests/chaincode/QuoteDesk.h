#pragma once

#include "FakeStub.h"

#include "chaincode/Registry.h"
#include "chaincode/quotes/QuoteContract.h"

#include "lianxin/quotes.pb.h"

#include <cstdint>
#include <string>

namespace lx::test {

// Banks of the quote-board tests, with their registry tiers.
inline constexpr const char *kTier1Bank = "HuaxiaBankMSP"; // tier 1
inline constexpr const char *kTier1Other = "DongfangBankMSP"; // tier 1
inline constexpr const char *kTier2Bank = "ChangjiangBankMSP"; // tier 2
inline constexpr const char *kTier2Other = "NanhaiBankMSP"; // tier 2
inline constexpr const char *kTier3Bank = "BeiyuanBankMSP"; // tier 3
inline constexpr const char *kRegulatorOrg = "RegulatorMSP";
inline constexpr const char *kSecretariatOrg = "SecretariatMSP";

// Unix seconds of 10:00 China time on that day.
std::int64_t chinaMorning(int year, int month, int day);
inline constexpr std::int64_t kHour = 3600;
inline constexpr std::int64_t kDay = 24 * kHour;

// A standing quote as a bank drafts it: straight discount, basis 360, no
// grace, fees 0, valid until validUntil.
lianxin::quotes::Quote standingQuote(lianxin::quotes::Side side, int tier, lianxin::quotes::TenorBucket tenor,
    std::int64_t rateMicros, std::int64_t amountFen, std::int64_t validUntil);
lianxin::quotes::DealReport dealReport(const std::string &dealId, int tier, int tenorDays, std::int64_t rateMicros,
    std::int64_t faceFen, int y, int m, int d);

lianxin::quotes::QuoteAction postAction(const lianxin::quotes::Quote &quote);
lianxin::quotes::QuoteAction withdrawAction(const std::string &quoteId);
lianxin::quotes::QuoteAction dealAction(const lianxin::quotes::DealReport &deal);

// The quote contract on a FakeStub on channel "trust", its registry (the
// sandbox's banks with their tiers) served across invokeChaincode from a
// second FakeStub, driven as banks drive it: an officer drafts, a checker
// of the same bank approves.
class QuoteDesk
{
public:
    QuoteDesk();

    void setNow(std::int64_t unixSeconds) { stub.setTimestamp(unixSeconds); }
    std::int64_t now() const { return stub.txTimestampSeconds(); }

    chaincode::Response call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
        std::vector<Bytes> args, std::map<std::string, Bytes> transient = {});
    chaincode::Response submit(
        const std::string &msp, const lianxin::quotes::QuoteAction &action, const std::string &user = "officer1");
    chaincode::Response approve(
        const std::string &msp, const std::string &draftId, const std::string &user = "checker1");
    // Submit and approve; the first rejection, or the approval.
    chaincode::Response act(const std::string &msp, const lianxin::quotes::QuoteAction &action);
    // Posts through maker and checker; the quote as recorded (test failure otherwise).
    lianxin::quotes::Quote post(const std::string &msp, const lianxin::quotes::Quote &quote);
    // A query as msp's manager.
    chaincode::Response query(const std::string &msp, std::vector<Bytes> args);
    lianxin::quotes::Board board(std::vector<Bytes> filters = {});

    FakeStub stub;
    FakeStub registryStub;
    chaincode::quotes::QuoteContract contract;
    chaincode::Registry registry;
};

// Submits as msp's officer and expects the rejection `code` with a message,
// and nothing written.
void expectRefused(QuoteDesk &desk, const std::string &msp, const lianxin::quotes::QuoteAction &action,
    const std::string &code, std::int32_t status);

} // namespace lx::test
