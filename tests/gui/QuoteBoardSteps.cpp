// The quote board test's steps through the screens: signing in, posting
// a quote and reporting a deal through their forms, approving as the
// bank's checker; and the board compared with the reference (QuoteBoardTest.h
// says what the test covers).
#include "FormTyping.h"
#include "QuoteBoardTest.h"
#include "QuoteReference.h"

#include "chaincode/quotes/QuoteBoard.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "models/LocalBook.h"
#include "models/Money.h"
#include "models/SessionModel.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteBoardModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/quotes/QuoteBoardPage.h"

#include "lianxin/desk.pb.h"
#include "lianxin/quotes.pb.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest/QTest>

#include <chrono>
#include <set>

using lx::test::FormTyping;
using lx::test::Posted;
using lx::test::QuoteReference;
using lx::test::WorkstationFixture;
using quoteboard::kWaitMs;
using quoteboard::shiftedNow;

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
