// The zh_CN walk's fixture and each role's walk (ZhCnWalkTest.h says what it covers).
#include "ZhCnWalkTest.h"

#include "GuiTestMain.h"
#include "ShownStrings.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Wallet.h"
#include "models/BookReader.h"
#include "models/governance/GovernanceRegistry.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/firstrun/ImportIdentityDialog.h"
#include "ui/governance/GovernancePage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <memory>

using lx::test::DemoBookDesk;
using lx::test::WorkstationFixture;
using zhcnwalk::kListRows;
using zhcnwalk::kWaitMs;

namespace {

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
