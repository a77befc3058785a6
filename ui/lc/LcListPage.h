#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "models/TableExport.h"

#include <map>
#include <memory>

namespace Ui {
class LcListPage;
} // namespace Ui

namespace lianxin::lc {
class LetterOfCredit;
} // namespace lianxin::lc

namespace lx::models {
class BookReader;
class LcListModel;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The bank's whole book of L/Cs: search, filters by state, counterparty,
// issue dates and amount, sorting by any column (in the cache, so it stays
// fast at a million rows), and the count of matches. An officer drafts a
// new L/C from here: the issuance form opens in its own window and its
// draft goes to the outbox for the checker.
class LcDetailWindow;
class LcIssueForm;

class LcListPage : public QWidget
{
    Q_OBJECT

public:
    LcListPage(
        models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~LcListPage() override;

    models::LcListModel &model() { return *m_model; }
    // The issuance form's window, once opened.
    QWidget *issueWindow() const { return m_issueWindow; }
    // Shows the L/Cs matching text (e.g. one L/C number), other filters cleared.
    void search(const QString &text);
    // The L/C's window (one per L/C), opened or raised.
    LcDetailWindow *openDetail(const QString &lcNo);

    static constexpr int kFilterDelayMs = 250;

    // Asks where (SaveFileChooser) and writes every listed L/C there.
    void exportList(models::ExportFormat format);

Q_SIGNALS:
    // An export finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void nameDateEditors();
    void fitColumns();
    void applyFilter();
    void clearFilters();
    void refreshCount();
    QStringList filtersApplied() const;
    void refreshActions();
    void openIssueForm();
    void prepareIssueForm();
    void submitIssue(const lianxin::lc::LetterOfCredit &lc);

    std::unique_ptr<Ui::LcListPage> m_ui;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    models::LcListModel *m_model;
    QWidget *m_issueWindow = nullptr;
    models::BookReader &m_reader;
    std::map<QString, QPointer<LcDetailWindow>> m_details;
    LcIssueForm *m_issueForm = nullptr;
    QTimer m_filterDelay;
};

} // namespace lx::ui
