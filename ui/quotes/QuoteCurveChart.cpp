#include "ui/quotes/QuoteCurveChart.h"

#include "chaincode/quotes/QuoteBoard.h"
#include "models/quotes/QuoteText.h"

#include "lianxin/quotes.pb.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lx::ui {

namespace {
constexpr int kFirstBucket = lianxin::quotes::DAYS_1_30;
constexpr int kLastBucket = lianxin::quotes::DAYS_271_366;
constexpr double kMicrosPerPercent = 10000.0;
} // namespace

int QuoteCurveChart::pointOf(int bucket)
{
    return bucket - kFirstBucket;
}

int QuoteCurveChart::bucketAt(double x)
{
    return static_cast<int>(x + 0.5) + kFirstBucket;
}

QuoteCurveChart::QuoteCurveChart(QWidget *parent) : QChartView(parent), m_chart(new QChart)
{
    setObjectName(QStringLiteral("quoteCurveChart"));
    viewport()->setObjectName(QStringLiteral("quoteCurveViewport"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(m_chart);
    rebuild();
}

void QuoteCurveChart::setCurve(const models::QuoteMarket::Curve &curve)
{
    if (curve == m_curve && !m_chart->series().isEmpty())
        return;
    m_curve = curve;
    rebuild();
}

void QuoteCurveChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

// Rates are drawn in percent; the exact micros stay in the models, the
// chart only needs a position on the axis.
void QuoteCurveChart::rebuild()
{
    setAccessibleName(tr("Best bid by tenor"));
    viewport()->setAccessibleName(accessibleName());
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    // One category per bucket, labelled with its bare range ("91-180"): the
    // axis title says they are days. A bucket's point sits at its index.
    auto *tenorAxis = new QBarCategoryAxis;
    tenorAxis->setTitleText(tr("Tenor (days to maturity)"));
    tenorAxis->setTruncateLabels(false); // "181-270" must stay whole in a narrow pane
    for (int bucket = kFirstBucket; bucket <= kLastBucket; ++bucket)
        tenorAxis->append(QString::fromStdString(
            chaincode::quotes::bucketLabel(static_cast<lianxin::quotes::TenorBucket>(bucket))));
    auto *rateAxis = new QValueAxis;
    rateAxis->setTitleText(tr("Rate (% p.a.)"));
    rateAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_chart->addAxis(tenorAxis, Qt::AlignBottom);
    m_chart->addAxis(rateAxis, Qt::AlignLeft);

    double low = 0;
    double high = 0;
    bool any = false;
    for (const auto &[tier, byBucket] : m_curve) {
        auto *series = new QLineSeries;
        series->setName(models::QuoteText::tierName(tier));
        series->setPointsVisible(true);
        for (const auto &[bucket, rate] : byBucket) {
            const double percent = static_cast<double>(rate) / kMicrosPerPercent;
            series->append(pointOf(bucket), percent);
            low = any ? std::min(low, percent) : percent;
            high = any ? std::max(high, percent) : percent;
            any = true;
        }
        m_chart->addSeries(series);
        series->attachAxis(tenorAxis);
        series->attachAxis(rateAxis);
    }
    if (any) {
        // Whole quarter points around the rates, so the labels stay readable.
        rateAxis->setRange(std::floor(low * 4 - 1) / 4, std::ceil(high * 4 + 1) / 4);
    } else {
        rateAxis->setRange(0, 5);
    }
    rateAxis->applyNiceNumbers();
}

} // namespace lx::ui
