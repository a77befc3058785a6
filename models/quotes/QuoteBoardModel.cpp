#include "models/quotes/QuoteBoardModel.h"

#include "models/lc/LcText.h"
#include "models/quotes/QuoteText.h"

namespace lx::models {

namespace {

QString banksText(const lianxin::quotes::SideDepth &side)
{
    QStringList names;
    for (const std::string &msp : side.best_banks())
        names.append(LcText::bankName(QString::fromStdString(msp)));
    return names.join(QStringLiteral(", "));
}

QString amountText(std::int64_t fen)
{
    return fen == 0 ? QString() : LcText::money(fen);
}

} // namespace

QuoteBoardModel::QuoteBoardModel(QObject *parent) : QAbstractTableModel(parent) { }

void QuoteBoardModel::setBoard(const lianxin::quotes::Board &board)
{
    beginResetModel();
    m_cells.assign(board.cells().begin(), board.cells().end());
    endResetModel();
}

void QuoteBoardModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_cells.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int QuoteBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cells.size());
}

int QuoteBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteBoardModel::display(const lianxin::quotes::BoardCell &cell, int column) const
{
    switch (column) {
    case TenorColumn:
        return QuoteText::bucketName(cell.tenor());
    case TierColumn:
        return QuoteText::tierName(cell.obligor_tier());
    case BestBidColumn:
        return QuoteText::rate(cell.buy().best_rate_micros());
    case BidBanksColumn:
        return banksText(cell.buy());
    case BidDepthColumn:
        return cell.buy().depth() ? QVariant(cell.buy().depth()) : QVariant(QString());
    case BidAmountColumn:
        return amountText(cell.buy().depth_amount_fen());
    case BestOfferColumn:
        return QuoteText::rate(cell.sell().best_rate_micros());
    case OfferBanksColumn:
        return banksText(cell.sell());
    case OfferDepthColumn:
        return cell.sell().depth() ? QVariant(cell.sell().depth()) : QVariant(QString());
    case OfferAmountColumn:
        return amountText(cell.sell().depth_amount_fen());
    case DealsColumn:
        return cell.deal_count() ? QVariant(cell.deal_count()) : QVariant(QString());
    case DealVolumeColumn:
        return amountText(cell.deal_volume_fen());
    default:
        return {};
    }
}

QVariant QuoteBoardModel::sortValue(const lianxin::quotes::BoardCell &cell, int column) const
{
    switch (column) {
    case TenorColumn:
        return static_cast<int>(cell.tenor());
    case TierColumn:
        return cell.obligor_tier();
    case BestBidColumn:
        return static_cast<qlonglong>(cell.buy().best_rate_micros());
    case BidAmountColumn:
        return static_cast<qlonglong>(cell.buy().depth_amount_fen());
    case BestOfferColumn:
        return static_cast<qlonglong>(cell.sell().best_rate_micros());
    case OfferAmountColumn:
        return static_cast<qlonglong>(cell.sell().depth_amount_fen());
    case BidDepthColumn:
        return cell.buy().depth();
    case OfferDepthColumn:
        return cell.sell().depth();
    case DealsColumn:
        return cell.deal_count();
    case DealVolumeColumn:
        return static_cast<qlonglong>(cell.deal_volume_fen());
    default:
        return display(cell, column);
    }
}

QVariant QuoteBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &cell = m_cells[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(cell, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= BestBidColumn && index.column() != BidBanksColumn
                && index.column() != OfferBanksColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case TenorRole:
        return static_cast<int>(cell.tenor());
    case TierRole:
        return cell.obligor_tier();
    case BestBidRole:
        return static_cast<qlonglong>(cell.buy().best_rate_micros());
    case BestOfferRole:
        return static_cast<qlonglong>(cell.sell().best_rate_micros());
    case BidDepthRole:
        return cell.buy().depth();
    case OfferDepthRole:
        return cell.sell().depth();
    case SortRole:
        return sortValue(cell, index.column());
    default:
        return {};
    }
}

QVariant QuoteBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TenorColumn:
        return tr("Tenor");
    case TierColumn:
        return tr("Obligor tier");
    case BestBidColumn:
        return tr("Best bid");
    case BidBanksColumn:
        return tr("Bidding banks");
    case BidDepthColumn:
        return tr("Bids");
    case BidAmountColumn:
        return tr("Bid amount");
    case BestOfferColumn:
        return tr("Best offer");
    case OfferBanksColumn:
        return tr("Offering banks");
    case OfferDepthColumn:
        return tr("Offers");
    case OfferAmountColumn:
        return tr("Offer amount");
    case DealsColumn:
        //: Deals traded in the board's window (30 days).
        return tr("Deals (30 d)");
    case DealVolumeColumn:
        return tr("Deal volume");
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TenorRole, "tenor");
    names.insert(TierRole, "tier");
    names.insert(BestBidRole, "bestBid");
    names.insert(BestOfferRole, "bestOffer");
    names.insert(BidDepthRole, "bidDepth");
    names.insert(OfferDepthRole, "offerDepth");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace lx::models
