// The approvals test's fixture and the maker's side: the drafts, their
// names and words, and the comment on the one returned
// (ApprovalsAllProductsTest.h says what the test covers).
#include "ApprovalsAllProductsTest.h"

#include "GuiTestMain.h"
#include "common/LcTestData.h"

#include "models/LocalBook.h"
#include "models/ProductDraftText.h"
#include "models/SessionModel.h"
#include "models/approvals/ApprovalsModel.h"
#include "models/approvals/DraftTerms.h"

#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"
#include "lianxin/notary.pb.h"
#include "lianxin/quotes.pb.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>

#include <chrono>
#include <google/protobuf/descriptor.h>

using lx::models::ApprovalsModel;
using lx::test::WorkstationFixture;

namespace {

constexpr std::chrono::year_month_day kToday { std::chrono::year(2026), std::chrono::month(11), std::chrono::day(26) };

lianxin::lc::Date day(int y, int m, int d)
{
    lianxin::lc::Date out;
    out.set_year(y);
    out.set_month(m);
    out.set_day(d);
    return out;
}

lianxin::guarantee::GtAction guaranteeIssue()
{
    lianxin::guarantee::GtAction action;
    auto &g = *action.mutable_issue()->mutable_guarantee();
    g.set_guarantee_no("HX-GT-AP-1");
    g.set_type(lianxin::guarantee::Guarantee::PERFORMANCE);
    g.set_expiry_type(lianxin::guarantee::Guarantee::FIXED_DATE);
    *g.mutable_expiry_date() = day(2027, 6, 30);
    g.mutable_applicant()->set_name("上海申江机电进出口有限公司");
    g.mutable_applicant()->set_uscc("91350100M000100Y43");
    g.mutable_beneficiary()->set_name("江苏长风纺织有限公司");
    g.mutable_beneficiary()->set_uscc("91110108MA01ABCD5T");
    g.set_issuer_msp("HuaxiaBankMSP");
    g.set_advising_bank_msp("DongfangBankMSP");
    g.set_amount_fen(50'000'000);
    g.mutable_underlying()->set_reference("SJ-CF-2026-031");
    *g.mutable_underlying()->mutable_date() = day(2026, 8, 20);
    g.set_terms("We undertake to pay any sum up to the amount on your first demand with your statement of breach.");
    return action;
}

lianxin::quotes::QuoteAction quotePost(std::int64_t validUntil)
{
    lianxin::quotes::QuoteAction action;
    auto &q = *action.mutable_post()->mutable_quote();
    q.set_side(lianxin::quotes::BUY);
    q.set_obligor_tier(1);
    q.set_tenor(lianxin::quotes::DAYS_91_180);
    q.set_rate_micros(30'500);
    q.set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
    q.set_basis_days(360);
    q.set_amount_fen(1'000'000'000);
    q.set_valid_until_seconds(validUntil);
    return action;
}

} // namespace

void ApprovalsAllProductsTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kToday));
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
}

// With LIANXIN_APPROVALS_SHOTS=DIR, the window in both languages (to look at).
void ApprovalsAllProductsTest::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("LIANXIN_APPROVALS_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window()->resize(1280, 720);
    for (const auto language : { lx::models::TranslationCatalog::Language::English,
             lx::models::TranslationCatalog::Language::SimplifiedChinese }) {
        m_fixture->catalog().install(language);
        QTest::qWait(50); // let the language change reach every widget before grabbing
        window()->grab().save(QDir(dir).filePath(name
            + (language == lx::models::TranslationCatalog::Language::English ? QStringLiteral("-en.png")
                                                                             : QStringLiteral("-zh.png"))));
    }
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::English);
}

void ApprovalsAllProductsTest::everyActionHasAName()
{
    // Each action a product's desk takes has its own name, in Chinese too.
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const auto language : { lx::models::TranslationCatalog::Language::English,
             lx::models::TranslationCatalog::Language::SimplifiedChinese }) {
        m_fixture->catalog().install(language);
        for (const auto &[contract, descriptor] :
            { std::pair { "forfaiting", lianxin::forfaiting::FfAction::descriptor() },
                std::pair { "guarantee", lianxin::guarantee::GtAction::descriptor() },
                std::pair { "quotes", lianxin::quotes::QuoteAction::descriptor() } }) {
            const auto *actions = descriptor->FindOneofByName("action");
            QVERIFY(actions && actions->field_count() >= 3);
            for (int i = 0; i < actions->field_count(); ++i) {
                const QString kind = QString::fromStdString(actions->field(i)->message_type()->name());
                const QString name = lx::models::ProductDraftText::actionName(QLatin1String(contract), kind);
                const bool named = language == lx::models::TranslationCatalog::Language::English
                    ? name != lx::models::ProductDraftText::legible(kind)
                    : name.contains(han);
                QVERIFY2(named, qPrintable(QLatin1String(contract) + u' ' + kind + QStringLiteral(": ") + name));
            }
        }
    }
    m_fixture->catalog().install(lx::models::TranslationCatalog::Language::English);
}

void ApprovalsAllProductsTest::forfaitingDraftsReadInWords()
{
    // A quote on a listing: rate, method, money and dates in words; it
    // concerns the listing, an acceptance the quote.
    lianxin::forfaiting::FfAction quote;
    auto &q = *quote.mutable_quote();
    q.set_listing_id("HX-LC-1/1/L1");
    q.set_rate_micros(30'000);
    q.set_method(lianxin::forfaiting::STRAIGHT_DISCOUNT);
    q.set_fees_fen(150'000);
    *q.mutable_value_date() = day(2026, 12, 1);
    const auto terms = lx::models::DraftTerms::ofAction("lianxin.forfaiting.FfAction", quote.SerializeAsString());
    QStringList lines;
    for (const auto &term : terms)
        lines << term.term + QStringLiteral(": ") + term.value;
    for (const char *expected : { "Listing: HX-LC-1/1/L1", "Discount rate (p.a.): 3.00%",
             "Pricing method: Straight discount", "Fees: CNY 1,500.00", "Value date: 1 Dec 2026" })
        QVERIFY2(lines.contains(QLatin1String(expected)), qUtf8Printable(lines.join(u'|')));
    const auto listing = lx::models::DraftTerms::concernedRecord(
        "forfaiting", "lianxin.forfaiting.FfAction", quote.SerializeAsString());
    QVERIFY(listing);
    QCOMPARE(listing->channel, std::string("forfaiting"));
    QCOMPARE(listing->key, std::string("listing/HX-LC-1/1/L1"));
    lianxin::forfaiting::FfAction accept;
    accept.mutable_accept_quote()->set_quote_id("HX-LC-1/1/L1/DongfangBankMSP");
    const auto quoted = lx::models::DraftTerms::concernedRecord(
        "forfaiting", "lianxin.forfaiting.FfAction", accept.SerializeAsString());
    QVERIFY(quoted);
    QCOMPARE(quoted->message, std::string("lianxin.forfaiting.Quote"));
}

void ApprovalsAllProductsTest::makerDraftsThreeProducts()
{
    lx::models::LocalBook &book = m_fixture->shell().book();
    QSignalSpy queued(&book, &lx::models::LocalBook::actionQueued);
    QSignalSpy failed(&book, &lx::models::LocalBook::actionFailed);
    book.submitDeskDraft("guarantee", guaranteeIssue().SerializeAsString());
    QVERIFY(queued.wait(10000));
    const auto now = m_fixture->shell().session().clock()();
    const std::int64_t validUntil
        = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count() + 7 * 86400;
    book.submitDeskDraft("quotes", quotePost(validUntil).SerializeAsString());
    QVERIFY(queued.wait(10000));
    lianxin::lc::LcAction lc;
    *lc.mutable_issue()->mutable_lc() = lx::test::validTerms("HX-AP-LC-1", "HuaxiaBankMSP", "DongfangBankMSP");
    book.submitDraft(lc);
    QVERIFY(queued.wait(10000));
    // A KYC attestation is a bank action like the others: a draft too.
    lianxin::trust::KycAttestation kyc;
    kyc.set_uscc("91350100M000100Y43");
    kyc.set_subject_name("福建闽江贸易有限公司");
    kyc.set_attesting_msp("HuaxiaBankMSP");
    kyc.set_level("EDD");
    kyc.set_valid_until_seconds(validUntil + 300 * 86400);
    kyc.set_evidence_sha256(std::string(32, '\x5a'));
    book.submitDeskDraft("kyc", kyc.SerializeAsString());
    QVERIFY(queued.wait(10000));
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingActions(), 0, 20000);
    QCOMPARE(m_fixture->statusLabel("statusOutbox")->text(), QStringLiteral("Outbox: all sent"));

    // The maker sees them waiting, without the checker's buttons.
    window()->showSection(lx::ui::Section::Approvals);
    QTRY_VERIFY_WITH_TIMEOUT(page()->model().rowCount() == 4, 15000);
    QVERIFY(!WorkstationFixture::find<QPushButton>(page(), "approvalsApproveButton")->isVisible());
}

void ApprovalsAllProductsTest::makerReadsTheComment()
{
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
    window()->showSection(lx::ui::Section::Approvals);
    ApprovalsModel &model = page()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(m_quoteDraft) >= 0, 15000);
    const int row = model.rowOf(m_quoteDraft);
    QCOMPARE(model.index(row, ApprovalsModel::StatusColumn).data().toString(),
        QStringLiteral("Returned by checker1: Rate too low for tier 1"));
    QCOMPARE(model.rowOf(m_guaranteeDraft), -1); // approved: no longer open
    QVERIFY(page()->selectDraft(m_quoteDraft));
    QCOMPARE(WorkstationFixture::find<QLabel>(page(), "approvalsMessageLabel")->text(),
        QStringLiteral("Returned by checker1: Rate too low for tier 1"));
    screenshot(QStringLiteral("approvals-maker"));
}

LIANXIN_GUI_TEST_MAIN(ApprovalsAllProductsTest)
