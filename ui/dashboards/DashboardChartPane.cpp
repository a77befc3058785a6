#include "ui/dashboards/DashboardChartPane.h"

#include "chaincode/Rate.h"
#include "models/dashboards/DashboardChartModel.h"
#include "models/dashboards/DashboardText.h"
#include "models/dashboards/DealRowsModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace lx::ui {

using namespace cache::dash;
using models::DashboardText;

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only: arrows move within it, Tab leaves it (not cell by cell).
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(150);
    return table;
}

} // namespace

QString DashboardChartPane::key(Chart chart)
{
    static const char *const kKeys[]
        = { "issued", "exposure", "maturity", "funnel", "deadlines", "rates", "guaranteeTypes", "statistics" };
    return QString::fromLatin1(kKeys[static_cast<int>(chart)]);
}

DashboardChartPane::DashboardChartPane(models::DashboardChartModel &model, models::DealRowsModel *late, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QChartView(this))
    , m_table(makeTable(this, QStringLiteral("dash%1Table").arg(key(model.chart()))))
{
    // The figures share the width (a narrow table beside empty room reads
    // badly); the late items' last column takes the rest of theirs.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QString name = key(model.chart());
    setObjectName(QStringLiteral("dash%1Pane").arg(name));
    m_view->setObjectName(QStringLiteral("dash%1Chart").arg(name));
    m_view->viewport()->setObjectName(QStringLiteral("dash%1ChartViewport").arg(name));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_table->setModel(&model);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("dash%1Splitter").arg(name));
    // A chart of many bank or state names grows taller than the tab: it
    // scrolls rather than eliding them or stretching the window.
    m_scroll = new QScrollArea(splitter);
    m_scroll->setObjectName(QStringLiteral("dash%1ChartScroll").arg(name));
    m_scroll->viewport()->setObjectName(QStringLiteral("dash%1ChartScrollViewport").arg(name));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_table);
    if (late) {
        auto *box = new QWidget(splitter);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        m_lateLabel = new QLabel(box);
        m_lateLabel->setObjectName(QStringLiteral("dashLateLabel"));
        m_lateTable = makeTable(box, QStringLiteral("dashLateTable"));
        m_lateTable->setModel(late);
        boxLayout->addWidget(m_lateLabel);
        boxLayout->addWidget(m_lateTable);
        splitter->addWidget(box);
        connect(m_lateTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT dealActivated(index.data(models::DealRowsModel::ProductRole).toInt(),
                index.data(models::DealRowsModel::ReferenceRole).toString());
        });
    }
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Sizes in proportion: the chart three fifths, as on a tab without late items.
    splitter->setSizes(late ? QList<int> { 300, 100, 150 } : QList<int> { 300, 200 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT pointActivated(index.row()); });
    connect(&model, &QAbstractItemModel::modelReset, this, &DashboardChartPane::rebuild);
    retranslate(); // names the views and draws the chart
}

void DashboardChartPane::retranslate()
{
    const QString title = DashboardText::chartTitle(m_model.chart());
    m_view->setAccessibleName(tr("%1 chart: click a bar for the deals behind it").arg(title));
    m_view->viewport()->setAccessibleName(m_view->accessibleName());
    m_scroll->setAccessibleName(m_view->accessibleName());
    m_scroll->viewport()->setAccessibleName(m_view->accessibleName());
    m_table->setAccessibleName(tr("%1 figures").arg(title));
    if (m_lateTable) {
        m_lateLabel->setText(tr("Late and overdue items, most overdue first"));
        m_lateTable->setAccessibleName(tr("Late and overdue items"));
    }
    // Charts and pies carry their texts in their items: drawn anew.
    rebuild();
}

int DashboardChartPane::pointAt(int set, int index) const
{
    const auto found = m_cells.find({ set, index });
    return found == m_cells.end() ? -1 : found->second;
}

// The chart of the model's points; fills m_cells and m_chartHeight.
QChart *DashboardChartPane::makeChart()
{
    m_cells.clear();
    m_chartHeight = 220;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (m_model.points().empty()) {
        chart->setTitle(tr("No deals for these filters."));
        chart->legend()->hide();
    } else if (m_model.chart() == Chart::GuaranteeTypes) {
        buildPie(chart);
    } else if (m_model.chart() == Chart::ForfaitingRates) {
        buildRates(chart);
    } else {
        buildBars(chart);
    }
    return chart;
}

void DashboardChartPane::rebuild()
{
    QChart *chart = makeChart();
    m_view->setMinimumHeight(m_chartHeight);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    // A chart of one series has no series column worth showing.
    const bool oneSeries = m_model.chart() == Chart::ForfaitingRates || m_model.chart() == Chart::GuaranteeTypes;
    m_table->setColumnHidden(models::DashboardChartModel::SeriesColumn, oneSeries);
    if (m_lateTable)
        m_lateTable->resizeColumnsToContents();
}

// Stacked bars: a category per bar, a bar set per series (product, role or
// outcome); horizontal when the categories are bank or state names.
void DashboardChartPane::buildBars(QChart *chart)
{
    const Chart kind = m_model.chart();
    const bool counts = DashboardText::countsDeals(kind);
    // Bank and state names read best beside horizontal bars.
    const bool horizontal = kind == Chart::Exposure || kind == Chart::Statistics || kind == Chart::Funnel;
    QStringList categories;
    QStringList seriesNames;
    std::map<std::pair<int, int>, double> values;
    // A ladder shows every rung, empty ones too.
    if (kind == Chart::Maturity) {
        for (int bucket = 0; bucket < kMaturityBuckets; ++bucket) {
            Key rung;
            rung.chart = Chart::Maturity;
            rung.bucket = bucket;
            categories.append(DashboardText::category(rung));
        }
    }
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Point &point = m_model.points()[static_cast<std::size_t>(row)];
        const QString category = DashboardText::category(point.key);
        QString series = DashboardText::series(point.key);
        if (series.isEmpty())
            series = DashboardText::chartTitle(kind);
        if (!categories.contains(category))
            categories.append(category);
        if (!seriesNames.contains(series))
            seriesNames.append(series);
        const std::pair cell { static_cast<int>(seriesNames.indexOf(series)),
            static_cast<int>(categories.indexOf(category)) };
        values[cell] += counts ? static_cast<double>(point.count) : static_cast<double>(point.amountFen) / 1e8;
        m_cells[cell] = row;
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    for (int s = 0; s < seriesNames.size(); ++s) {
        auto *set = new QBarSet(seriesNames[s]);
        for (int c = 0; c < categories.size(); ++c) {
            const auto found = values.find({ s, c });
            set->append(found == values.end() ? 0.0 : found->second);
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            const int row = pointAt(s, index);
            if (row >= 0)
                Q_EMIT pointActivated(row);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!horizontal && categories.size() > 8)
        categoryAxis->setLabelsAngle(-60);
    if (horizontal) {
        // Each name needs its line: the chart grows with the categories
        // (the splitter gives the table the rest) rather than eliding them.
        QFont font = categoryAxis->labelsFont();
        font.setPointSizeF(8);
        categoryAxis->setLabelsFont(font);
        m_chartHeight = std::max(220, static_cast<int>(categories.size()) * 32 + 110);
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(counts ? tr("Deals") : tr("CNY million"));
    valueAxis->setLabelFormat(counts ? QStringLiteral("%d") : QStringLiteral("%.1f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->setMin(0);
    valueAxis->applyNiceNumbers();
    if (seriesNames.size() == 1)
        chart->legend()->hide();
}

// Our deals' average rate per tenor as bars; the board's best bid and
// offer in the same tenors as lines over them.
void DashboardChartPane::buildRates(QChart *chart)
{
    auto *bars = new QStackedBarSeries;
    auto *set = new QBarSet(tr("Our deals' average rate"));
    auto *bid = new QLineSeries;
    bid->setName(tr("Board best bid"));
    auto *offer = new QLineSeries;
    offer->setName(tr("Board best offer"));
    QStringList categories;
    double top = 0;
    const auto percent = [](std::int64_t micros) {
        return static_cast<double>(micros) / static_cast<double>(chaincode::kRateMicrosPerPercent);
    };
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Point &point = m_model.points()[static_cast<std::size_t>(row)];
        const int c = static_cast<int>(categories.size());
        categories.append(DashboardText::category(point.key));
        set->append(percent(point.rateMicros));
        m_cells[{ 0, c }] = row;
        if (point.boardBidMicros > 0)
            bid->append(c, percent(point.boardBidMicros));
        if (point.boardOfferMicros > 0)
            offer->append(c, percent(point.boardOfferMicros));
        top = std::max({ top, percent(point.rateMicros), percent(point.boardBidMicros), percent(point.boardOfferMicros) });
    }
    connect(set, &QBarSet::clicked, this, [this](int index) {
        const int row = pointAt(0, index);
        if (row >= 0)
            Q_EMIT pointActivated(row);
    });
    bars->append(set);
    chart->addSeries(bars);
    chart->addSeries(bid);
    chart->addSeries(offer);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("Rate, % p.a."));
    valueAxis->setRange(0, top > 0 ? top * 1.2 : 1.0);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    for (QLineSeries *line : { bid, offer })
        line->setPointsVisible(true);
}

// Outstanding guarantees by type: a slice per type.
void DashboardChartPane::buildPie(QChart *chart)
{
    auto *pie = new QPieSeries;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Point &point = m_model.points()[static_cast<std::size_t>(row)];
        QPieSlice *slice = pie->append(DashboardText::category(point.key), static_cast<double>(point.amountFen) / 1e8);
        connect(slice, &QPieSlice::clicked, this, [this, row] { Q_EMIT pointActivated(row); });
    }
    pie->setPieSize(0.75);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
}

// Drawn anew in a view of its own at this size (taller when the chart
// needs it): a tab not on screen has no layout to grab.
QImage DashboardChartPane::picture(const QSize &size)
{
    const auto cells = m_cells;
    const int height = m_chartHeight;
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    view.setChart(makeChart());
    const QSize drawn(size.width(), std::max(size.height(), m_chartHeight));
    m_cells = cells;
    m_chartHeight = height;
    view.resize(drawn);
    view.chart()->resize(drawn);
    view.chart()->layout()->activate();
    return view.grab().toImage();
}

} // namespace lx::ui
