#include "models/ledger/TransactionListModel.h"

#include "ledger/Msp.h"
#include "ledgerclient/Client.h"
#include "models/SessionModel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <stdexcept>

namespace lx::models {

TransactionListModel::TransactionListModel(SessionModel &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &SessionModel::identityChanged, this, &TransactionListModel::clear);
}

TransactionListModel::~TransactionListModel() = default;

void TransactionListModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_channel.clear();
    m_number = 0;
    m_loading = false;
    endResetModel();
}

void TransactionListModel::setBlock(const QString &channel, quint64 number)
{
    clear();
    m_channel = channel;
    m_number = number;
    m_loading = true;
    const std::string ch = channel.toStdString();
    const auto known = m_msps.find(ch);
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher]() {
        apply(watcher->result());
        watcher->deleteLater();
    });
    // On a pool thread: the block, the genesis block once per channel, the
    // signature checks.
    watcher->setFuture(QtConcurrent::run([client = m_session.client(), ch, number, generation = m_generation,
                                             msps = known == m_msps.end() ? nullptr : known->second]() mutable {
        Decoded decoded;
        decoded.generation = generation;
        decoded.channel = ch;
        try {
            if (!client)
                throw std::runtime_error("not signed in");
            if (!msps)
                msps = std::make_shared<const ledger::MspRegistry>(
                    ledger::MspRegistry::fromGenesis(client->block(ch, 0)));
            decoded.msps = msps;
            decoded.transactions = client::decodeTransactions(client->block(ch, number), msps.get());
        } catch (const std::exception &e) {
            decoded.error = QString::fromStdString(e.what());
        }
        return decoded;
    }));
}

void TransactionListModel::apply(const Decoded &decoded)
{
    if (decoded.msps)
        m_msps[decoded.channel] = decoded.msps; // valid whatever block asked for it
    if (decoded.generation != m_generation)
        return;
    m_loading = false;
    if (!decoded.error.isEmpty()) {
        Q_EMIT loadFailed(decoded.error);
        return;
    }
    if (!decoded.transactions.empty()) {
        beginInsertRows(QModelIndex(), 0, static_cast<int>(decoded.transactions.size()) - 1);
        m_rows = decoded.transactions;
        endInsertRows();
    }
    Q_EMIT loaded();
}

const client::DecodedTransaction *TransactionListModel::transactionAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int TransactionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransactionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionListModel::callText(const std::string &chaincode, const std::string &function)
{
    static const std::map<std::string, const char *> contracts = {
        { "lc", QT_TR_NOOP("L/C") },
        { "forfaiting", QT_TR_NOOP("Forfaiting") },
        { "guarantee", QT_TR_NOOP("Guarantee") },
        { "quotes", QT_TR_NOOP("Quote board") },
        { "registry", QT_TR_NOOP("Registry") },
        { "notary", QT_TR_NOOP("Notary") },
        { "kyc", QT_TR_NOOP("KYC") },
    };
    // The functions that write (queries never reach a block).
    static const std::map<std::string, const char *> functions = {
        { "SubmitDraft", QT_TR_NOOP("draft for approval") },
        { "ApproveDraft", QT_TR_NOOP("approve a draft") },
        { "ReturnDraft", QT_TR_NOOP("return a draft to its maker") },
        { "Record", QT_TR_NOOP("notarize a document") },
        { "Attest", QT_TR_NOOP("attest a corporate's KYC") },
        { "Revoke", QT_TR_NOOP("revoke a KYC attestation") },
        { "RegisterMember", QT_TR_NOOP("register a member") },
        { "SetSettings", QT_TR_NOOP("change the consortium's settings") },
        { "Propose", QT_TR_NOOP("open a proposal") },
        { "Vote", QT_TR_NOOP("vote") },
        { "Opine", QT_TR_NOOP("give an opinion") },
        { "Close", QT_TR_NOOP("close a proposal") },
        { "EndSandbox", QT_TR_NOOP("end a sandbox admission") },
        { "SealCharter", QT_TR_NOOP("seal the charter") },
        { "PrepareConfigUpdate", QT_TR_NOOP("prepare a channel configuration update") },
        { "SignConfigUpdate", QT_TR_NOOP("sign a channel configuration update") },
        { "FlagDeal", QT_TR_NOOP("flag a deal") },
        { "SetFeeSchedule", QT_TR_NOOP("set the membership fees") },
        { "RecordFeePayment", QT_TR_NOOP("record a fee payment") },
        { "ReportAvailability", QT_TR_NOOP("report node availability") },
        { "RecordGasReport", QT_TR_NOOP("record a Gas report") },
    };
    const QString raw = function.empty() ? QString::fromStdString(chaincode)
                                         : QString::fromStdString(chaincode) + u'.' + QString::fromStdString(function);
    const auto contract = contracts.find(chaincode);
    const auto call = functions.find(function);
    if (contract == contracts.end() || call == functions.end())
        return raw;
    //: A transaction's call: the contract, then what the function does (zh: 信用证：批准草稿)
    return tr("%1: %2").arg(tr(contract->second), tr(call->second));
}

QString TransactionListModel::displayText(const client::DecodedTransaction &tx, int column) const
{
    const auto signatureText = [](const std::optional<bool> &valid) {
        if (!valid)
            //: A signature that could not be checked (zh: 未校验)
            return tr("not checked");
        return *valid ? tr("verified") : tr("INVALID");
    };
    switch (column) {
    case IndexColumn:
        return QString::number(tx.index);
    case TxIdColumn:
        return QString::fromStdString(tx.txId);
    case TypeColumn:
        return QString::fromStdString(tx.type);
    case ChannelColumn:
        return QString::fromStdString(tx.channel);
    case ChaincodeColumn:
        return callText(tx.chaincode, tx.function);
    case CreatorColumn:
        if (tx.creatorCommonName.empty())
            return QString::fromStdString(tx.creatorMspId);
        return QString::fromStdString(tx.creatorMspId) + QStringLiteral(" (")
            + QString::fromStdString(tx.creatorCommonName) + u')';
    case EndorsersColumn: {
        QStringList endorsers;
        for (const std::string &mspId : tx.endorserMspIds)
            endorsers << QString::fromStdString(mspId);
        return endorsers.join(QStringLiteral(", "));
    }
    case TimeColumn:
        return tx.timestampSeconds > 0
            ? QDateTime::fromSecsSinceEpoch(tx.timestampSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : QString();
    case ValidationColumn:
        return QString::fromStdString(client::validationCodeName(tx.validationCode));
    case SignaturesColumn:
        if (tx.endorserMspIds.empty())
            //: Signatures column: the creator's signature (zh: 创建者)
            return tr("creator %1").arg(signatureText(tx.creatorSignatureValid));
        //: Signatures column: the creator's, then all endorsers' (zh: 创建者 %1，背书 %2)
        return tr("creator %1, endorsers %2")
            .arg(signatureText(tx.creatorSignatureValid), signatureText(tx.endorserSignaturesValid));
    }
    return QString();
}

QVariant TransactionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const client::DecodedTransaction &tx = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case TxIdRole:
        return QString::fromStdString(tx.txId);
    case ValidationCodeRole:
        return tx.validationCode;
    case ValidationNameRole:
        return QString::fromStdString(client::validationCodeName(tx.validationCode));
    case SortRole:
        if (index.column() == IndexColumn)
            return tx.index;
        if (index.column() == TimeColumn)
            return QVariant::fromValue<qint64>(tx.timestampSeconds);
        return displayText(tx, index.column());
    case Qt::DisplayRole:
        return displayText(tx, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ChaincodeColumn && !tx.function.empty())
            return QString(QString::fromStdString(tx.chaincode) + u'.' + QString::fromStdString(tx.function));
        return index.column() == TxIdColumn ? QVariant(QString::fromStdString(tx.txId)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == IndexColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

QVariant TransactionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        //: Position of a transaction in its block
        return tr("#");
    case TxIdColumn:
        return tr("Transaction ID");
    case TypeColumn:
        return tr("Type");
    case ChannelColumn:
        return tr("Channel");
    case ChaincodeColumn:
        //: What the transaction asked of which contract (zh: 合约操作)
        return tr("Contract call");
    case CreatorColumn:
        return tr("Creator");
    case EndorsersColumn:
        return tr("Endorsers");
    case TimeColumn:
        return tr("Timestamp");
    case ValidationColumn:
        //: Fabric's transaction validation code (zh: 验证码)
        return tr("Validation code");
    case SignaturesColumn:
        return tr("Signatures");
    }
    return QVariant();
}

QHash<int, QByteArray> TransactionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TxIdRole, QByteArrayLiteral("txId"));
    names.insert(ValidationCodeRole, QByteArrayLiteral("validationCode"));
    names.insert(ValidationNameRole, QByteArrayLiteral("validationName"));
    names.insert(SortRole, QByteArrayLiteral("sort"));
    return names;
}

void TransactionListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, SignaturesColumn), index(rowCount() - 1, SignaturesColumn));
}

} // namespace lx::models
