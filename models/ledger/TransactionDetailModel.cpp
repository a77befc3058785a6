#include "models/ledger/TransactionDetailModel.h"

#include <QDateTime>
#include <QStringDecoder>

namespace lx::models {

namespace {

QString fromUtf8(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

TransactionDetailModel::TransactionDetailModel(QObject *parent) : QStandardItemModel(0, 2, parent)
{
    rebuild();
}

void TransactionDetailModel::showTransaction(const client::DecodedTransaction *tx)
{
    if (tx)
        m_tx = *tx;
    else
        m_tx.reset();
    rebuild();
}

void TransactionDetailModel::retranslate()
{
    rebuild();
}

QString TransactionDetailModel::preview(const Bytes &bytes)
{
    const std::string_view head = std::string_view(bytes).substr(0, kPreviewBytes);
    const QString more = bytes.size() > static_cast<std::size_t>(kPreviewBytes) ? QStringLiteral("…") : QString();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    bool printable = !decoder.hasError();
    for (const QChar c : text)
        printable = printable && (c.isPrint() || c == u'\n');
    if (printable) {
        return text.size() > kPreviewBytes ? text.left(kPreviewBytes) + QStringLiteral("…") : text;
    }
    return QStringLiteral("0x") + fromUtf8(toHex(head)) + more;
}

QStandardItem *TransactionDetailModel::addRow(QStandardItem *parent, const QString &field, const QString &value)
{
    auto *fieldItem = new QStandardItem(field);
    auto *valueItem = new QStandardItem(value);
    fieldItem->setEditable(false);
    valueItem->setEditable(false);
    valueItem->setToolTip(value);
    parent->appendRow({ fieldItem, valueItem });
    return fieldItem;
}

void TransactionDetailModel::rebuild()
{
    clear();
    setColumnCount(2);
    //: Header of the decoded transaction tree (zh: 字段)
    setHorizontalHeaderLabels({ tr("Field"), tr("Value") });
    if (!m_tx)
        return;
    const client::DecodedTransaction &tx = *m_tx;
    QStandardItem *root = invisibleRootItem();
    addRow(root, tr("Transaction ID"), fromUtf8(tx.txId));
    addRow(root, tr("Type"), fromUtf8(tx.type));
    addRow(root, tr("Channel"), fromUtf8(tx.channel));
    addRow(root, tr("Timestamp"),
        QDateTime::fromSecsSinceEpoch(tx.timestampSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    addRow(root, tr("Validation code"), fromUtf8(client::validationCodeName(tx.validationCode)));
    addRow(root, tr("Creator"),
        tx.creatorCommonName.empty()
            ? fromUtf8(tx.creatorMspId)
            : fromUtf8(tx.creatorMspId) + QStringLiteral(" (") + fromUtf8(tx.creatorCommonName) + u')');
    if (!tx.problem.empty())
        addRow(root, tr("Decoding problem"), fromUtf8(tx.problem));
    if (tx.chaincode.empty())
        return; // no proposal: a configuration transaction
    addRow(root, tr("Chaincode"), fromUtf8(tx.chaincode));
    addRow(root, tr("Function"), fromUtf8(tx.function));
    QStandardItem *args
        = addRow(root, tr("Arguments"), tr("%n argument(s)", nullptr, static_cast<int>(tx.args.size())));
    for (std::size_t i = 0; i < tx.args.size(); ++i)
        addRow(args, tr("Argument %1 (%n byte(s))", nullptr, static_cast<int>(tx.args[i].size())).arg(i + 1),
            preview(tx.args[i]));
    QStringList endorsers;
    for (const std::string &mspId : tx.endorserMspIds)
        endorsers << fromUtf8(mspId);
    addRow(root, tr("Endorsers"), endorsers.join(QStringLiteral(", ")));
    //: The chaincode's response at endorsement: status code and message
    addRow(root, tr("Response"),
        tx.responseMessage.empty()
            ? QString::number(tx.responseStatus)
            : QString::number(tx.responseStatus) + QStringLiteral(" ") + fromUtf8(tx.responseMessage));
    addReadWriteSet(root);
}

void TransactionDetailModel::addReadWriteSet(QStandardItem *root)
{
    QStandardItem *rwset = addRow(root, tr("Read-write set"));
    for (const client::DecodedNamespace &ns : m_tx->rwset) {
        QStandardItem *nsItem = addRow(rwset, tr("Namespace"), fromUtf8(ns.name));
        QStandardItem *reads = addRow(nsItem, tr("Reads"), QString::number(ns.reads.size()));
        for (const client::DecodedRead &read : ns.reads)
            addRow(reads, fromUtf8(read.key),
                read.existed ? tr("version %1:%2").arg(read.versionBlock).arg(read.versionTx)
                             //: A key read that did not exist yet (zh: 不存在)
                             : tr("absent"));
        QStandardItem *writes = addRow(nsItem, tr("Writes"));
        QStandardItem *deletes = addRow(nsItem, tr("Deletes"));
        for (const client::DecodedWrite &write : ns.writes) {
            if (write.isDelete)
                addRow(deletes, fromUtf8(write.key));
            else
                addRow(writes, fromUtf8(write.key),
                    tr("%n byte(s): %1", nullptr, static_cast<int>(write.value.size())).arg(preview(write.value)));
        }
        writes->parent()->child(writes->row(), ValueColumn)->setText(QString::number(writes->rowCount()));
        deletes->parent()->child(deletes->row(), ValueColumn)->setText(QString::number(deletes->rowCount()));
        if (ns.collections.empty())
            continue;
        QStandardItem *collections = addRow(nsItem, tr("Private collections"), QString::number(ns.collections.size()));
        for (const client::DecodedCollection &collection : ns.collections)
            addRow(collections, fromUtf8(collection.name),
                tr("hash %1, %2 hashed reads, %3 hashed writes")
                    .arg(fromUtf8(toHex(collection.privateRwsetHash)).left(16))
                    .arg(collection.hashedReads)
                    .arg(collection.hashedWrites));
    }
}

} // namespace lx::models
