// A forfaiting deal from listing to payment at maturity across the banks,
// driven through the forfaiting screens by clicking and typing: Dongfang
// presented documents under Huaxia's deferred-payment L/C and Huaxia
// accepted them (set up with the ledger client, as the L/C screens have
// their own test). Dongfang lists the claim; Changjiang and Nanhai quote
// (the form shows the contract's price and refuses what the contract
// would); Dongfang accepts Changjiang's better quote, sends the
// claim-transfer notice; Huaxia acknowledges; Changjiang settles and
// resells; Nanhai buys it on the secondary market; Huaxia pays Nanhai at
// maturity. Each maker's draft is approved by the bank's checker; each
// step checks the deal's state and timeline as the screens show them.
#include "GuiTestMain.h"
#include "TestStep.h"
#include "WorkstationFixture.h"
#include "cache/DraftMirror.h"
#include "common/LcTestData.h"

#include "chaincode/forfaiting/FfPricing.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/BookReader.h"
#include "models/LcText.h"
#include "models/LocalBook.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/forfaiting/FfDealModels.h"
#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfTableModel.h"
#include "models/forfaiting/FfText.h"
#include "ui/forfaiting/FfDealWindow.h"
#include "ui/forfaiting/FfQuoteForm.h"
#include "ui/forfaiting/ForfaitingPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

#include <functional>

using lx::models::FfSnapshot;
using lx::test::WorkstationFixture;
using namespace lianxin::forfaiting;
using namespace std::chrono;

namespace {
constexpr year_month_day kToday { year(2026), month(11), day(26) };
const std::string kLcNo = "HX-FF-GUI-1";
const QString kClaim = QStringLiteral("HX-FF-GUI-1/1");
const QString kListing = kClaim + QStringLiteral("/L1");
const QString kResale = kClaim + QStringLiteral("/L2");
const QString kDeal = kClaim + QStringLiteral("/D1");
const QString kResaleDeal = kClaim + QStringLiteral("/D2");
constexpr int kWaitMs = 20000;
constexpr int kTabEligible = 0, kTabMarket = 1, kTabListings = 2, kTabDeals = 3, kTabPortfolio = 4;
} // namespace

class ForfaitingLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dealFromListingToPaymentAtMaturity();

private:
    static void prepareAcceptedPresentation(const std::filesystem::path &data);
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::ui::ForfaitingPage *page();
    const FfSnapshot &book() { return page()->desk().snapshot(); }
    void signInAs(const QString &bank, const char *user, bool again = false);
    bool waitFor(const std::function<bool()> &condition);
    void showTab(int tab);
    void selectRow(const char *table, const QString &id);
    // Clicks a button of the page (or the given widget) that the dry run enabled; waits for the outbox.
    void clickAndQueue(QPushButton *button);
    // As bank's checker: approve its pending forfaiting draft.
    void approve(const QString &bank);
    void dealAction(const QString &bank, const QString &dealId, const QString &key);
    void quote(const QString &bank, const QString &listingId, const QString &rate, int methodIndex);
    // The obligor's quote form says at once that it may not buy its own claim.
    void obligorMayNotQuote(const QString &listingId);
    void expectDeal(const QString &dealId, Deal::State state, const QString &lastAction);

    std::unique_ptr<WorkstationFixture> m_fixture;
};

void ForfaitingLifecycleTest::prepareAcceptedPresentation(const std::filesystem::path &data)
{
    namespace client = lx::client;
    const auto wallet = client::Wallet::open(client::walletDir(data), WorkstationFixture::kPassphrase.toStdString());
    const auto ledger = client::openEmbeddedLedger(client::consortiumDir(data));
    const auto act = [&](const std::string &bank, year_month_day day, const lianxin::lc::LcAction &action) {
        client::Client maker(ledger, wallet.identity(bank + "/officer1"));
        client::Client checker(ledger, wallet.identity(bank + "/checker1"));
        maker.setClock(client::chinaDateClock(day));
        checker.setClock(client::chinaDateClock(day));
        const std::string draft = client::LcWorkflow(maker).submitDraft(action);
        client::LcWorkflow(checker).approve(draft);
    };
    lianxin::lc::LcAction a;
    auto lc = lx::test::validTerms(kLcNo, "HuaxiaBankMSP", "DongfangBankMSP");
    lc.mutable_payment_term()->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
    lc.mutable_payment_term()->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
    lc.mutable_payment_term()->set_days(90);
    *a.mutable_issue()->mutable_lc() = lc;
    act("HuaxiaBankMSP", year(2026) / 11 / 2, a);
    a.Clear();
    a.mutable_advise()->set_lc_no(kLcNo);
    act("DongfangBankMSP", year(2026) / 11 / 3, a);
    a.Clear();
    a.mutable_present()->set_lc_no(kLcNo);
    auto *p = a.mutable_present()->mutable_presentation();
    p->set_amount_fen(80'000'000);
    *p->mutable_shipment_date() = lx::test::date(2026, 11, 4);
    *p->mutable_document_date() = lx::test::date(2026, 11, 4);
    for (const char *type : { "INVOICE", "TRANSPORT_DOCUMENT" }) {
        auto *doc = p->add_documents();
        doc->set_doc_type(type);
        doc->set_file_name(std::string(type) + ".pdf");
        doc->set_sha256(std::string(32, type[0]));
    }
    act("DongfangBankMSP", year(2026) / 11 / 5, a);
    a.Clear();
    a.mutable_examine()->set_lc_no(kLcNo);
    a.mutable_examine()->set_presentation_no(1);
    a.mutable_examine()->set_complying(true);
    act("HuaxiaBankMSP", year(2026) / 11 / 6, a);
    a.Clear();
    a.mutable_accept_presentation()->set_lc_no(kLcNo);
    a.mutable_accept_presentation()->set_presentation_no(1);
    act("HuaxiaBankMSP", year(2026) / 11 / 6, a);
}

void ForfaitingLifecycleTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    prepareAcceptedPresentation(m_fixture->dataDir().toStdString());
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kToday));
    QVERIFY(m_fixture->startAndWaitForSignIn());
}

void ForfaitingLifecycleTest::cleanupTestCase()
{
    m_fixture.reset();
}

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

void ForfaitingLifecycleTest::dealFromListingToPaymentAtMaturity()
{
    // Dongfang's officer sees the accepted presentation as a claim to sell, and lists it.
    LX_STEP(signInAs(QStringLiteral("DongfangBankMSP"), "officer1"));
    LX_STEP(showTab(kTabEligible));
    LX_STEP(selectRow("ffEligibleTable", kClaim));
    LX_STEP(clickAndQueue(WorkstationFixture::find<QPushButton>(page(), "ffListButton")));
    LX_STEP(approve(QStringLiteral("DongfangBankMSP")));
    QVERIFY(waitFor([&] { return book().listing(kListing.toStdString()) != nullptr; }));
    QCOMPARE(book().claim(kClaim.toStdString())->state(), Claim::LISTED);

    // Huaxia, the issuing bank, owes the claim: it may not buy it.
    LX_STEP(obligorMayNotQuote(kListing));

    // Two buyers quote; the form prices as they type.
    LX_STEP(quote(QStringLiteral("ChangjiangBankMSP"), kListing, QStringLiteral("3.00"), 0));
    LX_STEP(approve(QStringLiteral("ChangjiangBankMSP")));
    LX_STEP(quote(QStringLiteral("NanhaiBankMSP"), kListing, QStringLiteral("3.40"), 1));
    LX_STEP(approve(QStringLiteral("NanhaiBankMSP")));

    // Dongfang compares them: Changjiang's net amount is the best; it accepts it.
    LX_STEP(signInAs(QStringLiteral("DongfangBankMSP"), "officer1"));
    LX_STEP(showTab(kTabListings));
    LX_STEP(selectRow("ffMyListingsTable", kListing));
    auto *quotes = WorkstationFixture::find<QTableView>(page(), "ffQuotesTable");
    QVERIFY(waitFor([&] { return quotes->model()->rowCount() == 2; }));
    const QString changjiangQuote = kListing + QStringLiteral("/ChangjiangBankMSP");
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = quotes->model()->index(row, 0);
        QCOMPARE(index.data(lx::models::FfTableModel::HighlightRole).toBool(),
            index.data(lx::models::FfTableModel::IdRole).toString() == changjiangQuote);
    }
    LX_STEP(selectRow("ffQuotesTable", changjiangQuote));
    LX_STEP(clickAndQueue(WorkstationFixture::find<QPushButton>(page(), "ffAcceptButton")));
    LX_STEP(approve(QStringLiteral("DongfangBankMSP")));
    LX_STEP(expectDeal(kDeal, Deal::AGREED, QStringLiteral("AcceptQuote")));
    // The price is the contract's: straight discount at 3.00% to maturity.
    const Deal agreed = *book().deal(kDeal.toStdString());
    const auto priced = lx::chaincode::forfaiting::price(
        { agreed.face_value_fen(), 30'000, agreed.days(), 0, lx::chaincode::forfaiting::Method::StraightDiscount });
    QCOMPARE(agreed.net_fen(), std::get<lx::chaincode::forfaiting::Price>(priced).netFen);

    // The listing is dealt: Nanhai's officer can no longer quote on it.
    LX_STEP(signInAs(QStringLiteral("NanhaiBankMSP"), "officer1"));
    LX_STEP(showTab(kTabMarket));
    QVERIFY(waitFor([&] { return book().listing(kListing.toStdString())->state() == Listing::AGREED; }));
    lx::ui::FfQuoteForm *late = page()->openQuoteForm(kListing);
    QVERIFY(late);
    QTest::keyClicks(WorkstationFixture::find<QLineEdit>(late, "ffQuoteRateEdit"), QStringLiteral("2.50"));
    QVERIFY(!WorkstationFixture::find<QPushButton>(late, "ffQuoteSubmitButton")->isEnabled());
    const QString refusal = WorkstationFixture::find<QLabel>(late, "ffQuoteProblemLabel")->text();
    QVERIFY2(!refusal.isEmpty() && !refusal.startsWith(QLatin1String("FF_")), qPrintable(refusal));
    late->close();

    // Notice, acknowledgement by the obligor, settlement by the buyer.
    LX_STEP(dealAction(QStringLiteral("DongfangBankMSP"), kDeal, QStringLiteral("notify")));
    LX_STEP(approve(QStringLiteral("DongfangBankMSP")));
    LX_STEP(expectDeal(kDeal, Deal::NOTIFIED, QStringLiteral("NotifyTransfer")));
    LX_STEP(dealAction(QStringLiteral("HuaxiaBankMSP"), kDeal, QStringLiteral("acknowledge")));
    LX_STEP(approve(QStringLiteral("HuaxiaBankMSP")));
    LX_STEP(expectDeal(kDeal, Deal::ACKNOWLEDGED, QStringLiteral("AcknowledgeTransfer")));
    LX_STEP(dealAction(QStringLiteral("ChangjiangBankMSP"), kDeal, QStringLiteral("settle")));
    LX_STEP(approve(QStringLiteral("ChangjiangBankMSP")));
    LX_STEP(expectDeal(kDeal, Deal::SETTLED, QStringLiteral("Settle")));
    QCOMPARE(book().claim(kClaim.toStdString())->holder_msp(), std::string("ChangjiangBankMSP"));

    // Changjiang holds it (its portfolio) and resells it.
    LX_STEP(signInAs(QStringLiteral("ChangjiangBankMSP"), "officer1"));
    LX_STEP(showTab(kTabPortfolio));
    LX_STEP(selectRow("ffPortfolioTable", kClaim));
    LX_STEP(dealAction(QStringLiteral("ChangjiangBankMSP"), kDeal, QStringLiteral("resell")));
    LX_STEP(approve(QStringLiteral("ChangjiangBankMSP")));
    QVERIFY(waitFor([&] { return book().listing(kResale.toStdString()) != nullptr; }));
    QCOMPARE(book().listing(kResale.toStdString())->market(), SECONDARY);

    // Nanhai buys it on the secondary market.
    LX_STEP(quote(QStringLiteral("NanhaiBankMSP"), kResale, QStringLiteral("2.90"), 0));
    LX_STEP(approve(QStringLiteral("NanhaiBankMSP")));
    LX_STEP(signInAs(QStringLiteral("ChangjiangBankMSP"), "officer1"));
    LX_STEP(showTab(kTabListings));
    LX_STEP(selectRow("ffMyListingsTable", kResale));
    LX_STEP(selectRow("ffQuotesTable", kResale + QStringLiteral("/NanhaiBankMSP")));
    LX_STEP(clickAndQueue(WorkstationFixture::find<QPushButton>(page(), "ffAcceptButton")));
    LX_STEP(approve(QStringLiteral("ChangjiangBankMSP")));
    LX_STEP(expectDeal(kResaleDeal, Deal::AGREED, QStringLiteral("AcceptQuote")));
    LX_STEP(dealAction(QStringLiteral("ChangjiangBankMSP"), kResaleDeal, QStringLiteral("notify")));
    LX_STEP(approve(QStringLiteral("ChangjiangBankMSP")));
    LX_STEP(dealAction(QStringLiteral("HuaxiaBankMSP"), kResaleDeal, QStringLiteral("acknowledge")));
    LX_STEP(approve(QStringLiteral("HuaxiaBankMSP")));
    LX_STEP(dealAction(QStringLiteral("NanhaiBankMSP"), kResaleDeal, QStringLiteral("settle")));
    LX_STEP(approve(QStringLiteral("NanhaiBankMSP")));
    LX_STEP(expectDeal(kResaleDeal, Deal::SETTLED, QStringLiteral("Settle")));
    const Claim held = *book().claim(kClaim.toStdString());
    QCOMPARE(held.holder_msp(), std::string("NanhaiBankMSP"));
    QCOMPARE(held.holders_size(), 3);

    // Before maturity Huaxia has nothing to pay; at maturity it pays Nanhai.
    LX_STEP(signInAs(QStringLiteral("HuaxiaBankMSP"), "officer1"));
    lx::ui::FfDealWindow *early = page()->openDeal(kResaleDeal);
    QVERIFY(waitFor([&] { return book().deal(kResaleDeal.toStdString()) != nullptr; }));
    QVERIFY(!early->offeredKeys().contains(QStringLiteral("pay")));
    early->close();
    const auto maturity = lx::models::ffDay(held.maturity_date());
    QVERIFY(maturity);
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(year_month_day { sys_days(days(*maturity)) }));
    LX_STEP(signInAs(QStringLiteral("HuaxiaBankMSP"), "officer1", true));
    LX_STEP(dealAction(QStringLiteral("HuaxiaBankMSP"), kResaleDeal, QStringLiteral("pay")));
    LX_STEP(approve(QStringLiteral("HuaxiaBankMSP")));
    LX_STEP(expectDeal(kResaleDeal, Deal::SETTLED, QStringLiteral("PayAtMaturity")));
    QVERIFY(waitFor([&] { return book().claim(kClaim.toStdString())->state() == Claim::PAID; }));
    QCOMPARE(book().claim(kClaim.toStdString())->paid_to_msp(), std::string("NanhaiBankMSP"));
}

LIANXIN_GUI_TEST_MAIN(ForfaitingLifecycleTest)
#include "ForfaitingLifecycleTest.moc"
