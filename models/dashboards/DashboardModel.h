#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lx::models {

class BookReader;
class DashboardChartModel;
class DealRowsModel;
class LocalBook;
class SessionModel;

// The managers' dashboards over the signed-in bank's cache (issue 7): holds
// the filter, recomputes every chart with cache::dash::compute on two
// BookReaders of its own (connections on threads of their own, so a
// recompute over a large book never delays the list pages' reads, and its
// two halves run at once), and
// feeds one DashboardChartModel per chart and the deadline chart's late
// items. A bank sees its own deals; the regulator and the secretariat see
// every deal their cache holds. Recomputes when the book changes, at most
// one queued while one runs; a result computed for a filter since changed
// is dropped (generation counter).
class DashboardModel : public QObject
{
    Q_OBJECT

public:
    DashboardModel(SessionModel &session, LocalBook &book, QObject *parent = nullptr);
    ~DashboardModel() override;

    // The filter the next recompute uses (viewer, today and now are the
    // session's, set at each recompute).
    const cache::dash::Filter &filter() const { return m_filter; }
    void setRange(std::optional<int> from, std::optional<int> to);
    void setBank(const QString &mspId); // empty: any bank
    void setProducts(unsigned products); // productBit()s
    // Whether the signed-in user sees every deal (regulator, secretariat).
    bool seesConsortium() const;

    const cache::dash::Result &result() const { return m_result; }
    // The filter result() was computed with (viewer, today and now included).
    const cache::dash::Filter &resultFilter() const { return m_resultFilter; }
    // The member banks the cache's deals name, by MSP ID (for the bank filter).
    const QStringList &banks() const { return m_banks; }
    bool isComputing() const { return m_running; }
    bool hasResult() const { return m_hasResult; } // computed at least once since sign-in
    DashboardChartModel *chartModel(cache::dash::Chart chart) const;
    DealRowsModel *lateModel() const { return m_late; }

    void recompute();
    // Whether anyone looks: while inactive (the page hidden) a recompute
    // only marks the charts stale, and activating recomputes stale charts,
    // so an officer who never opens the dashboards never pays for them.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The deals behind the point with this key, read off the GUI thread;
    // drillReady(key, rows, total) follows.
    void drill(const cache::dash::Key &key);
    void retranslate();

Q_SIGNALS:
    void computing();
    void updated();
    void failed(const QString &message);
    void drillReady(const lx::cache::dash::Key &key, const std::vector<lx::cache::dash::DealRow> &rows, qint64 total);

private:
    struct Computed
    {
        cache::dash::Result result;
        std::vector<std::string> banks;
    };
    void start();
    void halfDone(std::uint64_t generation);
    void onIdentityChanged();
    cache::dash::Filter currentFilter() const;

    SessionModel &m_session;
    // Two readers (connections on threads of their own), so the two halves
    // of a refresh run at once: a full refresh takes the longer half.
    std::array<BookReader *, 2> m_readers;
    std::array<Computed, 2> m_halves;
    int m_waiting = 0;
    QString m_failure;
    cache::dash::Filter m_filter;
    cache::dash::Result m_result;
    cache::dash::Filter m_resultFilter; // the filter m_result was computed with: drill-downs use it
    QStringList m_banks;
    std::array<DashboardChartModel *, cache::dash::kChartCount> m_charts {};
    DealRowsModel *m_late;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_hasResult = false;
    bool m_active = false;
    bool m_stale = false;
    // The bank list is read again only after sign-in or a book change.
    bool m_banksStale = true;
    bool m_readingBanks = false;
};

} // namespace lx::models
