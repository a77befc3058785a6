#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include <QImage>
#include <QWidget>

#include <map>
#include <utility>

class QChart;
class QChartView;
class QLabel;
class QScrollArea;
class QTableView;

namespace lx::models {
class DashboardChartModel;
class DealRowsModel;
} // namespace lx::models

namespace lx::ui {

// One dashboard tab: the chart (stacked bars by series, horizontal bars for
// banks, a pie for guarantee types, bars and the board's best bid and offer
// as lines for forfaiting rates) above the same numbers as a table, the
// chart's accessible form. Clicking a bar or slice, or activating a table
// row, asks for the deals behind that point. The deadline tab also lists
// the late and overdue items.
class DashboardChartPane : public QWidget
{
    Q_OBJECT

public:
    DashboardChartPane(
        models::DashboardChartModel &model, models::DealRowsModel *late = nullptr, QWidget *parent = nullptr);

    // The chart drawn anew from the model, in the current language.
    void rebuild();
    void retranslate();
    QChartView *chartView() const { return m_view; }
    QTableView *table() const { return m_table; }
    QTableView *lateTable() const { return m_lateTable; }
    models::DashboardChartModel &model() const { return m_model; }
    // The point (model row) drawn as bar `index` of bar set `set`; -1: none.
    int pointAt(int set, int index) const;
    // The chart as a picture of this size, for the PDF.
    QImage picture(const QSize &size);

    // A short key for objectNames: "issued", "exposure", ...
    static QString key(cache::dash::Chart chart);

Q_SIGNALS:
    void pointActivated(int row);
    // A late item's deal, to open it (cache::dash::Product, reference).
    void dealActivated(int product, const QString &reference);

private:
    QChart *makeChart();
    void buildBars(QChart *chart);
    void buildRates(QChart *chart);
    void buildPie(QChart *chart);

    models::DashboardChartModel &m_model;
    QChartView *m_view;
    QScrollArea *m_scroll;
    QTableView *m_table;
    QLabel *m_lateLabel = nullptr;
    QTableView *m_lateTable = nullptr;
    std::map<std::pair<int, int>, int> m_cells; // (set, index) -> model row
    int m_chartHeight = 220; // what the chart needs to name every category
};

} // namespace lx::ui
