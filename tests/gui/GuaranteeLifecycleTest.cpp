// The life of a demand guarantee across its issuing and advising banks,
// driven through the screens as their staff would: Huaxia's officer fills
// the issuance form (the form refuses what the contract would), Huaxia's
// checker approves; Dongfang advises, presents a demand over the available
// amount (refused by the form's dry run), then one within it, which Huaxia
// rejects in one notice listing every discrepancy; Dongfang presents an
// extend-or-pay demand, Huaxia finds it complying, suspends payment and
// pays. Each step checks the state, the available amount, the examination
// clock and the timeline the screens show.
#include "FormTyping.h"
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "ledgerclient/DeskWorkflow.h"
#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/guarantee/GuaranteeFilterProxy.h"
#include "models/guarantee/GuaranteeListModel.h"
#include "models/guarantee/GuaranteeSheetModel.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcText.h"
#include "ui/guarantee/GuaranteeActionForm.h"
#include "ui/guarantee/GuaranteeIssueForm.h"
#include "ui/guarantee/GuaranteeListPage.h"
#include "ui/guarantee/GuaranteeWindow.h"
#include "ui/mainwindow/MainWindow.h"

#include "lianxin/guarantee.pb.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

#include <functional>

using lx::models::GuaranteeListModel;
using lx::models::GuaranteeSheetModel;
using lx::test::WorkstationFixture;
using lx::ui::GuaranteeWindow;
using Guarantee = lianxin::guarantee::Guarantee;
using Demand = lianxin::guarantee::Demand;
using namespace std::chrono;

namespace {
constexpr year_month_day kToday { year(2026), month(11), day(26) }; // a Thursday
constexpr year_month_day kMonday { year(2026), month(11), day(30) };
const QString kNo = QStringLiteral("HX-GUI-BG-1");
const QString kHuaxiaOfficer = QStringLiteral("HuaxiaBankMSP/officer1");
const QString kHuaxiaChecker = QStringLiteral("HuaxiaBankMSP/checker1");
const QString kDongfangOfficer = QStringLiteral("DongfangBankMSP/officer1");
const QString kDongfangChecker = QStringLiteral("DongfangBankMSP/checker1");
constexpr int kWaitMs = 20000;
} // namespace

class GuaranteeLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void issueDemandRejectExtendOrPayAndPay();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    bool signInAs(const QString &label);
    lx::ui::GuaranteeListPage *list();
    GuaranteeWindow *openGuarantee();
    // The window shows the guarantee in state, with available CNY, and a
    // timeline of events entries, the last one by bank.
    void expect(int state, std::int64_t availableFen, int events, const QString &bank);
    // As checker of the draft's bank: approve the pending guarantee draft.
    void approveAs(const QString &checker);
    void click(const QString &key);
    lx::ui::GuaranteeActionForm *openForm(const char *key);
    void submit(lx::ui::GuaranteeActionForm *form);
    static void clickRadio(QRadioButton *radio);
    static void activate(QWidget *widget);
    static void stepDate(QDateEdit *edit, QDateTimeEdit::Section section, int steps);

    std::unique_ptr<WorkstationFixture> m_fixture;
};

void GuaranteeLifecycleTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kToday));
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->signIn(kHuaxiaOfficer));
}

void GuaranteeLifecycleTest::cleanupTestCase()
{
    m_fixture.reset();
}

bool GuaranteeLifecycleTest::signInAs(const QString &label)
{
    return m_fixture->switchTo(label, kWaitMs);
}

lx::ui::GuaranteeListPage *GuaranteeLifecycleTest::list()
{
    return WorkstationFixture::find<lx::ui::GuaranteeListPage>(window(), "guaranteesPage");
}

GuaranteeWindow *GuaranteeLifecycleTest::openGuarantee()
{
    window()->showSection(lx::ui::Section::Guarantees);
    return list()->openGuarantee(kNo);
}

void GuaranteeLifecycleTest::expect(int state, std::int64_t availableFen, int events, const QString &bank)
{
    GuaranteeWindow *w = openGuarantee();
    auto *title = WorkstationFixture::find<QLabel>(w, "gtWindowTitleLabel");
    const QString want = QStringLiteral("Guarantee %1 — %2").arg(kNo, lx::models::GuaranteeText::stateName(state));
    QVERIFY2(QTest::qWaitFor([&] { return title->text() == want; }, kWaitMs),
        qUtf8Printable(title->text() + QStringLiteral(" != ") + want));
    QVERIFY(w->guarantee());
    QCOMPARE(w->guarantee()->available_fen(), availableFen);
    GuaranteeSheetModel &timeline = w->sheet(GuaranteeWindow::TimelineTab);
    QTRY_COMPARE_WITH_TIMEOUT(timeline.rowCount(), events, kWaitMs);
    const int last = timeline.rowCount() - 1;
    QVERIFY(timeline.index(last, 0).data().toString().toULongLong() > 0); // the block
    QVERIFY(!timeline.index(last, 1).data(Qt::ToolTipRole).toString().isEmpty()); // the transaction
    QCOMPARE(timeline.index(last, 4).data().toString(), lx::models::LcText::bankName(bank));
    QVERIFY(timeline.index(last, 5).data().toString().contains(QStringLiteral("officer1"))); // maker
    QVERIFY(timeline.index(last, 6).data().toString().contains(QStringLiteral("checker1"))); // checker

    // The list agrees: state and available amount.
    GuaranteeListModel &model = list()->model();
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(GuaranteeListModel::GuaranteeNoRole).toString() == kNo)
                    return index.data(GuaranteeListModel::StateRole).toInt() == state
                        && index.data(GuaranteeListModel::AvailableFenRole).toLongLong() == availableFen;
            }
            return false;
        },
        kWaitMs));
}

void GuaranteeLifecycleTest::approveAs(const QString &checker)
{
    QVERIFY(signInAs(checker));
    const auto &product = lx::client::DeskWorkflow::product("guarantee");
    lx::models::SessionModel &session = m_fixture->shell().session();
    QString draftId;
    // The officer's draft reached the bank's private collection; the checker
    // approves it (the Approvals page does the same through LocalBook).
    QVERIFY(QTest::qWaitFor(
        [&] {
            const lianxin::desk::DraftList drafts = lx::client::DeskWorkflow(*session.client(), product).drafts();
            for (const auto &draft : drafts.drafts()) {
                lianxin::guarantee::GtAction action;
                if (draft.status() == lianxin::desk::Draft::PENDING && action.ParseFromString(draft.action()))
                    draftId = QString::fromStdString(draft.id());
            }
            return !draftId.isEmpty();
        },
        kWaitMs));
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    m_fixture->shell().book().approveDeskDraft("guarantee", draftId, kNo);
    QVERIFY(queued.wait(kWaitMs));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const lianxin::desk::DraftList drafts = lx::client::DeskWorkflow(*session.client(), product).drafts();
            for (const auto &draft : drafts.drafts()) {
                if (draft.id() == draftId.toStdString() && draft.status() == lianxin::desk::Draft::PENDING)
                    return false;
            }
            return true;
        },
        kWaitMs));
}

void GuaranteeLifecycleTest::click(const QString &key)
{
    GuaranteeWindow *w = openGuarantee();
    QVERIFY2(QTest::qWaitFor([&] { return w->actionButton(key) != nullptr; }, kWaitMs), qUtf8Printable(key));
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(w->actionButton(key), Qt::LeftButton);
    QVERIFY(queued.wait(kWaitMs));
}

lx::ui::GuaranteeActionForm *GuaranteeLifecycleTest::openForm(const char *key)
{
    GuaranteeWindow *w = openGuarantee();
    const QString button = QStringLiteral("form-") + QLatin1String(key);
    if (!QTest::qWaitFor([&] { return w->actionButton(button) != nullptr; }, kWaitMs))
        return nullptr;
    QTest::mouseClick(w->actionButton(button), Qt::LeftButton);
    auto *form = WorkstationFixture::find<lx::ui::GuaranteeActionForm>(w, "guaranteeActionForm");
    if (form)
        activate(form);
    return form;
}

// Steps a section of a date edit with the arrow keys.
void GuaranteeLifecycleTest::stepDate(QDateEdit *edit, QDateTimeEdit::Section section, int steps)
{
    edit->setCurrentSection(section);
    for (int i = 0; i < std::abs(steps); ++i)
        QTest::keyClick(edit, steps > 0 ? Qt::Key_Up : Qt::Key_Down);
}

void GuaranteeLifecycleTest::activate(QWidget *widget)
{
    QWidget *window = widget->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void GuaranteeLifecycleTest::submit(lx::ui::GuaranteeActionForm *form)
{
    QVERIFY2(form->problem().isEmpty(), qUtf8Printable(form->problem()));
    auto *button = WorkstationFixture::find<QPushButton>(form, "gtActionSubmitButton");
    QVERIFY(button->isEnabled());
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(queued.wait(kWaitMs));
}

void GuaranteeLifecycleTest::clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void GuaranteeLifecycleTest::issueDemandRejectExtendOrPayAndPay()
{
    // Huaxia's officer drafts the guarantee; the form says what is missing.
    window()->showSection(lx::ui::Section::Guarantees);
    auto *newButton = WorkstationFixture::find<QPushButton>(list(), "gtNewButton");
    QVERIFY(newButton->isVisible());
    QTest::mouseClick(newButton, Qt::LeftButton);
    lx::ui::GuaranteeIssueForm *form = list()->issueForm();
    QVERIFY(form && form->isVisible());
    // Keyboard focus, which dates need, lives in the active window.
    activate(form);
    lx::test::FormTyping typing(form);
    auto *submitIssue = typing.widget<QPushButton>("gtIssueSubmitButton");
    auto *problem = typing.widget<QLabel>("gtIssueProblemLabel");
    QVERIFY(!submitIssue->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    typing.type("gtGuaranteeNoEdit", kNo);
    typing.choose("gtTypeCombo", Guarantee::PERFORMANCE);
    typing.choose("gtExpiryTypeCombo", 0); // on a date
    typing.typeDate("gtExpiryDateEdit", QDate(2028, 6, 30));
    typing.type("gtApplicantNameEdit", QStringLiteral("中原机械有限公司"));
    typing.type("gtApplicantUsccEdit", QStringLiteral("12345"));
    QVERIFY(problem->text().contains(QStringLiteral("18 characters"))); // the trust chain's check
    QVERIFY(!submitIssue->isEnabled());
    typing.type("gtApplicantUsccEdit", lx::test::FormTyping::uscc("12345678"));
    typing.type("gtBeneficiaryNameEdit", QStringLiteral("Lingnan Power Engineering Co., Ltd."));
    typing.type("gtBeneficiaryUsccEdit", lx::test::FormTyping::uscc("87654321"));
    auto *advising = typing.widget<QComboBox>("gtAdvisingBankCombo");
    typing.choose("gtAdvisingBankCombo", advising->findData(QStringLiteral("DongfangBankMSP")));
    typing.type("gtAmountEdit", QStringLiteral("1,000,000.00"));
    QVERIFY(problem->text().contains(QStringLiteral("underlying contract")));
    typing.type("gtUnderlyingReferenceEdit", QStringLiteral("ZY-LN-2026-07"));
    typing.type("gtUnderlyingDescriptionEdit", QStringLiteral("Turbine hall steelwork"));
    typing.type("gtTermsEdit", QStringLiteral("Payable on first demand."));
    QVERIFY2(form->problem().isEmpty(), qUtf8Printable(form->problem()));
    QVERIFY(submitIssue->isEnabled());
    {
        QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
        QTest::mouseClick(submitIssue, Qt::LeftButton);
        QVERIFY(queued.wait(kWaitMs));
    }
    approveAs(kHuaxiaChecker);
    expect(Guarantee::ISSUED, 100000000, 1, QStringLiteral("HuaxiaBankMSP"));

    // Dongfang advises it to the beneficiary.
    QVERIFY(signInAs(kDongfangOfficer));
    click(QStringLiteral("advise"));
    approveAs(kDongfangChecker);
    expect(Guarantee::ADVISED, 100000000, 2, QStringLiteral("DongfangBankMSP"));

    // A demand over the available amount is refused by the form itself.
    QVERIFY(signInAs(kDongfangOfficer));
    lx::ui::GuaranteeActionForm *demand = openForm("demand");
    QVERIFY(demand);
    lx::test::FormTyping demandTyping(demand);
    demandTyping.type("gtDemandStatementEdit", QStringLiteral("The applicant has not delivered the steelwork."));
    demandTyping.type("gtDemandAmountEdit", QStringLiteral("2,000,000.00"));
    QVERIFY(!demand->problem().isEmpty());
    QVERIFY2(demand->problem().contains(QStringLiteral("1,000,000.00")), qUtf8Printable(demand->problem()));
    QVERIFY(!demandTyping.widget<QPushButton>("gtActionSubmitButton")->isEnabled());
    QVERIFY(demandTyping.widget<QLabel>("gtActionProblemLabel")->isVisible());
    demandTyping.type("gtDemandAmountEdit", QStringLiteral("300,000.00"));
    // The day of receipt: the draft's day unless the officer records another,
    // never a day to come.
    auto *received = demandTyping.widget<QDateEdit>("gtDemandReceivedEdit");
    QCOMPARE(received->date(), QDate(2026, 11, 26));
    QVERIFY(!received->accessibleName().isEmpty());
    received->setDate(QDate(2026, 11, 27));
    QVERIFY2(demand->problem().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("GT_RECEIPT_IN_FUTURE"))),
        qUtf8Printable(demand->problem()));
    QVERIFY(!demandTyping.widget<QPushButton>("gtActionSubmitButton")->isEnabled());
    received->setDate(QDate(2026, 11, 25)); // the guarantee was issued today
    QVERIFY2(demand->problem().startsWith(lx::models::ReasonCatalog::text(QStringLiteral("GT_RECEIPT_BEFORE_ISSUE"))),
        qUtf8Printable(demand->problem()));
    received->setDate(QDate(2026, 11, 26));
    QVERIFY2(demand->problem().isEmpty(), qUtf8Printable(demand->problem()));
    submit(demand);
    approveAs(kDongfangChecker);
    expect(Guarantee::DEMANDED, 100000000, 3, QStringLiteral("DongfangBankMSP"));
    {
        GuaranteeWindow *w = openGuarantee();
        GuaranteeSheetModel &demands = w->sheet(GuaranteeWindow::DemandsTab);
        QCOMPARE(demands.rowCount(), 1);
        QCOMPARE(demands.index(0, 0).data(GuaranteeSheetModel::StateRole).toInt(), int(Demand::PRESENTED));
        QCOMPARE(demands.index(0, 0).data(GuaranteeSheetModel::DeadlineDaysRole).toInt(), 5);
        QCOMPARE(demands.index(0, 3).data().toString(),
            lx::models::LcText::dateText(lx::models::LcText::dayOfDate(QDate(2026, 11, 26))));
        QCOMPARE(demands.index(0, 4).data().toString(),
            lx::models::LcText::dateText(lx::models::LcText::dayOfDate(QDate(2026, 12, 3))));
    }

    // On Monday Huaxia sees the clock at three business days and rejects
    // the demand in one notice listing every discrepancy.
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kMonday));
    QVERIFY(signInAs(kHuaxiaOfficer));
    {
        GuaranteeWindow *w = openGuarantee();
        auto *deadline = WorkstationFixture::find<QLabel>(w, "gtDeadlineLabel");
        QVERIFY(QTest::qWaitFor(
            [&] { return deadline->text().contains(QStringLiteral("3 business days left")); }, kWaitMs));
        GuaranteeListModel &model = list()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(GuaranteeListModel::DeadlineDaysRole).toInt(), 3, kWaitMs);
    }
    lx::ui::GuaranteeActionForm *examine = openForm("examine");
    QVERIFY(examine);
    lx::test::FormTyping examineTyping(examine);
    clickRadio(examineTyping.widget<QRadioButton>("gtExamineRejectRadio"));
    QVERIFY(!examine->problem().isEmpty()); // a rejection lists its discrepancies
    auto *discrepancies = examineTyping.widget<QPlainTextEdit>("gtExamineDiscrepanciesEdit");
    examineTyping.type("gtExamineDiscrepanciesEdit", QStringLiteral("STATEMENT: the statement names no contract"));
    QTest::keyClick(discrepancies, Qt::Key_Return);
    QTest::keyClicks(discrepancies, QStringLiteral("SIGNATURE: the demand is unsigned"));
    submit(examine);
    approveAs(kHuaxiaChecker);
    expect(Guarantee::ADVISED, 100000000, 4, QStringLiteral("HuaxiaBankMSP"));
    {
        GuaranteeSheetModel &demands = openGuarantee()->sheet(GuaranteeWindow::DemandsTab);
        QCOMPARE(demands.index(0, 0).data(GuaranteeSheetModel::StateRole).toInt(), int(Demand::REJECTED));
        const QString notice = demands.index(0, 8).data().toString();
        QVERIFY2(notice.contains(QStringLiteral("STATEMENT")) && notice.contains(QStringLiteral("SIGNATURE")),
            qUtf8Printable(notice));
    }

    // Dongfang presents an extend-or-pay demand.
    QVERIFY(signInAs(kDongfangOfficer));
    demand = openForm("demand");
    QVERIFY(demand);
    lx::test::FormTyping extendTyping(demand);
    extendTyping.type("gtDemandAmountEdit", QStringLiteral("400,000.00"));
    extendTyping.type("gtDemandStatementEdit", QStringLiteral("The applicant stopped work on the turbine hall."));
    QTest::mouseClick(extendTyping.widget<QCheckBox>("gtDemandExtendCheck"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(extendTyping.widget<QCheckBox>("gtDemandExtendCheck")->isChecked());
    // The beneficiary asks for a year beyond the current expiry (the form's default).
    QCOMPARE(extendTyping.widget<QDateEdit>("gtDemandExpiryEdit")->date(), QDate(2029, 6, 30));
    submit(demand);
    approveAs(kDongfangChecker);
    expect(Guarantee::DEMANDED, 100000000, 5, QStringLiteral("DongfangBankMSP"));

    // Huaxia finds it complying, suspends payment, then pays.
    QVERIFY(signInAs(kHuaxiaOfficer));
    examine = openForm("examine");
    QVERIFY(examine);
    QCOMPARE(WorkstationFixture::find<QComboBox>(examine, "gtExamineDemandCombo")->currentData().toInt(), 2);
    submit(examine); // complying is the default finding
    approveAs(kHuaxiaChecker);
    expect(Guarantee::DEMANDED, 100000000, 6, QStringLiteral("HuaxiaBankMSP"));

    QVERIFY(signInAs(kHuaxiaOfficer));
    lx::ui::GuaranteeActionForm *suspend = openForm("suspend");
    QVERIFY(suspend);
    lx::test::FormTyping suspendTyping(suspend);
    // The form offers the longest suspension, 30 days from receipt; a day
    // more is refused by the contract's dry run.
    auto *until = suspendTyping.widget<QDateEdit>("gtSuspendUntilEdit");
    QCOMPARE(until->date(), QDate(2026, 12, 30));
    stepDate(until, QDateTimeEdit::DaySection, 1);
    QCOMPARE(until->date(), QDate(2026, 12, 31));
    QVERIFY(!suspend->problem().isEmpty());
    QVERIFY(!suspendTyping.widget<QPushButton>("gtActionSubmitButton")->isEnabled());
    stepDate(until, QDateTimeEdit::DaySection, -21);
    QCOMPARE(until->date(), QDate(2026, 12, 10));
    submit(suspend);
    approveAs(kHuaxiaChecker);
    expect(Guarantee::DEMANDED, 100000000, 7, QStringLiteral("HuaxiaBankMSP"));

    QVERIFY(signInAs(kHuaxiaOfficer));
    click(QStringLiteral("pay-2"));
    approveAs(kHuaxiaChecker);
    expect(Guarantee::ADVISED, 60000000, 8, QStringLiteral("HuaxiaBankMSP"));
    GuaranteeSheetModel &demands = openGuarantee()->sheet(GuaranteeWindow::DemandsTab);
    QCOMPARE(demands.rowCount(), 2);
    QCOMPARE(demands.index(1, 0).data(GuaranteeSheetModel::StateRole).toInt(), int(Demand::PAID));
}

LIANXIN_GUI_TEST_MAIN(GuaranteeLifecycleTest)
#include "GuaranteeLifecycleTest.moc"
