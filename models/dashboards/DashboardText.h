#pragma once

#include "cache/Dashboards.h"

#include <QCoreApplication>
#include <QString>

namespace lx::models {

// How the dashboards' keys read on screen, in the current language: chart
// titles, and each point's category (the bar or slice) and series (the
// stack it belongs to). Products, states and guarantee types come from the
// products' own text helpers, so a state reads the same as on its desk.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::DashboardText)

public:
    static QString chartTitle(cache::dash::Chart chart);
    static QString productName(cache::dash::Product product);
    static QString roleName(int role); // cache::dash::Role
    static QString maturityName(int bucket); // cache::dash::MaturityBucket
    static QString dutyName(int duty); // cache::dash::Duty
    static QString outcomeName(int outcome); // cache::dash::Outcome
    static QString monthText(int month); // year * 12 + (month - 1): "2026-03" / "2026年3月"
    // A deal's state on the funnel (forfaiting: its deal states, then paid
    // at maturity and overdue).
    static QString dealStateName(cache::dash::Product product, int state);
    // A drill-down row's state: a presentation's or demand's own state when
    // the row is one (item > 0), else the deal's.
    static QString rowStateName(const cache::dash::DealRow &row);

    // The bar or slice a point is drawn as, and the stack it is part of
    // (empty for charts of one series).
    static QString category(const cache::dash::Key &key);
    static QString series(const cache::dash::Key &key);
    // Whether the chart's bars measure deals (Funnel, Deadlines) rather
    // than amounts.
    static bool countsDeals(cache::dash::Chart chart);
};

} // namespace lx::models
