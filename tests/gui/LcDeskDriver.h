#pragma once

#include "WorkstationFixture.h"
#include "cache/LcQuery.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QRadioButton;

namespace lx::ui {
class LcActionForm;
class LcDetailWindow;
class LcListPage;
class MainWindow;
} // namespace lx::ui

namespace lx::test {

// One L/C driven through a workstation's screens as its staff would: the
// steps of the L/C lifecycle tests (gui_LcLifecycle on the sandbox,
// fabric_gui_lc on the real network), each by clicking and typing. The
// void steps fail the running Qt test (QVERIFY) when a screen does not do
// what it should; the bool checks wait up to the driver's timeout.
class LcDeskDriver
{
public:
    LcDeskDriver(WorkstationFixture &fixture, QString lcNo, QString filesDir, int waitMs = 20000);

    ui::MainWindow *window();
    bool signInAs(const QString &label);
    ui::LcListPage *list();
    ui::LcDetailWindow *openLc();
    // The detail window's title names this state.
    bool shows(ui::LcDetailWindow *detail, int state);
    // As the current officer: the issuance form filled in and submitted.
    void issue();
    // As the current checker: approve the pending draft on the L/C, and
    // wait until the approval is on the ledger (the draft leaves the list).
    void approve();
    // The same click, waiting only until the approval is in the outbox;
    // the draft's ID, empty on failure.
    QString clickApprove();
    // As the current officer: click a one-click action of the L/C.
    void click(const QString &key);
    bool worklistHas(cache::WorkKind kind);
    // As the current presenting bank's officer: the required documents as
    // files (each naming this L/C, or the invoice another one: reuseInvoiceOf).
    void present(const QString &amount);
    void reuseInvoiceOf(const QString &lcNo) { m_invoiceLcNo = lcNo; }
    // Clicks "Verify the document" on the first document until the answer
    // contains every one of wanted (the notarization follows the approval).
    bool documentCheckSays(const QStringList &wanted);
    // As the current officer: open the L/C's form for key ("examine", ...),
    // fill it in, check the contract has nothing against it, submit.
    void draftWithForm(const char *key, const std::function<void(ui::LcActionForm *)> &fill);
    // The timeline's steps as shown, once it has `rows` rows; each row must
    // name its block.
    QStringList timeline(ui::LcDetailWindow *detail, int rows);
    static void clickRadio(QRadioButton *radio);

    // The issuance form's dates from this day on (a ledger on the real
    // calendar) instead of the sandbox tests' fixed ones.
    void setIssueDay(QDate today) { m_issueDay = today; }

    const QString &lcNo() const { return m_lcNo; }
    WorkstationFixture &fixture() { return m_fixture; }
    // With LIANXIN_LC_SHOTS=DIR, widget grabbed in English and Chinese to
    // DIR/NAME-en.png and -zh.png (to look at); otherwise nothing.
    void screenshot(QWidget *widget, const QString &name);
    const QString &filesDir() const { return m_files; }
    int waitMs() const { return m_waitMs; }

private:
    WorkstationFixture &m_fixture;
    QString m_lcNo;
    QString m_files;
    int m_waitMs;
    std::optional<QDate> m_issueDay;
    QString m_invoiceLcNo;
};

} // namespace lx::test
