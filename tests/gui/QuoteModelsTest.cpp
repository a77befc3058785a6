// The quote board's models (models/quotes) are sound item models
// (QAbstractItemModelTester) and show the contract's board as buildBoard
// computes it.
#include "GuiTestMain.h"

#include "chaincode/quotes/QuoteBoard.h"
#include "models/lc/LcText.h"
#include "models/quotes/DealListModel.h"
#include "models/quotes/QuoteBoardModel.h"
#include "models/quotes/QuoteListModel.h"
#include "models/quotes/QuoteMarket.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace lx::models;
using lianxin::quotes::Quote;

namespace {

constexpr std::int64_t kNow = 1'790'000'000; // 2026-09-21
constexpr std::int64_t kDay = 86400;

Quote quote(const char *id, lianxin::quotes::Side side, int tier, lianxin::quotes::TenorBucket tenor, std::int64_t rate,
    const char *bank, std::int64_t validUntil = kNow + kDay)
{
    Quote q;
    q.set_id(id);
    q.set_side(side);
    q.set_obligor_tier(tier);
    q.set_tenor(tenor);
    q.set_rate_micros(rate);
    q.set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
    q.set_amount_fen(100'000'000);
    q.set_valid_until_seconds(validUntil);
    q.set_quoting_bank_msp(bank);
    q.set_status(Quote::LIVE);
    return q;
}

std::vector<Quote> sampleQuotes()
{
    return { quote("QT-1", lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_91_180, 30500, "HuaxiaBankMSP"),
        quote("QT-2", lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_91_180, 30200, "DongfangBankMSP"),
        quote("QT-3", lianxin::quotes::SELL, 1, lianxin::quotes::DAYS_91_180, 33000, "NanhaiBankMSP"),
        quote("QT-4", lianxin::quotes::BUY, 2, lianxin::quotes::DAYS_31_90, 34000, "HuaxiaBankMSP"),
        quote("QT-5", lianxin::quotes::BUY, 2, lianxin::quotes::DAYS_31_90, 31000, "HuaxiaBankMSP", kNow - 1) };
}

std::vector<lianxin::quotes::DealReport> sampleDeals()
{
    lianxin::quotes::DealReport deal;
    deal.set_forfaiting_deal_id("FD-1");
    deal.set_obligor_tier(1);
    deal.set_tenor_days(120);
    deal.set_tenor(lianxin::quotes::DAYS_91_180);
    deal.set_rate_micros(30100);
    deal.set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
    deal.set_face_amount_fen(500'000'000);
    deal.mutable_trade_date()->set_year(2026);
    deal.mutable_trade_date()->set_month(9);
    deal.mutable_trade_date()->set_day(15);
    deal.set_reporting_bank_msp("HuaxiaBankMSP");
    return { deal };
}

} // namespace

class QuoteModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boardModelShowsTheContractsBoard();
    void quoteListMarksTheBanksOwn();
    void dealListIsSound();
    void curveTakesTheBestBidPerTier();
};

void QuoteModelsTest::boardModelShowsTheContractsBoard()
{
    QuoteBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(QuoteBoardModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBoard(lx::chaincode::quotes::buildBoard(sampleQuotes(), sampleDeals(), kNow));
    QCOMPARE(model.rowCount(), 2); // (31-90, tier 2) and (91-180, tier 1); QT-5 has expired
    proxy.sort(QuoteBoardModel::TenorColumn);
    const QModelIndex shortTier2 = proxy.index(0, QuoteBoardModel::BestBidColumn);
    QCOMPARE(shortTier2.data(QuoteBoardModel::TierRole).toInt(), 2);
    QCOMPARE(shortTier2.data(QuoteBoardModel::BestBidRole).toLongLong(), 34000);
    QCOMPARE(shortTier2.data().toString(), QStringLiteral("3.40%"));
    const QModelIndex tier1 = proxy.index(1, 0);
    QCOMPARE(tier1.data(QuoteBoardModel::BestBidRole).toLongLong(), 30200); // the lowest bid
    QCOMPARE(tier1.data(QuoteBoardModel::BestOfferRole).toLongLong(), 33000);
    QCOMPARE(tier1.data(QuoteBoardModel::BidDepthRole).toInt(), 2);
    QCOMPARE(proxy.index(1, QuoteBoardModel::BidBanksColumn).data().toString(),
        LcText::bankName(QStringLiteral("DongfangBankMSP")));
    QCOMPARE(proxy.index(1, QuoteBoardModel::DealsColumn).data().toInt(), 1);
    proxy.sort(QuoteBoardModel::BestBidColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(QuoteBoardModel::BestBidRole).toLongLong(), 30200);
    model.setBoard({});
    QCOMPARE(model.rowCount(), 0);
}

void QuoteModelsTest::quoteListMarksTheBanksOwn()
{
    QuoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuotes(sampleQuotes(), QStringLiteral("HuaxiaBankMSP"), kNow);
    QCOMPARE(model.rowCount(), 5);
    const int own = model.rowOf(QStringLiteral("QT-1"));
    const int other = model.rowOf(QStringLiteral("QT-2"));
    QVERIFY(model.index(own, 0).data(QuoteListModel::OwnRole).toBool());
    QVERIFY(!model.index(other, 0).data(QuoteListModel::OwnRole).toBool());
    QVERIFY(model.index(own, QuoteListModel::BankColumn).data().toString().contains(QStringLiteral("yours")));
    QCOMPARE(model.index(own, QuoteListModel::RateColumn).data().toString(), QStringLiteral("3.05%"));
    QCOMPARE(model.rowOf(QStringLiteral("QT-9")), -1);
    model.setQuotes({}, QString(), kNow);
    QCOMPARE(model.rowCount(), 0);
}

void QuoteModelsTest::dealListIsSound()
{
    DealListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeals(sampleDeals());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DealListModel::DealIdColumn).data().toString(), QStringLiteral("FD-1"));
    QCOMPARE(model.index(0, 0).data(DealListModel::RateRole).toLongLong(), 30100);
    model.retranslate();
}

void QuoteModelsTest::curveTakesTheBestBidPerTier()
{
    const auto board = lx::chaincode::quotes::buildBoard(sampleQuotes(), sampleDeals(), kNow);
    const QuoteMarket::Curve curve = QuoteMarket::curveOf(board);
    QCOMPARE(curve.size(), std::size_t { 2 });
    QCOMPARE(curve.at(1).at(lianxin::quotes::DAYS_91_180), 30200);
    QCOMPARE(curve.at(2).at(lianxin::quotes::DAYS_31_90), 34000);
}

LIANXIN_GUI_TEST_MAIN(QuoteModelsTest)
#include "QuoteModelsTest.moc"
