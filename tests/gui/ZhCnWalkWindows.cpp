// The zh_CN walk through each product's windows, forms and dialogs: the
// steps the roles' walks in ZhCnWalkTest.cpp take (ZhCnWalkTest.h says what
// the test covers).
#include "ZhCnWalkTest.h"
#include "cache/Dashboards.h"

#include "models/LocalBook.h"
#include "models/dashboards/DashboardModel.h"
#include "models/forfaiting/FfTableModel.h"
#include "models/governance/GovernanceRegistry.h"
#include "models/governance/ProposalListModel.h"
#include "models/guarantee/GuaranteeListModel.h"
#include "models/lc/LcListModel.h"
#include "models/lc/LcSheetModel.h"
#include "ui/dashboards/DashboardsPage.h"
#include "ui/dashboards/DrillDownDialog.h"
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

#include "lianxin/lc.pb.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest/QTest>

#include <algorithm>
#include <set>

using lx::test::WorkstationFixture;
using zhcnwalk::kDetailRows;
using zhcnwalk::kListRows;
using zhcnwalk::kWaitMs;

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
