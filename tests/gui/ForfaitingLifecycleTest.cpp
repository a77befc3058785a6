// The forfaiting lifecycle's fixture and the deal from listing to payment
// (ForfaitingLifecycleTest.h says what the test covers).
#include "ForfaitingLifecycleTest.h"

#include "GuiTestMain.h"
#include "TestStep.h"
#include "common/LcTestData.h"

#include "chaincode/forfaiting/FfPricing.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/SessionModel.h"
#include "models/forfaiting/FfTableModel.h"
#include "models/lc/LcText.h"
#include "ui/forfaiting/FfDealWindow.h"
#include "ui/forfaiting/FfQuoteForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using lx::test::WorkstationFixture;
using namespace fflifecycle;
using namespace lianxin::forfaiting;
using namespace std::chrono;

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
