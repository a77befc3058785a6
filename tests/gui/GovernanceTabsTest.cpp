// The Gas and Regulator tabs of the Governance section. Gas (docs/gas.md),
// as an officer reads it: two recorded months chosen in turn, each member's
// facts and Gas, the balances, the chart of both months, the recomputation
// from the chain by a click, and the month's report exported as shown. The
// regulator (docs/audit-package.md): a bank's officer sees the flags on its
// deals and no form; the regulator's user flags an L/C by clicks, a refusal
// is explained, and an audit package exported from the screen verifies.
#include "ExportFiles.h"
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "chaincode/Registry.h"
#include "ledger/Genesis.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/AuditPackage.h"
#include "ledgerclient/GasLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/TranslationCatalog.h"
#include "models/governance/GasModels.h"
#include "models/governance/MemberListModel.h"
#include "models/governance/GovernanceRegistry.h"
#include "common/LcTestData.h"
#include "models/governance/DealFlagModel.h"
#include "ui/governance/AuditPane.h"
#include "ui/governance/GasPane.h"
#include "ui/governance/GovernancePage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/SaveFileChooser.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <fstream>
#include <sstream>

using lx::test::WorkstationFixture;

namespace {

constexpr int kLedgerMs = 20000;
using namespace std::chrono;

std::string fileText(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A transaction of label's, signed as of day; fails the test otherwise.
void submitAs(const std::shared_ptr<lx::client::Ledger> &ledger, const lx::client::Wallet &wallet,
    const std::string &label, year_month_day day, const std::string &function, const std::vector<lx::Bytes> &args,
    lx::Bytes *answer = nullptr)
{
    lx::client::Client client(ledger, wallet.identity(label));
    client.setClock(lx::client::chinaDateClock(day));
    const auto result = client.submit("trust", lx::chaincode::Registry::kName, function, args);
    QCOMPARE(result.code, protos::VALID);
    if (answer)
        *answer = result.response.payload();
}

} // namespace

class GovernanceTabsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthsBalancesAndChart();
    void recomputedFromTheChainByAClick();
    void theMonthExportsAsShown();
    void membersShowTheFeesTheUserMayRead();
    void regulatorFlagsAndExports();
    void cleanupTestCase();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::ui::GovernancePage *page() { return window()->findChild<lx::ui::GovernancePage *>(); }
    lx::ui::GasPane *pane() { return page()->gasPane(); }
    template<typename T> T *widget(const char *objectName) { return WorkstationFixture::find<T>(window(), objectName); }
    bool openGasTab();
    QString cell(int row, int column);
    void screenshot(const QString &name);

    std::unique_ptr<WorkstationFixture> m_fixture;
    QTemporaryDir m_out;
};

// Before the workstation opens the ledger, as other workstations would
// have: February's and March's business on trust, Dongfang's node states
// its March hours, the secretariat records both months on 1 April.
void GovernanceTabsTest::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    const std::string data = m_fixture->dataDir().toStdString();
    {
        const auto wallet
            = lx::client::Wallet::open(lx::client::walletDir(data), WorkstationFixture::kPassphrase.toStdString());
        const auto ledger = lx::client::openEmbeddedLedger(lx::client::consortiumDir(data));
        const year_month_day february { year { 2027 }, month { 2 }, day { 10 } };
        const year_month_day march { year { 2027 }, month { 3 }, day { 15 } };
        const year_month_day april { year { 2027 }, month { 4 }, day { 1 } };
        lianxin::trust::Proposal threshold;
        threshold.set_kind(lianxin::trust::Proposal::SET_THRESHOLD);
        threshold.set_title("Three quarters");
        threshold.set_threshold_numerator(3);
        threshold.set_threshold_denominator(4);
        lx::Bytes opened;
        submitAs(ledger, wallet, "HuaxiaBankMSP/admin1", february, "Propose", { threshold.SerializeAsString() }, &opened);
        lianxin::trust::Proposal proposal;
        QVERIFY(proposal.ParseFromString(opened));
        submitAs(ledger, wallet, "DongfangBankMSP/admin1", february, "Vote", { proposal.id(), "YES" });
        submitAs(ledger, wallet, "ChangjiangBankMSP/admin1", march, "Close", { proposal.id() });

        // An L/C Huaxia issued to Dongfang in February, for the regulator to flag.
        lianxin::lc::LcAction issue;
        *issue.mutable_issue()->mutable_lc() = lx::test::validTerms("LC-GOVTAB-0001", "HuaxiaBankMSP", "DongfangBankMSP");
        *issue.mutable_issue()->mutable_lc()->mutable_expiry_date() = lx::test::date(2027, 4, 30);
        *issue.mutable_issue()->mutable_lc()->mutable_latest_shipment_date() = lx::test::date(2027, 4, 15);
        lx::client::Client maker(ledger, wallet.identity("HuaxiaBankMSP/officer1"));
        maker.setClock(lx::client::chinaDateClock(february));
        const std::string draft = lx::client::LcWorkflow(maker).submitDraft(issue);
        lx::client::Client checker(ledger, wallet.identity("HuaxiaBankMSP/checker1"));
        checker.setClock(lx::client::chinaDateClock(february));
        lx::client::LcWorkflow(checker).approve(draft);

        // 2026's membership fees, CNY 100,000.00 for every tier, due on 31
        // March: overdue by now for every bank.
        lianxin::trust::FeeSchedule fees;
        fees.set_year(2026);
        for (int tier = 1; tier <= 5; ++tier)
            fees.add_tier_fee_fen(10'000'000);
        *fees.mutable_due_on() = lx::test::date(2026, 3, 31);
        lx::client::Client secretary(ledger, wallet.identity(WorkstationFixture::kSecretariatAdmin.toStdString()));
        QCOMPARE(secretary.submit("trust", lx::chaincode::Registry::kName, "SetFeeSchedule", { fees.SerializeAsString() })
                     .code,
            protos::VALID);

        const auto node = lx::ledger::peerDir(lx::client::consortiumDir(data), "DongfangBankMSP");
        const auto statement = lx::client::signAvailability(
            lx::crypto::PrivateKey::fromPem(fileText(node / "peer-key.pem")), fileText(node / "peer-cert.pem"),
            "DongfangBankMSP", "2027-03", 720);
        submitAs(ledger, wallet, "DongfangBankMSP/admin1", april, "ReportAvailability", { statement.SerializeAsString() });
        lx::client::Client secretariat(ledger, wallet.identity(WorkstationFixture::kSecretariatAdmin.toStdString()));
        secretariat.setClock(lx::client::chinaDateClock(april));
        for (const char *month : { "2027-02", "2027-03" }) {
            const auto report = lx::client::computeGasReport(secretariat, month);
            QCOMPARE(secretariat.submit("trust", lx::chaincode::Registry::kName, "RecordGasReport",
                                    { report.SerializeAsString() })
                         .code,
                protos::VALID);
        }
    }
    QVERIFY(m_fixture->startAndWaitForSignIn());
}

bool GovernanceTabsTest::openGasTab()
{
    if (!m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer))
        return false;
    auto *navigation = widget<QListWidget>("navigationList");
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(lx::ui::kSectionKeyRole).toString() == QLatin1String("governance"))
            QTest::mouseClick(
                navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(navigation->item(row)).center());
    }
    if (window()->currentSection() != lx::ui::Section::Governance)
        return false;
    auto *tabs = widget<QTabBar>("governanceTabBar");
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
    if (tabs->currentIndex() != 2)
        return false;
    return QTest::qWaitFor(
        [&] { return page()->registry().isLoaded() && page()->registry().gasReports().size() == 2; }, kLedgerMs);
}

QString GovernanceTabsTest::cell(int row, int column)
{
    auto *table = widget<QTableView>("gasReportTable");
    return table->model()->index(row, column).data().toString();
}

void GovernanceTabsTest::monthsBalancesAndChart()
{
    QVERIFY(openGasTab());
    QAbstractItemModelTester reportTester(&pane()->reportModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester balanceTester(
        &pane()->balanceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *months = widget<QComboBox>("gasPeriodCombo");
    QCOMPARE(months->count(), 2);
    QCOMPARE(months->itemText(0), QStringLiteral("2027-03")); // newest first
    QCOMPARE(pane()->period(), QStringLiteral("2027-03"));

    // March, by member (sorted by MSP ID): Dongfang's 720 hours at 500
    // milli-Gas; Changjiang's closing of the lapsed proposal.
    auto *table = widget<QTableView>("gasReportTable");
    QCOMPARE(table->model()->rowCount(), 7);
    QCOMPARE(cell(1, lx::models::GasReportModel::MemberColumn), QStringLiteral("ChangjiangBankMSP"));
    QCOMPARE(cell(1, lx::models::GasReportModel::TransactionsColumn), QStringLiteral("1"));
    QCOMPARE(cell(2, lx::models::GasReportModel::MemberColumn), QStringLiteral("DongfangBankMSP"));
    QCOMPARE(cell(2, lx::models::GasReportModel::HoursColumn), QStringLiteral("720"));
    QCOMPARE(cell(2, lx::models::GasReportModel::GasColumn), QStringLiteral("360.000"));
    const QString summary = widget<QLabel>("gasReportSummaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("2027-03: 364.000 Gas in all, recorded by SecretariatMSP")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1000 per endorsement, 2000 per transaction")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("trust blocks 0 to ")), qPrintable(summary));

    // February: Huaxia proposed and issued an L/C (four transactions of its
    // users in all, each endorsed by its peer), Dongfang voted.
    months->setCurrentIndex(1);
    QCOMPARE(pane()->period(), QStringLiteral("2027-02"));
    QCOMPARE(cell(2, lx::models::GasReportModel::GasColumn), QStringLiteral("3.000")); // Dongfang: 1 + 2
    QCOMPARE(cell(3, lx::models::GasReportModel::MemberColumn), QStringLiteral("HuaxiaBankMSP"));
    QCOMPARE(cell(3, lx::models::GasReportModel::TransactionsColumn), QStringLiteral("4"));
    QCOMPARE(cell(3, lx::models::GasReportModel::EndorsementsColumn), QStringLiteral("4"));
    QCOMPARE(cell(3, lx::models::GasReportModel::GasColumn), QStringLiteral("12.000"));

    // Balances: both months, the largest first.
    auto *balances = widget<QTableView>("gasBalanceTable");
    QCOMPARE(balances->model()->rowCount(), 7);
    QCOMPARE(balances->model()->index(0, lx::models::GasBalanceModel::MemberColumn).data().toString(),
        QStringLiteral("DongfangBankMSP"));
    QCOMPARE(balances->model()->index(0, lx::models::GasBalanceModel::BalanceColumn).data().toString(),
        QStringLiteral("363.000"));
    QCOMPARE(balances->model()->index(0, lx::models::GasBalanceModel::MonthsColumn).data().toString(),
        QStringLiteral("2"));

    // The chart: a stacked bar per month, a segment per member.
    QChart *chart = pane()->chartView()->chart();
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 1);
    auto *series = qobject_cast<QStackedBarSeries *>(chart->series().front());
    QVERIFY(series);
    QCOMPARE(series->count(), 7);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).front());
    QVERIFY(axis);
    QCOMPARE(axis->categories(), QStringList({ QStringLiteral("2027-02"), QStringLiteral("2027-03") }));
    const QList<QBarSet *> sets = series->barSets();
    const auto dongfang = std::find_if(
        sets.begin(), sets.end(), [](const QBarSet *set) { return set->label() == QLatin1String("DongfangBankMSP"); });
    QVERIFY(dongfang != sets.end());
    QCOMPARE((*dongfang)->at(0), 3.0);
    QCOMPARE((*dongfang)->at(1), 360.0);
    QVERIFY(!pane()->chartView()->accessibleName().isEmpty());
}

void GovernanceTabsTest::recomputedFromTheChainByAClick()
{
    QVERIFY(pane()->selectPeriod(QStringLiteral("2027-03")));
    auto *verify = widget<QPushButton>("gasVerifyButton");
    QVERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    auto *result = widget<QLabel>("gasVerifyResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The report matches the chain:")), kLedgerMs);
    QVERIFY2(result->text().endsWith(QStringLiteral("1 availability statements checked.")), qPrintable(result->text()));
    QVERIFY(verify->isEnabled());
    // Another month: its own result, none carried over.
    QVERIFY(pane()->selectPeriod(QStringLiteral("2027-02")));
    QVERIFY(result->text().isEmpty());
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().endsWith(QStringLiteral("0 availability statements checked.")), kLedgerMs);
    screenshot(QStringLiteral("gas"));
}

// With LIANXIN_GAS_SHOTS=DIR, the window in both languages (to look at).
void GovernanceTabsTest::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("LIANXIN_GAS_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window()->resize(1366, 768);
    for (const auto language : { lx::models::TranslationCatalog::Language::English,
             lx::models::TranslationCatalog::Language::SimplifiedChinese }) {
        m_fixture->catalog().install(language);
        QTest::qWait(50); // the language change reaches every widget first
        window()->grab().save(QDir(dir).filePath(name
            + (language == lx::models::TranslationCatalog::Language::English ? QStringLiteral("-en.png")
                                                                             : QStringLiteral("-zh.png"))));
    }
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::English);
}

void GovernanceTabsTest::theMonthExportsAsShown()
{
    QVERIFY(pane()->selectPeriod(QStringLiteral("2027-03")));
    const QString path = m_out.filePath(QStringLiteral("gas.csv"));
    QSignalSpy exported(page(), &lx::ui::GovernancePage::exported);
    lx::ui::SaveFileChooser::setNextAnswer(path);
    QTest::mouseClick(widget<QPushButton>("governanceExportCsvButton"), Qt::LeftButton);
    QVERIFY(exported.wait(kLedgerMs));
    QCOMPARE(exported.first().at(1).toString(), QString());
    const std::vector<QStringList> csv = lx::test::readCsvFile(path);
    QCOMPARE(static_cast<int>(csv.size()), 8); // the header and seven members
    QCOMPARE(csv.front().front(), QStringLiteral("Member"));
    QCOMPARE(csv[3].front(), QStringLiteral("DongfangBankMSP"));
    QCOMPARE(csv[3].back(), QStringLiteral("360.000"));
}

void GovernanceTabsTest::membersShowTheFeesTheUserMayRead()
{
    // A bank's officer reads its own bank's fees; the regulator every bank's.
    const auto fees = [this](const char *msp) {
        const auto &model = page()->memberModel();
        return model.index(model.rowOf(QString::fromLatin1(msp)), lx::models::MemberListModel::FeesColumn)
            .data()
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(fees("HuaxiaBankMSP"),
        QStringLiteral("CNY 100,000.00 outstanding, CNY 100,000.00 overdue"), kLedgerMs);
    QCOMPARE(fees("DongfangBankMSP"), QStringLiteral("—"));
    QCOMPARE(page()->memberModel().headerData(lx::models::MemberListModel::FeesColumn, Qt::Horizontal).toString(),
        QStringLiteral("Membership fees"));
}

void GovernanceTabsTest::regulatorFlagsAndExports()
{
    auto *tabs = widget<QTabBar>("governanceTabBar");
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(3).center());
    QCOMPARE(tabs->currentIndex(), 3);
    QVERIFY2(!widget<QGroupBox>("auditFlagBox")->isEnabled(), "an officer of a bank flags nothing");
    QVERIFY(!widget<QGroupBox>("auditExportBox")->isEnabled());

    QVERIFY(m_fixture->switchTo(QStringLiteral("RegulatorMSP/auditor1")));
    QCOMPARE(window()->currentSection(), lx::ui::Section::Governance);
    QVERIFY(widget<QGroupBox>("auditFlagBox")->isEnabled());
    auto *flag = widget<QPushButton>("auditFlagButton");
    QVERIFY2(!flag->isEnabled(), "no deal, no note");
    auto *result = widget<QLabel>("auditResultLabel");

    // An unknown deal: the contract's reason, in the user's language.
    QTest::keyClicks(widget<QLineEdit>("auditDealEdit"), QStringLiteral("LC-NONE-0001"));
    QTest::keyClicks(widget<QLineEdit>("auditNoteEdit"), QStringLiteral("Send the sales contract."));
    QVERIFY(flag->isEnabled());
    QTest::mouseClick(flag, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Refused: ")), kLedgerMs);

    auto *deal = widget<QLineEdit>("auditDealEdit");
    deal->clear();
    QTest::keyClicks(deal, QStringLiteral("LC-GOVTAB-0001"));
    QTest::mouseClick(flag, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        result->text(), QStringLiteral("Flagged LC-GOVTAB-0001; the banks party to it see the flag."), kLedgerMs);
    QTRY_COMPARE_WITH_TIMEOUT(page()->auditPane()->flagModel().rowCount(), 1, kLedgerMs);
    const auto &shown = page()->auditPane()->flagModel().flags().front();
    QCOMPARE(shown.note(), std::string("Send the sales contract."));
    QCOMPARE(shown.parties_size(), 2);

    // The audit package of trust since the founding, exported by a click.
    widget<QDateEdit>("auditFromEdit")->setDate(QDate(2026, 1, 1));
    widget<QDateEdit>("auditToEdit")->setDate(QDate(2027, 12, 31));
    const QString path = m_out.filePath(QStringLiteral("trust.pkg"));
    lx::ui::SaveFileChooser::setNextAnswer(path);
    QTest::mouseClick(widget<QPushButton>("auditExportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Audit package exported: blocks 0 to ")), kLedgerMs);
    screenshot(QStringLiteral("regulator"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    lianxin::audit::AuditPackage package;
    QVERIFY(package.ParseFromString(file.readAll().toStdString()));
    const auto verified = lx::client::verifyAuditPackage(package);
    QVERIFY2(!verified.problem, verified.problem ? verified.problem->c_str() : "");
    QCOMPARE(verified.manifest->channel(), std::string("trust"));

    // The regulator reads every bank's fees.
    const auto &members = page()->memberModel();
    QTRY_VERIFY_WITH_TIMEOUT(members.index(members.rowOf(QStringLiteral("DongfangBankMSP")),
                                        lx::models::MemberListModel::FeesColumn)
                                 .data()
                                 .toString()
                                 .endsWith(QStringLiteral(" overdue")),
        kLedgerMs);

    // The L/C's issuing bank sees the flag; no form.
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
    QTRY_COMPARE_WITH_TIMEOUT(page()->auditPane()->flagModel().rowCount(), 1, kLedgerMs);
    QVERIFY(!widget<QGroupBox>("auditFlagBox")->isEnabled());
}

void GovernanceTabsTest::cleanupTestCase()
{
    m_fixture.reset();
}

LIANXIN_GUI_TEST_MAIN(GovernanceTabsTest)
#include "GovernanceTabsTest.moc"
