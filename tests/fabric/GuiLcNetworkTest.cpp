// One bank's workstation in one phase of the L/C's life on the real Fabric
// network (tests/gui/LcLifecycleScenario.h): tests/fabric/gui_lc.sh starts
// this program once per phase, each time in the data folder of the bank
// whose staff carry the phase out (its wallet holds that bank's officer and
// checker, imported from their msp folders), against that bank's own peer.
// So each bank's workstation is its own process with its own data folder
// and encrypted cache, and what one bank did reaches the others through
// Fabric only.
//
// Environment: LIANXIN_GUI_DATA (the data folder), LIANXIN_GUI_PROFILE (the
// bank's connection profile), LIANXIN_GUI_PHASE (a phase of the scenario,
// or "paidSeen": the bank's officer finds the L/C paid), LIANXIN_GUI_LC
// (the L/C's number), LIANXIN_GUI_FILES (a folder for the presented files);
// without LIANXIN_GUI_PROFILE the data folder is an embedded sandbox (the
// same phases on the embedded ledger, for the cache comparison); phase
// "dumpCache" writes what the bank's cache holds of the L/C to the file
// LIANXIN_GUI_DUMP, with what differs by nature between two runs (transaction
// IDs, block numbers, clock times) blanked;
// for the phases with a fault, LIANXIN_GUI_NET (the network's folder) and
// LIANXIN_GUI_NETWORK_SH (scripts/fabric-network.sh, which stops and starts
// one node).
//
// Two phases carry a fault (issue 16): Huaxia's checker approves the
// amendment while Huaxia's peer is stopped (the status bar says the peer
// is unreachable, the approval waits in the outbox, and goes once the peer
// is back); Dongfang's checker approves the acceptance while the orderer is
// stopped (the outbox window says the ordering service is unavailable, and
// the workstation sends it by itself once the orderer is back). That each
// went exactly once shows in Huaxia's timeline at the end.
#include "FormTyping.h"
#include "GuiTestMain.h"
#include "LcDeskDriver.h"
#include "LcLifecycleScenario.h"
#include "WorkstationFixture.h"
#include "cache/DraftMirror.h"
#include "cache/LcRecords.h"

#include "chaincode/lc/LcStateMachine.h"
#include "ledgerclient/NetworkProfile.h"
#include "models/BookReader.h"
#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/OutboxModel.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/lc/LcSheetModel.h"
#include "models/ledger/BlockListModel.h"
#include "models/ledger/ChainVerification.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/outbox/OutboxWindow.h"

#include "lianxin/lc.pb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

#include <functional>
#include <google/protobuf/util/json_util.h>
#include <map>

using lx::test::LcDeskDriver;
using lx::test::WorkstationFixture;
namespace phases = lx::test::lc_lifecycle;

namespace {
// A round trip through endorsement, ordering (100 ms batches) and the
// bank's block stream takes seconds on a loaded two-core machine.
constexpr int kWaitMs = 90000;

using State = lianxin::lc::LetterOfCredit;

// scripts/fabric-network.sh stop|start NET NODE.
bool node(const char *verb, const QString &name)
{
    const int rc = QProcess::execute(QStringLiteral("bash"),
        { qEnvironmentVariable("LIANXIN_GUI_NETWORK_SH"), QString::fromLatin1(verb),
            qEnvironmentVariable("LIANXIN_GUI_NET"), name });
    if (rc != 0)
        qWarning("fabric-network.sh %s %s: exit %d", verb, qUtf8Printable(name), rc);
    return rc == 0;
}

// The outbox window's rows, "action: status" each, for a failure's message.
QString outboxRows(LcDeskDriver &desk)
{
    QTest::mouseClick(WorkstationFixture::find<QToolButton>(desk.window(), "statusOutboxButton"), Qt::LeftButton);
    auto *outbox = WorkstationFixture::find<lx::ui::OutboxWindow>(desk.window(), "outboxWindow");
    if (!outbox)
        return QStringLiteral("(no outbox window)");
    QTest::qWait(1000);
    QStringList rows;
    const lx::models::OutboxModel &model = outbox->model();
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, lx::models::OutboxModel::ActionColumn).data().toString() + QStringLiteral(": ")
                + model.index(row, lx::models::OutboxModel::StatusColumn).data().toString();
    return rows.join(QStringLiteral("; "));
}

// Huaxia amends; its checker approves while Huaxia's peer is stopped.
void amendedByHuaxiaPeerStopped(WorkstationFixture &fixture, LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(QStringLiteral("HuaxiaBankMSP/officer1")));
    LX_STEP(desk.draftWithForm("amend", [](lx::ui::LcActionForm *form) {
        lx::test::FormTyping(form).type("amendIncreaseEdit", QStringLiteral("100,000.00"));
    }));
    QVERIFY(desk.signInAs(QStringLiteral("HuaxiaBankMSP/checker1")));
    QVERIFY(node("stop", QStringLiteral("peer-HuaxiaBankMSP")));
    const auto unreachable = [&] {
        return fixture.shell().ledgerStatus().syncState() == lx::models::LedgerStatusModel::SyncState::Unreachable;
    };
    QVERIFY2(QTest::qWaitFor(unreachable, kWaitMs), "the workstation does not say the peer is unreachable");
    QCOMPARE(fixture.statusLabel("statusSync")->text(), QStringLiteral("Peer unreachable, retrying…"));
    QVERIFY(!desk.clickApprove().isEmpty());
    // Tried, refused by the missing peer, kept.
    QTest::qWait(5000);
    QCOMPARE(fixture.shell().book().pendingActions(), 1);
    QVERIFY(node("start", QStringLiteral("peer-HuaxiaBankMSP")));
    QVERIFY2(desk.shows(desk.openLc(), State::AMENDMENT_PENDING), qUtf8Printable(outboxRows(desk)));
    QVERIFY(QTest::qWaitFor([&] { return !unreachable(); }, kWaitMs));
}

// Dongfang accepts the amendment; its checker approves while the orderer is
// stopped.
void amendmentAcceptedByDongfangOrdererStopped(WorkstationFixture &fixture, LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(QStringLiteral("DongfangBankMSP/officer1")));
    QVERIFY(desk.worklistHas(lx::cache::WorkKind::AnswerAmendment));
    LX_STEP(desk.click(QStringLiteral("accept-amendment-1")));
    QVERIFY(desk.signInAs(QStringLiteral("DongfangBankMSP/checker1")));
    QVERIFY(node("stop", QStringLiteral("orderer")));
    QVERIFY(!desk.clickApprove().isEmpty());
    // The outbox window says what the approval waits for.
    QTest::mouseClick(WorkstationFixture::find<QToolButton>(desk.window(), "statusOutboxButton"), Qt::LeftButton);
    auto *outbox = WorkstationFixture::find<lx::ui::OutboxWindow>(desk.window(), "outboxWindow");
    QVERIFY(outbox && outbox->isVisible());
    const QString why = lx::models::ReasonCatalog::text(QStringLiteral("ORDERER_UNAVAILABLE"));
    const auto says = [&] {
        const lx::models::OutboxModel &model = outbox->model();
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, lx::models::OutboxModel::StatusColumn).data().toString().contains(why))
                return true;
        return false;
    };
    QVERIFY2(QTest::qWaitFor(says, kWaitMs), "the outbox does not say the ordering service is unavailable");
    QCOMPARE(fixture.shell().book().pendingActions(), 1);
    QVERIFY(node("start", QStringLiteral("orderer")));
    lx::ui::LcDetailWindow *detail = desk.openLc();
    QVERIFY(detail);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return detail->sheet(1).rowCount() == 1
                && detail->sheet(1).index(0, 3).data().toString() == QStringLiteral("Accepted");
        },
        kWaitMs));
}
// A proto message as JSON with what no two runs share blanked: transaction
// and draft IDs (a draft's ID is its transaction's) and clock times.
QJsonValue normalized(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(normalized(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const bool varies = key == QLatin1String("id") || key.endsWith(QLatin1String("TxId"))
            || key == QLatin1String("txId") || key == QLatin1String("draftId")
            || key.endsWith(QLatin1String("Seconds"));
        out.insert(key, varies ? QJsonValue(QStringLiteral("*")) : normalized(it.value()));
    }
    return out;
}

QJsonValue protoJson(const google::protobuf::Message &message)
{
    std::string json;
    (void)google::protobuf::util::MessageToJsonString(message, &json);
    return normalized(QJsonDocument::fromJson(QByteArray::fromStdString(json)).object());
}

// What the bank's cache holds of the L/C: the record, its timeline, the
// bank's drafts on it.
QByteArray cacheOfLc(sqlite3 *db, const std::string &bank, const std::string &lcNo)
{
    QJsonObject out;
    if (const auto lc = lx::cache::loadLetterOfCredit(db, lcNo))
        out.insert(QStringLiteral("lc"), protoJson(*lc));
    QJsonArray timeline;
    for (const auto &entry : lx::cache::lcTimeline(db, lcNo))
        timeline.append(QJsonObject { { QStringLiteral("action"), QString::fromStdString(entry.action) },
            { QStringLiteral("date"), entry.date ? *entry.date : -1 },
            { QStringLiteral("bank"), QString::fromStdString(entry.bank) },
            { QStringLiteral("maker"), QString::fromStdString(entry.maker) },
            { QStringLiteral("checker"), QString::fromStdString(entry.checker) },
            { QStringLiteral("summary"), QString::fromStdString(entry.summary) },
            { QStringLiteral("hasBlock"), entry.block > 0 } });
    out.insert(QStringLiteral("timeline"), timeline);
    QJsonArray drafts;
    const lianxin::lc::DraftList all = lx::cache::DraftMirror(db).drafts(bank);
    for (const auto &draft : all.drafts())
        if (lx::chaincode::lc::lcNoOf(draft.action()) == lcNo)
            drafts.append(protoJson(draft));
    out.insert(QStringLiteral("drafts"), drafts);
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

void dumpCache(WorkstationFixture &fixture, LcDeskDriver &desk, const QString &officer)
{
    QVERIFY(desk.signInAs(officer));
    const QString path = qEnvironmentVariable("LIANXIN_GUI_DUMP");
    QVERIFY2(!path.isEmpty(), "LIANXIN_GUI_DUMP names the file to write");
    std::optional<QByteArray> dump;
    fixture.shell().reader().read<QByteArray>(
        &fixture.shell(),
        [bank = officer.section(QLatin1Char('/'), 0, 0).toStdString(), lcNo = desk.lcNo().toStdString()](
            sqlite3 *db) { return cacheOfLc(db, bank, lcNo); },
        [&](QByteArray bytes) { dump = std::move(bytes); },
        [](const QString &message) { qWarning("cache read: %s", qUtf8Printable(message)); });
    QVERIFY(QTest::qWaitFor([&] { return dump.has_value(); }, kWaitMs));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*dump);
}
// The Ledger page on the network: the lc channel's blocks, made by Fabric,
// listed from the bank's peer, and the whole channel verified from the
// workstation as Fabric's peers verify it.
void explorerVerifies(WorkstationFixture &fixture, LcDeskDriver &desk, const QString &officer)
{
    QVERIFY(desk.signInAs(officer));
    desk.window()->showSection(lx::ui::Section::Ledger);
    QWidget *page = desk.window()->findChild<QWidget *>(QStringLiteral("ledgerPage"));
    QVERIFY(page && page->isVisible());
    auto *table = WorkstationFixture::find<QTableView>(page, "ledgerChannelTable");
    auto *blocks = page->findChild<lx::models::BlockListModel *>(QStringLiteral("ledgerBlockModel"));
    QVERIFY(table && blocks);
    int row = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, 0).data(lx::models::LedgerStatusModel::ChannelRole).toString()
                    == QLatin1String("lc"))
                    row = r;
            return row >= 0;
        },
        kWaitMs));
    table->scrollTo(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    QVERIFY(
        QTest::qWaitFor([&] { return blocks->channel() == QLatin1String("lc") && blocks->rowCount() > 0; }, kWaitMs));
    auto *verification = page->findChild<lx::models::ChainVerification *>(QStringLiteral("ledgerChainVerification"));
    QVERIFY(verification);
    QSignalSpy finished(verification, &lx::models::ChainVerification::finished);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page, "ledgerVerifyButton"), Qt::LeftButton);
    QVERIFY(finished.wait(300000));
    const QString text = WorkstationFixture::find<QLabel>(page, "ledgerVerifyResultLabel")->text();
    QVERIFY2(finished.first().first().value<lx::models::ChainVerification::State>()
            == lx::models::ChainVerification::State::Verified,
        qUtf8Printable(text));
    const quint64 height = fixture.shell().ledgerStatus().height(QStringLiteral("lc"));
    QVERIFY2(text.contains(QStringLiteral("verified, up to block")) && height > 10, qUtf8Printable(text));
}
} // namespace

class GuiLcNetworkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phase();
};

void GuiLcNetworkTest::phase()
{
    const QString data = qEnvironmentVariable("LIANXIN_GUI_DATA");
    const QString profilePath = qEnvironmentVariable("LIANXIN_GUI_PROFILE");
    const QString phase = qEnvironmentVariable("LIANXIN_GUI_PHASE");
    const QString lcNo = qEnvironmentVariable("LIANXIN_GUI_LC");
    const QString files = qEnvironmentVariable("LIANXIN_GUI_FILES");
    QVERIFY2(!data.isEmpty() && !phase.isEmpty() && !lcNo.isEmpty() && !files.isEmpty(),
        "LIANXIN_GUI_DATA, _PHASE, _LC and _FILES name the bank's workstation and the phase");

    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    setup.dataDir = data;
    // The bank whose workstation this is: the profile's, or on the sandbox
    // (every bank's identities in one wallet) LIANXIN_GUI_BANK.
    QString bank = qEnvironmentVariable("LIANXIN_GUI_BANK");
    if (!profilePath.isEmpty()) {
        setup.options.network = lx::client::readNetworkProfile(profilePath.toStdString());
        bank = QString::fromStdString(setup.options.network->mspId);
    }
    const QString officer = bank + QStringLiteral("/officer1");
    WorkstationFixture fixture(setup);
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    LcDeskDriver desk(fixture, lcNo, files, kWaitMs);
    // The network's contracts date a transaction by the day it is made.
    desk.setIssueDay(QDate::currentDate());

    const std::map<QString, std::function<void(LcDeskDriver &)>> known {
        { QStringLiteral("issuedByHuaxia"), phases::issuedByHuaxia },
        { QStringLiteral("advisedByDongfang"), phases::advisedByDongfang },
        { QStringLiteral("presentedByDongfang"), phases::presentedByDongfang },
        { QStringLiteral("refusedByHuaxia"), phases::refusedByHuaxia },
        { QStringLiteral("amendedByHuaxia"), phases::amendedByHuaxia },
        { QStringLiteral("amendmentAcceptedByDongfang"), phases::amendmentAcceptedByDongfang },
        { QStringLiteral("presentedByChangjiang"), phases::presentedByChangjiang },
        { QStringLiteral("paidByHuaxia"), phases::paidByHuaxia },
        { QStringLiteral("amendedByHuaxiaPeerStopped"),
            [&](LcDeskDriver &d) { amendedByHuaxiaPeerStopped(fixture, d); } },
        { QStringLiteral("amendmentAcceptedByDongfangOrdererStopped"),
            [&](LcDeskDriver &d) { amendmentAcceptedByDongfangOrdererStopped(fixture, d); } },
        { QStringLiteral("explorerVerifies"), [&](LcDeskDriver &d) { explorerVerifies(fixture, d, officer); } },
        { QStringLiteral("dumpCache"), [&](LcDeskDriver &d) { dumpCache(fixture, d, officer); } },
        { QStringLiteral("paidSeen"),
            [&](LcDeskDriver &d) {
                QVERIFY(d.signInAs(officer));
                QVERIFY(d.shows(d.openLc(), lianxin::lc::LetterOfCredit::PAID));
            } },
    };
    const auto it = known.find(phase);
    QVERIFY2(it != known.end(), qUtf8Printable(QStringLiteral("no phase ") + phase));
    LX_STEP(it->second(desk));
    // Nothing of this bank's is left unsent when its workstation closes.
    QVERIFY(QTest::qWaitFor([&] { return fixture.shell().book().pendingActions() == 0; }, kWaitMs));
}

LIANXIN_GUI_TEST_MAIN(GuiLcNetworkTest)
#include "GuiLcNetworkTest.moc"
