#include "models/approvals/ApprovalsModel.h"

#include "cache/DraftMirror.h"
#include "cache/LcRecords.h"
#include "cache/ProductRecords.h"

#include "chaincode/lc/LcStateMachine.h"
#include "ledgerclient/DeskWorkflow.h"
#include "models/BookReader.h"
#include "models/ProductDraftText.h"
#include "models/approvals/DraftTerms.h"
#include "models/lc/LcText.h"

#include "lianxin/quotes.pb.h"

#include <QDateTime>
#include <QLocale>

#include <chrono>

namespace lx::models {

namespace {

bool isOpen(int status)
{
    return status == lianxin::desk::Draft::PENDING || status == lianxin::desk::Draft::RETURNED;
}

// Runs on the reader's thread: the L/C drafts, then every other product's.
std::vector<ApprovalsModel::Row> readDrafts(sqlite3 *db, const std::string &bank)
{
    std::vector<ApprovalsModel::Row> rows;
    cache::DraftMirror mirror(db);
    const lianxin::lc::DraftList lcDrafts = mirror.drafts(bank);
    for (const auto &draft : lcDrafts.drafts()) {
        if (!isOpen(draft.status()))
            continue;
        ApprovalsModel::Row row;
        row.contract = "lc";
        row.actionMessage = lianxin::lc::LcAction::descriptor()->full_name();
        row.draft.ParseFromString(draft.SerializeAsString()); // the same wire form
        row.lcAction = draft.action();
        row.kind = chaincode::lc::actionName(draft.action());
        row.subject = chaincode::lc::lcNoOf(draft.action());
        if (!draft.action().has_issue())
            row.current = cache::loadLetterOfCredit(db, row.subject);
        rows.push_back(std::move(row));
    }
    for (const auto &product : client::DeskWorkflow::products()) {
        if (product.contract == "lc")
            continue;
        const lianxin::desk::DraftList drafts = mirror.drafts(product, bank);
        for (const auto &draft : drafts.drafts()) {
            if (!isOpen(draft.status()))
                continue;
            ApprovalsModel::Row row;
            row.contract = product.contract;
            row.actionMessage = product.actionMessage;
            row.draft = draft;
            const auto summary = client::DeskWorkflow::summarize(product, draft.action());
            row.kind = summary.kind;
            row.subject = summary.subject;
            if (const auto ref = DraftTerms::concernedRecord(product.contract, product.actionMessage, draft.action()))
                if (const auto record = cache::loadProductRecord(db, ref->channel, ref->key))
                    row.record = ApprovalsModel::Record { ref->message, record->value };
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace

ApprovalsModel::ApprovalsModel(BookReader &reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader), m_clock(client::systemClock())
{
}

void ApprovalsModel::setBank(const QString &bankMsp)
{
    m_bank = bankMsp;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    refresh();
}

void ApprovalsModel::setClock(client::Clock clock)
{
    m_clock = std::move(clock);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

void ApprovalsModel::refresh()
{
    if (m_bank.isEmpty() || !m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    m_reader.read<std::vector<Row>>(
        this, [bank = m_bank.toStdString()](sqlite3 *db) { return readDrafts(db, bank); },
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

QString ApprovalsModel::actionTitle(const Row &row)
{
    if (row.isLc())
        return actionTitle(row.lcAction);
    return ProductDraftText::actionName(QString::fromStdString(row.contract), QString::fromStdString(row.kind));
}

QString ApprovalsModel::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
}

// The number the draft concerns; a standing quote names none, so its side,
// obligor tier and tenor stand for it.
QString ApprovalsModel::subjectText(const Row &row)
{
    const QString subject = LcText::shown(row.subject);
    lianxin::quotes::QuoteAction action;
    if (row.contract == "quotes" && row.kind == "Post" && action.ParseFromString(row.draft.action())
        && action.post().quote().lc_no().empty()) {
        const auto &quote = action.post().quote();
        return tr("%1, tier %2, %3")
            .arg(ProductDraftText::enumValue(QString::fromStdString(lianxin::quotes::Side_Name(quote.side()))))
            .arg(quote.obligor_tier())
            .arg(ProductDraftText::enumValue(QString::fromStdString(lianxin::quotes::TenorBucket_Name(quote.tenor()))));
    }
    return subject.endsWith(QLatin1String("MSP")) ? LcText::bankName(subject) : subject;
}

qint64 ApprovalsModel::ageSeconds(const Row &row) const
{
    const qint64 now = std::chrono::duration_cast<std::chrono::seconds>(m_clock().time_since_epoch()).count();
    return std::max<qint64>(0, now - row.draft.created_seconds());
}

QVariant ApprovalsModel::display(const Row &row, int column) const
{
    const lianxin::desk::Draft &draft = row.draft;
    switch (column) {
    case ProductColumn:
        return ProductDraftText::productName(QString::fromStdString(row.contract));
    case ActionColumn:
        return actionTitle(row);
    case SubjectColumn:
        return subjectText(row);
    case MakerColumn:
        return LcText::shown(draft.maker());
    case AgeColumn:
        return ageText(ageSeconds(row));
    case StatusColumn:
        if (draft.status() == lianxin::desk::Draft::RETURNED)
            return tr("Returned by %1: %2")
                .arg(LcText::shown(draft.checker()), LcText::shown(draft.comment()));
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
    case Qt::ToolTipRole: // the whole text where a narrow column cuts it; when it was drafted
        if (index.column() == AgeColumn)
            return tr("Drafted %1")
                .arg(QLocale().toString(
                    QDateTime::fromSecsSinceEpoch(row.draft.created_seconds()), QLocale::ShortFormat));
        return display(row, index.column());
    case DraftIdRole:
        return QString::fromStdString(row.draft.id());
    case SubjectRole:
        return QString::fromStdString(row.subject);
    case StatusRole:
        return static_cast<int>(row.draft.status());
    case ProductRole:
        return QString::fromStdString(row.contract);
    case ActionKindRole:
        return QString::fromStdString(row.kind);
    case MakerRole:
        return QString::fromStdString(row.draft.maker());
    case SortRole:
        if (index.column() == AgeColumn)
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
    case ProductColumn:
        return tr("Product");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case MakerColumn:
        return tr("Maker");
    case AgeColumn:
        return tr("Waiting");
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
    names.insert(SubjectRole, "subject");
    names.insert(StatusRole, "status");
    names.insert(ProductRole, "product");
    names.insert(ActionKindRole, "actionKind");
    names.insert(MakerRole, "maker");
    return names;
}

} // namespace lx::models
