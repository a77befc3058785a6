#include "models/lc/LcListModel.h"

#include "models/BookReader.h"
#include "models/Money.h"
#include "models/lc/LcText.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace lx::models {

namespace {

cache::LcSortColumn sortColumnOf(int column)
{
    switch (column) {
    case LcListModel::StateColumn:
        return cache::LcSortColumn::State;
    case LcListModel::ApplicantColumn:
        return cache::LcSortColumn::Applicant;
    case LcListModel::BeneficiaryColumn:
        return cache::LcSortColumn::Beneficiary;
    case LcListModel::IssuingBankColumn:
        return cache::LcSortColumn::IssuingBank;
    case LcListModel::AdvisingBankColumn:
        return cache::LcSortColumn::AdvisingBank;
    case LcListModel::AmountColumn:
        return cache::LcSortColumn::Amount;
    case LcListModel::IssueDateColumn:
        return cache::LcSortColumn::IssueDate;
    case LcListModel::ExpiryDateColumn:
        return cache::LcSortColumn::ExpiryDate;
    case LcListModel::NextDeadlineColumn:
        return cache::LcSortColumn::NextDeadline;
    default:
        return cache::LcSortColumn::LcNo;
    }
}

} // namespace

LcListModel::LcListModel(BookReader &reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader)
{
    reload();
}

void LcListModel::setFilter(const cache::LcFilter &filter)
{
    m_filter = filter;
    reload();
}

void LcListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = { sortColumnOf(column), order == Qt::DescendingOrder };
    reload();
}

void LcListModel::setPageRows(int rows)
{
    if (rows < 1 || rows == m_pageRows)
        return;
    m_pageRows = rows;
    reload();
}

void LcListModel::reload()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    beginResetModel();
    m_pages.clear();
    m_inFlight.clear();
    m_rowCount = 0;
    m_total = -1;
    endResetModel();
    Q_EMIT totalChanged(m_total);
    requestPage(0);
    requestCount();
    noteLoading(wasLoading);
}

void LcListModel::refresh()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    m_inFlight.clear();
    requestCount();
    requestPage(0);
    for (const auto &[page, held] : m_pages)
        requestPage(page);
    noteLoading(wasLoading);
}

void LcListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void LcListModel::requestPage(int page) const
{
    if (!m_reader.hasCache() || m_inFlight.count(page))
        return;
    m_inFlight.insert(page);
    auto *self = const_cast<LcListModel *>(this);
    const quint64 generation = m_generation;
    m_reader.read<std::vector<cache::LcRow>>(
        self,
        [filter = m_filter, sort = m_sort, page, rows = m_pageRows](
            sqlite3 *db) { return cache::queryLcs(db, filter, sort, page * rows, rows, false).rows; },
        [self, generation, page](std::vector<cache::LcRow> rows) { self->onPage(generation, page, std::move(rows)); },
        [self, generation, page](const QString &message) {
            if (generation != self->m_generation)
                return;
            const bool wasLoading = self->isLoading();
            self->m_inFlight.erase(page);
            self->noteLoading(wasLoading);
            Q_EMIT self->readFailed(message);
        });
}

void LcListModel::readAllDisplayed(
    QObject *receiver, std::function<void(ExportTable)> done, std::function<void(const QString &)> failed) const
{
    ExportTable heading;
    for (int c = 0; c < ColumnCount; ++c)
        heading.headers.append(headerData(c, Qt::Horizontal).toString());
    m_reader.read<ExportTable>(
        receiver,
        [filter = m_filter, sort = m_sort, heading](sqlite3 *db) {
            ExportTable table = heading;
            for (int offset = 0;; offset += cache::kMaxPageRows) {
                const auto rows = cache::queryLcs(db, filter, sort, offset, cache::kMaxPageRows, false).rows;
                for (const cache::LcRow &row : rows) {
                    QStringList cells;
                    for (int c = 0; c < ColumnCount; ++c)
                        cells.append(display(row, c).toString());
                    table.rows.push_back(cells);
                }
                if (static_cast<int>(rows.size()) < cache::kMaxPageRows)
                    break;
            }
            return table;
        },
        std::move(done), std::move(failed));
}

void LcListModel::requestCount()
{
    if (!m_reader.hasCache())
        return;
    m_counting = true;
    const quint64 generation = m_generation;
    m_reader.read<qint64>(
        this, [filter = m_filter](sqlite3 *db) { return static_cast<qint64>(cache::countLcs(db, filter)); },
        [this, generation](qint64 total) { onCount(generation, total); },
        [this, generation](const QString &message) {
            if (generation != m_generation)
                return;
            const bool wasLoading = isLoading();
            m_counting = false;
            noteLoading(wasLoading);
            Q_EMIT readFailed(message);
        });
}

void LcListModel::onPage(quint64 generation, int page, std::vector<cache::LcRow> rows)
{
    if (generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    m_inFlight.erase(page);
    const int first = page * m_pageRows;
    const int count = static_cast<int>(rows.size());
    m_pages[page] = Page { std::move(rows), generation, ++m_useClock };
    // Until counted, the rows known so far are the list.
    if (m_total < 0 && first + count > m_rowCount)
        setRowCount(first + count);
    const int last = std::min(first + m_pageRows, m_rowCount) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    evictPages();
    noteLoading(wasLoading);
}

void LcListModel::onCount(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    m_counting = false;
    m_total = total;
    setRowCount(static_cast<int>(std::min<qint64>(total, INT_MAX)));
    Q_EMIT totalChanged(total);
    noteLoading(wasLoading);
}

// Rows are positions in the sorted list: a longer or shorter list adds or
// removes them at the end, and dataChanged covers what moved.
void LcListModel::setRowCount(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        std::erase_if(m_pages, [rows, pageRows = m_pageRows](const auto &held) { return held.first * pageRows >= rows; });
        endRemoveRows();
    }
}

void LcListModel::evictPages()
{
    while (m_pages.size() > static_cast<std::size_t>(kMaxPagesHeld)) {
        const auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
            [](const auto &a, const auto &b) { return a.second.lastUse < b.second.lastUse; });
        m_pages.erase(oldest);
    }
}

void LcListModel::noteLoading(bool before)
{
    if (isLoading() != before)
        Q_EMIT loadingChanged(isLoading());
}

int LcListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LcListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LcListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / m_pageRows;
    const auto held = m_pages.find(page);
    const bool current = held != m_pages.end() && held->second.generation == m_generation;
    if (!current)
        requestPage(page); // rows of an older read stay shown meanwhile
    if (role == LoadedRole)
        return current;
    if (held == m_pages.end()) {
        if (role == Qt::DisplayRole && index.column() == LcNoColumn)
            return tr("Loading…");
        return {};
    }
    held->second.lastUse = ++m_useClock;
    const std::size_t offset = static_cast<std::size_t>(index.row() % m_pageRows);
    if (offset >= held->second.rows.size())
        return {};
    const cache::LcRow &row = held->second.rows[offset];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LcNoRole:
        return QString::fromStdString(row.lcNo);
    case StateRole:
        return row.state;
    case AmountFenRole:
        return QVariant::fromValue<qint64>(row.amountFen);
    default:
        return {};
    }
}

QVariant LcListModel::display(const cache::LcRow &row, int column)
{
    switch (column) {
    case LcNoColumn:
        return LcText::shown(row.lcNo);
    case StateColumn:
        return LcText::stateName(row.state);
    case ApplicantColumn:
        return LcText::shown(row.applicantName);
    case BeneficiaryColumn:
        return LcText::shown(row.beneficiaryName);
    case IssuingBankColumn:
        return LcText::bankName(QString::fromStdString(row.issuingBank));
    case AdvisingBankColumn:
        return LcText::bankName(QString::fromStdString(row.advisingBank));
    case AmountColumn:
        return Money::fromFen(row.amountFen).toString(QLocale());
    case IssueDateColumn:
        return LcText::dateText(row.issueDate);
    case ExpiryDateColumn:
        return LcText::dateText(row.expiryDate);
    case NextDeadlineColumn:
        return LcText::dateText(row.nextDeadline);
    default:
        return {};
    }
}

QVariant LcListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LcNoColumn:
        return tr("L/C No.");
    case StateColumn:
        return tr("State");
    case ApplicantColumn:
        return tr("Applicant");
    case BeneficiaryColumn:
        return tr("Beneficiary");
    case IssuingBankColumn:
        return tr("Issuing bank");
    case AdvisingBankColumn:
        return tr("Advising bank");
    case AmountColumn:
        return tr("Amount (CNY)");
    case IssueDateColumn:
        return tr("Issued");
    case ExpiryDateColumn:
        return tr("Expires");
    case NextDeadlineColumn:
        return tr("Next deadline");
    default:
        return {};
    }
}

QHash<int, QByteArray> LcListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(LcNoRole, "lcNo");
    names.insert(StateRole, "state");
    names.insert(AmountFenRole, "amountFen");
    names.insert(LoadedRole, "loaded");
    return names;
}

} // namespace lx::models
