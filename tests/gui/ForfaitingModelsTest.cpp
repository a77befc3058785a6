// The forfaiting desk's tables over a snapshot built by hand: each passes
// QAbstractItemModelTester through a change of the whole book, and shows
// what the screens promise (the rows of this bank only, the best live
// quote, maturities within 30 days, the deal's timeline with its blocks).
#include "GuiTestMain.h"
#include "models/MemberDirectory.h"

#include "models/BookReader.h"
#include "models/LocalBook.h"
#include "models/forfaiting/FfClaimModels.h"
#include "models/forfaiting/FfDealModels.h"
#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfMarketModels.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace lx::models;
using namespace lianxin::forfaiting;

namespace {

const std::string kBank = "DongfangBankMSP";
constexpr int kToday = 20'000; // days since 1970-01-01 (2024-10-04)

lianxin::lc::Date dateOf(int day)
{
    const std::chrono::year_month_day ymd { std::chrono::sys_days(std::chrono::days(day)) };
    lianxin::lc::Date d;
    d.set_year(static_cast<int>(ymd.year()));
    d.set_month(static_cast<int>(static_cast<unsigned>(ymd.month())));
    d.set_day(static_cast<int>(static_cast<unsigned>(ymd.day())));
    return d;
}

Claim claim(const std::string &id, const std::string &holder, Claim::State state, int maturity, std::int64_t face)
{
    Claim c;
    c.set_claim_id(id);
    c.set_lc_no(id.substr(0, id.find('/')));
    c.set_presentation_no(1);
    c.set_obligor_msp("HuaxiaBankMSP");
    c.set_holder_msp(holder);
    c.add_holders(holder);
    c.set_state(state);
    c.set_face_value_fen(face);
    *c.mutable_maturity_date() = dateOf(maturity);
    return c;
}

Listing listing(const std::string &id, const std::string &seller, Listing::State state)
{
    Listing l;
    l.set_listing_id(id);
    l.set_claim_id(id.substr(0, id.rfind('/')));
    l.set_seller_msp(seller);
    l.set_obligor_msp("HuaxiaBankMSP");
    l.set_face_value_fen(100'000'000);
    *l.mutable_maturity_date() = dateOf(kToday + 60);
    l.set_market(PRIMARY);
    l.set_state(state);
    return l;
}

Quote quote(const std::string &listingId, const std::string &bank, std::int64_t net, Quote::State state)
{
    Quote q;
    q.set_quote_id(listingId + "/" + bank);
    q.set_listing_id(listingId);
    q.set_bank_msp(bank);
    q.set_rate_micros(30'000);
    q.set_method(STRAIGHT_DISCOUNT);
    q.set_net_fen(net);
    q.set_state(state);
    q.set_valid_until_seconds(std::int64_t { 4'000'000'000 });
    return q;
}

FfEvent event(const std::string &action, const std::string &tx, const std::string &bank, std::int64_t at)
{
    FfEvent e;
    e.set_action(action);
    e.set_tx_id(tx);
    e.set_bank_msp(bank);
    e.set_maker("officer1");
    e.set_checker("checker1");
    e.set_timestamp_seconds(at);
    *e.mutable_date() = dateOf(kToday);
    return e;
}

FfSnapshot book()
{
    FfSnapshot s;
    s.bankMsp = kBank;
    s.today = kToday;
    s.eligible = { { "LC-A", 1, "HuaxiaBankMSP", 50'000'000, kToday + 40 },
        { "LC-B", 2, "NanhaiBankMSP", 70'000'000, kToday + 100 } };
    s.claims = { claim("LC-C/1", kBank, Claim::LISTED, kToday + 20, 100'000'000),
        claim("LC-D/1", kBank, Claim::HELD, kToday + 90, 200'000'000),
        claim("LC-E/1", "ChangjiangBankMSP", Claim::LISTED, kToday + 60, 100'000'000),
        claim("LC-F/1", kBank, Claim::PAID, kToday - 5, 100'000'000) };
    s.claims[1].add_history()->CopyFrom(event("PayAtMaturity", "tx-pay", "HuaxiaBankMSP", 900));
    s.listings = { listing("LC-C/1/L1", kBank, Listing::OPEN), listing("LC-E/1/L1", "ChangjiangBankMSP", Listing::OPEN),
        listing("LC-E/1/L0", "NanhaiBankMSP", Listing::WITHDRAWN) };
    s.quotes = { quote("LC-C/1/L1", "ChangjiangBankMSP", 98'000'000, Quote::OPEN),
        quote("LC-C/1/L1", "NanhaiBankMSP", 99'000'000, Quote::OPEN),
        quote("LC-C/1/L1", "BeiyuanBankMSP", 99'500'000, Quote::WITHDRAWN),
        quote("LC-E/1/L1", kBank, 97'000'000, Quote::OPEN) };
    Deal ours;
    ours.set_deal_id("LC-D/1/D1");
    ours.set_claim_id("LC-D/1");
    ours.set_seller_msp("HuaxiaBankMSP");
    ours.set_buyer_msp(kBank);
    ours.set_obligor_msp("NanhaiBankMSP");
    ours.set_state(Deal::SETTLED);
    *ours.add_history() = event("AcceptQuote", "tx-accept", "HuaxiaBankMSP", 100);
    *ours.add_history() = event("Settle", "tx-settle", kBank, 200);
    Deal theirs = ours;
    theirs.set_deal_id("LC-G/1/D1");
    theirs.set_seller_msp("NanhaiBankMSP");
    theirs.set_buyer_msp("BeiyuanBankMSP");
    theirs.set_obligor_msp("ChangjiangBankMSP");
    s.deals = { ours, theirs };
    s.blockOfTx = { { "tx-accept", 7 }, { "tx-settle", 9 }, { "tx-pay", 12 } };
    return s;
}

} // namespace

class ForfaitingModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesFollowTheBook();
};

void ForfaitingModelsTest::tablesFollowTheBook()
{
    // Tiers come from the trust registry's member directory, which a
    // session loads at sign-in; here it is given by hand.
    MemberDirectory::setCurrent({
        { QStringLiteral("HuaxiaBankMSP"), QStringLiteral("Huaxia Trade Bank"), QStringLiteral("华夏贸易银行"),
            QStringLiteral("bank"), 1, true },
        { QStringLiteral("DongfangBankMSP"), QStringLiteral("Dongfang Commercial Bank"), QStringLiteral("东方商业银行"),
            QStringLiteral("bank"), 1, true },
        { QStringLiteral("ChangjiangBankMSP"), QStringLiteral("Changjiang Industrial Bank"),
            QStringLiteral("长江实业银行"), QStringLiteral("bank"), 2, true },
        { QStringLiteral("NanhaiBankMSP"), QStringLiteral("Nanhai Development Bank"), QStringLiteral("南海发展银行"),
            QStringLiteral("bank"), 2, true },
    });
    BookReader reader;
    LocalBook localBook;
    FfDesk desk(reader, localBook);
    FfEligibleModel eligible(desk);
    FfListingsModel market(desk, FfListingsModel::Side::Market);
    FfListingsModel own(desk, FfListingsModel::Side::Own);
    FfQuotesModel quotes(desk);
    FfDealsModel deals(desk);
    FfPortfolioModel portfolio(desk);
    FfTimelineModel timeline(desk);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             &eligible, &market, &own, &quotes, &deals, &portfolio, &timeline })
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    quotes.setListing(QStringLiteral("LC-C/1/L1"));
    timeline.setDeal(QStringLiteral("LC-D/1/D1"));

    desk.setSnapshot(book());
    QCOMPARE(eligible.rowCount(), 2);
    QCOMPARE(eligible.index(1, FfEligibleModel::DaysColumn).data().toInt(), 100);
    QCOMPARE(eligible.index(0, 0).data(FfTableModel::ClaimIdRole).toString(), QStringLiteral("LC-A/1"));
    // The market is other banks' open listings; our own are on the other tab.
    QCOMPARE(market.rowCount(), 1);
    QCOMPARE(market.index(0, 0).data(FfTableModel::IdRole).toString(), QStringLiteral("LC-E/1/L1"));
    QVERIFY(market.index(0, FfListingsModel::QuotesColumn).data().toString().startsWith(QStringLiteral("3.00%")));
    QCOMPARE(market.index(0, FfListingsModel::TierColumn).data().toString(), QStringLiteral("Tier 1"));
    QCOMPARE(own.rowCount(), 1);
    QCOMPARE(own.index(0, FfListingsModel::QuotesColumn).data().toString(), QStringLiteral("2"));
    // Three quotes compared; the best live net amount stands out (not the
    // withdrawn one that was higher).
    QCOMPARE(quotes.rowCount(), 3);
    QCOMPARE(quotes.bestQuoteId(), QStringLiteral("LC-C/1/L1/NanhaiBankMSP"));
    const int best = quotes.rowOf(QStringLiteral("LC-C/1/L1/NanhaiBankMSP"));
    QVERIFY(quotes.index(best, 0).data(FfTableModel::HighlightRole).toBool());
    QVERIFY(!quotes.index(quotes.rowOf(QStringLiteral("LC-C/1/L1/BeiyuanBankMSP")), 0)
                 .data(FfTableModel::HighlightRole)
                 .toBool());
    // Only the deals this bank is a party to.
    QCOMPARE(deals.rowCount(), 1);
    QCOMPARE(deals.index(0, FfDealsModel::OurRoleColumn).data().toString(), QStringLiteral("Buyer"));
    QCOMPARE(deals.index(0, 0).data(FfDealsModel::StateRole).toInt(), static_cast<int>(Deal::SETTLED));
    // Unpaid claims held; the one maturing in 20 days is marked.
    QCOMPARE(portfolio.rowCount(), 2);
    QCOMPARE(portfolio.totalFaceFen(), 300'000'000);
    QCOMPARE(portfolio.maturingSoon(), 1);
    QVERIFY(portfolio.index(portfolio.rowOf(QStringLiteral("LC-C/1")), 0).data(FfTableModel::HighlightRole).toBool());
    // The deal's two events, then the claim's payment after them, with blocks.
    QCOMPARE(timeline.rowCount(), 3);
    QCOMPARE(timeline.index(1, FfTimelineModel::BlockColumn).data().toULongLong(), 9ull);
    QCOMPARE(timeline.index(2, 0).data(FfTimelineModel::ActionNameRole).toString(), QStringLiteral("PayAtMaturity"));
    QCOMPARE(timeline.index(0, FfTimelineModel::CheckerColumn).data().toString(), QStringLiteral("checker1"));

    // The book changes under the testers: the listing is dealt, a quote goes.
    FfSnapshot next = book();
    next.listings[0].set_state(Listing::AGREED);
    next.quotes.pop_back();
    next.eligible.clear();
    desk.setSnapshot(std::move(next));
    QCOMPARE(own.rowCount(), 0);
    QCOMPARE(eligible.rowCount(), 0);
    QCOMPARE(market.index(0, FfListingsModel::QuotesColumn).data().toString(), QString());
    for (FfTableModel *model : std::initializer_list<FfTableModel *> { &eligible, &market, &deals, &portfolio })
        model->retranslate();
    desk.setSnapshot(FfSnapshot {});
    QCOMPARE(portfolio.rowCount(), 0);
    QCOMPARE(timeline.rowCount(), 0);
}

LIANXIN_GUI_TEST_MAIN(ForfaitingModelsTest)
#include "ForfaitingModelsTest.moc"
