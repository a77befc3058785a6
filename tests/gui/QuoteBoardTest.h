#pragma once

#include "QuoteReference.h"
#include "WorkstationFixture.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace lx::models {
class LocalBook;
} // namespace lx::models

namespace lx::ui {
class MainWindow;
class QuoteBoardPage;
} // namespace lx::ui

namespace quoteboard {

inline constexpr int kWaitMs = 30000;
// The session's clock: real time moved on by the test (QuoteBoardTest.cpp).
std::chrono::system_clock::time_point shiftedNow();

} // namespace quoteboard

// The unified quote board screen end to end: two banks' officers post
// quotes through the form, their checkers approve, and the board's best
// rates, banks and depth per (tenor bucket, obligor tier) equal an
// independent computation over the same quotes; the filters change the
// rows and the curve; a withdrawal drops a quote; the session clock passing
// a quote's validity drops it with no write; a refused quote shows the
// contract's reason, translated, and is not submitted; the forms' default
// days follow the session's clock.
// QuoteBoardTest.cpp holds the fixture and the slots, QuoteBoardSteps.cpp
// the steps they take through the screens and the board's comparison.
class QuoteBoardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedQuoteShowsTheReasonAndIsNotSent();
    void banksPostThroughTheFormAndTheirCheckers();
    void boardEqualsAnIndependentComputation();
    void filtersChangeTheRowsAndTheCurve();
    void withdrawalDropsTheQuote();
    void passingValidityDropsTheQuoteWithoutAWrite();
    void formsTakeTheirDayFromTheSession();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::models::LocalBook &book() { return m_fixture->shell().book(); }
    lx::ui::QuoteBoardPage *page();
    bool signInAs(const QString &label);
    bool outboxEmpty();
    void post(const lx::test::Posted &quote);
    void reportDeal(const QString &dealId, int tier, int tenorDays, const QString &rate);
    void approvePendingAs(const QString &checker);
    lx::test::QuoteReference expected() const;
    void compareBoard();

    std::unique_ptr<lx::test::WorkstationFixture> m_fixture;
    std::vector<lx::test::Posted> m_posted;
    std::map<std::pair<int, int>, int> m_deals; // (bucket, tier) -> deals reported
};
