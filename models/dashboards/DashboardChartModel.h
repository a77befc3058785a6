#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

// One chart's points as a table, the accessible form of the chart and what
// the dashboard export writes: one row per point (bar segment or slice) in
// the engine's key order. Columns depend on the chart: every chart has
// category, series, deals and amount; Statistics adds the outstanding part
// of the volume; ForfaitingRates adds our average rate and the board's best
// bid and offer.
class DashboardChartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CategoryColumn, SeriesColumn, CountColumn, AmountColumn, OutstandingColumn, RateColumn,
        BoardBidColumn, BoardOfferColumn };
    enum Roles {
        PointIndexRole = Qt::UserRole + 1, // the row's index in points(): its Key
        CountRole, // qint64
        AmountFenRole // qint64
    };

    explicit DashboardChartModel(cache::dash::Chart chart, QObject *parent = nullptr);

    cache::dash::Chart chart() const { return m_chart; }
    void setPoints(std::vector<cache::dash::Point> points);
    const std::vector<cache::dash::Point> &points() const { return m_points; }
    const cache::dash::Key &keyAt(int row) const { return m_points.at(static_cast<std::size_t>(row)).key; }
    // The column shown in this chart's table at position section.
    Column columnAt(int section) const { return m_columns.at(static_cast<std::size_t>(section)); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString text(const cache::dash::Point &point, Column column) const;

    cache::dash::Chart m_chart;
    std::vector<Column> m_columns;
    std::vector<cache::dash::Point> m_points;
};

} // namespace lx::models
