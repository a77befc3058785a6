#include "models/guarantee/GuaranteeListModel.h"

#include "cache/ProductRecords.h"
#include "models/BookReader.h"
#include "models/BusinessDays.h"
#include "models/Money.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <climits>

namespace lx::models {

using lianxin::guarantee::Guarantee;

GuaranteeListModel::GuaranteeListModel(BookReader &reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    refresh();
}

void GuaranteeListModel::setToday(int day)
{
    if (day == m_today)
        return;
    m_today = day;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(rowCount() - 1, DeadlineColumn));
}

void GuaranteeListModel::refresh()
{
    if (!m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    m_reader.read<std::vector<Guarantee>>(
        this,
        [](sqlite3 *db) {
            std::vector<Guarantee> out;
            for (const cache::ProductRecord &record : cache::productRecords(db, "guarantee", "guarantee")) {
                Guarantee g;
                if (g.ParseFromString(record.value))
                    out.push_back(std::move(g));
            }
            return out;
        },
        [this, generation](std::vector<Guarantee> rows) {
            if (generation == m_generation)
                setRows(std::move(rows));
        },
        [this](const QString &message) { Q_EMIT readFailed(message); });
}

// The same guarantees in the same order change in place (the view keeps
// its selection and scroll position); anything else is a new list.
void GuaranteeListModel::setRows(std::vector<Guarantee> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows[i].guarantee_no() == m_rows[i].guarantee_no();
    if (sameKeys) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    m_loaded = true;
    Q_EMIT loaded();
}

const Guarantee *GuaranteeListModel::guarantee(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

void GuaranteeListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GuaranteeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GuaranteeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuaranteeListModel::deadlineDays(const Guarantee &g) const
{
    const auto *demand = GuaranteeText::openDemand(g);
    if (!demand || demand->state() != lianxin::guarantee::Demand::PRESENTED)
        return {};
    const auto due = GuaranteeText::dayOf(demand->examination_deadline());
    if (!due)
        return {};
    return businessDaysLeft(m_today, *due);
}

QVariant GuaranteeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Guarantee &g = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(g, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AvailableColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn) {
            const QVariant left = deadlineDays(g);
            if (left.isValid() && left.toInt() < 0)
                return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        if (index.column() == FrozenColumn && g.frozen())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case GuaranteeNoRole:
        return QString::fromStdString(g.guarantee_no());
    case StateRole:
        return static_cast<int>(g.state());
    case TypeRole:
        return static_cast<int>(g.type());
    case IssuerRole:
        return QString::fromStdString(g.issuer_msp());
    case AdvisingBankRole:
        return QString::fromStdString(g.advising_bank_msp());
    case AmountFenRole:
        return QVariant::fromValue<qint64>(g.amount_fen());
    case AvailableFenRole:
        return QVariant::fromValue<qint64>(g.available_fen());
    case FrozenRole:
        return g.frozen();
    case DeadlineDaysRole:
        return deadlineDays(g);
    case SortRole:
        return sortValue(g, index.column());
    case SearchTextRole:
        return QString::fromStdString(g.guarantee_no() + ' ' + g.applicant().name() + ' ' + g.beneficiary().name()
            + ' ' + g.underlying().reference() + ' ' + g.underlying().description());
    default:
        return {};
    }
}

QVariant GuaranteeListModel::display(const Guarantee &g, int column) const
{
    switch (column) {
    case NumberColumn:
        return LcText::shown(g.guarantee_no());
    case TypeColumn:
        return GuaranteeText::typeName(g.type());
    case ApplicantColumn:
        return LcText::shown(g.applicant().name());
    case BeneficiaryColumn:
        return LcText::shown(g.beneficiary().name());
    case IssuerColumn:
        return LcText::bankName(QString::fromStdString(g.issuer_msp()));
    case AdvisingBankColumn:
        return LcText::bankName(QString::fromStdString(g.advising_bank_msp()));
    case AmountColumn:
        return Money::fromFen(g.amount_fen()).toString(QLocale());
    case AvailableColumn:
        return Money::fromFen(g.available_fen()).toString(QLocale());
    case ExpiryColumn:
        return GuaranteeText::expiryText(g);
    case StateColumn:
        return GuaranteeText::stateName(g.state());
    case FrozenColumn:
        return g.frozen() ? tr("Frozen (stop-payment)") : QString();
    case DeadlineColumn: {
        const QVariant left = deadlineDays(g);
        return left.isValid() ? GuaranteeText::daysLeftText(left.toInt()) : QString();
    }
    default:
        return {};
    }
}

QVariant GuaranteeListModel::sortValue(const Guarantee &g, int column) const
{
    switch (column) {
    case AmountColumn:
        return QVariant::fromValue<qint64>(g.amount_fen());
    case AvailableColumn:
        return QVariant::fromValue<qint64>(g.available_fen());
    case ExpiryColumn: {
        const auto day = GuaranteeText::dayOf(g.expiry_date());
        return day ? *day : (g.expiry_type() == Guarantee::OPEN ? INT_MAX : INT_MAX - 1);
    }
    case StateColumn:
        return static_cast<int>(g.state());
    case FrozenColumn:
        return g.frozen() ? 1 : 0;
    case DeadlineColumn: {
        const QVariant left = deadlineDays(g);
        return left.isValid() ? left.toInt() : INT_MAX;
    }
    default:
        return display(g, column);
    }
}

QVariant GuaranteeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Guarantee No.");
    case TypeColumn:
        return tr("Type");
    case ApplicantColumn:
        return tr("Applicant");
    case BeneficiaryColumn:
        return tr("Beneficiary");
    case IssuerColumn:
        return tr("Issuer");
    case AdvisingBankColumn:
        return tr("Advising bank");
    case AmountColumn:
        return tr("Amount (CNY)");
    case AvailableColumn:
        return tr("Available (CNY)");
    case ExpiryColumn:
        return tr("Expiry");
    case StateColumn:
        return tr("State");
    case FrozenColumn:
        return tr("Stop-payment");
    case DeadlineColumn:
        return tr("Examination deadline");
    default:
        return {};
    }
}

QHash<int, QByteArray> GuaranteeListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(GuaranteeNoRole, "guaranteeNo");
    names.insert(StateRole, "state");
    names.insert(TypeRole, "type");
    names.insert(IssuerRole, "issuer");
    names.insert(AdvisingBankRole, "advisingBank");
    names.insert(AmountFenRole, "amountFen");
    names.insert(AvailableFenRole, "availableFen");
    names.insert(FrozenRole, "frozen");
    names.insert(DeadlineDaysRole, "deadlineDays");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace lx::models
