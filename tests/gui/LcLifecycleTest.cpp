// The whole life of a domestic L/C across three banks, driven through the
// screens as their staff would: Huaxia issues (maker fills the form, checker
// approves), Dongfang advises, presents documents that Huaxia finds
// discrepant and refuses, accepts Huaxia's amendment; Changjiang (the
// nominated bank) presents again, Huaxia finds the documents complying and
// pays. Each step checks what the screens show: the L/C's state, the
// worklist, the timeline.
#include "FormTyping.h"
#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "models/ApprovalsModel.h"
#include "models/LcSheetModel.h"
#include "models/LcText.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/worklist/WorklistPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using lx::test::WorkstationFixture;
using State = lianxin::lc::LetterOfCredit;
using namespace std::chrono;

namespace {
constexpr year_month_day kToday { year(2026), month(11), day(26) };
const QString kLcNo = QStringLiteral("HX-GUI-LIFE-1");
const QString kHuaxiaOfficer = QStringLiteral("HuaxiaBankMSP/officer1");
const QString kHuaxiaChecker = QStringLiteral("HuaxiaBankMSP/checker1");
const QString kDongfangOfficer = QStringLiteral("DongfangBankMSP/officer1");
const QString kDongfangChecker = QStringLiteral("DongfangBankMSP/checker1");
const QString kChangjiangOfficer = QStringLiteral("ChangjiangBankMSP/officer1");
const QString kChangjiangChecker = QStringLiteral("ChangjiangBankMSP/checker1");
constexpr int kWaitMs = 20000;
} // namespace

class LcLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeLifeAcrossThreeBanks();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    bool signInAs(const QString &label);
    lx::ui::LcListPage *list();
    lx::ui::LcDetailWindow *openLc();
    bool shows(lx::ui::LcDetailWindow *detail, int state);
    // As the current checker: approve the pending draft on kLcNo.
    void approve();
    // As the current officer: click a one-click action of the L/C.
    void click(const QString &key);
    bool worklistHas(lx::cache::WorkKind kind);
    void present(const QString &amount);
    // Clicks "Verify the document" on the first document until the answer
    // contains every one of wanted (the notarization follows the approval).
    bool documentCheckSays(const QStringList &wanted);
    // As the current officer: open the L/C's form for key ("examine", ...),
    // fill it in, check the contract has nothing against it, submit.
    void draftWithForm(const char *key, const std::function<void(lx::ui::LcActionForm *)> &fill);
    static void clickRadio(QRadioButton *radio);

    std::unique_ptr<WorkstationFixture> m_fixture;
    QTemporaryDir m_files;
};

void LcLifecycleTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kToday));
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->signIn(kHuaxiaOfficer));
}

void LcLifecycleTest::cleanupTestCase()
{
    m_fixture.reset();
}

bool LcLifecycleTest::signInAs(const QString &label)
{
    return m_fixture->switchTo(label, kWaitMs);
}

lx::ui::LcListPage *LcLifecycleTest::list()
{
    return WorkstationFixture::find<lx::ui::LcListPage>(window(), "lettersOfCreditPage");
}

lx::ui::LcDetailWindow *LcLifecycleTest::openLc()
{
    window()->showSection(lx::ui::Section::LettersOfCredit);
    return list()->openDetail(kLcNo);
}

bool LcLifecycleTest::shows(lx::ui::LcDetailWindow *detail, int state)
{
    const QString want = QStringLiteral("L/C %1 — %2").arg(kLcNo, lx::models::LcText::stateName(state));
    auto *title = WorkstationFixture::find<QLabel>(detail, "lcDetailTitleLabel");
    if (QTest::qWaitFor([&] { return title->text() == want; }, kWaitMs))
        return true;
    qWarning("the L/C shows \"%s\", not \"%s\"; outbox: %s", qUtf8Printable(title->text()), qUtf8Printable(want),
        qUtf8Printable(m_fixture->statusLabel("statusOutbox")->text()));
    return false;
}

void LcLifecycleTest::approve()
{
    window()->showSection(lx::ui::Section::Approvals);
    auto *page = WorkstationFixture::find<lx::ui::ApprovalsPage>(window(), "approvalsPage");
    lx::models::ApprovalsModel &model = page->model();
    QString draftId;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(lx::models::ApprovalsModel::LcNoRole).toString() == kLcNo
                    && index.data(lx::models::ApprovalsModel::StatusRole).toInt() == lianxin::lc::Draft::PENDING)
                    draftId = index.data(lx::models::ApprovalsModel::DraftIdRole).toString();
            }
            return !draftId.isEmpty();
        },
        kWaitMs));
    QVERIFY(page->selectDraft(draftId));
    auto *button = WorkstationFixture::find<QPushButton>(page, "approvalsApproveButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return model.rowOf(draftId) < 0; }, kWaitMs));
}

void LcLifecycleTest::click(const QString &key)
{
    lx::ui::LcDetailWindow *detail = openLc();
    QVERIFY(QTest::qWaitFor([&] { return detail->actionButton(key) != nullptr; }, kWaitMs));
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(detail->actionButton(key), Qt::LeftButton);
    QVERIFY(queued.wait(kWaitMs));
}

bool LcLifecycleTest::worklistHas(lx::cache::WorkKind kind)
{
    auto *page = WorkstationFixture::find<lx::ui::WorklistPage>(window(), "worklistPage");
    lx::models::WorklistModel &model = page->model();
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(lx::models::WorklistModel::LcNoRole).toString() == kLcNo
                    && index.data(lx::models::WorklistModel::KindRole).toInt() == static_cast<int>(kind))
                    return true;
            }
            return false;
        },
        kWaitMs);
}

// As the current presenting bank's officer: the required documents as files.
void LcLifecycleTest::present(const QString &amount)
{
    lx::ui::LcDetailWindow *detail = openLc();
    QVERIFY(QTest::qWaitFor([&] { return detail->actionButton(QStringLiteral("form-present")) != nullptr; }, kWaitMs));
    QTest::mouseClick(detail->actionButton(QStringLiteral("form-present")), Qt::LeftButton);
    auto *form = WorkstationFixture::find<lx::ui::LcActionForm>(detail, "lcActionForm");
    QVERIFY(form);
    lx::test::FormTyping typing(form);
    auto *documents = typing.widget<QListWidget>("presentDocumentsList");
    int index = 0;
    for (const QString &type : { QStringLiteral("INVOICE"), QStringLiteral("TRANSPORT_DOCUMENT") }) {
        const QString path = m_files.filePath(amount + type + QStringLiteral(".pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 " + type.toUtf8() + " for " + kLcNo.toUtf8());
        file.close();
        typing.choose("presentDocTypeCombo", index++);
        form->attachFile(path);
        QTRY_COMPARE(documents->count(), index);
    }
    typing.type("presentAmountEdit", amount);
    QVERIFY2(form->problem().isEmpty(), qUtf8Printable(form->problem()));
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(typing.widget<QPushButton>("lcActionSubmitButton"), Qt::LeftButton);
    QVERIFY(queued.wait(kWaitMs));
}

bool LcLifecycleTest::documentCheckSays(const QStringList &wanted)
{
    lx::ui::LcDetailWindow *detail = openLc();
    auto *verify = WorkstationFixture::find<QPushButton>(detail, "lcDocumentVerifyButton");
    auto *result = WorkstationFixture::find<QLabel>(detail, "lcDocumentResultLabel");
    if (!QTest::qWaitFor([&] { return detail->sheet(3).rowCount() > 0; }, kWaitMs))
        return false;
    return QTest::qWaitFor(
               [&] {
                   QSignalSpy checked(detail, &lx::ui::LcDetailWindow::documentChecked);
                   QTest::mouseClick(verify, Qt::LeftButton);
                   if (!checked.wait(kWaitMs))
                       return false;
                   for (const QString &part : wanted) {
                       if (!result->text().contains(part))
                           return false;
                   }
                   return true;
               },
               kWaitMs)
        || (qWarning("the document check says: %s", qUtf8Printable(result->text())), false);
}

void LcLifecycleTest::draftWithForm(const char *key, const std::function<void(lx::ui::LcActionForm *)> &fill)
{
    lx::ui::LcDetailWindow *detail = openLc();
    const QString buttonKey = QStringLiteral("form-") + QLatin1String(key);
    QVERIFY(QTest::qWaitFor([&] { return detail->actionButton(buttonKey) != nullptr; }, kWaitMs));
    QTest::mouseClick(detail->actionButton(buttonKey), Qt::LeftButton);
    auto *form = WorkstationFixture::find<lx::ui::LcActionForm>(detail, "lcActionForm");
    QVERIFY(form);
    fill(form);
    QVERIFY2(form->problem().isEmpty(), qUtf8Printable(form->problem()));
    QSignalSpy drafted(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(form, "lcActionSubmitButton"), Qt::LeftButton);
    QVERIFY(drafted.wait(kWaitMs));
}

// On the indicator: a radio button takes clicks on its circle and text only.
void LcLifecycleTest::clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void LcLifecycleTest::wholeLifeAcrossThreeBanks()
{
    // 1. Huaxia's maker fills the issuance form; Huaxia's checker approves.
    window()->showSection(lx::ui::Section::LettersOfCredit);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(list(), "lcNewButton"), Qt::LeftButton);
    QWidget *issue = list()->issueWindow();
    QVERIFY(issue && issue->isVisible());
    lx::test::FormTyping(issue).fillIssueForm(kLcNo, false);
    auto *submit = WorkstationFixture::find<QPushButton>(issue, "submitButton");
    QVERIFY(submit->isEnabled());
    QSignalSpy queued(&m_fixture->shell().book(), &lx::models::LocalBook::actionQueued);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(queued.wait(kWaitMs));
    QVERIFY(signInAs(kHuaxiaChecker));
    QVERIFY(worklistHas(lx::cache::WorkKind::ApproveDraft));
    approve();
    QVERIFY(shows(openLc(), State::ISSUED));

    // 2. Dongfang's officer finds it to advise; Dongfang's checker approves.
    QVERIFY(signInAs(kDongfangOfficer));
    QVERIFY(worklistHas(lx::cache::WorkKind::Advise));
    click(QStringLiteral("advise"));
    QVERIFY(signInAs(kDongfangChecker));
    approve();
    QVERIFY(shows(openLc(), State::ADVISED));

    // 3. Dongfang presents; Huaxia finds a discrepancy and refuses.
    QVERIFY(signInAs(kDongfangOfficer));
    present(QStringLiteral("600,000.00"));
    QVERIFY(signInAs(kDongfangChecker));
    approve();
    // The presenting bank holds the files; the approval notarized their hashes.
    QVERIFY(documentCheckSays({ QStringLiteral("cache matches the presented document"),
        QStringLiteral("notarized on the ledger 1 time, first by Dongfang Commercial Bank") }));
    {
        lx::ui::LcDetailWindow *detail = openLc();
        const QString copy = m_files.filePath(QStringLiteral("copy.pdf"));
        QSignalSpy saved(detail, &lx::ui::LcDetailWindow::documentChecked);
        detail->saveDocumentTo(copy);
        QVERIFY(saved.wait(kWaitMs));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("%PDF-1.4 INVOICE for ") + kLcNo.toUtf8());
    }
    QVERIFY(signInAs(kHuaxiaOfficer));
    QVERIFY(worklistHas(lx::cache::WorkKind::Examine));
    QVERIFY(shows(openLc(), State::PRESENTED));
    draftWithForm("examine", [](lx::ui::LcActionForm *form) {
        clickRadio(WorkstationFixture::find<QRadioButton>(form, "examineDiscrepantRadio"));
        QTest::keyClicks(WorkstationFixture::find<QPlainTextEdit>(form, "examineDiscrepanciesEdit"),
            QStringLiteral("INVOICE_AMOUNT: invoice does not match the goods shipped"));
    });
    QVERIFY(signInAs(kHuaxiaChecker));
    approve();
    QVERIFY(shows(openLc(), State::DISCREPANT));
    QVERIFY(signInAs(kHuaxiaOfficer));
    QVERIFY(worklistHas(lx::cache::WorkKind::RefuseOrWaive));
    // The documents go back to the presenter, which closes the presentation.
    draftWithForm("refuse", [](lx::ui::LcActionForm *form) {
        clickRadio(WorkstationFixture::find<QRadioButton>(form, "refuseReturnRadio"));
    });
    QVERIFY(signInAs(kHuaxiaChecker));
    approve();
    QVERIFY(shows(openLc(), State::REFUSED));

    // 4. Huaxia amends (more money); Dongfang accepts for the beneficiary.
    QVERIFY(signInAs(kHuaxiaOfficer));
    draftWithForm("amend", [](lx::ui::LcActionForm *form) {
        lx::test::FormTyping(form).type("amendIncreaseEdit", QStringLiteral("100,000.00"));
    });
    QVERIFY(signInAs(kHuaxiaChecker));
    approve();
    QVERIFY(shows(openLc(), State::AMENDMENT_PENDING));
    QVERIFY(signInAs(kDongfangOfficer));
    QVERIFY(worklistHas(lx::cache::WorkKind::AnswerAmendment));
    click(QStringLiteral("accept-amendment-1"));
    QVERIFY(signInAs(kDongfangChecker));
    approve();
    {
        lx::ui::LcDetailWindow *detail = openLc();
        QVERIFY(QTest::qWaitFor([&] { return detail->sheet(1).rowCount() == 1; }, kWaitMs));
        QVERIFY(QTest::qWaitFor(
            [&] { return detail->sheet(1).index(0, 3).data().toString() == QStringLiteral("Accepted"); }, kWaitMs));
    }

    // 5. Changjiang, the nominated bank, presents complying documents; Huaxia pays.
    QVERIFY(signInAs(kChangjiangOfficer));
    present(QStringLiteral("1,000,000.00"));
    QVERIFY(signInAs(kChangjiangChecker));
    approve();
    QVERIFY(signInAs(kHuaxiaOfficer));
    QVERIFY(shows(openLc(), State::PRESENTED));
    draftWithForm("examine", [](lx::ui::LcActionForm *) {}); // complying is the default
    QVERIFY(signInAs(kHuaxiaChecker));
    approve();
    QVERIFY(shows(openLc(), State::COMPLYING));
    QVERIFY(signInAs(kHuaxiaOfficer));
    QVERIFY(worklistHas(lx::cache::WorkKind::Pay));
    click(QStringLiteral("pay-2"));
    QVERIFY(signInAs(kHuaxiaChecker));
    approve();
    lx::ui::LcDetailWindow *detail = openLc();
    QVERIFY(shows(detail, State::PAID));

    // The issuing bank has no copy of the files, only the notary's word.
    QVERIFY(
        documentCheckSays({ QStringLiteral("holds no copy"), QStringLiteral("first by Dongfang Commercial Bank") }));

    // The timeline: every step on the ledger, each with its block.
    const lx::models::LcSheetModel &timeline = detail->sheet(4);
    const QStringList expected = { QStringLiteral("Issue"), QStringLiteral("Advise"),
        QStringLiteral("Present documents"), QStringLiteral("Examine documents"), QStringLiteral("Refuse"),
        QStringLiteral("Amend"), QStringLiteral("Answer amendment"), QStringLiteral("Present documents"),
        QStringLiteral("Examine documents"), QStringLiteral("Pay") };
    QVERIFY(QTest::qWaitFor([&] { return timeline.rowCount() == expected.size(); }, kWaitMs));
    QStringList shown;
    for (int row = 0; row < timeline.rowCount(); ++row) {
        shown << timeline.index(row, 1).data().toString();
        QVERIFY(timeline.index(row, 0).data(lx::models::LcSheetModel::BlockRole).toULongLong() > 0);
    }
    QCOMPARE(shown, expected);
}

LIANXIN_GUI_TEST_MAIN(LcLifecycleTest)
#include "LcLifecycleTest.moc"
