#include "models/quotes/QuoteListModel.h"

#include "chaincode/quotes/QuoteBoard.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteText.h"

#include <QFont>

namespace lx::models {

QuoteListModel::QuoteListModel(QObject *parent) : QAbstractTableModel(parent) { }

void QuoteListModel::setQuotes(std::vector<lianxin::quotes::Quote> quotes, const QString &bankMsp, std::int64_t now)
{
    beginResetModel();
    m_quotes = std::move(quotes);
    m_bank = bankMsp;
    m_now = now;
    endResetModel();
}

void QuoteListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_quotes.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int QuoteListModel::rowOf(const QString &quoteId) const
{
    for (std::size_t i = 0; i < m_quotes.size(); ++i) {
        if (QString::fromStdString(m_quotes[i].id()) == quoteId)
            return static_cast<int>(i);
    }
    return -1;
}

int QuoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_quotes.size());
}

int QuoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteListModel::display(const lianxin::quotes::Quote &quote, int column) const
{
    switch (column) {
    case SideColumn:
        return QuoteText::sideName(quote.side());
    case TierColumn:
        return QuoteText::tierName(quote.obligor_tier());
    case TenorColumn: {
        const QString bucket = QuoteText::bucketName(chaincode::quotes::bucketAt(quote, m_now));
        if (quote.lc_no().empty())
            return bucket;
        //: A deal quote's tenor bucket and the L/C whose claim it prices.
        return tr("%1 (L/C %2)").arg(bucket, QString::fromStdString(quote.lc_no()));
    }
    case RateColumn:
        return QuoteText::rate(quote.rate_micros());
    case MethodColumn:
        return QuoteText::methodName(quote.method());
    case GraceColumn:
        return quote.grace_days();
    case FeesColumn:
        return LcText::money(quote.fees_fen());
    case AmountColumn:
        return LcText::money(quote.amount_fen());
    case ValidUntilColumn:
        return QuoteText::chinaDateTime(quote.valid_until_seconds());
    case BankColumn: {
        const QString name = LcText::bankName(QString::fromStdString(quote.quoting_bank_msp()));
        if (QString::fromStdString(quote.quoting_bank_msp()) != m_bank)
            return name;
        //: The signed-in bank's own quote in the list of live quotes.
        return tr("%1 (yours)").arg(name);
    }
    default:
        return {};
    }
}

QVariant QuoteListModel::sortValue(const lianxin::quotes::Quote &quote, int column) const
{
    switch (column) {
    case SideColumn:
        return static_cast<int>(quote.side());
    case TierColumn:
        return quote.obligor_tier();
    case TenorColumn:
        return static_cast<int>(chaincode::quotes::bucketAt(quote, m_now));
    case RateColumn:
        return static_cast<qlonglong>(quote.rate_micros());
    case MethodColumn:
        return static_cast<int>(quote.method());
    case FeesColumn:
        return static_cast<qlonglong>(quote.fees_fen());
    case AmountColumn:
        return static_cast<qlonglong>(quote.amount_fen());
    case ValidUntilColumn:
        return static_cast<qlonglong>(quote.valid_until_seconds());
    default:
        return display(quote, column);
    }
}

QVariant QuoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &quote = m_quotes[static_cast<std::size_t>(index.row())];
    const bool own = !m_bank.isEmpty() && QString::fromStdString(quote.quoting_bank_msp()) == m_bank;
    switch (role) {
    case Qt::DisplayRole:
        return display(quote, index.column());
    case Qt::FontRole: {
        if (!own)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::TextAlignmentRole:
        return index.column() == RateColumn || index.column() == GraceColumn || index.column() == FeesColumn
                || index.column() == AmountColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case QuoteIdRole:
        return QString::fromStdString(quote.id());
    case OwnRole:
        return own;
    case SideRole:
        return static_cast<int>(quote.side());
    case RateRole:
        return static_cast<qlonglong>(quote.rate_micros());
    case SortRole:
        return sortValue(quote, index.column());
    default:
        return {};
    }
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SideColumn:
        return tr("Side");
    case TierColumn:
        return tr("Obligor tier");
    case TenorColumn:
        return tr("Tenor");
    case RateColumn:
        return tr("Rate p.a.");
    case MethodColumn:
        return tr("Method");
    case GraceColumn:
        return tr("Grace days");
    case FeesColumn:
        return tr("Fees");
    case AmountColumn:
        return tr("Amount");
    case ValidUntilColumn:
        return tr("Valid until");
    case BankColumn:
        return tr("Quoting bank");
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(QuoteIdRole, "quoteId");
    names.insert(OwnRole, "own");
    names.insert(SideRole, "side");
    names.insert(RateRole, "rate");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace lx::models
