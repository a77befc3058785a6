#pragma once

#include "WorkstationFixture.h"

#include "lianxin/lc.pb.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace lx::client {
class Ledger;
class Wallet;
} // namespace lx::client

namespace lx::ui {
class MainWindow;
} // namespace lx::ui

namespace lx::test {

// A sandbox holding a demo book of 56 L/Cs (seed 7, as of 26 Nov 2026: it
// leaves Huaxia L/Cs to advise, to present and to amend), signed in as
// Huaxia's officer with the session's clock on that day. The L/C screen
// tests share it, one per test binary.
class DemoBookDesk
{
public:
    static constexpr int kLetters = 56;
    static constexpr std::uint32_t kSeed = 7;
    static constexpr std::chrono::year_month_day kToday { std::chrono::year(2026), std::chrono::month(11),
        std::chrono::day(26) };
    static const QString kBank; // HuaxiaBankMSP

    struct DeskOptions
    {
        bool forfaiting = false; // the demo forfaiting market too
        models::TranslationCatalog::Language language = models::TranslationCatalog::Language::English;
        // More business on the ledger before the workstation opens it.
        std::function<void(const std::shared_ptr<client::Ledger> &, const client::Wallet &)> more;
    };

    // Loads the book (and the demo forfaiting market when asked), starts
    // the workstation and signs in; false on failure.
    bool openDesk(bool forfaiting = false);
    bool openDesk(const DeskOptions &options);
    void closeDesk() { m_fixture.reset(); }
    // The ledger's own answer, read with a client of the sandbox.
    std::vector<lianxin::lc::LetterOfCredit> ledgerLetters();
    bool waitForLiveBook();
    ui::MainWindow *window();
    static bool involves(const lianxin::lc::LetterOfCredit &lc, const std::string &bank);

protected:
    std::unique_ptr<WorkstationFixture> m_fixture;
};

} // namespace lx::test
