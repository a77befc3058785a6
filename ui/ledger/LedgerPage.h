#pragma once

#include <QWidget>

#include <memory>

class QItemSelection;
class QSortFilterProxyModel;

namespace Ui {
class LedgerPage;
}

namespace lx::models {
class BlockListModel;
class ChainVerification;
class LedgerStatusModel;
class SessionModel;
class TransactionDetailModel;
class TransactionListModel;
} // namespace lx::models

namespace lx::ui {

// The Ledger section, an explorer: every channel's height (live), the
// selected channel's blocks newest first (read page by page as the user
// scrolls), the selected block's decoded transactions, the selected
// transaction's read-write set, arguments and response, and a chain
// verification with progress that can be cancelled.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    LedgerPage(models::SessionModel &session, models::LedgerStatusModel &status, QWidget *parent = nullptr);
    ~LedgerPage() override;

Q_SIGNALS:
    // An export of the blocks or transactions finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString selectedChannel() const;
    void selectFirstChannel();
    void onChannelSelected();
    void fetchFirstBlocks();
    void onBlockSelected();
    void onTransactionSelected();
    void startVerification();
    void onVerificationProgress(quint64 checked, quint64 height);
    void showVerificationState();
    void connectExports();

    std::unique_ptr<Ui::LedgerPage> m_ui;
    models::SessionModel &m_session;
    QSortFilterProxyModel *m_channelProxy;
    models::BlockListModel *m_blocks;
    models::TransactionListModel *m_transactions;
    QSortFilterProxyModel *m_transactionProxy;
    models::TransactionDetailModel *m_detail;
    models::ChainVerification *m_verification;
};

} // namespace lx::ui
