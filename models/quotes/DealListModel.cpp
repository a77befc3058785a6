#include "models/quotes/DealListModel.h"

#include "models/lc/LcText.h"
#include "models/quotes/QuoteText.h"

#include <QDate>
#include <QLocale>

namespace lx::models {

namespace {

QDate tradeDate(const lianxin::quotes::DealReport &deal)
{
    return QDate(deal.trade_date().year(), deal.trade_date().month(), deal.trade_date().day());
}

} // namespace

DealListModel::DealListModel(QObject *parent) : QAbstractTableModel(parent) { }

void DealListModel::setDeals(std::vector<lianxin::quotes::DealReport> deals)
{
    beginResetModel();
    m_deals = std::move(deals);
    endResetModel();
}

void DealListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_deals.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::display(const lianxin::quotes::DealReport &deal, int column) const
{
    switch (column) {
    case TradeDateColumn:
        return QLocale().toString(tradeDate(deal), QLocale::ShortFormat);
    case TierColumn:
        return QuoteText::tierName(deal.obligor_tier());
    case TenorColumn:
        //: A reported deal's tenor: remaining days at the trade date.
        return tr("%1 days").arg(deal.tenor_days());
    case RateColumn:
        return QuoteText::rate(deal.rate_micros());
    case MethodColumn:
        return QuoteText::methodName(deal.method());
    case FaceColumn:
        return LcText::money(deal.face_amount_fen());
    case ReportingBankColumn:
        return LcText::bankName(QString::fromStdString(deal.reporting_bank_msp()));
    case DealIdColumn:
        return QString::fromStdString(deal.forfaiting_deal_id());
    default:
        return {};
    }
}

QVariant DealListModel::sortValue(const lianxin::quotes::DealReport &deal, int column) const
{
    switch (column) {
    case TradeDateColumn:
        return tradeDate(deal);
    case TierColumn:
        return deal.obligor_tier();
    case TenorColumn:
        return deal.tenor_days();
    case RateColumn:
        return static_cast<qlonglong>(deal.rate_micros());
    case FaceColumn:
        return static_cast<qlonglong>(deal.face_amount_fen());
    default:
        return display(deal, column);
    }
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &deal = m_deals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(deal, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == RateColumn || index.column() == FaceColumn || index.column() == TenorColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case DealIdRole:
        return QString::fromStdString(deal.forfaiting_deal_id());
    case RateRole:
        return static_cast<qlonglong>(deal.rate_micros());
    case SortRole:
        return sortValue(deal, index.column());
    default:
        return {};
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TradeDateColumn:
        return tr("Trade date");
    case TierColumn:
        return tr("Obligor tier");
    case TenorColumn:
        return tr("Tenor");
    case RateColumn:
        return tr("Rate p.a.");
    case MethodColumn:
        return tr("Method");
    case FaceColumn:
        return tr("Face amount");
    case ReportingBankColumn:
        return tr("Reported by");
    case DealIdColumn:
        return tr("Forfaiting deal");
    default:
        return {};
    }
}

QHash<int, QByteArray> DealListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DealIdRole, "dealId");
    names.insert(RateRole, "rate");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace lx::models
