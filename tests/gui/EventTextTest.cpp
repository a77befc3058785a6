// What the timelines say an event did, written from its facts in the
// reader's language: every action of the L/C, the guarantee and forfaiting
// reads in English and in Chinese (no English word left in Chinese), with
// the amounts, dates, numbers and banks of its facts; an event recorded
// before events carried facts reads as the contract wrote it in English
// and as its action's name in Chinese.
#include "GuiTestMain.h"
#include "ShownStrings.h"

#include "models/MemberDirectory.h"
#include "models/TranslationCatalog.h"
#include "models/forfaiting/FfEventText.h"
#include "models/guarantee/GuaranteeEventText.h"
#include "models/lc/LcEventText.h"

#include <QRegularExpression>

using lianxin::lc::EventFacts;
using lx::models::FfEventText;
using lx::models::GuaranteeEventText;
using lx::models::LcEventText;
using lx::models::TranslationCatalog;

namespace {

lianxin::lc::Date date(int y, int m, int d)
{
    lianxin::lc::Date out;
    out.set_year(y);
    out.set_month(m);
    out.set_day(d);
    return out;
}

// One event of each kind the L/C contract records, with its facts as the
// contract sets them.
std::vector<lianxin::lc::LcEvent> lcEvents()
{
    std::vector<lianxin::lc::LcEvent> events;
    const auto add = [&](const char *action, const std::function<void(EventFacts &)> &facts) {
        lianxin::lc::LcEvent &e = events.emplace_back();
        e.set_action(action);
        facts(*e.mutable_facts());
    };
    add("Issue", [](EventFacts &f) { f.set_amount_fen(123'456'789); });
    add("Advise", [](EventFacts &) {});
    add("Amend", [](EventFacts &f) { f.set_number(2); });
    add("AnswerAmendment", [](EventFacts &f) {
        f.set_number(2);
        f.set_outcome(EventFacts::ACCEPTED);
    });
    add("AnswerAmendment", [](EventFacts &f) {
        f.set_number(3);
        f.set_outcome(EventFacts::REJECTED);
    });
    add("Present", [](EventFacts &f) {
        f.set_number(1);
        f.set_amount_fen(50'000'000);
        *f.mutable_date() = date(2026, 11, 20);
        *f.mutable_due_date() = date(2026, 11, 27);
        f.set_count(2);
    });
    add("Examine", [](EventFacts &f) {
        f.set_number(1);
        f.set_outcome(EventFacts::COMPLYING);
    });
    add("Examine", [](EventFacts &f) {
        f.set_number(2);
        f.set_outcome(EventFacts::DISCREPANT);
        f.set_count(3);
    });
    add("Refuse", [](EventFacts &f) {
        f.set_number(2);
        f.set_outcome(EventFacts::DOCUMENTS_HELD);
    });
    add("Refuse", [](EventFacts &f) {
        f.set_number(2);
        f.set_outcome(EventFacts::DOCUMENTS_RETURNED);
    });
    add("Waive", [](EventFacts &f) { f.set_number(2); });
    add("AcceptPresentation", [](EventFacts &f) {
        f.set_number(1);
        f.set_amount_fen(50'000'000);
        *f.mutable_date() = date(2027, 5, 19);
        f.set_late(true);
    });
    add("Pay", [](EventFacts &f) {
        f.set_number(1);
        f.set_amount_fen(50'000'000);
    });
    add("Close", [](EventFacts &f) { f.set_remaining_fen(73'456'789); });
    add("Cancel", [](EventFacts &) {});
    add("Cancel", [](EventFacts &f) { f.set_reference("受益人同意函 2026-88"); });
    add("Expire", [](EventFacts &f) {
        *f.mutable_date() = date(2027, 1, 31);
        f.set_remaining_fen(1'000);
        f.set_number(4);
    });
    return events;
}

std::vector<lianxin::guarantee::GtEvent> guaranteeEvents()
{
    std::vector<lianxin::guarantee::GtEvent> events;
    const auto add = [&](const char *action, const std::function<void(EventFacts &)> &facts) {
        lianxin::guarantee::GtEvent &e = events.emplace_back();
        e.set_action(action);
        facts(*e.mutable_facts());
    };
    add("Issue", [](EventFacts &f) { f.set_amount_fen(80'000'000); });
    add("Advise", [](EventFacts &) {});
    add("Amend", [](EventFacts &f) { f.set_number(1); });
    add("AnswerAmendment", [](EventFacts &f) {
        f.set_number(1);
        f.set_outcome(EventFacts::REJECTED);
    });
    add("PresentDemand", [](EventFacts &f) {
        f.set_number(1);
        f.set_amount_fen(20'000'000);
        *f.mutable_date() = date(2026, 11, 26);
        *f.mutable_due_date() = date(2026, 12, 3);
        f.set_extend_or_pay(true);
    });
    add("Examine", [](EventFacts &f) {
        f.set_number(1);
        f.set_outcome(EventFacts::DISCREPANT);
        f.set_count(2);
    });
    add("Suspend", [](EventFacts &f) {
        f.set_number(1);
        *f.mutable_date() = date(2026, 12, 20);
    });
    add("Extend", [](EventFacts &f) {
        f.set_number(1);
        *f.mutable_date() = date(2027, 12, 31);
    });
    add("Pay", [](EventFacts &f) {
        f.set_number(2);
        f.set_amount_fen(20'000'000);
        f.set_remaining_fen(60'000'000);
    });
    add("Reduce", [](EventFacts &f) {
        f.set_number(1);
        f.set_amount_fen(10'000'000);
        f.set_remaining_fen(50'000'000);
    });
    add("Reduce", [](EventFacts &f) {
        f.set_reference("同意函 7");
        f.set_amount_fen(10'000'000);
        f.set_remaining_fen(40'000'000);
    });
    add("Release", [](EventFacts &f) { f.set_reference("释放函 12"); });
    add("Expire", [](EventFacts &f) {
        *f.mutable_date() = date(2027, 6, 30);
        f.set_remaining_fen(40'000'000);
    });
    add("StopPaymentOrder", [](EventFacts &f) {
        f.set_reference("（2026）沪0115民初1234号");
        f.set_court("上海市浦东新区人民法院");
    });
    add("LiftStopPayment", [](EventFacts &f) {
        f.set_reference("（2026）沪0115民初1234号");
        f.set_lifted_by("（2026）沪0115民初1234号之一");
    });
    return events;
}

std::vector<lianxin::forfaiting::FfEvent> forfaitingEvents()
{
    using lianxin::forfaiting::FfEventFacts;
    std::vector<lianxin::forfaiting::FfEvent> events;
    const auto add = [&](const char *action, const std::function<void(FfEventFacts &)> &facts) {
        lianxin::forfaiting::FfEvent &e = events.emplace_back();
        e.set_action(action);
        FfEventFacts &f = *e.mutable_facts();
        f.set_subject_id("HX-LC-1/1/D1");
        f.set_claim_id("HX-LC-1/1");
        f.set_seller_msp("HuaxiaBankMSP");
        f.set_buyer_msp("DongfangBankMSP");
        f.set_obligor_msp("ChangjiangBankMSP");
        f.set_amount_fen(1'000'000'000);
        *f.mutable_date() = date(2027, 5, 20);
        facts(f);
    };
    add("List", [](FfEventFacts &f) { f.set_market(lianxin::forfaiting::PRIMARY); });
    add("List", [](FfEventFacts &f) {
        f.set_market(lianxin::forfaiting::SECONDARY);
        f.set_inquiry(true);
    });
    add("Quote", [](FfEventFacts &f) {
        f.set_rate_micros(31'000); // 3.10% a year
        f.set_method(lianxin::forfaiting::STRAIGHT_DISCOUNT);
        f.set_days(180);
    });
    add("WithdrawListing", [](FfEventFacts &) {});
    add("WithdrawQuote", [](FfEventFacts &) {});
    add("AcceptQuote", [](FfEventFacts &) {});
    add("NotifyTransfer", [](FfEventFacts &) {});
    add("AcknowledgeTransfer", [](FfEventFacts &) {});
    add("Settle", [](FfEventFacts &) {});
    add("PayAtMaturity", [](FfEventFacts &f) { f.set_after_overdue(true); });
    add("RecordOverdue", [](FfEventFacts &f) { f.set_days(3); });
    return events;
}

lianxin::guarantee::Guarantee performanceGuarantee()
{
    lianxin::guarantee::Guarantee g;
    g.set_type(lianxin::guarantee::Guarantee::PERFORMANCE);
    return g;
}

// Every sentence the three products' events read as, in the language installed.
QStringList everySentence()
{
    QStringList out;
    for (const auto &e : lcEvents())
        out << LcEventText::summary(e);
    for (const auto &e : guaranteeEvents())
        out << GuaranteeEventText::summary(e, performanceGuarantee());
    for (const auto &e : forfaitingEvents())
        out << FfEventText::summary(e);
    return out;
}

} // namespace

class EventTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishSentences();
    void chineseSentences();
    void everyEventReadsInChinese();
    void eventsWithoutFacts();
    void cleanupTestCase();

private:
    TranslationCatalog m_catalog;
};

void EventTextTest::initTestCase()
{
    lx::models::MemberDirectory::setCurrent({
        { QStringLiteral("HuaxiaBankMSP"), QStringLiteral("Huaxia Trade Bank"), QStringLiteral("华夏贸易银行"),
            QStringLiteral("bank"), 1, true },
        { QStringLiteral("DongfangBankMSP"), QStringLiteral("Dongfang Commercial Bank"), QStringLiteral("东方商业银行"),
            QStringLiteral("bank"), 2, true },
        { QStringLiteral("ChangjiangBankMSP"), QStringLiteral("Changjiang Industrial Bank"),
            QStringLiteral("长江实业银行"), QStringLiteral("bank"), 2, true },
    });
    m_catalog.install(TranslationCatalog::Language::English);
}

void EventTextTest::englishSentences()
{
    m_catalog.install(TranslationCatalog::Language::English);
    const auto lc = lcEvents();
    QCOMPARE(LcEventText::summary(lc[0]), QStringLiteral("Issued for CNY 1,234,567.89"));
    QCOMPARE(LcEventText::summary(lc[3]), QStringLiteral("Amendment 2 accepted by the beneficiary"));
    QCOMPARE(LcEventText::summary(lc[5]),
        QStringLiteral("Presentation 1 of CNY 500,000.00 received on 20 Nov 2026; decision due by 27 Nov 2026; "
                       "2 documents also presented under other L/Cs"));
    QCOMPARE(LcEventText::summary(lc[7]), QStringLiteral("Presentation 2 is discrepant (3 discrepancies)"));
    QCOMPARE(LcEventText::summary(lc[11]),
        QStringLiteral("Payment of CNY 500,000.00 at maturity 19 May 2027 confirmed (late)"));
    QCOMPARE(LcEventText::summary(lc[16]),
        QStringLiteral("Expired on 31 Jan 2027 with CNY 10.00 unused (amendment 4 lapsed unanswered)"));
    const auto gt = guaranteeEvents();
    QCOMPARE(GuaranteeEventText::summary(gt[0], performanceGuarantee()),
        QStringLiteral("Performance guarantee issued for CNY 800,000.00"));
    QCOMPARE(GuaranteeEventText::summary(gt[4], performanceGuarantee()),
        QStringLiteral("Extend-or-pay demand 1 for CNY 200,000.00 received on 26 Nov 2026; examination due by 3 Dec "
                       "2026"));
    QCOMPARE(GuaranteeEventText::summary(gt[10], performanceGuarantee()),
        QStringLiteral("Reduced by CNY 100,000.00 with the beneficiary's consent (同意函 7); CNY 400,000.00 remains "
                       "available"));
    const auto ff = forfaitingEvents();
    QCOMPARE(FfEventText::summary(ff[2]),
        QStringLiteral("Quote HX-LC-1/1/D1: 3.10% Straight discount, 180 days, net CNY 10,000,000.00"));
    QCOMPARE(FfEventText::summary(ff[8]),
        QStringLiteral(
            "Dongfang Commercial Bank paid CNY 10,000,000.00 to Huaxia Trade Bank and holds claim HX-LC-1/1"));
}

void EventTextTest::chineseSentences()
{
    m_catalog.install(TranslationCatalog::Language::SimplifiedChinese);
    const auto lc = lcEvents();
    QCOMPARE(LcEventText::summary(lc[0]), QStringLiteral("开证，金额 ¥1,234,567.89"));
    QCOMPARE(LcEventText::summary(lc[3]), QStringLiteral("受益人接受第 2 号修改"));
    QCOMPARE(LcEventText::summary(lc[5]),
        QStringLiteral("第 1 次交单，金额 ¥500,000.00，于 2026-11-20 收到，须于 2026-11-27 前作出决定；"
                       "其中 2 份单据也在其他信用证项下提交"));
    QCOMPARE(LcEventText::summary(lc[16]),
        QStringLiteral("已于 2027-01-31 到期，未用余额 ¥10.00（第 4 号修改未获答复而失效）"));
    const auto gt = guaranteeEvents();
    QCOMPARE(
        GuaranteeEventText::summary(gt[0], performanceGuarantee()), QStringLiteral("开立履约保函，金额 ¥800,000.00"));
    const auto ff = forfaitingEvents();
    QCOMPARE(FfEventText::summary(ff[8]),
        QStringLiteral("东方商业银行已向华夏贸易银行支付 ¥10,000,000.00，持有债权 HX-LC-1/1"));
    m_catalog.install(TranslationCatalog::Language::English);
}

// Each sentence in Chinese has Han characters and no English word, and
// differs from its English one.
void EventTextTest::everyEventReadsInChinese()
{
    m_catalog.install(TranslationCatalog::Language::English);
    const QStringList english = everySentence();
    m_catalog.install(TranslationCatalog::Language::SimplifiedChinese);
    const QStringList chinese = everySentence();
    m_catalog.install(TranslationCatalog::Language::English);
    QCOMPARE(chinese.size(), english.size());
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (int i = 0; i < chinese.size(); ++i) {
        const QString word = lx::test::englishWordIn(chinese[i]);
        QVERIFY2(word.isEmpty() && chinese[i].contains(han) && chinese[i] != english[i],
            qUtf8Printable(english[i] + QStringLiteral(" -> ") + chinese[i]));
    }
}

void EventTextTest::eventsWithoutFacts()
{
    lianxin::lc::LcEvent old;
    old.set_action("Issue");
    old.set_summary("Issued for CNY 1,000.00");
    m_catalog.install(TranslationCatalog::Language::English);
    QCOMPARE(LcEventText::summary(old), QStringLiteral("Issued for CNY 1,000.00"));
    m_catalog.install(TranslationCatalog::Language::SimplifiedChinese);
    QCOMPARE(LcEventText::summary(old), QStringLiteral("开证"));
    lianxin::guarantee::GtEvent oldGuarantee;
    oldGuarantee.set_action("PresentDemand");
    oldGuarantee.set_summary("Demand 1 for CNY 5.00 received on 2026-11-26; examination due by 2026-12-03");
    QCOMPARE(GuaranteeEventText::summary(oldGuarantee, performanceGuarantee()), QStringLiteral("提交索赔"));
    // An event with facts, if empty, is written from them.
    lianxin::lc::LcEvent advised;
    advised.set_action("Advise");
    advised.set_summary("Advised to the beneficiary");
    advised.mutable_facts();
    QCOMPARE(LcEventText::summary(advised), QStringLiteral("已通知受益人"));
    m_catalog.install(TranslationCatalog::Language::English);
}

void EventTextTest::cleanupTestCase()
{
    lx::models::MemberDirectory::setCurrent({});
    m_catalog.install(TranslationCatalog::Language::English);
}

LIANXIN_GUI_TEST_MAIN(EventTextTest)
#include "EventTextTest.moc"
