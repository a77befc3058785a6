// The checker's Approvals hold every product's drafts: a guarantee issue
// and a quote drafted by Huaxia's officer (and an L/C beside them) appear
// for Huaxia's checker with their product, action and subject and what
// they would do; the guarantee is approved into the cache, the quote
// returned with a comment its maker then reads; a KYC attestation is a
// draft too, approved into the cache. The worklist counts them.
#include "GuiTestMain.h"
#include "WorkstationFixture.h"
#include "cache/LocalCache.h"
#include "cache/ProductRecords.h"
#include "common/LcTestData.h"

#include "models/ApprovalsModel.h"
#include "models/DraftTerms.h"
#include "models/LocalBook.h"
#include "models/ProductDraftText.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/worklist/WorklistPage.h"

#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"
#include "lianxin/notary.pb.h"
#include "lianxin/quotes.pb.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <chrono>
#include <google/protobuf/descriptor.h>

using lx::models::ApprovalsModel;
using lx::test::WorkstationFixture;

namespace {

constexpr std::chrono::year_month_day kToday { std::chrono::year(2026), std::chrono::month(11), std::chrono::day(26) };
const QString kChecker = QStringLiteral("HuaxiaBankMSP/checker1");

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

class ApprovalsAllProductsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_fixture.reset(); }
    void everyActionHasAName();
    void forfaitingDraftsReadInWords();
    void makerDraftsThreeProducts();
    void checkerSeesEveryProduct();
    void checkerApprovesTheGuarantee();
    void checkerReturnsTheQuote();
    void checkerApprovesTheKycAttestation();
    void adviceShowsTheGuaranteeAsItStands();
    void makerReadsTheComment();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::ui::ApprovalsPage *page() { return WorkstationFixture::find<lx::ui::ApprovalsPage>(window(), "approvalsPage"); }
    int rowOfProduct(const char *product) const;
    QStringList column(const QTableWidget *table, int column) const;
    void screenshot(const QString &name);

    std::unique_ptr<WorkstationFixture> m_fixture;
    QString m_guaranteeDraft;
    QString m_quoteDraft;
    QString m_kycDraft;
};

void ApprovalsAllProductsTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kToday));
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->switchTo(WorkstationFixture::kHuaxiaOfficer));
}

int ApprovalsAllProductsTest::rowOfProduct(const char *product) const
{
    const ApprovalsModel &model = const_cast<ApprovalsAllProductsTest *>(this)->page()->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ApprovalsModel::ProductRole).toString() == QLatin1String(product))
            return row;
    }
    return -1;
}

QStringList ApprovalsAllProductsTest::column(const QTableWidget *table, int column) const
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
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

void ApprovalsAllProductsTest::checkerSeesEveryProduct()
{
    QVERIFY(m_fixture->switchTo(kChecker));
    window()->showSection(lx::ui::Section::Approvals);
    ApprovalsModel &model = page()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOfProduct("guarantee") >= 0 && rowOfProduct("quotes") >= 0 && rowOfProduct("lc") >= 0, 15000);

    const int guarantee = rowOfProduct("guarantee");
    QCOMPARE(model.index(guarantee, ApprovalsModel::ProductColumn).data().toString(), QStringLiteral("Guarantee"));
    QCOMPARE(model.index(guarantee, ApprovalsModel::ActionColumn).data().toString(), QStringLiteral("Issue guarantee"));
    QCOMPARE(model.index(guarantee, ApprovalsModel::SubjectColumn).data().toString(), QStringLiteral("HX-GT-AP-1"));
    QCOMPARE(model.index(guarantee, ApprovalsModel::MakerColumn).data().toString(), QStringLiteral("officer1"));
    QCOMPARE(model.index(guarantee, 0).data(ApprovalsModel::StatusRole).toInt(), int(lianxin::desk::Draft::PENDING));
    QVERIFY(!model.index(guarantee, ApprovalsModel::AgeColumn).data().toString().isEmpty());
    m_guaranteeDraft = model.index(guarantee, 0).data(ApprovalsModel::DraftIdRole).toString();

    const int quote = rowOfProduct("quotes");
    QCOMPARE(model.index(quote, ApprovalsModel::ProductColumn).data().toString(), QStringLiteral("Quote board"));
    QCOMPARE(model.index(quote, ApprovalsModel::ActionColumn).data().toString(), QStringLiteral("Post quote"));
    QCOMPARE(model.index(quote, ApprovalsModel::SubjectColumn).data().toString(),
        QStringLiteral("Buy, tier 1, 91-180 days"));
    m_quoteDraft = model.index(quote, 0).data(ApprovalsModel::DraftIdRole).toString();

    QTRY_VERIFY_WITH_TIMEOUT(rowOfProduct("kyc") >= 0, 15000);
    const int kyc = rowOfProduct("kyc");
    QCOMPARE(model.index(kyc, ApprovalsModel::ProductColumn).data().toString(), QStringLiteral("KYC"));
    QCOMPARE(
        model.index(kyc, ApprovalsModel::ActionColumn).data().toString(), QStringLiteral("Attest KYC of a corporate"));
    QCOMPARE(model.index(kyc, ApprovalsModel::SubjectColumn).data().toString(), QStringLiteral("91350100M000100Y43"));
    m_kycDraft = model.index(kyc, 0).data(ApprovalsModel::DraftIdRole).toString();

    // What the guarantee draft would issue, in words.
    QVERIFY(page()->selectDraft(m_guaranteeDraft));
    auto *changes = WorkstationFixture::find<QTableWidget>(page(), "approvalsChangesTable");
    const QStringList terms = column(changes, 0);
    const QStringList drafted = column(changes, 2);
    QVERIFY2(terms.contains(QStringLiteral("Guarantee No.")) && terms.contains(QStringLiteral("Amount")),
        qUtf8Printable(terms.join(u'|')));
    QVERIFY2(drafted.contains(QStringLiteral("CNY 500,000.00")), qUtf8Printable(drafted.join(u'|')));
    QVERIFY(drafted.contains(QStringLiteral("Performance guarantee")));
    QVERIFY(drafted.contains(QStringLiteral("30 Jun 2027")));
    QVERIFY(changes->isColumnHidden(1));
    QVERIFY(WorkstationFixture::find<QLabel>(page(), "approvalsRecordLabel")->text().startsWith(QStringLiteral("New")));
    QVERIFY(WorkstationFixture::find<QPushButton>(page(), "approvalsApproveButton")->isEnabled());

    // The quote: its rate as a percentage.
    QVERIFY(page()->selectDraft(m_quoteDraft));
    QVERIFY2(column(changes, 2).contains(QStringLiteral("3.05%")), qUtf8Printable(column(changes, 2).join(u'|')));

    // The checker's worklist counts every product's drafts.
    auto *worklist = WorkstationFixture::find<lx::ui::WorklistPage>(window(), "worklistPage");
    lx::models::WorklistModel &work = worklist->model();
    QTRY_VERIFY_WITH_TIMEOUT(work.rowCount() >= 3, 10000);
    QStringList products;
    QStringList tasks;
    for (int row = 0; row < work.rowCount(); ++row) {
        products << work.index(row, 0).data(lx::models::WorklistModel::ProductRole).toString();
        tasks << work.index(row, 0).data().toString();
    }
    QVERIFY2(products.contains(QStringLiteral("guarantee")) && products.contains(QStringLiteral("quotes"))
            && products.contains(QStringLiteral("lc")),
        qUtf8Printable(products.join(u'|')));
    QVERIFY2(tasks.contains(QStringLiteral("Approve Issue guarantee drafted by officer1")),
        qUtf8Printable(tasks.join(u'|')));

    window()->showSection(lx::ui::Section::Worklist);
    screenshot(QStringLiteral("worklist-checker"));
    window()->showSection(lx::ui::Section::Approvals);
    QVERIFY(page()->selectDraft(m_guaranteeDraft));
    screenshot(QStringLiteral("approvals-guarantee"));
}

void ApprovalsAllProductsTest::checkerApprovesTheGuarantee()
{
    QVERIFY(page()->selectDraft(m_guaranteeDraft));
    auto *approve = WorkstationFixture::find<QPushButton>(page(), "approvalsApproveButton");
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(!approve->isEnabled()); // not twice
    QTRY_VERIFY_WITH_TIMEOUT(page()->model().rowOf(m_guaranteeDraft) < 0, 20000);
    // Issued on the ledger and in this bank's cache.
    const auto cache = m_fixture->shell().session().localCache();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            lx::cache::Database db = cache->connect();
            const auto records = lx::cache::productRecords(db.handle(), "guarantee", "guarantee");
            lianxin::guarantee::Guarantee g;
            return records.size() == 1 && g.ParseFromString(records.front().value) && g.guarantee_no() == "HX-GT-AP-1"
                && g.state() == lianxin::guarantee::Guarantee::ISSUED;
        }(),
        15000);
}

void ApprovalsAllProductsTest::checkerApprovesTheKycAttestation()
{
    // The checker reads what the attestation says before approving it.
    QVERIFY(page()->selectDraft(m_kycDraft));
    auto *changes = WorkstationFixture::find<QTableWidget>(page(), "approvalsChangesTable");
    const QStringList drafted = column(changes, 2);
    QVERIFY2(column(changes, 0).contains(QStringLiteral("KYC level")) && drafted.contains(QStringLiteral("EDD"))
            && drafted.contains(QStringLiteral("福建闽江贸易有限公司")),
        qUtf8Printable(column(changes, 0).join(u'|') + u'/' + drafted.join(u'|')));
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(page(), "approvalsApproveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->model().rowOf(m_kycDraft) < 0, 20000);
    // Recorded on trust, and followed into this bank's cache.
    const auto cache = m_fixture->shell().session().localCache();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            lx::cache::Database db = cache->connect();
            const auto records = lx::cache::productRecords(db.handle(), "trust", "kyc");
            lianxin::trust::KycAttestation a;
            return records.size() == 1 && a.ParseFromString(records.front().value) && a.level() == "EDD"
                && a.attested_seconds() > 0;
        }(),
        15000);
}

void ApprovalsAllProductsTest::checkerReturnsTheQuote()
{
    QVERIFY(page()->selectDraft(m_quoteDraft));
    auto *giveBack = WorkstationFixture::find<QPushButton>(page(), "approvalsReturnButton");
    auto *comment = WorkstationFixture::find<QLineEdit>(page(), "approvalsCommentEdit");
    QVERIFY(!giveBack->isEnabled()); // a return needs a comment
    QTest::keyClicks(comment, QStringLiteral("Rate too low for tier 1"));
    QVERIFY(giveBack->isEnabled());
    QTest::mouseClick(giveBack, Qt::LeftButton);
    ApprovalsModel &model = page()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int row = model.rowOf(m_quoteDraft);
            return row >= 0
                && model.index(row, 0).data(ApprovalsModel::StatusRole).toInt() == lianxin::desk::Draft::RETURNED;
        }(),
        20000);
    QVERIFY(page()->selectDraft(m_quoteDraft));
    QVERIFY(!WorkstationFixture::find<QPushButton>(page(), "approvalsApproveButton")->isEnabled());
}

void ApprovalsAllProductsTest::adviceShowsTheGuaranteeAsItStands()
{
    // Dongfang, the advising bank, drafts the advice; its checker sees the
    // guarantee as Dongfang's cache holds it beside the draft.
    QVERIFY(m_fixture->switchTo(QStringLiteral("DongfangBankMSP/officer1")));
    lx::models::LocalBook &book = m_fixture->shell().book();
    QSignalSpy queued(&book, &lx::models::LocalBook::actionQueued);
    lianxin::guarantee::GtAction advise;
    advise.mutable_advise()->set_guarantee_no("HX-GT-AP-1");
    book.submitDeskDraft("guarantee", advise.SerializeAsString());
    QVERIFY(queued.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingActions(), 0, 20000);

    QVERIFY(m_fixture->switchTo(WorkstationFixture::kDongfangChecker));
    window()->showSection(lx::ui::Section::Approvals);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfProduct("guarantee") >= 0, 15000);
    const int row = rowOfProduct("guarantee");
    ApprovalsModel &model = page()->model();
    QCOMPARE(model.index(row, ApprovalsModel::ActionColumn).data().toString(), QStringLiteral("Advise guarantee"));
    QVERIFY(page()->selectDraft(model.index(row, 0).data(ApprovalsModel::DraftIdRole).toString()));
    QCOMPARE(WorkstationFixture::find<QLabel>(page(), "approvalsRecordLabel")->text(),
        QStringLiteral("Guarantee HX-GT-AP-1 as it stands now:"));
    auto *record = WorkstationFixture::find<QTableWidget>(page(), "approvalsRecordTable");
    QVERIFY(record->isVisible());
    const QStringList now = column(record, 1);
    QVERIFY2(now.contains(QStringLiteral("Issued")) && now.contains(QStringLiteral("CNY 500,000.00")),
        qUtf8Printable(now.join(u'|')));
    screenshot(QStringLiteral("approvals-advise"));
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
#include "ApprovalsAllProductsTest.moc"
