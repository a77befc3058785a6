// Every screen in the officer's language: the workstation in zh_CN on a
// demo book of every product (and governance business), signed in as an
// officer, a checker, a manager, the regulator and the secretariat; every
// section and tab, the detail and form windows of each product and the
// dialogs are opened, and every string a user reads on them (ShownStrings)
// is checked for English words (ScreenWalker). A failure names the
// widget's objectName path and the text. With LIANXIN_ZH_SHOTS=DIR, each
// step is grabbed there as a PNG (to look at).
#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include "DemoBookDesk.h"
#include "GuiTestMain.h"
#include "ScreenWalker.h"
#include "ShownStrings.h"
#include "WorkstationFixture.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Wallet.h"
#include "models/BookReader.h"
#include "models/LcListModel.h"
#include "models/LcSheetModel.h"
#include "models/LocalBook.h"
#include "models/dashboards/DashboardModel.h"
#include "models/forfaiting/FfTableModel.h"
#include "models/governance/GovernanceRegistry.h"
#include "models/governance/ProposalListModel.h"
#include "models/guarantee/GuaranteeListModel.h"
#include "ui/dashboards/DashboardsPage.h"
#include "ui/dashboards/DrillDownDialog.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/firstrun/ImportIdentityDialog.h"
#include "ui/forfaiting/FfDealWindow.h"
#include "ui/forfaiting/FfQuoteForm.h"
#include "ui/forfaiting/ForfaitingPage.h"
#include "ui/governance/GovernancePage.h"
#include "ui/guarantee/GuaranteeActionForm.h"
#include "ui/guarantee/GuaranteeListPage.h"
#include "ui/guarantee/GuaranteeWindow.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/ledger/LedgerPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/quotes/QuoteBoardPage.h"
#include "ui/signin/SignInDialog.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <memory>
#include <set>

using lx::test::DemoBookDesk;
using lx::test::WorkstationFixture;

namespace {

constexpr int kWaitMs = 20000;
// Rows of each list page that are read; a detail window's tables are read whole.
constexpr int kListRows = 5;
constexpr int kDetailRows = 60;

// Governance business the demo book has not: a proposal with a vote, an
// admission, and the regulator's flag on one of Huaxia's L/Cs, as of the
// book's day.
void addGovernance(const std::shared_ptr<lx::client::Ledger> &ledger, const lx::client::Wallet &wallet)
{
    const auto as = [&](const char *label) {
        auto client = std::make_unique<lx::client::Client>(ledger, wallet.identity(label));
        client->setClock(lx::client::chinaDateClock(DemoBookDesk::kToday));
        return client;
    };
    auto huaxia = as("HuaxiaBankMSP/admin1");
    lianxin::trust::Proposal threshold;
    threshold.set_kind(lianxin::trust::Proposal::SET_THRESHOLD);
    threshold.set_title("表决门槛调整为四分之三");
    threshold.set_threshold_numerator(3);
    threshold.set_threshold_denominator(4);
    const auto opened = lx::client::GovernanceWorkflow(*huaxia).propose(threshold);
    auto dongfang = as("DongfangBankMSP/admin1");
    lx::client::GovernanceWorkflow(*dongfang).vote(opened.id(), "YES");

    auto secretariat = as("SecretariatMSP/admin1");
    lianxin::trust::Proposal admission;
    QVERIFY(admission.ParseFromString(WorkstationFixture::admissionOf("XinanBankMSP", "西南银行")));
    admission.set_title("接纳西南银行为成员"); // as the secretariat would write it
    lx::client::GovernanceWorkflow(*secretariat).propose(admission);

    auto reader = as("HuaxiaBankMSP/officer1");
    const lianxin::lc::LcList list = lx::client::LcWorkflow(*reader).list();
    QVERIFY(list.lcs_size() > 0);
    auto regulator = as("RegulatorMSP/auditor1");
    lx::client::GovernanceWorkflow(*regulator).flagDeal("lc", list.lcs(0).lc_no(), "单据日期与发票日期不一致，待核查");
}

} // namespace

class ZhCnWalkTest : public QObject, private DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishWordsAreFound();
    void officer();
    void checker();
    void manager();
    void regulator();
    void secretariat();
    void importIdentityAndFirstRun();
    void cleanupTestCase();

private:
    bool signInAs(const QString &label);
    bool settle() { return m_walker->settle(); }
    void look(const QWidget *window, const QString &step, int rows = kListRows) { m_walker->look(window, step, rows); }
    void walkSections(const QString &role);
    void lcWindows();
    void draftAdvice();
    void approveDraft();
    void guaranteeWindows();
    void forfaitingWindows();
    void quoteForms();
    void governanceDetail();
    void ledgerExplorer();
    void outbox();
    void drillDown();
    void verifyNothingEnglish();
    template<typename T> T *page(const char *objectName) { return WorkstationFixture::find<T>(window(), objectName); }

    std::unique_ptr<lx::test::ScreenWalker> m_walker;
    QElapsedTimer m_clock;
};

void ZhCnWalkTest::initTestCase()
{
    m_clock.start();
    DeskOptions options;
    options.forfaiting = true;
    options.language = lx::models::TranslationCatalog::Language::SimplifiedChinese;
    options.more = addGovernance;
    QVERIFY(openDesk(options));
    m_walker = std::make_unique<lx::test::ScreenWalker>(m_fixture->shell().reader());
    qInfo("desk open after %lld ms", m_clock.elapsed());
}

// The check itself, on texts of both kinds.
void ZhCnWalkTest::englishWordsAreFound()
{
    using lx::test::englishWordIn;
    QCOMPARE(englishWordIn(QStringLiteral("开证 Issued for CNY 1,000.00")), QStringLiteral("Issued"));
    QCOMPARE(englishWordIn(QStringLiteral("账本高度：trust 3 · lc 1 · forfaiting 1 · guarantee 1")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("用户：Wang Fang（officer1）")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("HuaxiaBankMSP/officer1 签署")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("交易 4e0d23627f31ab 有效：VALID")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("导出为 PDF：lc-2026.pdf，SHA-256 校验")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("信用证号 HX-LC-2026-0001，金额 CNY 12,000.00")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("Guarantee 保函")), QStringLiteral("Guarantee"));
    QCOMPARE(englishWordIn(QStringLiteral("GOV-0002 — 接纳西南银行")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("深圳南山电子科技有限公司 (91440305MA5D8K2RXG)")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("数据目录 /tmp/lianxin-data/wallet")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("由秘书处记录（lianxin-cli gas report），见 docs/gas.md")), QString());
    QCOMPARE(englishWordIn(QStringLiteral("Gas 余额，MSP 标识")), QString());
    // Codes and words in capitals are English all the same.
    QCOMPARE(englishWordIn(QStringLiteral("LATE_SHIPMENT")), QStringLiteral("LATE"));
    QCOMPARE(englishWordIn(QStringLiteral("状态：AMENDMENT_PENDING")), QStringLiteral("AMENDMENT"));
}

// Through the sign-in dialog, looked at on the way; with the book live.
bool ZhCnWalkTest::signInAs(const QString &label)
{
    m_walker->setRole(label);
    lx::ui::WorkstationShell &shell = m_fixture->shell();
    if (shell.session().identity().label != label) {
        shell.switchIdentity();
        if (!QTest::qWaitFor([&shell] { return shell.signInDialog()->isVisible(); }, kWaitMs))
            return false;
        look(shell.signInDialog(), QStringLiteral("signIn"));
        if (!m_fixture->signIn(label))
            return false;
    }
    return waitForLiveBook() && settle();
}

void ZhCnWalkTest::walkSections(const QString &role)
{
    QVERIFY2(signInAs(role), qPrintable(role));
    for (const lx::ui::Section section : lx::ui::kSections) {
        window()->showSection(section);
        QVERIFY(settle());
        const QString key = lx::ui::SectionText::key(section);
        if (section == lx::ui::Section::Governance) {
            auto *governance = page<lx::ui::GovernancePage>("governancePage");
            QVERIFY(governance);
            QVERIFY(QTest::qWaitFor([&] { return governance->registry().isLoaded(); }, kWaitMs));
        }
        look(window(), key);
        m_walker->walkTabs(window()->findChild<QWidget *>(QStringLiteral("pageStack")), key, kListRows);
    }
}

void ZhCnWalkTest::lcWindows()
{
    window()->showSection(lx::ui::Section::LettersOfCredit);
    auto *list = page<lx::ui::LcListPage>("lettersOfCreditPage");
    QVERIFY(list);
    QVERIFY(settle());
    auto &model = list->model();
    QVERIFY(model.rowCount() > 0);
    // One L/C of each state: their timelines hold every kind of event.
    std::set<int> states;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!states.insert(index.data(lx::models::LcListModel::StateRole).toInt()).second)
            continue;
        const QString lcNo = index.data(lx::models::LcListModel::LcNoRole).toString();
        lx::ui::LcDetailWindow *detail = list->openDetail(lcNo);
        QVERIFY(detail);
        QVERIFY(QTest::qWaitFor([detail] { return detail->sheet(0).rowCount() > 0; }, kWaitMs));
        QVERIFY(settle());
        const QString step = QStringLiteral("lcDetail ") + lcNo;
        look(detail, step, kDetailRows);
        m_walker->walkTabs(detail, step, kDetailRows);
        // Its action forms, once, on the first L/C.
        if (states.size() == 1) {
            for (const auto kind : { lx::ui::LcActionForm::Kind::Amend, lx::ui::LcActionForm::Kind::Present,
                     lx::ui::LcActionForm::Kind::Examine, lx::ui::LcActionForm::Kind::Refuse,
                     lx::ui::LcActionForm::Kind::Waive, lx::ui::LcActionForm::Kind::Cancel }) {
                lx::ui::LcActionForm *form = detail->openForm(kind);
                QVERIFY(form);
                look(form->window(), step + QStringLiteral(" form ") + lx::ui::LcActionForm::title(kind));
                form->window()->close();
            }
        }
        detail->close();
    }
    // The issuance form, for those who may draft.
    auto *issue = page<QPushButton>("lcNewButton");
    if (issue && issue->isVisible() && issue->isEnabled()) {
        issue->click();
        QVERIFY(list->issueWindow());
        QTRY_VERIFY(list->issueWindow()->isVisible());
        look(list->issueWindow(), QStringLiteral("lcIssueForm"));
        list->issueWindow()->hide();
    }
}

// An officer's draft, for the outbox and the checker's approvals: the
// advice of an L/C Huaxia advises.
void ZhCnWalkTest::draftAdvice()
{
    window()->showSection(lx::ui::Section::LettersOfCredit);
    auto *list = page<lx::ui::LcListPage>("lettersOfCreditPage");
    QVERIFY(settle());
    for (const auto &lc : ledgerLetters()) {
        if (lc.state() != lianxin::lc::LetterOfCredit::ISSUED || lc.advising_bank_msp() != kBank.toStdString())
            continue;
        lx::ui::LcDetailWindow *detail = list->openDetail(QString::fromStdString(lc.lc_no()));
        QVERIFY(QTest::qWaitFor([detail] { return detail->actionButton(QStringLiteral("advise")); }, kWaitMs));
        QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
        QTest::mouseClick(detail->actionButton(QStringLiteral("advise")), Qt::LeftButton);
        QVERIFY(queued.wait(kWaitMs));
        detail->close();
        return;
    }
    QFAIL("no L/C for Huaxia to advise");
}

// The checker approves the officer's draft: the approval in the outbox, the
// draft's detail on the Approvals page first.
void ZhCnWalkTest::approveDraft()
{
    window()->showSection(lx::ui::Section::Approvals);
    auto *table = page<QTableView>("approvalsTable");
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kWaitMs);
    table->selectRow(0);
    QVERIFY(settle());
    look(window(), QStringLiteral("approvals draft"), kDetailRows);
    auto *approve = page<QPushButton>("approvalsApproveButton");
    QVERIFY(approve->isEnabled());
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(queued.wait(kWaitMs));
}

void ZhCnWalkTest::guaranteeWindows()
{
    window()->showSection(lx::ui::Section::Guarantees);
    auto *list = page<lx::ui::GuaranteeListPage>("guaranteesPage");
    QVERIFY(list);
    QVERIFY(settle());
    auto &model = list->model();
    QVERIFY(model.rowCount() > 0);
    std::set<int> states;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!states.insert(index.data(lx::models::GuaranteeListModel::StateRole).toInt()).second)
            continue;
        const QString no = index.data(lx::models::GuaranteeListModel::GuaranteeNoRole).toString();
        lx::ui::GuaranteeWindow *w = list->openGuarantee(no);
        QVERIFY(w);
        QVERIFY(QTest::qWaitFor([w] { return w->guarantee() != nullptr; }, kWaitMs));
        QVERIFY(settle());
        const QString step = QStringLiteral("guarantee ") + no;
        look(w, step, kDetailRows);
        m_walker->walkTabs(w, step, kDetailRows);
        if (states.size() == 1) {
            using K = lx::ui::GuaranteeActionForm::Kind;
            for (const auto kind : { K::Amend, K::Demand, K::Examine, K::Suspend, K::Extend, K::Reduce, K::Release,
                     K::StopPayment, K::LiftStopPayment }) {
                lx::ui::GuaranteeActionForm *form = w->openForm(kind);
                QVERIFY(form);
                look(form->window(), step + QStringLiteral(" form ") + lx::ui::GuaranteeActionForm::key(kind));
                form->window()->close();
            }
        }
        w->close();
    }
    auto *issue = page<QPushButton>("gtNewButton");
    if (issue && issue->isVisible() && issue->isEnabled()) {
        list->openIssueForm();
        QTRY_VERIFY(list->issueWindow()->isVisible());
        look(list->issueWindow(), QStringLiteral("guaranteeIssueForm"));
        list->issueWindow()->hide();
    }
}

void ZhCnWalkTest::forfaitingWindows()
{
    window()->showSection(lx::ui::Section::Forfaiting);
    auto *forfaiting = page<lx::ui::ForfaitingPage>("forfaitingPage");
    QVERIFY(forfaiting);
    QVERIFY(settle());
    auto *deals = WorkstationFixture::find<QTableView>(forfaiting, "ffDealsTable");
    for (int row = 0; row < std::min(deals->model()->rowCount(), 3); ++row) {
        const QString dealId = deals->model()->index(row, 0).data(lx::models::FfTableModel::IdRole).toString();
        lx::ui::FfDealWindow *deal = forfaiting->openDeal(dealId);
        QVERIFY(deal);
        QVERIFY(settle());
        look(deal, QStringLiteral("ffDeal ") + dealId, kDetailRows);
        deal->close();
    }
    auto *market = WorkstationFixture::find<QTableView>(forfaiting, "ffMarketTable");
    if (market->model()->rowCount() > 0) {
        const QString listingId = market->model()->index(0, 0).data(lx::models::FfTableModel::IdRole).toString();
        lx::ui::FfQuoteForm *form = forfaiting->openQuoteForm(listingId);
        if (form) {
            QVERIFY(settle());
            look(form->window(), QStringLiteral("ffQuoteForm"));
            form->window()->close();
        }
    }
}

void ZhCnWalkTest::quoteForms()
{
    window()->showSection(lx::ui::Section::Quotes);
    auto *board = page<lx::ui::QuoteBoardPage>("quotesPage");
    QVERIFY(board);
    auto *post = WorkstationFixture::find<QPushButton>(board, "quotePostButton");
    if (!post || post->isHidden())
        return;
    board->openPostForm();
    look(board->postWindow(), QStringLiteral("quotePostForm"));
    board->postWindow()->hide();
    board->openDealForm();
    look(board->dealWindow(), QStringLiteral("quoteDealForm"));
    board->dealWindow()->hide();
}

void ZhCnWalkTest::governanceDetail()
{
    window()->showSection(lx::ui::Section::Governance);
    auto *governance = page<lx::ui::GovernancePage>("governancePage");
    QVERIFY(QTest::qWaitFor([&] { return governance->registry().isLoaded(); }, kWaitMs));
    auto &proposals = governance->proposalModel();
    for (int row = 0; row < proposals.rowCount(); ++row) {
        auto *table = WorkstationFixture::find<QTableView>(governance, "governanceProposalTable");
        table->selectRow(row);
        QVERIFY(settle());
        look(window(), QStringLiteral("proposal %1").arg(row), kDetailRows);
    }
}

void ZhCnWalkTest::ledgerExplorer()
{
    window()->showSection(lx::ui::Section::Ledger);
    auto *ledger = page<lx::ui::LedgerPage>("ledgerPage");
    QVERIFY(ledger);
    auto *channels = WorkstationFixture::find<QTableView>(ledger, "ledgerChannelTable");
    auto *blocks = WorkstationFixture::find<QTableView>(ledger, "ledgerBlockTable");
    auto *transactions = WorkstationFixture::find<QTableView>(ledger, "ledgerTransactionTable");
    QTRY_VERIFY_WITH_TIMEOUT(channels->model()->rowCount() > 0, kWaitMs);
    for (int row = 0; row < channels->model()->rowCount(); ++row) {
        channels->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > 0, kWaitMs);
        blocks->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(transactions->model()->rowCount() > 0, kWaitMs);
        transactions->selectRow(0);
        QCoreApplication::processEvents();
        look(window(), QStringLiteral("ledger channel %1").arg(row), kListRows);
    }
}

void ZhCnWalkTest::outbox()
{
    auto *button = WorkstationFixture::find<QAbstractButton>(window(), "statusOutboxButton");
    QVERIFY(button);
    button->click();
    QVERIFY(window()->outboxWindow());
    QTRY_VERIFY(window()->outboxWindow()->isVisible());
    QVERIFY(settle());
    look(window()->outboxWindow(), QStringLiteral("outbox"), kDetailRows);
    window()->outboxWindow()->close();
}

void ZhCnWalkTest::drillDown()
{
    window()->showSection(lx::ui::Section::Dashboards);
    auto *dashboards = page<lx::ui::DashboardsPage>("dashboardsPage");
    QVERIFY(dashboards);
    QVERIFY(QTest::qWaitFor(
        [&] { return dashboards->model().hasResult() && !dashboards->model().isComputing(); }, kWaitMs));
    dashboards->drillDown(lx::cache::dash::Chart::Issued, 0);
    lx::ui::DrillDownDialog *dialog = dashboards->drillDownDialog();
    if (!dialog)
        return;
    QVERIFY(settle());
    look(dialog, QStringLiteral("drillDown"), kDetailRows);
    dialog->close();
}

void ZhCnWalkTest::verifyNothingEnglish()
{
    const QStringList found = m_walker->takeFound();
    // Each on a line of its own: QTest cuts a long failure message short.
    for (const QString &line : found)
        qWarning("English on a zh_CN screen: %s", qUtf8Printable(line));
    QVERIFY2(found.isEmpty(),
        qUtf8Printable(QStringLiteral("%1 English string(s) on zh_CN screens, the first: %2")
                           .arg(found.size())
                           .arg(found.value(0))));
}

void ZhCnWalkTest::officer()
{
    QVERIFY(signInAs(WorkstationFixture::kHuaxiaOfficer));
    draftAdvice();
    walkSections(WorkstationFixture::kHuaxiaOfficer);
    lcWindows();
    guaranteeWindows();
    forfaitingWindows();
    quoteForms();
    governanceDetail();
    outbox();
    qInfo("officer walked after %lld ms", m_clock.elapsed());
    verifyNothingEnglish();
}

void ZhCnWalkTest::checker()
{
    walkSections(QStringLiteral("HuaxiaBankMSP/checker1"));
    approveDraft();
    outbox();
    qInfo("checker walked after %lld ms", m_clock.elapsed());
    verifyNothingEnglish();
}

void ZhCnWalkTest::manager()
{
    walkSections(QStringLiteral("HuaxiaBankMSP/manager1"));
    drillDown();
    qInfo("manager walked after %lld ms", m_clock.elapsed());
    verifyNothingEnglish();
}

void ZhCnWalkTest::regulator()
{
    walkSections(QStringLiteral("RegulatorMSP/auditor1"));
    ledgerExplorer();
    lcWindows();
    guaranteeWindows();
    forfaitingWindows();
    drillDown();
    qInfo("regulator walked after %lld ms", m_clock.elapsed());
    verifyNothingEnglish();
}

void ZhCnWalkTest::secretariat()
{
    walkSections(WorkstationFixture::kSecretariatAdmin);
    governanceDetail();
    qInfo("secretariat walked after %lld ms", m_clock.elapsed());
    verifyNothingEnglish();
}

// The dialogs before and beside the main window: importing an identity,
// and the first run on a machine with no consortium yet.
void ZhCnWalkTest::importIdentityAndFirstRun()
{
    m_walker->setRole(WorkstationFixture::kSecretariatAdmin);
    m_fixture->shell().importIdentity();
    QTRY_VERIFY(m_fixture->shell().importIdentityDialog() && m_fixture->shell().importIdentityDialog()->isVisible());
    look(m_fixture->shell().importIdentityDialog(), QStringLiteral("importIdentity"));
    m_fixture->shell().importIdentityDialog()->close();

    m_walker->setRole(QStringLiteral("firstRun"));
    WorkstationFixture::Setup setup;
    setup.createSandbox = false;
    setup.language = lx::models::TranslationCatalog::Language::SimplifiedChinese;
    WorkstationFixture firstRun(setup);
    QVERIFY(firstRun.isValid());
    firstRun.shell().start();
    QTRY_VERIFY(firstRun.shell().firstRunDialog() && firstRun.shell().firstRunDialog()->isVisible());
    look(firstRun.shell().firstRunDialog(), QStringLiteral("firstRun"));
    verifyNothingEnglish();
}

void ZhCnWalkTest::cleanupTestCase()
{
    closeDesk();
}

LIANXIN_GUI_TEST_MAIN(ZhCnWalkTest)
#include "ZhCnWalkTest.moc"
