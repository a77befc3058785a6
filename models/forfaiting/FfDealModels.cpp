#include "models/forfaiting/FfDealModels.h"

#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfEventText.h"
#include "models/forfaiting/FfText.h"
#include "models/lc/LcText.h"

namespace lx::models {

using namespace lianxin::forfaiting;

const Deal *FfDealsModel::dealAt(int row) const
{
    return row >= 0 && row < rows() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

QHash<int, QByteArray> FfDealsModel::roleNames() const
{
    auto names = FfTableModel::roleNames();
    names.insert(StateRole, "dealState");
    return names;
}

void FfDealsModel::rebuild()
{
    m_rows.clear();
    const std::string &bank = m_desk.snapshot().bankMsp;
    for (const Deal &deal : m_desk.snapshot().deals) {
        if (deal.seller_msp() == bank || deal.buyer_msp() == bank || deal.obligor_msp() == bank)
            m_rows.push_back(deal);
    }
}

QStringList FfDealsModel::headers() const
{
    return { tr("Deal"), tr("We are"), tr("Seller"), tr("Buyer"), tr("Face amount"), tr("Net amount"), tr("Maturity"),
        tr("Market"), tr("State") };
}

QVariant FfDealsModel::cell(int row, int column, int role) const
{
    const Deal &d = m_rows[static_cast<std::size_t>(row)];
    const std::string &bank = m_desk.snapshot().bankMsp;
    switch (role) {
    case IdRole:
        return QString::fromStdString(d.deal_id());
    case ClaimIdRole:
        return QString::fromStdString(d.claim_id());
    case StateRole:
        return static_cast<int>(d.state());
    case SortRole:
        if (column == FaceColumn)
            return QVariant::fromValue<qint64>(d.face_value_fen());
        if (column == NetColumn)
            return QVariant::fromValue<qint64>(d.net_fen());
        return cell(row, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return column == FaceColumn || column == NetColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case DealColumn:
            return QString::fromStdString(d.deal_id());
        case OurRoleColumn:
            return d.seller_msp() == bank ? tr("Seller") : d.buyer_msp() == bank ? tr("Buyer") : tr("Obligor");
        case SellerColumn:
            return FfText::bank(d.seller_msp());
        case BuyerColumn:
            return FfText::bank(d.buyer_msp());
        case FaceColumn:
            return LcText::money(d.face_value_fen());
        case NetColumn:
            return LcText::money(d.net_fen());
        case MaturityColumn:
            return LcText::dateText(ffDay(d.maturity_date()));
        case MarketColumn:
            return FfText::market(d.market());
        case StateColumn:
            return FfText::dealState(d.state());
        }
    }
    return {};
}

void FfTimelineModel::setDeal(const QString &dealId)
{
    m_deal = dealId;
    reset();
}

QHash<int, QByteArray> FfTimelineModel::roleNames() const
{
    auto names = FfTableModel::roleNames();
    names.insert(ActionNameRole, "actionName");
    return names;
}

void FfTimelineModel::rebuild()
{
    m_rows = m_desk.snapshot().dealTimeline(m_deal.toStdString());
}

QStringList FfTimelineModel::headers() const
{
    return { tr("Date"), tr("Action"), tr("Block"), tr("Transaction"), tr("Bank"), tr("Maker"), tr("Checker"),
        tr("Summary") };
}

QVariant FfTimelineModel::cell(int row, int column, int role) const
{
    const FfTimelineEntry &e = m_rows[static_cast<std::size_t>(row)];
    switch (role) {
    case IdRole:
        return QString::fromStdString(e.event.tx_id());
    case ClaimIdRole:
        return QString();
    case ActionNameRole:
        return QString::fromStdString(e.event.action());
    case Qt::ToolTipRole:
        return column == TransactionColumn ? QString::fromStdString(e.event.tx_id()) : FfEventText::summary(e.event);
    case SortRole:
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return LcText::dateText(ffDay(e.event.date()));
        case ActionColumn:
            return FfText::action(QString::fromStdString(e.event.action()));
        case BlockColumn:
            return e.block > 0 ? QVariant::fromValue<qulonglong>(e.block) : QVariant(QString());
        case TransactionColumn:
            return QString::fromStdString(e.event.tx_id()).left(16);
        case BankColumn:
            return FfText::bank(e.event.bank_msp());
        case MakerColumn:
            return QString::fromStdString(e.event.maker());
        case CheckerColumn:
            return QString::fromStdString(e.event.checker());
        case SummaryColumn:
            return FfEventText::summary(e.event);
        }
    }
    return {};
}

} // namespace lx::models
