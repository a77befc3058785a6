#pragma once

#include "ledgerclient/DemoTimeline.h"

namespace lx::client::demo {

// One attempt at an L/C's story, told forward from its issue date: each
// verb adds the bank action that a desk would take next, on a later
// business day, and keeps the L/C as the contract will hold it (terms,
// balance, presentations with their deadlines and maturities), checked
// with the contract's own validators. A verb that does not fit (a window
// closed, a maturity too close) marks the story failed and the planner
// tries another; later verbs then do nothing.
class DemoStory
{
public:
    DemoStory(const chaincode::calendar::BusinessCalendar &calendar, DemoRandom &random);

    bool failed() const { return !m_failure.empty(); }
    const std::string &failure() const { return m_failure; }
    const std::vector<DemoStep> &steps() const { return m_steps; }
    const lianxin::lc::LetterOfCredit &lc() const { return m_lc; }
    Date last() const { return m_last; }

    void issue(Date date, lianxin::lc::LetterOfCredit terms, int validityDays);
    void advise();
    void amend(bool answer, bool accept);
    void present(std::int64_t amountFen, bool viaNominatedBank);
    void examine(bool complying);
    void refuse(lianxin::lc::Examination::Disposition disposition);
    void waive();
    // Sight: pay; deferred: confirm payment at maturity.
    void settle();
    void payAtMaturity(int presentationNo);
    void close();
    void cancel(bool withConsent);
    void expire();

private:
    void fail(const std::string &why);
    void add(const std::string &bankMsp, Date date, lianxin::lc::LcAction action);
    Date nextBusinessDay(Date date) const;
    Date afterLast(int minDays, int maxDays);
    lianxin::lc::Presentation &current();
    void rest();

    const chaincode::calendar::BusinessCalendar &m_calendar;
    DemoRandom &m_random;
    lianxin::lc::LetterOfCredit m_lc;
    std::vector<DemoStep> m_steps;
    Date m_last;
    std::string m_failure;
};

} // namespace lx::client::demo
