#pragma once

#include <QStatusBar>

class QLabel;
class QToolButton;

namespace lx::models {
class LedgerStatusModel;
class LocalBook;
class SessionModel;
class TranslationCatalog;
} // namespace lx::models

namespace lx::ui {

// Who is signed in and how far the ledger is: bank, user, role, which ledger
// (the network's name and peer, or the sandbox), height per channel, the
// ledger connection (unreachable while a network's peer does not answer), how far the local cache has caught up and
// how many actions wait in the outbox, each in its own label QA can find by
// name.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    SessionStatusBar(models::SessionModel &session, models::LedgerStatusModel &ledgerStatus, models::LocalBook &book,
        models::TranslationCatalog &catalog, QWidget *parent = nullptr);

Q_SIGNALS:
    // The user asked to see the outbox's entries.
    void outboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(const QString &objectName);
    void refreshIdentity();
    void refreshNetwork();
    void refreshHeights();
    void refreshSync();
    void refreshBook();
    void refreshOutbox();
    void refreshAll();

    models::SessionModel &m_session;
    models::LedgerStatusModel &m_ledgerStatus;
    models::LocalBook &m_book;
    models::TranslationCatalog &m_catalog;
    QLabel *m_bank;
    QLabel *m_user;
    QLabel *m_role;
    QLabel *m_network; // the network and peer, or the embedded sandbox
    QLabel *m_heights;
    QLabel *m_sync;
    QLabel *m_cache;
    QToolButton *m_cacheButton; // pause the catch-up, or resume it
    QLabel *m_outbox;
    QToolButton *m_outboxButton;
    quint64 m_progressApplied = 0;
    quint64 m_progressTotal = 0;
};

} // namespace lx::ui
