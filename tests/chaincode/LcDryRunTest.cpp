// The dry run the workstation uses to offer actions gives the contract's
// own answer: for each action, bank and starting state, accepted by the dry
// run exactly when the contract, driven for real, accepts it.
#include "chaincode/lc/LcDryRun.h"

#include "LcDesk.h"

#include <chrono>
#include <functional>
#include <gtest/gtest.h>

using namespace lx::test;
using lianxin::lc::LcAction;

namespace {

std::int64_t chinaTenOClock(int y, unsigned m, unsigned d)
{
    using namespace std::chrono;
    const sys_days day { year(y) / month(m) / d };
    return duration_cast<seconds>((day + hours(2)).time_since_epoch()).count(); // 10:00 UTC+8
}

} // namespace

TEST(LcDryRun, AgreesWithTheContract)
{
    const std::vector<std::pair<std::string, std::function<void(LcDesk &)>>> starts {
        { "issued", [](LcDesk &desk) { desk.issued(); } },
        { "advised", [](LcDesk &desk) { desk.advised(); } },
    };
    const std::vector<std::pair<std::string, LcAction>> actions {
        { "advise", adviseAction() },
        { "cancel", cancelAction() },
        { "cancel with consent", cancelAction("Beneficiary letter 1") },
        { "close", closeAction() },
        { "expire", expireAction() },
        { "amend", amendAction(100000) },
        { "answer", answerAction(1, true) },
        { "pay", payAction(1) },
        // Approved, its documents are notarized first (LcDesk, as the
        // workstation does); the maker's dry run asks no notary.
        { "present", presentAction(samplePresentation(50'000'000, date(2026, 10, 30))) },
    };
    int accepted = 0;
    int refused = 0;
    for (const auto &[startName, start] : starts) {
        for (const auto &[actionName, action] : actions) {
            for (const char *bank : { kHuaxia, kDongfang, kNanhai, kRegulator }) {
                SCOPED_TRACE(startName + " / " + actionName + " / " + bank);
                LcDesk desk;
                desk.setToday(2026, 11, 2);
                start(desk);
                const auto dry
                    = lx::chaincode::lc::dryRunRejection(desk.lc(), action, bank, chinaTenOClock(2026, 11, 2));
                const bool real = desk.act(bank, action).isOk();
                EXPECT_EQ(!dry.has_value(), real) << (dry ? *dry : std::string("accepted"));
                (real ? accepted : refused)++;
            }
        }
    }
    // The table exercises both answers, not only refusals.
    EXPECT_GE(accepted, 4);
    EXPECT_GE(refused, 40);
}

TEST(LcDryRun, ExplainsARefusalWithTheContractsCode)
{
    LcDesk desk;
    desk.setToday(2026, 11, 2);
    desk.advised();
    const auto dry
        = lx::chaincode::lc::dryRunRejection(desk.lc(), cancelAction(), kHuaxia, chinaTenOClock(2026, 11, 2));
    ASSERT_TRUE(dry.has_value());
    EXPECT_EQ(dry->rfind("LC_CANCEL_CONSENT_MISSING: ", 0), 0u) << *dry;
}
