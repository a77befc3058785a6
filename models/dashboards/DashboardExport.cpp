#include "models/dashboards/DashboardExport.h"

#include "models/dashboards/DashboardText.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteText.h"

#include <QImage>
#include <QLocale>

namespace lx::models {

using namespace cache::dash;

ExportTable DashboardExport::table(const Result &result, const std::vector<Chart> &charts)
{
    ExportTable table;
    table.headers = { tr("Chart"), tr("Category"), tr("Series"), tr("Deals"), tr("Amount"), tr("Outstanding"),
        tr("Our average rate"), tr("Board best bid"), tr("Board best offer") };
    for (Chart chart : charts) {
        for (const Point &point : result.chart(chart)) {
            const bool rates = chart == Chart::ForfaitingRates;
            table.rows.push_back({ DashboardText::chartTitle(chart), DashboardText::category(point.key),
                DashboardText::series(point.key), QLocale().toString(static_cast<qlonglong>(point.count)),
                LcText::money(point.amountFen),
                chart == Chart::Statistics ? LcText::money(point.outstandingFen) : QString(),
                rates ? QuoteText::rate(point.rateMicros) : QString(),
                rates ? QuoteText::rate(point.boardBidMicros) : QString(),
                rates ? QuoteText::rate(point.boardOfferMicros) : QString() });
        }
    }
    return table;
}

QString DashboardExport::html(const ExportTable &heading, const std::vector<Section> &sections)
{
    QString out = QStringLiteral("<html><body style=\"font-size: 8pt;\"><h1>") + heading.title.toHtmlEscaped()
        + QStringLiteral("</h1><p>") + heading.bank.toHtmlEscaped() + QStringLiteral(" · ")
        + heading.date.toHtmlEscaped() + QStringLiteral("<br/>");
    out += heading.filters.isEmpty()
        ? tr("Filters: none")
        : tr("Filters: %1").arg(heading.filters.join(QStringLiteral("; "))).toHtmlEscaped();
    out += QStringLiteral("</p>");
    for (const Section &section : sections) {
        out += QStringLiteral("<h2>") + section.title.toHtmlEscaped() + QStringLiteral("</h2>");
        const QSize size = QImage::fromData(section.png, "PNG").size();
        if (!size.isEmpty()) {
            // Scaled to the page's text width, in proportion.
            constexpr int kWidth = 480;
            out += QStringLiteral("<p><img width=\"%1\" height=\"%2\" src=\"data:image/png;base64,")
                       .arg(kWidth)
                       .arg(size.height() * kWidth / size.width())
                + QString::fromLatin1(section.png.toBase64()) + QStringLiteral("\"/></p>");
        }
        if (section.table.rows.empty()) {
            out += QStringLiteral("<p>") + tr("No deals.") + QStringLiteral("</p>");
            continue;
        }
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &header : section.table.headers)
            out += QStringLiteral("<th bgcolor=\"#e8ecf2\">") + header.toHtmlEscaped() + QStringLiteral("</th>");
        out += QStringLiteral("</tr>");
        for (const QStringList &row : section.table.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    return out + QStringLiteral("</body></html>");
}

} // namespace lx::models
