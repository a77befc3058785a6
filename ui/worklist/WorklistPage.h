#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class WorklistPage;
} // namespace Ui

namespace lx::models {
class BookReader;
class LocalBook;
class SessionModel;
class WorklistModel;
} // namespace lx::models

namespace lx::ui {

// What waits on the signed-in user, soonest deadline first; overdue items
// in red. Activating an item opens its L/C.
class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    WorklistPage(
        models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~WorklistPage() override;

    models::WorklistModel &model() { return *m_model; }

Q_SIGNALS:
    void openLcRequested(const QString &lcNo);
    // A draft to approve, of any product: the checker decides in Approvals.
    void openDraftRequested(const QString &draftId);
    // An export finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onIdentityChanged();
    void refreshSummary();

    std::unique_ptr<Ui::WorklistPage> m_ui;
    models::SessionModel &m_session;
    models::WorklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace lx::ui
