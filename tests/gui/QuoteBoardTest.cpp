// The quote board test's fixture and slots (QuoteBoardTest.h says what it covers).
#include "QuoteBoardTest.h"

#include "FormTyping.h"
#include "GuiTestMain.h"
#include "QuoteReference.h"

#include "chaincode/Rate.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/Clock.h"
#include "models/LocalBook.h"
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
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <vector>

using lx::test::FormTyping;
using lx::test::Posted;
using lx::test::quote;
using lx::test::WorkstationFixture;
using quoteboard::kWaitMs;
using quoteboard::shiftedNow;

namespace {

const QString kHuaxiaChecker = QStringLiteral("HuaxiaBankMSP/checker1");
const QString kDongfangOfficer = QStringLiteral("DongfangBankMSP/officer1");

// The session's clock: real time moved on by the test.
std::atomic<std::int64_t> g_shiftSeconds { 0 };

const QString kDealId = QStringLiteral("FD-TEST-0001");

} // namespace

std::chrono::system_clock::time_point quoteboard::shiftedNow()
{
    return std::chrono::system_clock::now() + std::chrono::seconds(g_shiftSeconds.load());
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

// The forms count their defaults from the session's day (through the
// market model, not a clock of their own): moved to 15 March 2027, a quote
// is valid until 17:00 China time the next day, a deal quote's maturity
// is 120 days on, and a deal report trades that day.
void QuoteBoardTest::formsTakeTheirDayFromTheSession()
{
    using namespace std::chrono;
    const year_month_day sessionDay { year(2027), month(3), day(15) };
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(sessionDay));
    const QDate today(2027, 3, 15);
    page()->openPostForm();
    QWidget *post = page()->postWindow();
    const QDateTime validUntil = WorkstationFixture::find<QDateTimeEdit>(post, "quoteValidUntilEdit")->dateTime();
    QCOMPARE(validUntil.toOffsetFromUtc(8 * 3600), QDateTime(today.addDays(1), QTime(17, 0), QTimeZone(8 * 3600)));
    QCOMPARE(WorkstationFixture::find<QDateEdit>(post, "quoteMaturityEdit")->date(), today.addDays(120));
    post->hide();
    page()->openDealForm();
    QWidget *deal = page()->dealWindow();
    QCOMPARE(WorkstationFixture::find<QDateEdit>(deal, "quoteDealTradeDateEdit")->date(), today);
    deal->hide();
    m_fixture->shell().session().setClock(&quoteboard::shiftedNow);
}

LIANXIN_GUI_TEST_MAIN(QuoteBoardTest)
