#include "LcLifecycleScenario.h"

#include "FormTyping.h"
#include "LcDeskDriver.h"

#include "models/lc/LcSheetModel.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"

#include "lianxin/lc.pb.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>

namespace lx::test::lc_lifecycle {

namespace {

using State = lianxin::lc::LetterOfCredit;

const QString kHuaxiaOfficer = QStringLiteral("HuaxiaBankMSP/officer1");
const QString kHuaxiaChecker = QStringLiteral("HuaxiaBankMSP/checker1");
const QString kDongfangOfficer = QStringLiteral("DongfangBankMSP/officer1");
const QString kDongfangChecker = QStringLiteral("DongfangBankMSP/checker1");
const QString kChangjiangOfficer = QStringLiteral("ChangjiangBankMSP/officer1");
const QString kChangjiangChecker = QStringLiteral("ChangjiangBankMSP/checker1");

} // namespace

void issuedByHuaxia(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kHuaxiaOfficer));
    LX_STEP(desk.issue());
    QVERIFY(desk.signInAs(kHuaxiaChecker));
    QVERIFY(desk.worklistHas(cache::WorkKind::ApproveDraft));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::ISSUED));
}

void advisedByDongfang(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kDongfangOfficer));
    QVERIFY(desk.worklistHas(cache::WorkKind::Advise));
    LX_STEP(desk.click(QStringLiteral("advise")));
    QVERIFY(desk.signInAs(kDongfangChecker));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::ADVISED));
}

void presentedByDongfang(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kDongfangOfficer));
    LX_STEP(desk.present(QStringLiteral("600,000.00")));
    QVERIFY(desk.signInAs(kDongfangChecker));
    LX_STEP(desk.approve());
    // The presenting bank holds the files; the approval notarized their hashes.
    QVERIFY(desk.documentCheckSays({ QStringLiteral("cache matches the presented document"),
        QStringLiteral("notarized on the ledger 1 time, first by Dongfang Commercial Bank") }));
    ui::LcDetailWindow *detail = desk.openLc();
    QVERIFY(detail);
    const QString copy = desk.filesDir() + QStringLiteral("/copy.pdf");
    QSignalSpy saved(detail, &ui::LcDetailWindow::documentChecked);
    detail->saveDocumentTo(copy);
    QVERIFY(saved.wait(desk.waitMs()));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("%PDF-1.4 INVOICE for ") + desk.lcNo().toUtf8());
}

void refusedByHuaxia(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kHuaxiaOfficer));
    QVERIFY(desk.worklistHas(cache::WorkKind::Examine));
    QVERIFY(desk.shows(desk.openLc(), State::PRESENTED));
    LX_STEP(desk.draftWithForm("examine", [](ui::LcActionForm *form) {
        LcDeskDriver::clickRadio(WorkstationFixture::find<QRadioButton>(form, "examineDiscrepantRadio"));
        QTest::keyClicks(WorkstationFixture::find<QPlainTextEdit>(form, "examineDiscrepanciesEdit"),
            QStringLiteral("INVOICE_AMOUNT: invoice does not match the goods shipped"));
    }));
    QVERIFY(desk.signInAs(kHuaxiaChecker));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::DISCREPANT));
    QVERIFY(desk.signInAs(kHuaxiaOfficer));
    QVERIFY(desk.worklistHas(cache::WorkKind::RefuseOrWaive));
    // The documents go back to the presenter, which closes the presentation.
    LX_STEP(desk.draftWithForm("refuse", [](ui::LcActionForm *form) {
        LcDeskDriver::clickRadio(WorkstationFixture::find<QRadioButton>(form, "refuseReturnRadio"));
    }));
    QVERIFY(desk.signInAs(kHuaxiaChecker));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::REFUSED));
}

void amendedByHuaxia(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kHuaxiaOfficer));
    LX_STEP(desk.draftWithForm("amend",
        [](ui::LcActionForm *form) { FormTyping(form).type("amendIncreaseEdit", QStringLiteral("100,000.00")); }));
    QVERIFY(desk.signInAs(kHuaxiaChecker));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::AMENDMENT_PENDING));
}

void amendmentAcceptedByDongfang(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kDongfangOfficer));
    QVERIFY(desk.worklistHas(cache::WorkKind::AnswerAmendment));
    LX_STEP(desk.click(QStringLiteral("accept-amendment-1")));
    QVERIFY(desk.signInAs(kDongfangChecker));
    LX_STEP(desk.approve());
    ui::LcDetailWindow *detail = desk.openLc();
    QVERIFY(detail);
    QVERIFY(QTest::qWaitFor([&] { return detail->sheet(1).rowCount() == 1; }, desk.waitMs()));
    QVERIFY(QTest::qWaitFor(
        [&] { return detail->sheet(1).index(0, 3).data().toString() == QStringLiteral("Accepted"); }, desk.waitMs()));
}

void presentedByChangjiang(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kChangjiangOfficer));
    LX_STEP(desk.present(QStringLiteral("1,000,000.00")));
    QVERIFY(desk.signInAs(kChangjiangChecker));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::PRESENTED));
}

void paidByHuaxia(LcDeskDriver &desk)
{
    QVERIFY(desk.signInAs(kHuaxiaOfficer));
    QVERIFY(desk.shows(desk.openLc(), State::PRESENTED));
    LX_STEP(desk.draftWithForm("examine", [](ui::LcActionForm *) {})); // complying is the default
    QVERIFY(desk.signInAs(kHuaxiaChecker));
    LX_STEP(desk.approve());
    QVERIFY(desk.shows(desk.openLc(), State::COMPLYING));
    QVERIFY(desk.signInAs(kHuaxiaOfficer));
    QVERIFY(desk.worklistHas(cache::WorkKind::Pay));
    LX_STEP(desk.click(QStringLiteral("pay-2")));
    QVERIFY(desk.signInAs(kHuaxiaChecker));
    LX_STEP(desk.approve());
    ui::LcDetailWindow *detail = desk.openLc();
    QVERIFY(desk.shows(detail, State::PAID));

    // The issuing bank has no copy of the files, only the notary's word.
    QVERIFY(desk.documentCheckSays(
        { QStringLiteral("holds no copy"), QStringLiteral("first by Dongfang Commercial Bank") }));

    // The timeline: every step on the ledger, each with its block.
    const QStringList expected = { QStringLiteral("Issue"), QStringLiteral("Advise"),
        QStringLiteral("Present documents"), QStringLiteral("Examine documents"), QStringLiteral("Refuse"),
        QStringLiteral("Amend"), QStringLiteral("Answer amendment"), QStringLiteral("Present documents"),
        QStringLiteral("Examine documents"), QStringLiteral("Pay") };
    QCOMPARE(desk.timeline(detail, expected.size()), expected);
}

void reusedInvoiceSeenByHuaxia(LcDeskDriver &first, LcDeskDriver &second)
{
    LX_STEP(issuedByHuaxia(second));
    LX_STEP(advisedByDongfang(second));
    QVERIFY(second.signInAs(kDongfangOfficer));
    second.reuseInvoiceOf(first.lcNo());
    LX_STEP(second.present(QStringLiteral("300,000.00")));
    QVERIFY(second.signInAs(kDongfangChecker));
    LX_STEP(second.approve()); // the invoice is notarized first, under the second L/C too
    QVERIFY(second.shows(second.openLc(), State::PRESENTED));

    QVERIFY(second.signInAs(kHuaxiaOfficer));
    QVERIFY(second.worklistHas(cache::WorkKind::ExamineDuplicates));
    LX_STEP(second.draftWithForm("examine", [&](ui::LcActionForm *form) {
        auto *duplicates = WorkstationFixture::find<QLabel>(form, "examineDuplicatesLabel");
        auto *finding = WorkstationFixture::find<QPlainTextEdit>(form, "examineAcknowledgementEdit");
        QVERIFY(duplicates && finding);
        QVERIFY(duplicates->isVisible() && finding->isVisible());
        QVERIFY2(duplicates->text().contains(first.lcNo()) && duplicates->text().contains(QStringLiteral("INVOICE")),
            qUtf8Printable(duplicates->text()));
        // No decision without a finding: the contract's rule, shown at once.
        QVERIFY2(form->problem().contains(QStringLiteral("presented under other L/Cs")),
            qUtf8Printable(form->problem()));
        QVERIFY(!WorkstationFixture::find<QPushButton>(form, "lcActionSubmitButton")->isEnabled());
        second.screenshot(form, QStringLiteral("examine-duplicates"));
        QTest::keyClicks(finding, QStringLiteral("Invoice of the first L/C's refused drawing; applicant confirms"));
    }));
    QVERIFY(second.signInAs(kHuaxiaChecker));
    LX_STEP(second.approve());
    QVERIFY(second.shows(second.openLc(), State::COMPLYING));
    // The presenting bank's examination of its first L/C stays as it was.
    QVERIFY(first.shows(first.openLc(), State::PAID));
}

} // namespace lx::test::lc_lifecycle
