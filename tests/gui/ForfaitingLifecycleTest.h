#pragma once

#include "WorkstationFixture.h"

#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfSnapshot.h"
#include "ui/forfaiting/ForfaitingPage.h"

#include "lianxin/forfaiting.pb.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

class QPushButton;

namespace lx::ui {
class MainWindow;
} // namespace lx::ui

// The deal's names and the screen's tabs, for the test and its steps.
namespace fflifecycle {

inline constexpr std::chrono::year_month_day kToday { std::chrono::year(2026), std::chrono::month(11),
    std::chrono::day(26) };
inline const std::string kLcNo = "HX-FF-GUI-1";
inline const QString kClaim = QStringLiteral("HX-FF-GUI-1/1");
inline const QString kListing = kClaim + QStringLiteral("/L1");
inline const QString kResale = kClaim + QStringLiteral("/L2");
inline const QString kDeal = kClaim + QStringLiteral("/D1");
inline const QString kResaleDeal = kClaim + QStringLiteral("/D2");
inline constexpr int kWaitMs = 20000;
inline constexpr int kTabEligible = 0, kTabMarket = 1, kTabListings = 2, kTabDeals = 3, kTabPortfolio = 4;

} // namespace fflifecycle

// A forfaiting deal from listing to payment at maturity across the banks,
// driven through the forfaiting screens by clicking and typing: Dongfang
// presented documents under Huaxia's deferred-payment L/C and Huaxia
// accepted them (set up with the ledger client, as the L/C screens have
// their own test). Dongfang lists the claim; Changjiang and Nanhai quote
// (the form shows the contract's price and refuses what the contract
// would); Dongfang accepts Changjiang's better quote, sends the
// claim-transfer notice; Huaxia acknowledges; Changjiang settles and
// resells; Nanhai buys it on the secondary market; Huaxia pays Nanhai at
// maturity. Each maker's draft is approved by the bank's checker; each
// step checks the deal's state and timeline as the screens show them.
// ForfaitingLifecycleTest.cpp holds the fixture and the deal's lifecycle,
// ForfaitingLifecycleSteps.cpp the steps it takes through the screens.
class ForfaitingLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dealFromListingToPaymentAtMaturity();

private:
    static void prepareAcceptedPresentation(const std::filesystem::path &data);
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::ui::ForfaitingPage *page();
    const lx::models::FfSnapshot &book() { return page()->desk().snapshot(); }
    void signInAs(const QString &bank, const char *user, bool again = false);
    bool waitFor(const std::function<bool()> &condition);
    void showTab(int tab);
    void selectRow(const char *table, const QString &id);
    // Clicks a button of the page (or the given widget) that the dry run enabled; waits for the outbox.
    void clickAndQueue(QPushButton *button);
    // As bank's checker: approve its pending forfaiting draft.
    void approve(const QString &bank);
    void dealAction(const QString &bank, const QString &dealId, const QString &key);
    void quote(const QString &bank, const QString &listingId, const QString &rate, int methodIndex);
    // The obligor's quote form says at once that it may not buy its own claim.
    void obligorMayNotQuote(const QString &listingId);
    void expectDeal(const QString &dealId, lianxin::forfaiting::Deal::State state, const QString &lastAction);

    std::unique_ptr<lx::test::WorkstationFixture> m_fixture;
};
