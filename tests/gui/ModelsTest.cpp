// Every model passes QAbstractItemModelTester; the session's signals; the
// ledger status model coalesces bursts of blocks.
#include "FakeLedger.h"
#include "GuiTestMain.h"

#include "crypto/EcKey.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/Sandbox.h"
#include "models/IdentityListModel.h"
#include "models/MemberDirectory.h"
#include "models/LedgerStatusModel.h"
#include "models/SessionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using lx::models::IdentityListModel;
using lx::models::LedgerStatusModel;
using lx::models::SessionModel;
using lx::models::TranslationCatalog;

namespace {
const QString kPassphrase = QStringLiteral("Forfaiting 180 days");
constexpr int kWaitMs = 10000;
} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identityListModel();
    void sessionSignals();
    void ledgerStatusModelFollowsTheSession();
    void burstOfBlocksIsCoalesced();

private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
};

void ModelsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    lx::client::initSandbox(dataDir().toStdString(), kPassphrase.toStdString());
    lx::models::MemberDirectory::seedFromSandbox(dataDir().toStdString(), kPassphrase.toStdString());
}

void ModelsTest::identityListModel()
{
    IdentityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &IdentityListModel::loaded);
    model.reload(dataDir());
    QVERIFY(loaded.wait(kWaitMs));

    std::size_t users = 0;
    for (const auto &org : lx::client::defaultSandbox().orgs)
        users += org.users.size();
    QCOMPARE(model.rowCount(), static_cast<int>(users));
    const int row = model.rowOf(QStringLiteral("HuaxiaBankMSP/officer1"));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(IdentityListModel::BankNameRole).toString(), QStringLiteral("Huaxia Trade Bank"));
    QCOMPARE(index.data(IdentityListModel::RoleKeyRole).toString(), QStringLiteral("officer"));
    QCOMPARE(index.data(IdentityListModel::RoleTitleRole).toString(), QStringLiteral("Officer"));
    QCOMPARE(index.data().toString(), QStringLiteral("Huaxia Trade Bank — Wang Fang (officer1), Officer"));
    QVERIFY(model.roleNames().values().contains(QByteArrayLiteral("bankName")));

    QSignalSpy changed(&model, &IdentityListModel::dataChanged);
    model.setLanguage(TranslationCatalog::Language::SimplifiedChinese);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(index.data(IdentityListModel::BankNameRole).toString(), QStringLiteral("华夏贸易银行"));

    QSignalSpy failed(&model, &IdentityListModel::loadFailed);
    model.reload(m_dir.filePath(QStringLiteral("no-such-folder")));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(model.rowCount(), static_cast<int>(users)); // the list it had stays
}

void ModelsTest::sessionSignals()
{
    SessionModel session(dataDir());
    QSignalSpy busy(&session, &SessionModel::busyChanged);
    QSignalSpy failed(&session, &SessionModel::signInFailed);
    QSignalSpy signedIn(&session, &SessionModel::signedIn);

    session.signIn(QStringLiteral("HuaxiaBankMSP/officer1"), QStringLiteral("wrong"));
    QVERIFY(session.isBusy());
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.first().first().value<SessionModel::SignInError>(), SessionModel::SignInError::WrongPassphrase);
    QVERIFY(!session.isSignedIn());

    session.signIn(QStringLiteral("NoSuchBankMSP/nobody"), kPassphrase);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().first().value<SessionModel::SignInError>(), SessionModel::SignInError::UnknownIdentity);

    session.signIn(QStringLiteral("NanhaiBankMSP/manager1"), kPassphrase);
    QVERIFY(signedIn.wait(kWaitMs));
    QCOMPARE(busy.count(), 6);
    QCOMPARE(session.identity().mspId, QStringLiteral("NanhaiBankMSP"));
    QCOMPARE(session.identity().bankNameZh, QStringLiteral("南海发展银行"));
    QCOMPARE(session.identity().role, lx::client::Role::Manager);
    QCOMPARE(session.channels().size(), 4);
    QVERIFY(session.client());
}

void ModelsTest::ledgerStatusModelFollowsTheSession()
{
    SessionModel session(dataDir());
    LedgerStatusModel status(session);
    QAbstractItemModelTester tester(&status, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&status);
    proxy.sort(LedgerStatusModel::HeightColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(status.syncState(), LedgerStatusModel::SyncState::Offline);
    QCOMPARE(status.rowCount(), 0);

    session.signIn(QStringLiteral("BeiyuanBankMSP/officer2"), kPassphrase);
    QTRY_VERIFY_WITH_TIMEOUT(status.allChannelsKnown(), kWaitMs);
    QTRY_COMPARE(status.syncState(), LedgerStatusModel::SyncState::Live);
    QCOMPARE(status.rowCount(), 4);
    QCOMPARE(proxy.rowCount(), 4);
    const QModelIndex trust = status.index(0, LedgerStatusModel::BlockHashColumn);
    QCOMPARE(trust.data(LedgerStatusModel::ChannelRole).toString(), QStringLiteral("trust"));
    QCOMPARE(trust.data(LedgerStatusModel::BlockHashRole).toString().size(), 64);
    QCOMPARE(trust.data().toString().size(), LedgerStatusModel::kShortHashChars);
    QVERIFY(trust.data(LedgerStatusModel::UpdatedRole).toDateTime().isValid());
    QCOMPARE(status.headerData(LedgerStatusModel::HeightColumn, Qt::Horizontal).toString(), QStringLiteral("Height"));

    // Another identity: same rows, new worker, no reset.
    QSignalSpy reset(&status, &LedgerStatusModel::modelReset);
    session.signIn(QStringLiteral("RegulatorMSP/auditor1"), kPassphrase);
    QTRY_COMPARE_WITH_TIMEOUT(session.identity().label, QStringLiteral("RegulatorMSP/auditor1"), kWaitMs);
    QTRY_COMPARE(status.syncState(), LedgerStatusModel::SyncState::Live);
    QCOMPARE(reset.count(), 0);
    status.retranslate();
}

void ModelsTest::burstOfBlocksIsCoalesced()
{
    auto ledger = std::make_shared<lx::test::FakeLedger>(std::vector<std::string> { "trust", "lc" });
    auto client = std::make_shared<lx::client::Client>(
        ledger, lx::client::SigningIdentity("TestBankMSP", "test certificate", lx::crypto::PrivateKey::generate()));
    SessionModel session(dataDir());
    LedgerStatusModel status(session);
    QAbstractItemModelTester tester(&status, QAbstractItemModelTester::FailureReportingMode::QtTest);
    status.follow(client, { QStringLiteral("trust"), QStringLiteral("lc") });
    QTRY_COMPARE(status.syncState(), LedgerStatusModel::SyncState::Live);
    QCOMPARE(status.height(QStringLiteral("trust")), 1u);

    // 60 blocks in about 300 ms: at most one update per 200 ms reaches the
    // model, plus the last one.
    QSignalSpy updates(&status, &LedgerStatusModel::heightsChanged);
    ledger->produceBlocks("trust", 60, 5);
    QTRY_COMPARE_WITH_TIMEOUT(status.height(QStringLiteral("trust")), 61u, kWaitMs);
    QVERIFY2(updates.count() <= 4, qPrintable(QString::number(updates.count())));
    QCOMPARE(status.height(QStringLiteral("lc")), 1u);
}

LIANXIN_GUI_TEST_MAIN(ModelsTest)
#include "ModelsTest.moc"
