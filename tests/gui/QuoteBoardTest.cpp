// The unified quote board screen end to end: two banks' officers post
// quotes through the form, their checkers approve, and the board's best
// rates, banks and depth per (tenor bucket, obligor tier) equal an
// independent computation over the same quotes; the filters change the
// rows and the curve; a withdrawal drops a quote; the session clock passing
// a quote's validity drops it with no write; a refused quote shows the
// contract's reason, translated, and is not submitted.
#include "chaincode/quotes/QuoteBoard.h"

#include "FormTyping.h"
#include "GuiTestMain.h"
#include "QuoteReference.h"
#include "WorkstationFixture.h"

#include "chaincode/Rate.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "models/LcText.h"
#include "models/LocalBook.h"
#include "models/Money.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/quotes/DealListModel.h"
#include "models/quotes/QuoteBoardModel.h"
#include "models/quotes/QuoteListModel.h"
#include "models/quotes/QuoteMarket.h"
#include "models/quotes/QuoteText.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/quotes/QuoteBoardPage.h"
#include "ui/quotes/QuoteCurveChart.h"

#include "lianxin/quotes.pb.h"

#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <atomic>
#include <chrono>
#include <map>
#include <set>

using lx::test::FormTyping;
using lx::test::Posted;
using lx::test::quote;
using lx::test::QuoteReference;
using lx::test::WorkstationFixture;

namespace {

constexpr int kWaitMs = 30000;
const QString kHuaxiaChecker = QStringLiteral("HuaxiaBankMSP/checker1");
const QString kDongfangOfficer = QStringLiteral("DongfangBankMSP/officer1");

// The session's clock: real time moved on by the test.
std::atomic<std::int64_t> g_shiftSeconds { 0 };
std::chrono::system_clock::time_point shiftedNow()
{
    return std::chrono::system_clock::now() + std::chrono::seconds(g_shiftSeconds.load());
}

const QString kDealId = QStringLiteral("FD-TEST-0001");

} // namespace

class QuoteBoardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedQuoteShowsTheReasonAndIsNotSent();
    void banksPostThroughTheFormAndTheirCheckers();
    void boardEqualsAnIndependentComputation();
    void filtersChangeTheRowsAndTheCurve();
    void withdrawalDropsTheQuote();
    void passingValidityDropsTheQuoteWithoutAWrite();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::models::LocalBook &book() { return m_fixture->shell().book(); }
    lx::ui::QuoteBoardPage *page();
    bool signInAs(const QString &label);
    bool outboxEmpty();
    void post(const Posted &quote);
    void reportDeal(const QString &dealId, int tier, int tenorDays, const QString &rate);
    void approvePendingAs(const QString &checker);
    QuoteReference expected() const;
    void compareBoard();

    std::unique_ptr<WorkstationFixture> m_fixture;
    std::vector<Posted> m_posted;
    std::map<std::pair<int, int>, int> m_deals; // (bucket, tier) -> deals reported
};

lx::ui::QuoteBoardPage *QuoteBoardTest::page()
{
    window()->showSection(lx::ui::Section::Quotes);
    return WorkstationFixture::find<lx::ui::QuoteBoardPage>(window(), "quotesPage");
}

bool QuoteBoardTest::signInAs(const QString &label)
{
    return m_fixture->switchTo(label, kWaitMs);
}

bool QuoteBoardTest::outboxEmpty()
{
    return QTest::qWaitFor([this] { return book().pendingActions() == 0; }, kWaitMs);
}

void QuoteBoardTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    m_fixture->shell().session().setClock(&shiftedNow);
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(signInAs(WorkstationFixture::kHuaxiaOfficer));
    QVERIFY(page());
    page()->market().setReevaluateInterval(200);
}

void QuoteBoardTest::cleanupTestCase()
{
    m_fixture.reset();
}

void QuoteBoardTest::refusedQuoteShowsTheReasonAndIsNotSent()
{
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "quotePostButton"), Qt::LeftButton);
    QWidget *form = page()->postWindow();
    QVERIFY(form && form->isVisible());
    FormTyping typing(form);
    typing.type("quoteRateEdit", QStringLiteral("0"));
    typing.type("quoteAmountEdit", QStringLiteral("1,000,000.00"));
    auto *problems = WorkstationFixture::find<QLabel>(form, "quoteProblemsLabel");
    const QString reason = lx::models::ReasonCatalog::describe(QStringLiteral("QT_RATE_OUT_OF_RANGE"), QString());
    QVERIFY2(problems->text().startsWith(reason), qUtf8Printable(problems->text()));
    auto *submit = WorkstationFixture::find<QPushButton>(form, "quoteSubmitButton");
    QVERIFY(!submit->isEnabled());
    QSignalSpy queued(&book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTest::keyClick(WorkstationFixture::find<QLineEdit>(form, "quoteRateEdit"), Qt::Key_Return);
    QVERIFY(!queued.wait(500));
    QCOMPARE(book().pendingActions(), 0);

    // Corrected, the reason goes away and the quote may be sent.
    typing.type("quoteRateEdit", QStringLiteral("3.1"));
    QVERIFY2(problems->text().isEmpty(), qUtf8Printable(problems->text()));
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(form, "quoteCancelButton"), Qt::LeftButton);
    QVERIFY(!form->isVisible());
}

void QuoteBoardTest::post(const Posted &quote)
{
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "quotePostButton"), Qt::LeftButton);
    QWidget *form = page()->postWindow();
    QVERIFY(form && form->isVisible());
    FormTyping typing(form);
    typing.choose("quoteSideCombo", quote.side == lianxin::quotes::BUY ? 0 : 1);
    typing.choose("quoteObligorCombo", quote.tier - 1);
    typing.choose("quoteTenorCombo", quote.bucket - 1);
    typing.type("quoteRateEdit", quote.rate);
    typing.type("quoteAmountEdit", lx::models::Money::fromFen(quote.amountFen).toString(QLocale()));
    if (quote.shortLived) {
        auto *validity = WorkstationFixture::find<QDateTimeEdit>(form, "quoteValidUntilEdit");
        validity->setDateTime(QDateTime::fromSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::seconds>(shiftedNow().time_since_epoch()).count() + 2 * 3600));
    }
    auto *submit = WorkstationFixture::find<QPushButton>(form, "quoteSubmitButton");
    QVERIFY2(submit->isEnabled(), qUtf8Printable(WorkstationFixture::find<QLabel>(form, "quoteProblemsLabel")->text()));
    QSignalSpy queued(&book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(queued.count() == 1 || queued.wait(kWaitMs));
    QVERIFY(!form->isVisible());
    m_posted.push_back(quote);
}

void QuoteBoardTest::reportDeal(const QString &dealId, int tier, int tenorDays, const QString &rate)
{
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "quoteReportDealButton"), Qt::LeftButton);
    QWidget *form = page()->dealWindow();
    QVERIFY(form && form->isVisible());
    FormTyping typing(form);
    typing.type("quoteDealIdEdit", dealId);
    typing.choose("quoteDealObligorCombo", tier - 1);
    typing.typeNumber("quoteDealTenorSpin", tenorDays);
    typing.type("quoteDealRateEdit", rate);
    typing.type("quoteDealFaceEdit", QStringLiteral("5,000,000.00"));
    auto *submit = WorkstationFixture::find<QPushButton>(form, "quoteDealSubmitButton");
    QVERIFY2(
        submit->isEnabled(), qUtf8Printable(WorkstationFixture::find<QLabel>(form, "quoteDealProblemsLabel")->text()));
    QSignalSpy queued(&book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(queued.count() == 1 || queued.wait(kWaitMs));
    QVERIFY(!form->isVisible());
    m_deals[{ lx::chaincode::quotes::bucketOf(tenorDays), tier }] += 1;
}

// The checker approves every pending quote draft of the bank (through the
// LocalBook's desk, as the Approvals page does).
void QuoteBoardTest::approvePendingAs(const QString &checker)
{
    QVERIFY(outboxEmpty());
    QVERIFY(signInAs(checker));
    lx::client::DeskWorkflow desk(*m_fixture->shell().session().client(), lx::client::DeskWorkflow::product("quotes"));
    int approved = 0;
    QSignalSpy failed(&book(), &lx::models::LocalBook::actionFailed);
    QSignalSpy queued(&book(), &lx::models::LocalBook::actionQueued);
    const lianxin::desk::DraftList drafts = desk.drafts();
    for (const auto &draft : drafts.drafts()) {
        if (draft.status() != lianxin::desk::Draft::PENDING)
            continue;
        book().approveDeskDraft("quotes", QString::fromStdString(draft.id()), QString());
        ++approved;
    }
    QVERIFY(approved > 0);
    QVERIFY(QTest::qWaitFor([&] { return queued.count() == approved; }, kWaitMs));
    QVERIFY(outboxEmpty());
    QCOMPARE(failed.count(), 0);
}

void QuoteBoardTest::banksPostThroughTheFormAndTheirCheckers()
{
    using namespace lianxin::quotes;
    const QString huaxia = QStringLiteral("HuaxiaBankMSP");
    const QString dongfang = QStringLiteral("DongfangBankMSP");
    post(quote(BUY, 1, DAYS_91_180, QStringLiteral("3.10"), 2'000'000'000, huaxia));
    post(quote(BUY, 2, DAYS_31_90, QStringLiteral("3.45"), 500'000'000, huaxia, true));
    post(quote(SELL, 1, DAYS_91_180, QStringLiteral("3.6"), 800'000'000, huaxia));
    reportDeal(kDealId, 1, 120, QStringLiteral("3.05"));
    approvePendingAs(kHuaxiaChecker);

    QVERIFY(signInAs(kDongfangOfficer));
    post(quote(BUY, 1, DAYS_91_180, QStringLiteral("3.1"), 1'000'000'000, dongfang)); // ties Huaxia's bid
    post(quote(BUY, 2, DAYS_31_90, QStringLiteral("3.52"), 700'000'000, dongfang));
    post(quote(BUY, 1, DAYS_181_270, QStringLiteral("3.3"), 300'000'000, dongfang));
    post(quote(SELL, 1, DAYS_91_180, QStringLiteral("3.75"), 400'000'000, dongfang)); // the best offer
    approvePendingAs(QStringLiteral("DongfangBankMSP/checker1"));

    lx::models::QuoteMarket &market = page()->market();
    QVERIFY(QTest::qWaitFor([&] { return market.snapshot().live.size() == m_posted.size(); }, kWaitMs));
    // The quoting banks' IDs, for the withdrawal.
    for (Posted &posted : m_posted) {
        for (const Quote &quote : market.snapshot().live) {
            if (QString::fromStdString(quote.quoting_bank_msp()) == posted.bank && quote.side() == posted.side
                && quote.obligor_tier() == posted.tier && quote.tenor() == posted.bucket
                && quote.rate_micros() == *lx::chaincode::parseRatePercent(posted.rate.toStdString()))
                posted.id = QString::fromStdString(quote.id());
        }
        QVERIFY(!posted.id.isEmpty());
    }
}

QuoteReference QuoteBoardTest::expected() const
{
    return referenceBoard(m_posted, m_deals);
}

void QuoteBoardTest::compareBoard()
{
    auto *table = WorkstationFixture::find<QTableView>(page(), "quoteBoardTable");
    const QAbstractItemModel *model = table->model();
    const QuoteReference want = expected();
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == static_cast<int>(want.size()); }, kWaitMs));
    using M = lx::models::QuoteBoardModel;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int bucket = model->index(row, 0).data(M::TenorRole).toInt();
        const int tier = model->index(row, 0).data(M::TierRole).toInt();
        QVERIFY(want.count({ bucket, tier }));
        const auto &[bids, offers] = want.at({ bucket, tier });
        QCOMPARE(model->index(row, 0).data(M::BestBidRole).toLongLong(), bids.best);
        QCOMPARE(model->index(row, 0).data(M::BestOfferRole).toLongLong(), offers.best);
        QCOMPARE(model->index(row, 0).data(M::BidDepthRole).toInt(), bids.depth);
        QCOMPARE(model->index(row, 0).data(M::OfferDepthRole).toInt(), offers.depth);
        const auto money = [](std::int64_t fen) { return fen ? lx::models::LcText::money(fen) : QString(); };
        QCOMPARE(model->index(row, M::BidAmountColumn).data().toString(), money(bids.amount));
        QCOMPARE(model->index(row, M::OfferAmountColumn).data().toString(), money(offers.amount));
        const auto names = [](const std::set<QString> &banks) {
            QStringList out;
            for (const QString &msp : banks)
                out << lx::models::LcText::bankName(msp);
            return out.join(QStringLiteral(", "));
        };
        QCOMPARE(model->index(row, M::BidBanksColumn).data().toString(), names(bids.banks));
        QCOMPARE(model->index(row, M::OfferBanksColumn).data().toString(), names(offers.banks));
        const auto deals = m_deals.find({ bucket, tier });
        QCOMPARE(
            model->index(row, M::DealsColumn).data(M::SortRole).toInt(), deals == m_deals.end() ? 0 : deals->second);
    }
}

void QuoteBoardTest::boardEqualsAnIndependentComputation()
{
    compareBoard();
    // Tier 1, 91-180: both banks bid 3.10%, Dongfang offers the highest.
    const auto cell = expected().at({ lianxin::quotes::DAYS_91_180, 1 });
    QCOMPARE(cell.first.banks.size(), std::size_t { 2 });
    QCOMPARE(cell.second.best, 37500);
    // The curve: one line per tier with bids, a point per bucket at its best bid.
    lx::ui::QuoteCurveChart *curve = page()->curveChart();
    QCOMPARE(curve->chart()->series().size(), 2);
    for (QAbstractSeries *series : curve->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        const int tier = line->name() == lx::models::QuoteText::tierName(1) ? 1 : 2;
        QCOMPARE(line->name(), lx::models::QuoteText::tierName(tier));
        for (const QPointF &point : line->points()) {
            const auto &bids = expected().at({ lx::ui::QuoteCurveChart::bucketAt(point.x()), tier }).first;
            QCOMPARE(qRound64(point.y() * 10000), bids.best);
        }
    }
    QVERIFY(!curve->accessibleName().isEmpty());
}

void QuoteBoardTest::filtersChangeTheRowsAndTheCurve()
{
    lx::ui::QuoteBoardPage *board = page();
    FormTyping typing(board);
    auto *table = WorkstationFixture::find<QTableView>(board, "quoteBoardTable");
    auto *quotes = WorkstationFixture::find<QTableView>(board, "quoteListTable");
    typing.choose("quoteTierFilterCombo", 2); // tier 2
    QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, kWaitMs));
    QCOMPARE(table->model()->index(0, 0).data(lx::models::QuoteBoardModel::TierRole).toInt(), 2);
    QCOMPARE(quotes->model()->rowCount(), 2);
    QCOMPARE(board->curveChart()->chart()->series().size(), 1);
    QCOMPARE(board->curveChart()->chart()->series().front()->name(), lx::models::QuoteText::tierName(2));

    typing.choose("quoteTierFilterCombo", 0);
    typing.choose("quoteTenorFilterCombo", lianxin::quotes::DAYS_91_180);
    QVERIFY(QTest::qWaitFor([&] { return quotes->model()->rowCount() == 4; }, kWaitMs));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(board->curveChart()->chart()->series().size(), 1);
    const auto *line = qobject_cast<QLineSeries *>(board->curveChart()->chart()->series().front());
    QCOMPARE(line->count(), 1);
    QCOMPARE(lx::ui::QuoteCurveChart::bucketAt(line->at(0).x()), int(lianxin::quotes::DAYS_91_180));

    typing.choose("quoteTenorFilterCombo", 0);
    QVERIFY(QTest::qWaitFor([&] { return quotes->model()->rowCount() == static_cast<int>(m_posted.size()); }, kWaitMs));
    compareBoard();
}

void QuoteBoardTest::withdrawalDropsTheQuote()
{
    QVERIFY(signInAs(kDongfangOfficer));
    lx::ui::QuoteBoardPage *board = page();
    auto *quotes = WorkstationFixture::find<QTableView>(board, "quoteListTable");
    auto *withdraw = WorkstationFixture::find<QPushButton>(board, "quoteWithdrawButton");
    QVERIFY(QTest::qWaitFor([&] { return quotes->model()->rowCount() == static_cast<int>(m_posted.size()); }, kWaitMs));
    const auto rowOf = [&](const QString &id) {
        for (int row = 0; row < quotes->model()->rowCount(); ++row) {
            if (quotes->model()->index(row, 0).data(lx::models::QuoteListModel::QuoteIdRole).toString() == id)
                return row;
        }
        return -1;
    };
    // Another bank's quote: marked as not ours, and no withdrawal offered.
    const Posted huaxiaBid = m_posted.front();
    quotes->selectRow(rowOf(huaxiaBid.id));
    QVERIFY(!quotes->model()->index(rowOf(huaxiaBid.id), 0).data(lx::models::QuoteListModel::OwnRole).toBool());
    QVERIFY(!withdraw->isEnabled());
    // Dongfang's best offer: its own, withdrawn through the desk.
    auto offer = std::find_if(m_posted.begin(), m_posted.end(),
        [](const Posted &p) { return p.bank == QLatin1String("DongfangBankMSP") && p.side == lianxin::quotes::SELL; });
    QVERIFY(offer != m_posted.end());
    const QString offerId = offer->id;
    quotes->selectRow(rowOf(offerId));
    QVERIFY(quotes->model()->index(rowOf(offerId), 0).data(lx::models::QuoteListModel::OwnRole).toBool());
    QVERIFY(withdraw->isEnabled());
    QSignalSpy queued(&book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    QVERIFY(queued.count() == 1 || queued.wait(kWaitMs));
    m_posted.erase(offer);
    approvePendingAs(QStringLiteral("DongfangBankMSP/checker1"));
    QVERIFY(QTest::qWaitFor([&] { return rowOf(offerId) < 0; }, kWaitMs));

    // The reported deal is listed, and reporting it again is refused as the contract would.
    auto *deals = WorkstationFixture::find<QTableView>(board, "quoteDealTable");
    QCOMPARE(deals->model()->rowCount(), 1);
    QCOMPARE(deals->model()->index(0, 0).data(lx::models::DealListModel::DealIdRole).toString(), kDealId);
    QVERIFY(signInAs(kDongfangOfficer));
    QVERIFY(QTest::qWaitFor([&] { return page()->market().snapshot().board.recent_deals_size() == 1; }, kWaitMs));
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "quoteReportDealButton"), Qt::LeftButton);
    FormTyping dealTyping(page()->dealWindow());
    dealTyping.type("quoteDealIdEdit", kDealId);
    dealTyping.type("quoteDealRateEdit", QStringLiteral("3.1"));
    dealTyping.type("quoteDealFaceEdit", QStringLiteral("1,000,000.00"));
    const QString problems = WorkstationFixture::find<QLabel>(page()->dealWindow(), "quoteDealProblemsLabel")->text();
    QVERIFY2(problems.startsWith(lx::models::ReasonCatalog::describe(QStringLiteral("QT_DEAL_REPORTED"), QString())),
        qUtf8Printable(problems));
    QVERIFY(!WorkstationFixture::find<QPushButton>(page()->dealWindow(), "quoteDealSubmitButton")->isEnabled());
    QTest::mouseClick(
        WorkstationFixture::find<QPushButton>(page()->dealWindow(), "quoteDealCancelButton"), Qt::LeftButton);
    compareBoard();
    QCOMPARE(expected().at({ lianxin::quotes::DAYS_91_180, 1 }).second.best, 36000); // Huaxia's offer now
}

void QuoteBoardTest::passingValidityDropsTheQuoteWithoutAWrite()
{
    lx::ui::QuoteBoardPage *board = page();
    auto *quotes = WorkstationFixture::find<QTableView>(board, "quoteListTable");
    QVERIFY(QTest::qWaitFor([&] { return quotes->model()->rowCount() == static_cast<int>(m_posted.size()); }, kWaitMs));
    // No transaction on any channel: expiry is judged, never written.
    const auto client = m_fixture->shell().session().client();
    const QStringList channels = m_fixture->shell().session().channels();
    std::map<QString, std::uint64_t> heights;
    for (const QString &channel : channels)
        heights[channel] = client->chainInfo(channel.toStdString()).height();

    // Once the book is quiet, nothing but the passing time may change the board.
    QSignalSpy changed(&book(), &lx::models::LocalBook::bookChanged);
    while (changed.wait(1500))
        changed.clear();
    g_shiftSeconds = 3 * 3600; // past the short-lived quote's two hours
    std::erase_if(m_posted, [](const Posted &p) { return p.shortLived; });
    QVERIFY(QTest::qWaitFor([&] { return quotes->model()->rowCount() == static_cast<int>(m_posted.size()); }, kWaitMs));
    compareBoard();
    for (const QString &channel : channels)
        QCOMPARE(client->chainInfo(channel.toStdString()).height(), heights[channel]);
    QCOMPARE(book().pendingActions(), 0);
    QCOMPARE(changed.count(), 0); // the board was judged again by the clock, not refreshed by a write
}

LIANXIN_GUI_TEST_MAIN(QuoteBoardTest)
#include "QuoteBoardTest.moc"
