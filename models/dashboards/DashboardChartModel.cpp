#include "models/dashboards/DashboardChartModel.h"

#include "models/dashboards/DashboardText.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteText.h"

#include <QLocale>

namespace lx::models {

using namespace cache::dash;

DashboardChartModel::DashboardChartModel(Chart chart, QObject *parent)
    : QAbstractTableModel(parent)
    , m_chart(chart)
    , m_columns { CategoryColumn, SeriesColumn, CountColumn, AmountColumn }
{
    if (chart == Chart::Statistics)
        m_columns.push_back(OutstandingColumn);
    if (chart == Chart::ForfaitingRates)
        m_columns.insert(m_columns.end(), { RateColumn, BoardBidColumn, BoardOfferColumn });
}

void DashboardChartModel::setPoints(std::vector<Point> points)
{
    beginResetModel();
    m_points = std::move(points);
    endResetModel();
}

void DashboardChartModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_points.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

int DashboardChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int DashboardChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString DashboardChartModel::text(const Point &point, Column column) const
{
    switch (column) {
    case CategoryColumn:
        return DashboardText::category(point.key);
    case SeriesColumn:
        return DashboardText::series(point.key);
    case CountColumn:
        return QLocale().toString(static_cast<qlonglong>(point.count));
    case AmountColumn:
        return LcText::money(point.amountFen);
    case OutstandingColumn:
        return LcText::money(point.outstandingFen);
    case RateColumn:
        return QuoteText::rate(point.rateMicros);
    case BoardBidColumn:
        return QuoteText::rate(point.boardBidMicros);
    case BoardOfferColumn:
        return QuoteText::rate(point.boardOfferMicros);
    }
    return QString();
}

QVariant DashboardChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &point = m_points[static_cast<std::size_t>(index.row())];
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(point, column);
    case Qt::TextAlignmentRole:
        return column >= CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PointIndexRole:
        return index.row();
    case CountRole:
        return static_cast<qint64>(point.count);
    case AmountFenRole:
        return static_cast<qint64>(point.amountFen);
    default:
        return {};
    }
}

QVariant DashboardChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    switch (columnAt(section)) {
    case CategoryColumn:
        switch (m_chart) {
        case Chart::Issued:
            return tr("Month");
        case Chart::Exposure:
            return tr("Counterparty bank");
        case Chart::Statistics:
            return tr("Member bank");
        case Chart::Maturity:
            return tr("Days to maturity");
        case Chart::Funnel:
            return tr("State");
        case Chart::Deadlines:
            return tr("Duty");
        case Chart::ForfaitingRates:
            return tr("Tenor");
        case Chart::GuaranteeTypes:
            return tr("Type");
        }
        return {};
    case SeriesColumn:
        switch (m_chart) {
        case Chart::Exposure:
            return tr("Role");
        case Chart::Deadlines:
            return tr("Outcome");
        case Chart::ForfaitingRates:
        case Chart::GuaranteeTypes:
            return QString();
        default:
            return tr("Product");
        }
    case CountColumn:
        return tr("Deals");
    case AmountColumn:
        return m_chart == Chart::Statistics || m_chart == Chart::Issued ? tr("Volume") : tr("Amount");
    case OutstandingColumn:
        return tr("Outstanding");
    case RateColumn:
        return tr("Our average rate");
    case BoardBidColumn:
        return tr("Board best bid");
    case BoardOfferColumn:
        return tr("Board best offer");
    }
    return {};
}

QHash<int, QByteArray> DashboardChartModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PointIndexRole, "pointIndex");
    names.insert(CountRole, "count");
    names.insert(AmountFenRole, "amountFen");
    return names;
}

} // namespace lx::models
