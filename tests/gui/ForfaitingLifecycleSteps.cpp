// The steps the forfaiting lifecycle takes through the screens: signing in,
// picking tabs and rows, clicking and waiting for the outbox, approving as
// the bank's checker, quoting, and checking the deal window (the test is
// ForfaitingLifecycleTest.h).
#include "ForfaitingLifecycleTest.h"
#include "TestStep.h"
#include "cache/DraftMirror.h"

#include "ledgerclient/DeskWorkflow.h"
#include "models/BookReader.h"
#include "models/LocalBook.h"
#include "models/ReasonCatalog.h"
#include "models/forfaiting/FfDealModels.h"
#include "models/forfaiting/FfTableModel.h"
#include "models/forfaiting/FfText.h"
#include "ui/forfaiting/FfDealWindow.h"
#include "ui/forfaiting/FfQuoteForm.h"
#include "ui/mainwindow/MainWindow.h"

#include "lianxin/desk.pb.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest/QTest>

#include <memory>
#include <optional>
#include <string>

using lx::test::WorkstationFixture;
using namespace fflifecycle;
using namespace lianxin::forfaiting;

lx::ui::ForfaitingPage *ForfaitingLifecycleTest::page()
{
    return WorkstationFixture::find<lx::ui::ForfaitingPage>(window(), "forfaitingPage");
}

bool ForfaitingLifecycleTest::waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, kWaitMs);
}

void ForfaitingLifecycleTest::signInAs(const QString &bank, const char *user, bool again)
{
    const QString label = bank + QLatin1Char('/') + QLatin1String(user);
    QVERIFY(m_fixture->switchTo(label, kWaitMs, again));
    window()->showSection(lx::ui::Section::Forfaiting);
    QVERIFY(page()->isVisible());
}

void ForfaitingLifecycleTest::showTab(int tab)
{
    auto *tabs = WorkstationFixture::find<QTabWidget>(page(), "ffTabs");
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
    QCOMPARE(tabs->currentIndex(), tab);
}

void ForfaitingLifecycleTest::selectRow(const char *table, const QString &id)
{
    auto *view = WorkstationFixture::find<QTableView>(page(), table);
    QVERIFY(view);
    int row = -1;
    QVERIFY2(waitFor([&] {
        row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(lx::models::FfTableModel::IdRole).toString() == id)
                row = r;
        }
        return row >= 0;
    }),
        qPrintable(QStringLiteral("%1 has no row %2").arg(QLatin1String(table), id)));
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->selectionModel()->selectedRows().value(0).data(lx::models::FfTableModel::IdRole).toString(), id);
}

void ForfaitingLifecycleTest::clickAndQueue(QPushButton *button)
{
    QVERIFY(button);
    QVERIFY2(waitFor([button] { return button->isEnabled() && button->isVisible(); }), qPrintable(button->toolTip()));
    // The deal window renews its buttons as the book changes: name it now.
    const QString name = button->objectName();
    auto &localBook = m_fixture->shell().book();
    QSignalSpy queued(&localBook, &lx::models::LocalBook::actionQueued);
    QSignalSpy failed(&localBook, &lx::models::LocalBook::actionFailed);
    QTest::mouseClick(button, Qt::LeftButton);
    const QLabel *status = WorkstationFixture::find<QLabel>(page(), "ffStatusLabel");
    if (auto *window = qobject_cast<lx::ui::FfDealWindow *>(button->window()))
        status = WorkstationFixture::find<QLabel>(window, "ffDealStatusLabel");
    QVERIFY2(waitFor([&] { return queued.count() > 0 || failed.count() > 0; }),
        qPrintable(name + QStringLiteral(": ") + status->text()));
    QVERIFY2(failed.count() == 0, qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(waitFor([&] { return localBook.pendingActions() == 0; }));
}

void ForfaitingLifecycleTest::approve(const QString &bank)
{
    LX_STEP(signInAs(bank, "checker1"));
    auto &shell = m_fixture->shell();
    // The bank's pending forfaiting draft, as its cache mirrors them.
    QString draftId;
    const std::string msp = bank.toStdString();
    QVERIFY(waitFor([&] {
        auto answer = std::make_shared<std::optional<std::string>>();
        shell.reader().read<std::string>(
            this,
            [msp](sqlite3 *db) {
                const auto drafts
                    = lx::cache::DraftMirror(db).drafts(lx::client::DeskWorkflow::product("forfaiting"), msp);
                for (const auto &draft : drafts.drafts()) {
                    if (draft.status() == lianxin::desk::Draft::PENDING)
                        return draft.id();
                }
                return std::string();
            },
            [answer](std::string id) { *answer = std::move(id); });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, kWaitMs))
            return false;
        draftId = QString::fromStdString(answer->value_or(std::string()));
        return !draftId.isEmpty();
    }));
    QSignalSpy queued(&shell.book(), &lx::models::LocalBook::actionQueued);
    shell.book().approveDeskDraft("forfaiting", draftId, kClaim);
    QVERIFY(queued.wait(kWaitMs));
    QVERIFY(waitFor([&] { return shell.book().pendingActions() == 0; }));
}

void ForfaitingLifecycleTest::expectDeal(const QString &dealId, Deal::State state, const QString &lastAction)
{
    lx::ui::FfDealWindow *deal = page()->openDeal(dealId);
    QVERIFY(deal);
    auto *title = WorkstationFixture::find<QLabel>(deal, "ffDealTitleLabel");
    const auto dealRecord = [&] { return book().deal(dealId.toStdString()); };
    QVERIFY2(waitFor([&] { return dealRecord() && dealRecord()->state() == state; }), qPrintable(title->text()));
    QVERIFY(title->text().contains(lx::models::FfText::dealState(state)));
    // The timeline's last line is the step just approved, with its block and both pairs of eyes.
    auto &timeline = deal->timeline();
    QVERIFY(waitFor([&] {
        const int last = timeline.rowCount() - 1;
        return last >= 0
            && timeline.index(last, 0).data(lx::models::FfTimelineModel::ActionNameRole).toString() == lastAction;
    }));
    const int last = timeline.rowCount() - 1;
    QVERIFY(timeline.index(last, lx::models::FfTimelineModel::BlockColumn).data().toULongLong() > 0);
    QCOMPARE(timeline.index(last, lx::models::FfTimelineModel::MakerColumn).data().toString().isEmpty(), false);
    QCOMPARE(timeline.index(last, lx::models::FfTimelineModel::CheckerColumn).data().toString().isEmpty(), false);
    deal->close();
}

void ForfaitingLifecycleTest::dealAction(const QString &bank, const QString &dealId, const QString &key)
{
    LX_STEP(signInAs(bank, "officer1"));
    LX_STEP(showTab(kTabDeals));
    LX_STEP(selectRow("ffDealsTable", dealId));
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "ffOpenDealButton"), Qt::LeftButton);
    lx::ui::FfDealWindow *deal = page()->openDeal(dealId);
    QVERIFY(deal && deal->isVisible());
    const QString name = QStringLiteral("ffDealAction_") + key;
    QPushButton *button = nullptr;
    QVERIFY2(waitFor([&] {
        button = deal->findChild<QPushButton *>(name);
        return button && button->isVisible();
    }),
        qPrintable(key + QStringLiteral(" not in [") + deal->offeredKeys().join(QLatin1Char(',')) + QStringLiteral("] ")
            + WorkstationFixture::find<QLabel>(deal, "ffDealTitleLabel")->text()
            + WorkstationFixture::find<QLabel>(deal, "ffDealStatusLabel")->text()
            + page()->desk().rejection(lx::models::FfDesk::listAction(kLcNo, 1, false)).value_or(QString())));
    LX_STEP(clickAndQueue(button));
    deal->close();
}

void ForfaitingLifecycleTest::quote(const QString &bank, const QString &listingId, const QString &rate, int methodIndex)
{
    LX_STEP(signInAs(bank, "officer1"));
    LX_STEP(showTab(kTabMarket));
    LX_STEP(selectRow("ffMarketTable", listingId));
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "ffQuoteButton"), Qt::LeftButton);
    auto *form = WorkstationFixture::find<lx::ui::FfQuoteForm>(page(), "ffQuoteWindow");
    QVERIFY(form && form->isVisible());
    for (const QWidget *widget : form->findChildren<QWidget *>()) {
        if (widget->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!widget->objectName().isEmpty() && !widget->accessibleName().isEmpty(),
                widget->metaObject()->className());
    }
    auto *rateEdit = WorkstationFixture::find<QLineEdit>(form, "ffQuoteRateEdit");
    auto *submit = WorkstationFixture::find<QPushButton>(form, "ffQuoteSubmitButton");
    auto *problem = WorkstationFixture::find<QLabel>(form, "ffQuoteProblemLabel");
    // A zero rate prices, but the contract refuses it as no market price.
    rateEdit->setFocus();
    QTest::keyClicks(rateEdit, QStringLiteral("0"));
    QVERIFY(!submit->isEnabled());
    QVERIFY2(
        !problem->text().isEmpty() && problem->text() != QLatin1String("FF_RATE_INVALID"), qPrintable(problem->text()));
    rateEdit->selectAll();
    QTest::keyClicks(rateEdit, rate);
    auto *method = WorkstationFixture::find<QComboBox>(form, "ffQuoteMethodCombo");
    method->setFocus();
    if (methodIndex > 0)
        QTest::keyClick(method, Qt::Key_Down);
    QCOMPARE(method->currentIndex(), methodIndex);
    QVERIFY2(waitFor([&] { return submit->isEnabled(); }), qPrintable(problem->text()));
    QVERIFY(!WorkstationFixture::find<QLabel>(form, "ffQuoteNetLabel")->text().isEmpty());
    LX_STEP(clickAndQueue(submit));
}

void ForfaitingLifecycleTest::obligorMayNotQuote(const QString &listingId)
{
    LX_STEP(signInAs(QStringLiteral("HuaxiaBankMSP"), "officer1"));
    LX_STEP(showTab(kTabMarket));
    LX_STEP(selectRow("ffMarketTable", listingId));
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "ffQuoteButton"), Qt::LeftButton);
    auto *form = WorkstationFixture::find<lx::ui::FfQuoteForm>(page(), "ffQuoteWindow");
    QVERIFY(form && form->isVisible());
    auto *rateEdit = WorkstationFixture::find<QLineEdit>(form, "ffQuoteRateEdit");
    rateEdit->setFocus();
    QTest::keyClicks(rateEdit, QStringLiteral("3.00"));
    auto *problem = WorkstationFixture::find<QLabel>(form, "ffQuoteProblemLabel");
    QVERIFY2(problem->text().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("FF_OBLIGOR_BUYER"))),
        qPrintable(problem->text()));
    QVERIFY(!WorkstationFixture::find<QPushButton>(form, "ffQuoteSubmitButton")->isEnabled());
    form->close();
}
