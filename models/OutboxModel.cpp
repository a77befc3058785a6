#include "models/OutboxModel.h"

#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/EndorsementPlan.h"
#include "models/BookReader.h"
#include "models/ProductDraftText.h"
#include "models/ReasonCatalog.h"
#include "models/lc/LcText.h"
#include "models/lc/RequiredDocumentsModel.h"

#include "lianxin/notary.pb.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace lx::models {

OutboxModel::OutboxModel(BookReader &reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader) { }

void OutboxModel::refresh()
{
    if (!m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    m_reader.read<std::vector<Row>>(
        this,
        [](sqlite3 *db) {
            std::vector<Row> rows;
            for (cache::OutboxEntry &entry : cache::Outbox(db).recent(kShown)) {
                auto call = client::proposalCall(entry.proposal.signedProposal);
                rows.push_back({ std::move(entry), std::move(call) });
            }
            return rows;
        },
        [this, generation](std::vector<Row> rows) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            Q_EMIT refreshed(static_cast<int>(m_rows.size()));
        });
}

void OutboxModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OutboxModel::kindText(const std::string &kind)
{
    if (kind == "SubmitDraft")
        return tr("Draft for approval");
    if (kind == "ApproveDraft")
        return tr("Approval");
    if (kind == "ReturnDraft")
        return tr("Return to the maker");
    if (kind == "Notarize")
        return tr("Notarization of documents");
    return QString::fromStdString(kind);
}

QString OutboxModel::productText(const std::optional<client::ProposalCall> &call)
{
    if (!call)
        return {};
    if (call->chaincode == "notary")
        //: The product of a notarization in the outbox: the trust chain's notary
        return tr("Notary");
    return ProductDraftText::productName(QString::fromStdString(call->chaincode));
}

QString OutboxModel::summaryText(
    const std::string &kind, const std::string &lcNo, const client::Client::PreparedProposal &proposal)
{
    return summaryText(kind, lcNo, client::proposalCall(proposal.signedProposal));
}

QString OutboxModel::summaryText(
    const std::string &kind, const std::string &lcNo, const std::optional<client::ProposalCall> &call)
{
    const QString subject = LcText::shown(lcNo);
    if (!call)
        return kindText(kind);
    const QString contract = QString::fromStdString(call->chaincode);
    const QString draftId = call->args.size() > 1 ? LcText::shown(call->args[1]) : QString();
    if (kind == "SubmitDraft") {
        QString action = kindText(kind);
        const auto drafted = call->transient.find("action");
        for (const auto &product : client::DeskWorkflow::products()) {
            if (product.contract == call->chaincode && drafted != call->transient.end())
                action = ProductDraftText::actionName(
                    contract, QString::fromStdString(client::DeskWorkflow::summarize(product, drafted->second).kind));
        }
        return subject.isEmpty() ? tr("%1, drafted for approval").arg(action)
                                 : tr("%1 %2, drafted for approval").arg(action, subject);
    }
    if (kind == "ApproveDraft")
        return tr("Approval of draft %1 (%2 %3)").arg(draftId, ProductDraftText::productName(contract), subject);
    if (kind == "ReturnDraft")
        return tr("Draft %1 returned to the maker (%2 %3)")
            .arg(draftId, ProductDraftText::productName(contract), subject);
    lianxin::trust::NotarizedDocument document;
    if (kind == "Notarize" && call->args.size() > 1 && document.ParseFromString(call->args[1]))
        return document.doc_type() == "LC"
            ? tr("Notarization of the original L/C %1 (%2)").arg(subject, LcText::shown(document.file_name()))
            : tr("Notarization of the %1 %2 of %3")
                  .arg(RequiredDocumentsModel::typeName(LcText::shown(document.doc_type())),
                      LcText::shown(document.file_name()), subject);
    return subject.isEmpty() ? kindText(kind) : kindText(kind) + u' ' + subject;
}

QString OutboxModel::statusText(const cache::OutboxEntry &entry)
{
    using S = cache::OutboxStatus;
    switch (entry.status) {
    case S::Queued:
        if (entry.attempts == 0)
            return tr("Waiting to be sent");
        if (entry.reasonCode.empty())
            return tr("Waiting to be sent again (%1 attempts)").arg(entry.attempts);
        // Why the last attempt failed: the officer sees what they wait for
        // (the bank's peer, the ordering service).
        return tr("Waiting to be sent again (%1 attempts): %2")
            .arg(entry.attempts)
            .arg(ReasonCatalog::describe(LcText::shown(entry.reasonCode), LcText::shown(entry.reasonMessage)));
    case S::Sent:
        return tr("Sent, waiting for its block");
    case S::Committed:
        return tr("Committed in block %1").arg(entry.block);
    case S::Rejected:
        return tr("Rejected: %1")
            .arg(ReasonCatalog::describe(LcText::shown(entry.reasonCode), LcText::shown(entry.reasonMessage)));
    case S::Invalidated:
        return tr("Invalid on the ledger (%1)").arg(QString::fromStdString(entry.reasonCode));
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const cache::OutboxEntry &entry = row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.createdSeconds), QLocale::ShortFormat);
        case ActionColumn:
            return kindText(entry.kind);
        case ProductColumn:
            return productText(row.call);
        case ReferenceColumn:
            return LcText::shown(entry.lcNo);
        case SignerColumn:
            return QString::fromStdString(entry.identity);
        case StatusColumn:
            return statusText(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return summaryText(entry.kind, entry.lcNo, row.call);
    case Qt::ForegroundRole:
        if (entry.status == cache::OutboxStatus::Rejected || entry.status == cache::OutboxStatus::Invalidated)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case StatusRole:
        return static_cast<int>(entry.status);
    case BlockRole:
        return QVariant::fromValue<qulonglong>(entry.block);
    case ReasonCodeRole:
        return QString::fromStdString(entry.reasonCode);
    case TxIdRole:
        return QString::fromStdString(entry.proposal.txId);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("When");
    case ActionColumn:
        return tr("Action");
    case ProductColumn:
        return tr("Product");
    case ReferenceColumn:
        //: The number of the record an action concerns: an L/C, guarantee, listing, deal or quote (zh: 业务编号)
        return tr("Reference");
    case SignerColumn:
        return tr("Signed by");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace lx::models
