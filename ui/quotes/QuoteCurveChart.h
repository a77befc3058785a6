#pragma once

#include "models/quotes/QuoteMarket.h"

#include <QChartView>

class QChart;

namespace lx::ui {

// The rate-by-tenor curve of the quote board: the best bid (the lowest
// discount rate banks would buy claims at) per tenor bucket, one line per
// obligor tier, so a seller sees how the price of time and of credit moves.
class QuoteCurveChart : public QChartView
{
    Q_OBJECT

public:
    explicit QuoteCurveChart(QWidget *parent = nullptr);

    void setCurve(const models::QuoteMarket::Curve &curve);
    const models::QuoteMarket::Curve &curve() const { return m_curve; }
    // A series point's x for a tenor bucket (lianxin.quotes.TenorBucket
    // number), and back: the tenor axis has one category per bucket.
    static int pointOf(int bucket);
    static int bucketAt(double x);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChart *m_chart;
    models::QuoteMarket::Curve m_curve;
};

} // namespace lx::ui
