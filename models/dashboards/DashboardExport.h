#pragma once

#include "cache/Dashboards.h"
#include "models/TableExport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace lx::models {

// The whole dashboard leaving the workstation: as CSV, one row per point
// of every chart shown (chart, category, series, deals, amount, outstanding,
// rates), and as a PDF document, each chart drawn as an image above its
// table.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::DashboardExport)

public:
    static ExportTable table(const cache::dash::Result &result, const std::vector<cache::dash::Chart> &charts);

    struct Section
    {
        QString title;
        QByteArray png; // the chart as drawn on screen; empty: no image
        ExportTable table; // headers and rows only
    };
    // heading supplies title, bank, date and filters.
    static QString html(const ExportTable &heading, const std::vector<Section> &sections);
};

} // namespace lx::models
