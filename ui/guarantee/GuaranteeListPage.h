#pragma once

#include "lianxin/guarantee.pb.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

namespace Ui {
class GuaranteeListPage;
} // namespace Ui

namespace lx::models {
class BookReader;
class GuaranteeFilterProxy;
class GuaranteeListModel;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

class GuaranteeIssueForm;
class GuaranteeWindow;

// The bank's guarantees (保函) from its cache: number, type, parties,
// banks, amounts, expiry, state, stop-payment, and an open demand's
// examination clock in business days (overdue in red); sorted and filtered
// by a proxy. "New guarantee" opens the issuance form; a double-click (or
// Enter) opens the guarantee's window.
class GuaranteeListPage : public QWidget
{
    Q_OBJECT

public:
    GuaranteeListPage(
        models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~GuaranteeListPage() override;

    models::GuaranteeListModel &model() { return *m_model; }
    models::GuaranteeFilterProxy &proxy() { return *m_proxy; }
    QWidget *issueWindow() const { return m_issueWindow; }
    GuaranteeIssueForm *issueForm() const { return m_issueForm; }
    void openIssueForm();
    // The guarantee's window (one per guarantee), opened or raised.
    GuaranteeWindow *openGuarantee(const QString &guaranteeNo);
    // Asks where (SaveFileChooser) and writes the listed guarantees there,
    // as filtered and sorted on screen.
    void exportList(int format); // models::ExportFormat

Q_SIGNALS:
    // An export finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void applyFilter();
    void clearFilters();
    void refresh();
    void refreshCount();
    void refreshActions();
    void prepareIssueForm();
    void submitIssue(const lianxin::guarantee::Guarantee &guarantee);

    std::unique_ptr<Ui::GuaranteeListPage> m_ui;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    models::BookReader &m_reader;
    models::GuaranteeListModel *m_model;
    models::GuaranteeFilterProxy *m_proxy;
    QWidget *m_issueWindow = nullptr;
    GuaranteeIssueForm *m_issueForm = nullptr;
    bool m_columnsFitted = false;
    std::map<QString, QPointer<GuaranteeWindow>> m_windows;
};

} // namespace lx::ui
