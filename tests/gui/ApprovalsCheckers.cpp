// The approvals test's checkers' side: Huaxia's checker sees every
// product's drafts, approves the guarantee and the KYC attestation and
// returns the quote; Dongfang's checker sees the guarantee it advises as it
// stands (ApprovalsAllProductsTest.h says what the test covers).
#include "ApprovalsAllProductsTest.h"
#include "cache/LocalCache.h"
#include "cache/ProductRecords.h"

#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "models/approvals/ApprovalsModel.h"
#include "ui/worklist/WorklistPage.h"

#include "lianxin/desk.pb.h"
#include "lianxin/guarantee.pb.h"
#include "lianxin/notary.pb.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest/QTest>

using lx::models::ApprovalsModel;
using lx::test::WorkstationFixture;

namespace {

const QString kChecker = QStringLiteral("HuaxiaBankMSP/checker1");

} // namespace

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
