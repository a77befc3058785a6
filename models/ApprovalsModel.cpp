#include "models/ApprovalsModel.h"

#include "cache/DraftMirror.h"
#include "cache/LcRecords.h"

#include "chaincode/lc/LcStateMachine.h"
#include "models/BookReader.h"

#include <QDateTime>
#include <QLocale>

namespace lx::models {

ApprovalsModel::ApprovalsModel(BookReader &reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader) { }

void ApprovalsModel::setBank(const QString &bankMsp)
{
    m_bank = bankMsp;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    refresh();
}

void ApprovalsModel::refresh()
{
    if (m_bank.isEmpty() || !m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    m_reader.read<std::vector<Row>>(
        this,
        [bank = m_bank.toStdString()](sqlite3 *db) {
            std::vector<Row> rows;
            const lianxin::lc::DraftList drafts = cache::DraftMirror(db).drafts(bank);
            for (const auto &draft : drafts.drafts()) {
                if (draft.status() != lianxin::lc::Draft::PENDING && draft.status() != lianxin::lc::Draft::RETURNED)
                    continue;
                Row row { draft, std::nullopt };
                if (!draft.action().has_issue())
                    row.current = cache::loadLetterOfCredit(db, chaincode::lc::lcNoOf(draft.action()));
                rows.push_back(std::move(row));
            }
            return rows;
        },
        [this, generation](std::vector<Row> rows) { onRows(generation, std::move(rows)); },
        [this](const QString &message) { Q_EMIT readFailed(message); });
}

void ApprovalsModel::onRows(quint64 generation, std::vector<Row> rows)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT refreshed(static_cast<int>(m_rows.size()));
}

void ApprovalsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ApprovalsModel::Row *ApprovalsModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int ApprovalsModel::rowOf(const QString &draftId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (QString::fromStdString(m_rows[i].draft.id()) == draftId)
            return static_cast<int>(i);
    }
    return -1;
}

int ApprovalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApprovalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalsModel::actionTitle(const lianxin::lc::LcAction &action)
{
    using A = lianxin::lc::LcAction;
    switch (action.action_case()) {
    case A::kIssue:
        return tr("Issue");
    case A::kAdvise:
        return tr("Advise");
    case A::kAmend:
        return tr("Amend");
    case A::kAnswerAmendment:
        return action.answer_amendment().accept() ? tr("Accept amendment") : tr("Reject amendment");
    case A::kPresent:
        return tr("Present documents");
    case A::kExamine:
        return action.examine().complying() ? tr("Examine: complying") : tr("Examine: discrepant");
    case A::kRefuse:
        return tr("Refuse");
    case A::kWaive:
        return tr("Waive discrepancies");
    case A::kAcceptPresentation:
        return tr("Accept (deferred payment)");
    case A::kPay:
        return tr("Pay");
    case A::kClose:
        return tr("Close");
    case A::kCancel:
        return tr("Cancel");
    case A::kExpire:
        return tr("Record expiry");
    default:
        return tr("Other action");
    }
}

QVariant ApprovalsModel::display(const Row &row, int column) const
{
    const lianxin::lc::Draft &draft = row.draft;
    switch (column) {
    case ActionColumn:
        return actionTitle(draft.action());
    case LcNoColumn:
        return QString::fromStdString(chaincode::lc::lcNoOf(draft.action()));
    case MakerColumn:
        return QString::fromStdString(draft.maker());
    case DraftedColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(draft.created_seconds()), QLocale::ShortFormat);
    case StatusColumn:
        if (draft.status() == lianxin::lc::Draft::RETURNED)
            return tr("Returned by %1: %2")
                .arg(QString::fromStdString(draft.checker()), QString::fromStdString(draft.comment()));
        return tr("Awaiting approval");
    default:
        return {};
    }
}

QVariant ApprovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case DraftIdRole:
        return QString::fromStdString(row.draft.id());
    case LcNoRole:
        return QString::fromStdString(chaincode::lc::lcNoOf(row.draft.action()));
    case StatusRole:
        return static_cast<int>(row.draft.status());
    case SortRole:
        if (index.column() == DraftedColumn)
            return QVariant::fromValue<qint64>(row.draft.created_seconds());
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant ApprovalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case LcNoColumn:
        return tr("L/C No.");
    case MakerColumn:
        return tr("Maker");
    case DraftedColumn:
        return tr("Drafted");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalsModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(DraftIdRole, "draftId");
    names.insert(LcNoRole, "lcNo");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace lx::models
