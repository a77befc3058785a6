#include "ui/ledger/LedgerPage.h"

#include "ui_LedgerPage.h"

#include "models/LedgerStatusModel.h"
#include "models/ledger/BlockListModel.h"
#include "models/ledger/ChainVerification.h"
#include "models/ledger/TransactionDetailModel.h"
#include "models/ledger/TransactionListModel.h"
#include "ui/mainwindow/Section.h"
#include "ui/shell/ShownListExport.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include <limits>

namespace lx::ui {

using models::BlockListModel;
using models::ChainVerification;
using models::LedgerStatusModel;
using models::TransactionListModel;

namespace {

void stretchLastColumn(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

} // namespace

LedgerPage::LedgerPage(models::SessionModel &session, LedgerStatusModel &status, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LedgerPage>())
    , m_session(session)
    , m_channelProxy(new QSortFilterProxyModel(this))
    , m_blocks(new BlockListModel(session, status, this))
    , m_transactions(new TransactionListModel(session, this))
    , m_transactionProxy(new QSortFilterProxyModel(this))
    , m_detail(new models::TransactionDetailModel(this))
    , m_verification(new ChainVerification(session, this))
{
    m_ui->setupUi(this);
    // The explorer takes the height; the title and its note keep theirs.
    m_ui->ledgerLayout->setStretchFactor(m_ui->ledgerSplitter, 1);
    setObjectName(SectionText::key(Section::Ledger) + QStringLiteral("Page"));

    m_verification->setObjectName(QStringLiteral("ledgerChainVerification"));
    m_blocks->setObjectName(QStringLiteral("ledgerBlockModel"));
    m_transactions->setObjectName(QStringLiteral("ledgerTransactionModel"));
    m_detail->setObjectName(QStringLiteral("ledgerTransactionDetailModel"));
    m_channelProxy->setObjectName(QStringLiteral("ledgerHeightProxy"));
    m_channelProxy->setSourceModel(&status);
    m_channelProxy->setSortRole(Qt::DisplayRole);
    m_ui->ledgerChannelTable->setModel(m_channelProxy);
    stretchLastColumn(m_ui->ledgerChannelTable);
    // Channels in consortium order until the user sorts.
    m_ui->ledgerChannelTable->sortByColumn(-1, Qt::AscendingOrder);

    // Blocks come newest first, page by page: no proxy, which would read
    // every page to sort them.
    m_ui->ledgerBlockTable->setModel(m_blocks);
    stretchLastColumn(m_ui->ledgerBlockTable);
    // Sized to its first page once, not re-measured over every fetched row.
    m_ui->ledgerBlockTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_blocks, &BlockListModel::blocksFetched, m_ui->ledgerBlockTable, [this]() {
        if (m_blocks->rowCount() <= BlockListModel::kPageSize)
            m_ui->ledgerBlockTable->resizeColumnsToContents();
    });

    m_transactionProxy->setObjectName(QStringLiteral("ledgerTransactionProxy"));
    m_transactionProxy->setSourceModel(m_transactions);
    m_transactionProxy->setSortRole(TransactionListModel::SortRole);
    m_transactionProxy->setFilterKeyColumn(-1);
    m_transactionProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->ledgerTransactionTable->setModel(m_transactionProxy);
    stretchLastColumn(m_ui->ledgerTransactionTable);
    m_ui->ledgerTransactionTable->sortByColumn(TransactionListModel::IndexColumn, Qt::AscendingOrder);
    m_ui->ledgerTransactionDetail->setModel(m_detail);
    m_ui->ledgerTransactionDetail->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->ledgerSplitter->setStretchFactor(0, 1);
    m_ui->ledgerSplitter->setStretchFactor(1, 2);
    m_ui->ledgerVerifyResultLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    connect(m_ui->ledgerChannelTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LedgerPage::onChannelSelected);
    connect(m_channelProxy, &QAbstractItemModel::modelReset, this, &LedgerPage::selectFirstChannel);
    connect(m_channelProxy, &QAbstractItemModel::rowsInserted, this, &LedgerPage::selectFirstChannel);
    connect(m_ui->ledgerBlockTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LedgerPage::onBlockSelected);
    connect(m_blocks, &QAbstractItemModel::modelReset, this, &LedgerPage::fetchFirstBlocks);
    connect(m_ui->ledgerTransactionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LedgerPage::onTransactionSelected);
    connect(m_transactions, &QAbstractItemModel::modelReset, this, [this]() { m_detail->showTransaction(nullptr); });
    connect(m_ui->ledgerTransactionFilter, &QLineEdit::textChanged, m_transactionProxy,
        &QSortFilterProxyModel::setFilterFixedString);

    connect(m_ui->ledgerVerifyButton, &QPushButton::clicked, this, &LedgerPage::startVerification);
    connect(m_ui->ledgerVerifyCancelButton, &QPushButton::clicked, m_verification, &ChainVerification::cancel);
    connect(m_verification, &ChainVerification::progressChanged, this, &LedgerPage::onVerificationProgress);
    connect(m_verification, &ChainVerification::stateChanged, this, &LedgerPage::showVerificationState);

    connectExports();
    selectFirstChannel();
    retranslate();
}

LedgerPage::~LedgerPage() = default;

QString LedgerPage::selectedChannel() const
{
    const QModelIndexList rows = m_ui->ledgerChannelTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(LedgerStatusModel::ChannelRole).toString();
}

void LedgerPage::selectFirstChannel()
{
    if (m_channelProxy->rowCount() > 0 && !m_ui->ledgerChannelTable->selectionModel()->hasSelection())
        m_ui->ledgerChannelTable->selectRow(0);
}

void LedgerPage::onChannelSelected()
{
    m_transactions->clear();
    m_blocks->setChannel(selectedChannel());
    showVerificationState();
}

void LedgerPage::fetchFirstBlocks()
{
    // A view fetches more as it scrolls; the first page it is handed.
    if (m_blocks->canFetchMore(QModelIndex()))
        m_blocks->fetchMore(QModelIndex());
}

void LedgerPage::onBlockSelected()
{
    const QModelIndexList rows = m_ui->ledgerBlockTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_transactions->clear();
        return;
    }
    m_transactions->setBlock(m_blocks->channel(), rows.first().data(BlockListModel::NumberRole).toULongLong());
}

void LedgerPage::onTransactionSelected()
{
    const QModelIndexList rows = m_ui->ledgerTransactionTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_transactionProxy->mapToSource(rows.first()).row();
    m_detail->showTransaction(m_transactions->transactionAt(row));
    m_ui->ledgerTransactionDetail->expandAll();
}

// The blocks as far as they are read (newest first; scrolling reads more)
// and the selected block's transactions as filtered.
void LedgerPage::connectExports()
{
    const auto done = [this](const QString &path, const QString &error) { Q_EMIT exported(path, error); };
    ShownListExport::connectButtons(
        this, m_session, m_ui->ledgerBlocksExportCsvButton, m_ui->ledgerBlocksExportPdfButton,
        m_ui->ledgerExportResultLabel,
        [this] {
            return ShownList { m_ui->ledgerBlockTable, tr("Blocks"), { tr("Channel: %1").arg(m_blocks->channel()) } };
        },
        done);
    ShownListExport::connectButtons(
        this, m_session, m_ui->ledgerTransactionsExportCsvButton, m_ui->ledgerTransactionsExportPdfButton,
        m_ui->ledgerExportResultLabel,
        [this] {
            QStringList filters { tr("Channel: %1").arg(m_blocks->channel()) };
            const QModelIndexList rows = m_ui->ledgerBlockTable->selectionModel()->selectedRows();
            if (!rows.isEmpty())
                filters << tr("Block: %1").arg(rows.first().data(BlockListModel::NumberRole).toULongLong());
            if (!m_ui->ledgerTransactionFilter->text().trimmed().isEmpty())
                filters << tr("Search: %1").arg(m_ui->ledgerTransactionFilter->text().trimmed());
            return ShownList { m_ui->ledgerTransactionTable, tr("Transactions"), filters };
        },
        done);
}

void LedgerPage::startVerification()
{
    const QString channel = selectedChannel();
    if (channel.isEmpty())
        return;
    m_ui->ledgerVerifyProgress->setRange(0, 0); // busy until the height is known
    m_ui->ledgerVerifyProgress->setValue(0);
    m_verification->start(channel);
}

void LedgerPage::onVerificationProgress(quint64 checked, quint64 height)
{
    constexpr quint64 kMax = std::numeric_limits<int>::max();
    m_ui->ledgerVerifyProgress->setRange(0, static_cast<int>(std::min(height, kMax)));
    m_ui->ledgerVerifyProgress->setValue(static_cast<int>(std::min(checked, kMax)));
}

void LedgerPage::showVerificationState()
{
    const bool running = m_verification->isRunning();
    m_ui->ledgerVerifyButton->setEnabled(!running && !selectedChannel().isEmpty());
    m_ui->ledgerVerifyCancelButton->setEnabled(running);
    if (!running && m_ui->ledgerVerifyProgress->maximum() == 0)
        m_ui->ledgerVerifyProgress->setRange(0, 1); // stop the busy indicator
    m_ui->ledgerVerifyResultLabel->setText(m_verification->resultText());
}

void LedgerPage::retranslate()
{
    m_ui->ledgerTitle->setText(SectionText::title(Section::Ledger));
    m_ui->ledgerSummary->setText(SectionText::summary(Section::Ledger));
    m_blocks->retranslate();
    m_transactions->retranslate();
    m_detail->retranslate();
    m_ui->ledgerTransactionDetail->expandAll();
    showVerificationState();
}

void LedgerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
