// The Ledger page as an explorer: channels, blocks newest first, a block's
// transactions, a transaction's decoded read-write set, chain verification.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "ledger/BlockStore.h"
#include "ledgerclient/Client.h"
#include "models/LedgerStatusModel.h"
#include "models/SessionModel.h"
#include "models/ledger/BlockListModel.h"
#include "models/ledger/ChainVerification.h"
#include "models/ledger/TransactionDetailModel.h"
#include "models/ledger/TransactionListModel.h"
#include "ui/mainwindow/MainWindow.h"

#include "common/common.pb.h"
#include "lianxin/trust.pb.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <fstream>

using lx::models::BlockListModel;
using lx::models::ChainVerification;
using lx::models::LedgerStatusModel;
using lx::models::TransactionListModel;
using lx::test::WorkstationFixture;

class LedgerExplorerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }

    void modelsPassTheTester();
    void blocksComeNewestFirstAndAll();
    void longChannelOpensWithOnePage();
    void blockShowsTheTransactionsTheClientReturns();
    void submittedTransactionIsValidWithItsWrite();
    void verificationReachesVerifiedWithProgress();
    void cancelledVerificationSaysSo();
    void alteredBlockIsListedAsAltered();

private:
    QWidget *page() const
    {
        return m_fixture->shell().mainWindow()->findChild<QWidget *>(QStringLiteral("ledgerPage"));
    }
    template<typename T> T *find(const char *name) const { return WorkstationFixture::find<T>(page(), name); }
    BlockListModel *blocks() const { return page()->findChild<BlockListModel *>(QStringLiteral("ledgerBlockModel")); }
    TransactionListModel *transactions() const
    {
        return page()->findChild<TransactionListModel *>(QStringLiteral("ledgerTransactionModel"));
    }
    static void clickRow(QTableView *table, int row)
    {
        table->scrollTo(table->model()->index(row, 0));
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    }
    void selectChannel(const QString &channel);
    bool fetchAllBlocks();
    std::unique_ptr<WorkstationFixture> m_fixture;
};

void LedgerExplorerTest::init()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->startAndWaitForSignIn());
    // The secretariat's admin may register members on the trust channel.
    QVERIFY(m_fixture->signIn(WorkstationFixture::kSecretariatAdmin));
    QVERIFY(m_fixture->waitForLedgerHeights());
    m_fixture->shell().mainWindow()->showSection(lx::ui::Section::Ledger);
    QVERIFY(page() && page()->isVisible());
}

void LedgerExplorerTest::selectChannel(const QString &channel)
{
    auto *table = find<QTableView>("ledgerChannelTable");
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(LedgerStatusModel::ChannelRole).toString() == channel) {
            clickRow(table, row);
            QTRY_COMPARE(blocks()->channel(), channel);
            QTRY_VERIFY(blocks()->rowCount() > 0);
            return;
        }
    }
    QFAIL("no such channel");
}

bool LedgerExplorerTest::fetchAllBlocks()
{
    BlockListModel *model = blocks();
    for (int guard = 0; guard < 1000; ++guard) {
        if (!QTest::qWaitFor([model]() { return !model->isFetching(); }, 10000))
            return false;
        if (!model->canFetchMore(QModelIndex()))
            return true;
        model->fetchMore(QModelIndex());
    }
    return false;
}

void LedgerExplorerTest::modelsPassTheTester()
{
    QAbstractItemModelTester blockTester(blocks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester txTester(transactions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *detailView = find<QTreeView>("ledgerTransactionDetail");
    QVERIFY(detailView);
    QAbstractItemModelTester detailTester(detailView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectChannel(QStringLiteral("lc"));
    QVERIFY(fetchAllBlocks());
    selectChannel(QStringLiteral("trust"));
    QVERIFY(fetchAllBlocks());
    auto *blockTable = find<QTableView>("ledgerBlockTable");
    clickRow(blockTable, blockTable->model()->rowCount() - 1); // genesis: the configuration transaction
    QTRY_VERIFY(!transactions()->isLoading() && transactions()->rowCount() > 0);
    clickRow(find<QTableView>("ledgerTransactionTable"), 0);
    QTRY_VERIFY(detailView->model()->rowCount() > 0);
    clickRow(blockTable, 0);
    QTRY_VERIFY(!transactions()->isLoading() && transactions()->rowCount() > 0);
    clickRow(find<QTableView>("ledgerTransactionTable"), 0);
    QTRY_VERIFY(detailView->model()->rowCount() > 0);
}

void LedgerExplorerTest::blocksComeNewestFirstAndAll()
{
    selectChannel(QStringLiteral("trust"));
    const quint64 height = m_fixture->shell().ledgerStatus().height(QStringLiteral("trust"));
    QVERIFY(height > 1);
    QCOMPARE(blocks()->index(0, 0).data(BlockListModel::NumberRole).toULongLong(), height - 1);
    QVERIFY(fetchAllBlocks());
    QCOMPARE(static_cast<quint64>(blocks()->rowCount()), height);
    QCOMPARE(blocks()->index(blocks()->rowCount() - 1, 0).data(BlockListModel::NumberRole).toULongLong(), 0u);
    for (int row = 1; row < blocks()->rowCount(); ++row)
        QCOMPARE(blocks()->index(row, 0).data(BlockListModel::NumberRole).toULongLong() + 1,
            blocks()->index(row - 1, 0).data(BlockListModel::NumberRole).toULongLong());
}

void LedgerExplorerTest::longChannelOpensWithOnePage()
{
    selectChannel(QStringLiteral("lc"));
    const int members = BlockListModel::kPageSize + 5;
    const std::shared_ptr<lx::client::Client> client = m_fixture->shell().session().client();
    QFuture<bool> submitted = QtConcurrent::run([client, members]() {
        // The secretariat proposes that many admissions, one block each.
        for (int i = 0; i < members; ++i) {
            const auto proposal = WorkstationFixture::admissionOf("PagingBank" + std::to_string(i) + "MSP", "Paging Test Bank " + std::to_string(i));
            if (client->submit("trust", "registry", "Propose", { proposal }).code != protos::VALID)
                return false;
        }
        return true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(submitted.isFinished(), 40000);
    QVERIFY(submitted.result());
    LedgerStatusModel &status = m_fixture->shell().ledgerStatus();
    QTRY_VERIFY(status.height(QStringLiteral("trust")) > static_cast<quint64>(members));
    const quint64 height = status.height(QStringLiteral("trust"));

    selectChannel(QStringLiteral("trust"));
    QTRY_VERIFY(!blocks()->isFetching());
    QCOMPARE(blocks()->rowCount(), BlockListModel::kPageSize);
    QCOMPARE(blocks()->index(0, 0).data(BlockListModel::NumberRole).toULongLong(), height - 1);
    QVERIFY(blocks()->canFetchMore(QModelIndex()));
    QVERIFY(fetchAllBlocks());
    QCOMPARE(static_cast<quint64>(blocks()->rowCount()), height);
    QCOMPARE(blocks()->index(BlockListModel::kPageSize, 0).data(BlockListModel::NumberRole).toULongLong(),
        height - 1 - BlockListModel::kPageSize);
}

void LedgerExplorerTest::blockShowsTheTransactionsTheClientReturns()
{
    selectChannel(QStringLiteral("trust"));
    auto *blockTable = find<QTableView>("ledgerBlockTable");
    clickRow(blockTable, 0);
    const quint64 number = blockTable->model()->index(0, 0).data(BlockListModel::NumberRole).toULongLong();
    QTRY_VERIFY(!transactions()->isLoading());
    QCOMPARE(transactions()->blockNumber(), number);

    // What the client itself returns for that block, read off the GUI thread.
    const std::shared_ptr<lx::client::Client> client = m_fixture->shell().session().client();
    QFuture<QStringList> expected = QtConcurrent::run([client, number]() {
        QStringList ids;
        const common::Block block = client->block("trust", number);
        for (const std::string &bytes : block.data().data()) {
            common::Envelope envelope;
            common::Payload payload;
            common::ChannelHeader header;
            envelope.ParseFromString(bytes);
            payload.ParseFromString(envelope.payload());
            header.ParseFromString(payload.header().channel_header());
            ids << QString::fromStdString(header.tx_id());
        }
        return ids;
    });
    QTRY_VERIFY_WITH_TIMEOUT(expected.isFinished(), 10000);
    auto *txTable = find<QTableView>("ledgerTransactionTable");
    QStringList shown;
    for (int row = 0; row < txTable->model()->rowCount(); ++row)
        shown << txTable->model()->index(row, 0).data(TransactionListModel::TxIdRole).toString();
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown, expected.result());
}

void LedgerExplorerTest::submittedTransactionIsValidWithItsWrite()
{
    selectChannel(QStringLiteral("trust"));
    const std::shared_ptr<lx::client::Client> client = m_fixture->shell().session().client();
    QFuture<lx::client::SubmitResult> submitted
        = QtConcurrent::run([client, bytes = WorkstationFixture::admissionOf("XinhuaBankMSP", "Xinhua Test Bank")]() {
              return client->submit("trust", "registry", "Propose", { bytes });
          });
    QTRY_VERIFY_WITH_TIMEOUT(submitted.isFinished(), 10000);
    const lx::client::SubmitResult result = submitted.result();
    QCOMPARE(result.code, protos::VALID);

    // The new block appears on top without reselecting the channel.
    auto *blockTable = find<QTableView>("ledgerBlockTable");
    QTRY_COMPARE(blockTable->model()->index(0, 0).data(BlockListModel::NumberRole).toULongLong(), result.blockNumber);
    clickRow(blockTable, 0);
    QTRY_VERIFY(!transactions()->isLoading() && transactions()->rowCount() > 0);

    auto *txTable = find<QTableView>("ledgerTransactionTable");
    int row = -1;
    for (int r = 0; r < txTable->model()->rowCount(); ++r) {
        if (txTable->model()->index(r, 0).data(TransactionListModel::TxIdRole).toString()
            == QString::fromStdString(result.txId))
            row = r;
    }
    QVERIFY(row >= 0);
    const QAbstractItemModel *txModel = txTable->model();
    QCOMPARE(txModel->index(row, TransactionListModel::ValidationColumn).data().toString(), QStringLiteral("VALID"));
    QCOMPARE(txModel->index(row, TransactionListModel::ChaincodeColumn).data().toString(),
        QStringLiteral("Registry: open a proposal"));
    QCOMPARE(txModel->index(row, TransactionListModel::ChaincodeColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("registry.Propose"));
    QVERIFY(txModel->index(row, TransactionListModel::CreatorColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("SecretariatMSP")));
    QCOMPARE(txModel->index(row, TransactionListModel::SignaturesColumn).data().toString(),
        QStringLiteral("creator verified, endorsers verified"));

    clickRow(txTable, row);
    auto *detail = find<QTreeView>("ledgerTransactionDetail");
    QTRY_VERIFY(detail->model()->rowCount() > 0);
    // Read-write set > Namespace registry > Writes > the proposal's keys,
    // the applicant's among them.
    const QAbstractItemModel *tree = detail->model();
    const QModelIndexList rwset = tree->match(tree->index(0, 0), Qt::DisplayRole, QStringLiteral("Read-write set"));
    QCOMPARE(rwset.size(), 1);
    const QModelIndex ns = tree->index(0, 0, rwset.first());
    QCOMPARE(ns.siblingAtColumn(1).data().toString(), QStringLiteral("registry"));
    const QModelIndexList writes = tree->match(tree->index(0, 0, ns), Qt::DisplayRole, QStringLiteral("Writes"));
    QCOMPARE(writes.size(), 1);
    QStringList keys;
    for (int r = 0; r < tree->rowCount(writes.first()); ++r)
        keys << tree->index(r, 0, writes.first()).data().toString();
    QVERIFY2(keys.contains(QStringLiteral("member/XinhuaBankMSP")) && keys.contains(QStringLiteral("proposal/GOV-0001")),
        qUtf8Printable(keys.join(u',')));
}

void LedgerExplorerTest::verificationReachesVerifiedWithProgress()
{
    selectChannel(QStringLiteral("trust"));
    auto *verification = page()->findChild<ChainVerification *>(QStringLiteral("ledgerChainVerification"));
    QVERIFY(verification);
    QSignalSpy progress(verification, &ChainVerification::progressChanged);
    QSignalSpy finished(verification, &ChainVerification::finished);
    auto *button = find<QPushButton>("ledgerVerifyButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QVERIFY(find<QPushButton>("ledgerVerifyCancelButton")->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<ChainVerification::State>(), ChainVerification::State::Verified);
    QVERIFY(progress.count() >= 1);
    const quint64 height = m_fixture->shell().ledgerStatus().height(QStringLiteral("trust"));
    QCOMPARE(progress.last().at(0).toULongLong(), height);
    QCOMPARE(progress.last().at(1).toULongLong(), height);
    auto *bar = find<QProgressBar>("ledgerVerifyProgress");
    QCOMPARE(bar->value(), bar->maximum());
    const QString text = find<QLabel>("ledgerVerifyResultLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("verified, up to block %1").arg(height - 1)), qUtf8Printable(text));
    QVERIFY(button->isEnabled());
    QVERIFY(!find<QPushButton>("ledgerVerifyCancelButton")->isEnabled());
}

void LedgerExplorerTest::cancelledVerificationSaysSo()
{
    selectChannel(QStringLiteral("lc"));
    auto *verification = page()->findChild<ChainVerification *>(QStringLiteral("ledgerChainVerification"));
    QSignalSpy finished(verification, &ChainVerification::finished);
    QTest::mouseClick(find<QPushButton>("ledgerVerifyButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("ledgerVerifyCancelButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<ChainVerification::State>(), ChainVerification::State::Cancelled);
    const QString text = find<QLabel>("ledgerVerifyResultLabel")->text();
    QVERIFY2(text.startsWith(QStringLiteral("lc: verification cancelled after")), qUtf8Printable(text));
    QVERIFY(find<QPushButton>("ledgerVerifyButton")->isEnabled());
}

// A block changed in the block file (a transaction byte) is refused by the
// ledger; the explorer lists it as altered, naming why, and still lists
// every other block of the page.
void LedgerExplorerTest::alteredBlockIsListedAsAltered()
{
    const quint64 height = m_fixture->shell().ledgerStatus().height(QStringLiteral("trust"));
    QVERIFY(height > 1);
    const std::filesystem::path file
        = QString(m_fixture->dataDir() + QStringLiteral("/consortium/channels/trust/blocks.dat")).toStdString();
    std::uint64_t offset = 0;
    std::uint64_t payloadOffset = 0;
    lx::Bytes payload;
    lx::ledger::BlockStore::forEachRecord(file, [&](std::uint64_t n, const lx::Bytes &raw) {
        if (n == 1) {
            payloadOffset = offset + 12;
            payload = raw;
            return false;
        }
        offset += 12 + raw.size();
        return true;
    });
    common::Block block;
    QVERIFY(block.ParseFromString(payload));
    lx::Bytes tx = block.data().data(0);
    tx[tx.size() / 2] ^= 0x01;
    block.mutable_data()->set_data(0, tx);
    const lx::Bytes altered = block.SerializeAsString();
    QCOMPARE(altered.size(), payload.size());
    {
        std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
        out.seekp(static_cast<std::streamoff>(payloadOffset));
        out.write(altered.data(), static_cast<std::streamsize>(altered.size()));
    }

    // Another channel first: trust's blocks may have been listed already.
    selectChannel(QStringLiteral("lc"));
    selectChannel(QStringLiteral("trust"));
    QVERIFY(fetchAllBlocks());
    QCOMPARE(static_cast<quint64>(blocks()->rowCount()), height);
    const int row = blocks()->rowCount() - 2; // newest first: block 1 is next to last
    QCOMPARE(blocks()->index(row, 0).data(BlockListModel::NumberRole).toULongLong(), 1u);
    const QString tip = blocks()->index(row, BlockListModel::DataHashColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("block 1 of channel trust has a data hash that does not match")),
        qUtf8Printable(tip));
    // Block 0, on the same page, is still listed with its data hash.
    QCOMPARE(blocks()->index(row + 1, BlockListModel::DataHashColumn).data(Qt::ToolTipRole).toString().size(), 64);
}

LIANXIN_GUI_TEST_MAIN(LedgerExplorerTest)
#include "LedgerExplorerTest.moc"
