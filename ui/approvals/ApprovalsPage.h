#pragma once

#include "models/approvals/ApprovalsModel.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ApprovalsPage;
} // namespace Ui

namespace lx::models {
class BookReader;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The checker's queue (four eyes): the bank's drafts of every product, each
// shown against what it concerns as it stands (the L/C term by term; for
// the other products the drafted action's fields and the guarantee,
// listing, quote or deal now), to approve or to return with a comment. Makers see
// their drafts here too (pending, or returned with the checker's comment)
// without the buttons. Decisions go through the outbox like every action.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    ApprovalsPage(
        models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    models::ApprovalsModel &model() { return *m_model; }
    // Selects the draft's row; false when it is not in the list.
    bool selectDraft(const QString &draftId);

Q_SIGNALS:
    // An export finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onIdentityChanged();
    void onSelectionChanged();
    void refreshSummary();
    void showChanges();
    void showProductDraft(const models::ApprovalsModel::Row &row);
    void refreshButtons();
    void approve();
    void returnDraft();
    int selectedRow() const;

    std::unique_ptr<Ui::ApprovalsPage> m_ui;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    models::ApprovalsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_decided; // the draft just approved or returned, until the ledger says so
};

} // namespace lx::ui
