#include "models/forfaiting/FfMarketModels.h"

#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfText.h"
#include "models/lc/LcText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lx::models {

using namespace lianxin::forfaiting;

FfListingsModel::FfListingsModel(const FfDesk &desk, Side side, QObject *parent)
    : FfTableModel(desk, parent), m_side(side)
{
}

const Listing *FfListingsModel::listingAt(int row) const
{
    return row >= 0 && row < rows() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

void FfListingsModel::rebuild()
{
    m_rows.clear();
    const FfSnapshot &s = m_desk.snapshot();
    for (const Listing &listing : s.listings) {
        const bool own = listing.seller_msp() == s.bankMsp;
        if (listing.state() == Listing::OPEN && own == (m_side == Side::Own))
            m_rows.push_back(listing);
    }
}

QStringList FfListingsModel::headers() const
{
    return { tr("Listing"), tr("Seller"), tr("Obligor"), tr("Tier"), tr("Face amount"), tr("Maturity"), tr("Days left"),
        tr("Market"), m_side == Side::Market ? tr("Our quote") : tr("Quotes received") };
}

QString FfListingsModel::quotesText(const Listing &listing) const
{
    const FfSnapshot &s = m_desk.snapshot();
    int live = 0;
    for (const Quote &quote : s.quotes) {
        if (quote.listing_id() != listing.listing_id())
            continue;
        if (m_side == Side::Market && quote.bank_msp() == s.bankMsp)
            return FfText::rate(quote.rate_micros()) + QStringLiteral(" · ") + FfText::quoteState(quote.state());
        live += quote.state() == Quote::OPEN ? 1 : 0;
    }
    if (m_side == Side::Market)
        return QString();
    return QString::number(live);
}

QVariant FfListingsModel::cell(int row, int column, int role) const
{
    const Listing &l = m_rows[static_cast<std::size_t>(row)];
    const int maturity = ffDay(l.maturity_date()).value_or(0);
    const int days = maturity - m_desk.today();
    switch (role) {
    case IdRole:
        return QString::fromStdString(l.listing_id());
    case ClaimIdRole:
        return QString::fromStdString(l.claim_id());
    case SortRole:
        if (column == FaceColumn)
            return QVariant::fromValue<qint64>(l.face_value_fen());
        if (column == MaturityColumn || column == DaysColumn)
            return days;
        return cell(row, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return column == FaceColumn || column == DaysColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case ListingColumn:
            return l.inquiry() ? tr("%1 (inquiry)").arg(QString::fromStdString(l.listing_id()))
                               : QString::fromStdString(l.listing_id());
        case SellerColumn:
            return FfText::bank(l.seller_msp());
        case ObligorColumn:
            return FfText::bank(l.obligor_msp());
        case TierColumn: {
            const int tier = FfText::obligorTier(l.obligor_msp());
            return tier > 0 ? tr("Tier %1").arg(tier) : QString();
        }
        case FaceColumn:
            return LcText::money(l.face_value_fen());
        case MaturityColumn:
            return FfText::day(maturity);
        case DaysColumn:
            return days;
        case MarketColumn:
            return FfText::market(l.market());
        case QuotesColumn:
            return quotesText(l);
        }
    }
    return {};
}

void FfQuotesModel::setListing(const QString &listingId)
{
    m_listing = listingId;
    reset();
}

const Quote *FfQuotesModel::quoteAt(int row) const
{
    return row >= 0 && row < rows() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

void FfQuotesModel::rebuild()
{
    m_rows.clear();
    for (const Quote &quote : m_desk.snapshot().quotes) {
        if (QString::fromStdString(quote.listing_id()) == m_listing)
            m_rows.push_back(quote);
    }
}

QString FfQuotesModel::bestQuoteId() const
{
    const Quote *best = nullptr;
    for (const Quote &quote : m_rows) {
        const bool live = quote.state() == Quote::OPEN && quote.valid_until_seconds() > m_desk.nowSeconds();
        if (live && (!best || quote.net_fen() > best->net_fen()))
            best = &quote;
    }
    return best ? QString::fromStdString(best->quote_id()) : QString();
}

QStringList FfQuotesModel::headers() const
{
    return { tr("Bank"), tr("Rate"), tr("Method"), tr("Grace days"), tr("Fees"), tr("Net amount"), tr("Valid until"),
        tr("State") };
}

QVariant FfQuotesModel::cell(int row, int column, int role) const
{
    const Quote &q = m_rows[static_cast<std::size_t>(row)];
    const bool best = QString::fromStdString(q.quote_id()) == bestQuoteId();
    switch (role) {
    case IdRole:
        return QString::fromStdString(q.quote_id());
    case ClaimIdRole:
        return QString::fromStdString(q.claim_id());
    case HighlightRole:
        return best;
    case Qt::BackgroundRole:
        return best ? QVariant(QBrush(QColor(200, 236, 200))) : QVariant();
    case Qt::FontRole:
        if (best) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        if (column == RateColumn)
            return QVariant::fromValue<qint64>(q.rate_micros());
        if (column == FeesColumn)
            return QVariant::fromValue<qint64>(q.fees_fen());
        if (column == NetColumn)
            return QVariant::fromValue<qint64>(q.net_fen());
        return cell(row, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return column == FeesColumn || column == NetColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case BankColumn:
            return FfText::bank(q.bank_msp());
        case RateColumn:
            return FfText::rate(q.rate_micros());
        case MethodColumn:
            return FfText::method(q.method());
        case GraceColumn:
            return q.grace_days();
        case FeesColumn:
            return LcText::money(q.fees_fen());
        case NetColumn:
            return LcText::money(q.net_fen());
        case ValidUntilColumn:
            return FfText::dateTime(q.valid_until_seconds());
        case StateColumn:
            return q.state() == Quote::OPEN && q.valid_until_seconds() <= m_desk.nowSeconds()
                ? tr("Expired")
                : FfText::quoteState(q.state());
        }
    }
    return {};
}

} // namespace lx::models
