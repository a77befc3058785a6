// The Governance section, driven by clicks as a council and the
// secretariat would (docs/governance-screens.md): a sixth bank applies, the
// council admits it by vote, a refusal is shown in the user's language, and
// the channel configuration that lets the bank in is prepared, signed by
// four administrators and submitted.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "crypto/Hash.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/governance/ChannelConfigModel.h"
#include "models/governance/GovernanceRegistry.h"
#include "models/governance/MemberListModel.h"
#include "models/governance/ProposalListModel.h"
#include "ui/governance/ChannelConfigPanel.h"
#include "ui/governance/GovernanceConfirmDialog.h"
#include "ui/governance/GovernancePage.h"
#include "ui/governance/ProposalDetailPane.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using lx::models::ChannelConfigModel;
using lx::models::ChannelConfigState;
using lx::test::WorkstationFixture;

namespace {

constexpr int kLedgerMs = 20000;
const QString kBank = QStringLiteral("XiangjiangBankMSP");

QString adminOf(const char *bank)
{
    return QString::fromLatin1(bank) + QStringLiteral("/admin1");
}

} // namespace

class GovernanceScreenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void councilAdmitsTheBankByVote();
    void channelConfigurationLetsTheBankIn();
    void cleanupTestCase();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::ui::GovernancePage *page() { return window()->findChild<lx::ui::GovernancePage *>(); }
    template<typename T> T *widget(const char *objectName) { return WorkstationFixture::find<T>(window(), objectName); }
    // Signed in as label, in the Governance section (clicked in the
    // navigation), the admission chosen in the list by a click.
    bool openAdmissionAs(const QString &label);
    // The confirmation on show, once it is.
    lx::ui::GovernanceConfirmDialog *openConfirmation();
    QString messageText() { return widget<QLabel>("proposalMessageLabel")->text(); }
    int configRowCount() { return page()->detailPane()->configPanel()->model().rowCount(); }
    bool everyChannelAt(ChannelConfigState::Stage stage);
    void voteYesAs(const char *bank);
    void signAs(const QString &label);

    std::unique_ptr<WorkstationFixture> m_fixture;
    QString m_proposalId;
};

void GovernanceScreenTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    const std::string data = m_fixture->dataDir().toStdString();
    const std::string passphrase = WorkstationFixture::kPassphrase.toStdString();
    // The applicant makes its CA and users; the secretariat's administrator
    // proposes its admission with that CA (before the workstation opens the
    // ledger, as another workstation would have).
    const std::string rootPem = lx::client::addSandboxBank(data, passphrase,
        lx::client::sandboxBank(kBank.toStdString(), "Xiangjiang Rural Commercial Bank", "湘江农村商业银行", 3,
            { "Liu Yang", "Chen Jing", "Zhou Min", "Wu Lei", "Sun Hui" }));
    {
        const auto wallet = lx::client::Wallet::open(lx::client::walletDir(data), passphrase);
        const auto ledger = lx::client::openEmbeddedLedger(lx::client::consortiumDir(data));
        lx::client::Client secretariat(ledger, wallet.identity(WorkstationFixture::kSecretariatAdmin.toStdString()));
        lianxin::trust::Member applicant;
        applicant.set_msp_id(kBank.toStdString());
        applicant.set_name("Xiangjiang Rural Commercial Bank");
        applicant.set_name_zh("湘江农村商业银行");
        applicant.set_kind(lianxin::trust::Member::BANK);
        applicant.set_tier(3);
        applicant.add_root_certs_pem(rootPem);
        lianxin::trust::Proposal admission = lx::client::admissionProposal(applicant, { lianxin::trust::LINE_LC },
            lx::crypto::sha256("application of Xiangjiang"), lx::crypto::sha256("agreement signed by Xiangjiang"));
        admission.set_title("Admit Xiangjiang Rural Commercial Bank");
        m_proposalId = QString::fromStdString(lx::client::GovernanceWorkflow(secretariat).propose(admission).id());
    }
    QVERIFY(m_fixture->startAndWaitForSignIn());
}

bool GovernanceScreenTest::openAdmissionAs(const QString &label)
{
    if (!m_fixture->switchTo(label))
        return false;
    auto *navigation = widget<QListWidget>("navigationList");
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(lx::ui::kSectionKeyRole).toString() == QLatin1String("governance"))
            QTest::mouseClick(
                navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(navigation->item(row)).center());
    }
    if (window()->currentSection() != lx::ui::Section::Governance)
        return false;
    auto *table = widget<QTableView>("governanceProposalTable");
    const bool listed = QTest::qWaitFor(
        [&] {
            return page()->registry().isLoaded() && !page()->registry().isReadPending()
                && page()->proposalModel().rowOf(m_proposalId) >= 0;
        },
        kLedgerMs);
    if (!listed)
        return false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, lx::models::ProposalListModel::IdColumn);
        if (index.data().toString() == m_proposalId)
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }
    return page()->selectedProposalId() == m_proposalId;
}

lx::ui::GovernanceConfirmDialog *GovernanceScreenTest::openConfirmation()
{
    lx::ui::GovernanceConfirmDialog *shown = nullptr;
    (void)QTest::qWaitFor([&] {
        for (auto *dialog : page()->findChildren<lx::ui::GovernanceConfirmDialog *>()) {
            if (dialog->isVisible())
                shown = dialog;
        }
        return shown != nullptr;
    });
    return shown;
}

bool GovernanceScreenTest::everyChannelAt(ChannelConfigState::Stage stage)
{
    const auto &states = page()->detailPane()->configPanel()->model().states();
    return !states.empty()
        && std::all_of(states.begin(), states.end(), [&](const ChannelConfigState &s) { return s.stage() == stage; });
}

void GovernanceScreenTest::voteYesAs(const char *bank)
{
    QVERIFY(openAdmissionAs(adminOf(bank)));
    auto *yes = widget<QPushButton>("proposalVoteYesButton");
    QTRY_VERIFY_WITH_TIMEOUT(yes->isEnabled(), kLedgerMs);
    QTest::mouseClick(yes, Qt::LeftButton);
    lx::ui::GovernanceConfirmDialog *confirm = openConfirmation();
    QVERIFY(confirm);
    QVERIFY2(
        confirm->question().startsWith(QStringLiteral("Vote Yes on ") + m_proposalId), qPrintable(confirm->question()));
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(confirm, "governanceConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(messageText().startsWith(QStringLiteral("Your bank's vote is recorded.")), kLedgerMs);
}

void GovernanceScreenTest::councilAdmitsTheBankByVote()
{
    // A bank's officer reads the proposal; the vote is its administrator's.
    QVERIFY(openAdmissionAs(WorkstationFixture::kHuaxiaOfficer));
    lx::ui::GovernancePage *governance = page();
    QAbstractItemModelTester proposalsTester(
        &governance->proposalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester membersTester(
        &governance->memberModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester configTester(
        &governance->detailPane()->configPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString heading = widget<QLabel>("proposalHeadingLabel")->text();
    QCOMPARE(heading, m_proposalId + QStringLiteral(" — Admit Xiangjiang Rural Commercial Bank"));
    QCOMPARE(widget<QTableWidget>("proposalMaterialsTable")->rowCount(), 2);
    QCOMPARE(widget<QTableWidget>("proposalMaterialsTable")->item(0, 2)->text(),
        QString::fromStdString(lx::toHex(lx::crypto::sha256("application of Xiangjiang"))));
    QVERIFY(widget<QLabel>("proposalVotingValue")->text().endsWith(QStringLiteral("(China time)")));
    QVERIFY(!widget<QPushButton>("proposalVoteYesButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("proposalVoteNoButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("proposalVoteAbstainButton")->isEnabled());
    QCOMPARE(widget<QLabel>("proposalVoteHintLabel")->text(),
        QStringLiteral("Only your bank's administrator votes for it; sign in as the administrator."));
    QVERIFY(!governance->detailPane()->configPanel()->isVisible());

    voteYesAs("HuaxiaBankMSP");
    voteYesAs("DongfangBankMSP");
    const QModelIndex tally = governance->proposalModel().index(
        governance->proposalModel().rowOf(m_proposalId), lx::models::ProposalListModel::TallyColumn);
    QTRY_COMPARE(tally.data().toString(), QStringLiteral("2 yes of 4 needed"));

    // Changjiang's administrator confirms a vote that another workstation
    // of the bank cast meanwhile: the contract refuses, in the user's language.
    QVERIFY(openAdmissionAs(adminOf("ChangjiangBankMSP")));
    QTRY_VERIFY_WITH_TIMEOUT(widget<QPushButton>("proposalVoteNoButton")->isEnabled(), kLedgerMs);
    QTest::mouseClick(widget<QPushButton>("proposalVoteNoButton"), Qt::LeftButton);
    lx::ui::GovernanceConfirmDialog *confirm = openConfirmation();
    QVERIFY(confirm);
    auto elsewhere
        = QtConcurrent::run([client = m_fixture->shell().session().client(), id = m_proposalId.toStdString()] {
              return lx::client::GovernanceWorkflow(*client).vote(id, "YES").votes_size();
          });
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.isFinished(), kLedgerMs);
    QCOMPARE(elsewhere.result(), 3);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(confirm, "governanceConfirmButton"), Qt::LeftButton);
    const QString refusal = lx::models::ReasonCatalog::text(QStringLiteral("GOV_ALREADY_VOTED"));
    QTRY_VERIFY_WITH_TIMEOUT(messageText().startsWith(QStringLiteral("Refused: ") + refusal), kLedgerMs);
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::SimplifiedChinese);
    const QString chinese = lx::models::ReasonCatalog::text(QStringLiteral("GOV_ALREADY_VOTED"));
    QVERIFY(chinese != refusal);
    QTRY_VERIFY2(messageText().contains(chinese), qUtf8Printable(messageText()));
    QTRY_COMPARE(widget<QPushButton>("proposalVoteYesButton")->text(), QStringLiteral("赞成…"));
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::English);
    QTRY_COMPARE(tally.data().toString(), QStringLiteral("3 yes of 4 needed"));

    // The fourth yes passes it: the list says so, and the bank is a member.
    voteYesAs("NanhaiBankMSP");
    const int row = governance->proposalModel().rowOf(m_proposalId);
    QTRY_COMPARE(governance->proposalModel().index(row, 0).data(lx::models::ProposalListModel::StatusRole).toInt(),
        static_cast<int>(lianxin::trust::Proposal::PASSED));
    QCOMPARE(governance->proposalModel().index(row, lx::models::ProposalListModel::StatusColumn).data().toString(),
        QStringLiteral("Passed"));
    QVERIFY(!widget<QPushButton>("proposalVoteYesButton")->isEnabled());
    // Filtered by state: none open, one passed.
    auto *states = widget<QComboBox>("governanceStateFilterCombo");
    auto *proposals = widget<QTableView>("governanceProposalTable");
    QTest::keyClick(states, Qt::Key_Down);
    QCOMPARE(states->currentText(), QStringLiteral("Open"));
    QCOMPARE(proposals->model()->rowCount(), 0);
    QTest::keyClick(states, Qt::Key_Down);
    QCOMPARE(states->currentText(), QStringLiteral("Passed"));
    QCOMPARE(proposals->model()->rowCount(), 1);
    QCOMPARE(page()->selectedProposalId(), m_proposalId);
    QTest::keyClick(states, Qt::Key_Home);
    QCOMPARE(states->currentIndex(), 0);
    auto *tabs = widget<QTabBar>("governanceTabBar");
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    auto *members = widget<QTableView>("governanceMemberTable");
    QVERIFY(members->isVisible());
    const int memberRow = governance->memberModel().rowOf(kBank);
    QVERIFY(memberRow >= 0);
    QTRY_COMPARE(
        governance->memberModel().index(memberRow, lx::models::MemberListModel::StatusColumn).data().toString(),
        QStringLiteral("Active"));
    QCOMPARE(governance->memberModel().index(memberRow, lx::models::MemberListModel::LinesColumn).data().toString(),
        QStringLiteral("Letters of credit"));
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::SimplifiedChinese);
    QTRY_COMPARE(governance->memberModel().index(memberRow, lx::models::MemberListModel::NameColumn).data().toString(),
        QStringLiteral("湘江农村商业银行"));
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::English);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
}

void GovernanceScreenTest::signAs(const QString &label)
{
    QVERIFY(openAdmissionAs(label));
    auto *sign = widget<QPushButton>("channelConfigSignButton");
    QTRY_VERIFY_WITH_TIMEOUT(sign->isVisible() && sign->isEnabled(), kLedgerMs);
    const int before = page()->detailPane()->configPanel()->model().states().front().record.signatures_size();
    QTest::mouseClick(sign, Qt::LeftButton);
    lx::ui::GovernanceConfirmDialog *confirm = openConfirmation();
    QVERIFY(confirm);
    // What the administrator signs: describeConfigUpdate, for each channel.
    QVERIFY2(confirm->details().contains(QStringLiteral("Channel: trust\nAdds organization: XiangjiangBankMSP")),
        qPrintable(confirm->details()));
    QVERIFY(confirm->details().contains(QStringLiteral("Channel: lc\n")));
    QVERIFY(confirm->details().contains(QStringLiteral("Root CA: CN=ca.xiangjiangbankmsp")));
    QVERIFY(WorkstationFixture::find<QPlainTextEdit>(confirm, "governanceConfirmDetailsEdit")->isVisible());
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(confirm, "governanceConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        messageText() == QStringLiteral("Your organization's signature is recorded on trust, lc."), kLedgerMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->detailPane()->configPanel()->model().states().front().record.signatures_size() == before + 1,
        kLedgerMs);
}

void GovernanceScreenTest::channelConfigurationLetsTheBankIn()
{
    // The secretariat prepares the update of every channel the bank needs.
    QVERIFY(openAdmissionAs(WorkstationFixture::kSecretariatAdmin));
    lx::ui::ChannelConfigPanel *panel = page()->detailPane()->configPanel();
    QVERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(everyChannelAt(ChannelConfigState::Stage::NotPrepared), kLedgerMs);
    QCOMPARE(configRowCount(), 2); // trust, and lc for its line
    auto *prepare = widget<QPushButton>("channelConfigPrepareButton");
    QVERIFY(prepare->isEnabled());
    QVERIFY(!widget<QPushButton>("channelConfigSubmitButton")->isEnabled());
    QTest::mouseClick(prepare, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(everyChannelAt(ChannelConfigState::Stage::Signing), kLedgerMs);
    QVERIFY(!prepare->isEnabled());
    QCOMPARE(
        panel->model().index(0, ChannelConfigModel::SignaturesColumn).data().toString(), QStringLiteral("None yet"));
    QVERIFY(panel->model()
                .index(0, ChannelConfigModel::StatusColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Not yet: ")));

    // Four administrators of seven organizations sign, each in their own session.
    signAs(WorkstationFixture::kSecretariatAdmin);
    signAs(adminOf("HuaxiaBankMSP"));
    signAs(adminOf("DongfangBankMSP"));
    QVERIFY(!everyChannelAt(ChannelConfigState::Stage::Ready)); // three of seven
    signAs(adminOf("ChangjiangBankMSP"));
    QTRY_VERIFY_WITH_TIMEOUT(everyChannelAt(ChannelConfigState::Stage::Ready), kLedgerMs);
    QCOMPARE(
        panel->model().index(1, ChannelConfigModel::StatusColumn).data().toString(), QStringLiteral("Ready to submit"));
    QCOMPARE(widget<QLabel>("channelConfigStatusLabel")->text(), QStringLiteral("Ready to submit on trust, lc."));
    QVERIFY(panel->model()
                .index(0, ChannelConfigModel::SignaturesColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Consortium Secretariat (admin1)")));
    QVERIFY(!widget<QPushButton>("channelConfigSignButton")->isEnabled()); // Changjiang has signed

    // The secretariat submits: the configuration is in force on both channels.
    QVERIFY(openAdmissionAs(WorkstationFixture::kSecretariatAdmin));
    auto *submit = widget<QPushButton>("channelConfigSubmitButton");
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), kLedgerMs);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(messageText(), QStringLiteral("The update is in force on trust, lc."), kLedgerMs);
    QTRY_VERIFY_WITH_TIMEOUT(everyChannelAt(ChannelConfigState::Stage::Applied), kLedgerMs);
    QCOMPARE(panel->model().index(0, ChannelConfigModel::StatusColumn).data().toString(), QStringLiteral("Applied"));
    QCOMPARE(widget<QLabel>("channelConfigStatusLabel")->text(),
        QStringLiteral("Applied: Xiangjiang Rural Commercial Bank is a member of trust, lc."));
    QVERIFY(!submit->isEnabled());
    QVERIFY(!widget<QPushButton>("channelConfigPrepareButton")->isEnabled());
}

void GovernanceScreenTest::cleanupTestCase()
{
    m_fixture.reset();
}

LIANXIN_GUI_TEST_MAIN(GovernanceScreenTest)
#include "GovernanceScreenTest.moc"
