#include "LcDeskDriver.h"

#include "FormTyping.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"

#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "models/approvals/ApprovalsModel.h"
#include "models/lc/LcSheetModel.h"
#include "models/lc/LcText.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/worklist/WorklistPage.h"

#include "lianxin/lc.pb.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest/QTest>

namespace lx::test {

LcDeskDriver::LcDeskDriver(WorkstationFixture &fixture, QString lcNo, QString filesDir, int waitMs)
    : m_fixture(fixture), m_lcNo(std::move(lcNo)), m_files(std::move(filesDir)), m_waitMs(waitMs)
{
}

ui::MainWindow *LcDeskDriver::window()
{
    return m_fixture.shell().mainWindow();
}

bool LcDeskDriver::signInAs(const QString &label)
{
    return m_fixture.switchTo(label, m_waitMs);
}

ui::LcListPage *LcDeskDriver::list()
{
    return WorkstationFixture::find<ui::LcListPage>(window(), "lettersOfCreditPage");
}

ui::LcDetailWindow *LcDeskDriver::openLc()
{
    window()->showSection(ui::Section::LettersOfCredit);
    ui::LcDetailWindow *detail = nullptr;
    // On a network the L/C reaches this bank's cache a block after it was
    // committed: the list may not have it yet.
    if (!QTest::qWaitFor([&] { return (detail = list()->openDetail(m_lcNo)) != nullptr; }, m_waitMs))
        qWarning("the L/C list has no %s", qUtf8Printable(m_lcNo));
    return detail;
}

bool LcDeskDriver::shows(ui::LcDetailWindow *detail, int state)
{
    if (!detail)
        return false;
    const QString want = QStringLiteral("L/C %1 — %2").arg(m_lcNo, models::LcText::stateName(state));
    auto *title = WorkstationFixture::find<QLabel>(detail, "lcDetailTitleLabel");
    if (QTest::qWaitFor([&] { return title->text() == want; }, m_waitMs))
        return true;
    qWarning("the L/C shows \"%s\", not \"%s\"; outbox: %s; book sync state %d (%s); ledger status %d (%s)",
        qUtf8Printable(title->text()), qUtf8Printable(want),
        qUtf8Printable(m_fixture.statusLabel("statusOutbox")->text()),
        static_cast<int>(m_fixture.shell().book().syncState()), qUtf8Printable(m_fixture.shell().book().lastError()),
        static_cast<int>(m_fixture.shell().ledgerStatus().syncState()),
        qUtf8Printable(m_fixture.shell().ledgerStatus().lastError()));
    return false;
}

void LcDeskDriver::issue()
{
    window()->showSection(ui::Section::LettersOfCredit);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(list(), "lcNewButton"), Qt::LeftButton);
    QWidget *form = list()->issueWindow();
    QVERIFY(form && form->isVisible());
    FormTyping(form).fillIssueForm(m_lcNo, false, m_issueDay);
    auto *submit = WorkstationFixture::find<QPushButton>(form, "submitButton");
    QVERIFY(submit->isEnabled());
    QSignalSpy queued(&m_fixture.shell().book(), &models::LocalBook::actionQueued);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(queued.wait(m_waitMs));
}

QString LcDeskDriver::clickApprove()
{
    window()->showSection(ui::Section::Approvals);
    auto *page = WorkstationFixture::find<ui::ApprovalsPage>(window(), "approvalsPage");
    models::ApprovalsModel &model = page->model();
    QString draftId;
    const bool found = QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(models::ApprovalsModel::LcNoRole).toString() == m_lcNo
                    && index.data(models::ApprovalsModel::StatusRole).toInt() == lianxin::lc::Draft::PENDING)
                    draftId = index.data(models::ApprovalsModel::DraftIdRole).toString();
            }
            return !draftId.isEmpty();
        },
        m_waitMs);
    if (!found || !page->selectDraft(draftId)) {
        qWarning("no pending draft on %s to approve", qUtf8Printable(m_lcNo));
        return {};
    }
    auto *button = WorkstationFixture::find<QPushButton>(page, "approvalsApproveButton");
    if (!button->isEnabled()) {
        qWarning("the Approve button is disabled");
        return {};
    }
    QSignalSpy queued(&m_fixture.shell().book(), &models::LocalBook::actionQueued);
    QTest::mouseClick(button, Qt::LeftButton);
    return queued.wait(m_waitMs) ? draftId : QString();
}

void LcDeskDriver::approve()
{
    const QString draftId = clickApprove();
    QVERIFY(!draftId.isEmpty());
    auto *page = WorkstationFixture::find<ui::ApprovalsPage>(window(), "approvalsPage");
    if (QTest::qWaitFor([&] { return page->model().rowOf(draftId) < 0; }, m_waitMs))
        return;
    // Why not: the outbox's latest entries, with their reasons.
    QString why;
    if (const auto cache = m_fixture.shell().session().localCache()) {
        cache::Database db = cache->connect();
        for (const cache::OutboxEntry &entry : cache::Outbox(db.handle()).recent(5))
            why += QStringLiteral("\n  %1 %2: %3 %4")
                       .arg(QString::fromStdString(entry.summary),
                           QString::fromLatin1(cache::outboxStatusName(entry.status)),
                           QString::fromStdString(entry.reasonCode), QString::fromStdString(entry.reasonMessage));
    }
    QFAIL(qUtf8Printable(QStringLiteral("the approval of %1 did not reach the ledger; the outbox:").arg(draftId) + why));
}

void LcDeskDriver::click(const QString &key)
{
    ui::LcDetailWindow *detail = openLc();
    QVERIFY(detail);
    QVERIFY(QTest::qWaitFor([&] { return detail->actionButton(key) != nullptr; }, m_waitMs));
    QSignalSpy queued(&m_fixture.shell().book(), &models::LocalBook::actionQueued);
    QTest::mouseClick(detail->actionButton(key), Qt::LeftButton);
    QVERIFY(queued.wait(m_waitMs));
}

bool LcDeskDriver::worklistHas(cache::WorkKind kind)
{
    auto *page = WorkstationFixture::find<ui::WorklistPage>(window(), "worklistPage");
    models::WorklistModel &model = page->model();
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(models::WorklistModel::LcNoRole).toString() == m_lcNo
                    && index.data(models::WorklistModel::KindRole).toInt() == static_cast<int>(kind))
                    return true;
            }
            return false;
        },
        m_waitMs);
}

void LcDeskDriver::present(const QString &amount)
{
    ui::LcDetailWindow *detail = openLc();
    QVERIFY(detail);
    QVERIFY(QTest::qWaitFor([&] { return detail->actionButton(QStringLiteral("form-present")) != nullptr; }, m_waitMs));
    QTest::mouseClick(detail->actionButton(QStringLiteral("form-present")), Qt::LeftButton);
    auto *form = WorkstationFixture::find<ui::LcActionForm>(detail, "lcActionForm");
    QVERIFY(form);
    FormTyping typing(form);
    auto *documents = typing.widget<QListWidget>("presentDocumentsList");
    int index = 0;
    for (const QString &type : { QStringLiteral("INVOICE"), QStringLiteral("TRANSPORT_DOCUMENT") }) {
        const QString path = QDir(m_files).filePath(m_lcNo + QLatin1Char('-') + amount + type + QStringLiteral(".pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const bool reused = type == QStringLiteral("INVOICE") && !m_invoiceLcNo.isEmpty();
        file.write("%PDF-1.4 " + type.toUtf8() + " for " + (reused ? m_invoiceLcNo : m_lcNo).toUtf8());
        file.close();
        typing.choose("presentDocTypeCombo", index++);
        form->attachFile(path);
        QTRY_COMPARE(documents->count(), index);
    }
    typing.type("presentAmountEdit", amount);
    QVERIFY2(form->problem().isEmpty(), qUtf8Printable(form->problem()));
    QSignalSpy queued(&m_fixture.shell().book(), &models::LocalBook::actionQueued);
    QTest::mouseClick(typing.widget<QPushButton>("lcActionSubmitButton"), Qt::LeftButton);
    QVERIFY(queued.wait(m_waitMs));
}

bool LcDeskDriver::documentCheckSays(const QStringList &wanted)
{
    ui::LcDetailWindow *detail = openLc();
    if (!detail)
        return false;
    auto *verify = WorkstationFixture::find<QPushButton>(detail, "lcDocumentVerifyButton");
    auto *result = WorkstationFixture::find<QLabel>(detail, "lcDocumentResultLabel");
    if (!QTest::qWaitFor([&] { return detail->sheet(3).rowCount() > 0; }, m_waitMs))
        return false;
    return QTest::qWaitFor(
               [&] {
                   QSignalSpy checked(detail, &ui::LcDetailWindow::documentChecked);
                   QTest::mouseClick(verify, Qt::LeftButton);
                   if (!checked.wait(m_waitMs))
                       return false;
                   for (const QString &part : wanted) {
                       if (!result->text().contains(part))
                           return false;
                   }
                   return true;
               },
               m_waitMs)
        || (qWarning("the document check says: %s", qUtf8Printable(result->text())), false);
}

void LcDeskDriver::draftWithForm(const char *key, const std::function<void(ui::LcActionForm *)> &fill)
{
    ui::LcDetailWindow *detail = openLc();
    QVERIFY(detail);
    const QString buttonKey = QStringLiteral("form-") + QLatin1String(key);
    QVERIFY(QTest::qWaitFor([&] { return detail->actionButton(buttonKey) != nullptr; }, m_waitMs));
    QTest::mouseClick(detail->actionButton(buttonKey), Qt::LeftButton);
    auto *form = WorkstationFixture::find<ui::LcActionForm>(detail, "lcActionForm");
    QVERIFY(form);
    fill(form);
    QVERIFY2(form->problem().isEmpty(), qUtf8Printable(form->problem()));
    QSignalSpy drafted(&m_fixture.shell().book(), &models::LocalBook::actionQueued);
    QTest::mouseClick(WorkstationFixture::find<QPushButton>(form, "lcActionSubmitButton"), Qt::LeftButton);
    QVERIFY(drafted.wait(m_waitMs));
}

QStringList LcDeskDriver::timeline(ui::LcDetailWindow *detail, int rows)
{
    const models::LcSheetModel &sheet = detail->sheet(4);
    if (!QTest::qWaitFor([&] { return sheet.rowCount() == rows; }, m_waitMs))
        qWarning("the timeline has %d rows, not %d", sheet.rowCount(), rows);
    QStringList shown;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        QString step = sheet.index(row, 1).data().toString();
        if (sheet.index(row, 0).data(models::LcSheetModel::BlockRole).toULongLong() == 0)
            step += QStringLiteral(" (no block)");
        shown << step;
    }
    return shown;
}

// On the indicator: a radio button takes clicks on its circle and text only.
void LcDeskDriver::clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void LcDeskDriver::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIANXIN_LC_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    using Language = models::TranslationCatalog::Language;
    for (const auto language : { Language::English, Language::SimplifiedChinese }) {
        m_fixture.catalog().install(language);
        QTest::qWait(50); // the language change reaches every widget first
        widget->grab().save(
            QDir(dir).filePath(name + (language == Language::English ? QStringLiteral("-en.png") : QStringLiteral("-zh.png"))));
    }
    m_fixture.catalog().install(Language::English);
}

} // namespace lx::test
