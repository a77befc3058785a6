#pragma once

#include "ledgerclient/BlockDecoder.h"

#include <QStandardItemModel>

#include <optional>

namespace lx::models {

// One decoded transaction as a read-only tree of (field, value) rows: the
// header, the proposal's arguments, the endorsers, the response, and the
// read-write set by namespace (reads with versions, writes with size and a
// preview, deletes, private collections' hashes). Rebuilt on language change.
class TransactionDetailModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn };
    static constexpr int kPreviewBytes = 32;

    explicit TransactionDetailModel(QObject *parent = nullptr);

    // nullptr clears the tree.
    void showTransaction(const client::DecodedTransaction *tx);
    // A byte string as text when it reads as UTF-8 text, else as hex; cut
    // after kPreviewBytes bytes.
    static QString preview(const Bytes &bytes);

public Q_SLOTS:
    void retranslate();

private:
    void rebuild();
    QStandardItem *addRow(QStandardItem *parent, const QString &field, const QString &value = QString());
    void addReadWriteSet(QStandardItem *root);

    std::optional<client::DecodedTransaction> m_tx;
};

} // namespace lx::models
