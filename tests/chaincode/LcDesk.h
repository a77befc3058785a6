#pragma once

#include "FakeStub.h"
#include "common/LcTestData.h"

#include "chaincode/Registry.h"
#include "chaincode/lc/LcContract.h"
#include "chaincode/trust/NotaryContract.h"

#include "lianxin/lc.pb.h"

#include <string>

namespace lx::test {

inline constexpr const char *kHuaxia = "HuaxiaBankMSP"; // issuing bank in these tests
inline constexpr const char *kDongfang = "DongfangBankMSP"; // advising bank
inline constexpr const char *kChangjiang = "ChangjiangBankMSP"; // nominated bank
inline constexpr const char *kNanhai = "NanhaiBankMSP"; // a bank with no role in the L/C
inline constexpr const char *kRegulator = "RegulatorMSP";
inline constexpr const char *kSecretariat = "SecretariatMSP";
inline constexpr const char *kLcNo = "HX-LC-2026-0001";

// Huaxia issues, Dongfang advises, Changjiang is nominated; CNY 1,000,000.00
// at sight, +5% tolerance, expiry 2026-12-31, latest shipment 2026-12-15,
// presentation within 15 days of shipment, partial shipments allowed.
lianxin::lc::LetterOfCredit sampleLc();
// sampleLc() paying 90 days after sight.
lianxin::lc::LetterOfCredit deferredLc();
lianxin::lc::Presentation samplePresentation(std::int64_t amountFen, lianxin::lc::Date shipment);

lianxin::lc::LcAction issueAction(const lianxin::lc::LetterOfCredit &lc);
lianxin::lc::LcAction adviseAction();
lianxin::lc::LcAction amendAction(std::int64_t increaseFen);
lianxin::lc::LcAction answerAction(int number, bool accept);
lianxin::lc::LcAction presentAction(const lianxin::lc::Presentation &presentation);
lianxin::lc::LcAction examineAction(int number, bool complying);
lianxin::lc::LcAction refuseAction(int number, lianxin::lc::Examination::Disposition disposition);
lianxin::lc::LcAction waiveAction(int number);
lianxin::lc::LcAction acceptAction(int number);
lianxin::lc::LcAction payAction(int number);
lianxin::lc::LcAction closeAction();
lianxin::lc::LcAction cancelAction(const std::string &beneficiaryConsent = {});
lianxin::lc::LcAction expireAction();

// The L/C contract on a FakeStub, driven the way banks drive it: an
// officer submits a draft, a checker of the same bank approves it.
class LcDesk
{
public:
    LcDesk();

    // 10:00 China time on that day.
    void setToday(int year, int month, int day);
    chaincode::Response call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
        std::vector<Bytes> args, std::map<std::string, Bytes> transient = {});
    chaincode::Response submit(
        const std::string &msp, const lianxin::lc::LcAction &action, const std::string &user = "officer1");
    chaincode::Response approve(
        const std::string &msp, const std::string &draftId, const std::string &user = "checker1");
    // Submit and approve; the first rejection, or the approval.
    chaincode::Response act(const std::string &msp, const lianxin::lc::LcAction &action);
    // Records on trust, as msp's checker, what the approval of this draft
    // needs there first (a presentation's documents), as the workstation
    // does; approve() calls it unless notarizeBeforeApproval is false.
    void notarizeFor(const std::string &msp, const std::string &draftId);
    bool notarizeBeforeApproval = true;
    // The consortium's rule for duplicate documents (the registry on trust).
    void setDuplicateDocuments(int rule);
    lianxin::lc::LetterOfCredit lc(const std::string &lcNo = kLcNo);

    // Brings kLcNo to a stage, each on the previous one's success.
    void issued(const lianxin::lc::LetterOfCredit &lc = sampleLc());
    void advised(const lianxin::lc::LetterOfCredit &lc = sampleLc());
    void presented(const lianxin::lc::LetterOfCredit &lc = sampleLc());
    void examined(bool complying, const lianxin::lc::LetterOfCredit &lc = sampleLc());

    FakeStub stub;
    chaincode::LcContract contract;
    // Channel trust, as the L/C contract reads it: the notary and the registry.
    FakeStub trust;
    chaincode::trust::NotaryContract notary;
    chaincode::Registry registry;

private:
    std::map<std::string, lianxin::lc::LcAction> m_drafts; // by draft ID
};

// Everything an invocation could have changed, to check a rejection changed nothing.
struct Snapshot
{
    explicit Snapshot(const FakeStub &stub);
    bool operator==(const Snapshot &other) const = default;

    std::map<std::string, Bytes> state;
    std::map<std::string, std::map<std::string, Bytes>> privateData;
    std::size_t events = 0;
    int writes = 0;
};

class LcDesk;
// Submits the action as msp's officer and expects the rejection `code`, with
// a message, and the ledger (state, private data, events) exactly as before.
void expectRejected(LcDesk &desk, const std::string &msp, const lianxin::lc::LcAction &action, const std::string &code);

} // namespace lx::test
