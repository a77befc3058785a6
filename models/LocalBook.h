#pragma once

#include "models/BankIdentity.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

struct sqlite3;

namespace lianxin::lc {
class LcAction;
} // namespace lianxin::lc

namespace lx::cache {
class LocalCache;
} // namespace lx::cache

namespace lx::client {
class Client;
} // namespace lx::client

namespace lx::models {

// The signed-in bank's book in its local cache, kept current: catches up
// with every product's channel (the L/C's first) from the cache's
// checkpoints (one progress over all, cancellable), then follows new blocks
// live, and sends the outbox in the background.
// The user's actions are signed and written to the outbox here, on worker
// threads; the screens read the cache through BookReader and refresh on
// bookChanged(), which is throttled so a burst of blocks costs one refresh.
class LocalBook : public QObject
{
    Q_OBJECT

public:
    enum class SyncState {
        Closed, // nobody signed in
        CatchingUp, // reading the blocks since the checkpoint
        Live, // following new blocks as they are cut
        Paused, // the user cancelled the catch-up; resumeSync() continues
        Retrying // the ledger failed; another attempt is scheduled
    };
    Q_ENUM(SyncState)

    static constexpr int kRefreshThrottleMs = 250;

    explicit LocalBook(QObject *parent = nullptr);
    ~LocalBook() override; // stops the sync and the sender

    // Starts on the given bank's cache, signing as client. Replaces whatever
    // was open.
    void open(
        std::shared_ptr<cache::LocalCache> cache, std::shared_ptr<client::Client> client, const BankIdentity &identity);
    void close();

    SyncState syncState() const { return m_state; }
    // The next block of the lc channel the cache applies, i.e. the blocks
    // applied so far.
    quint64 syncedHeight() const { return m_syncedHeight; }
    int pendingActions() const { return m_pending; }
    // Why the sync is retrying, translated where we can say more than the
    // ledger's own message.
    QString lastError() const { return m_lastError; }

    void cancelCatchUp();
    void resumeSync();

    // A file going with a presentation: kept in the cache under its SHA-256
    // (the ledger gets only the hash, notarized when the draft is approved).
    struct Attachment
    {
        std::string docType;
        std::string fileName;
        std::string content;
    };

    // Signs and stores an action of the L/C desk (with the files of a
    // presentation, if any); actionQueued() or actionFailed() follows, then
    // the sender takes it to the ledger.
    void submitDraft(const lianxin::lc::LcAction &action, const std::vector<Attachment> &attachments = {});
    void approveDraft(const QString &draftId, const QString &lcNo);
    void returnDraft(const QString &draftId, const QString &lcNo, const QString &comment);

    // The same for another product's desk (forfaiting, guarantees, quotes):
    // contract names the product (client::DeskWorkflow::product), action is
    // its serialized action message, subject the number it concerns. An
    // approval asks the ledger which banks must co-endorse it first, on the
    // worker.
    void submitDeskDraft(const std::string &contract, const std::string &action);
    void approveDeskDraft(const std::string &contract, const QString &draftId, const QString &subject);
    void returnDeskDraft(
        const std::string &contract, const QString &draftId, const QString &subject, const QString &comment);

Q_SIGNALS:
    void syncStateChanged(lx::models::LocalBook::SyncState state);
    void syncProgress(quint64 applied, quint64 total);
    void bookChanged();
    void outboxChanged(int pending);
    // The sender tried the outbox and the number pending stayed the same
    // (an attempt failed and waits for the next; its reason changed).
    void outboxAttempted();
    // summary: what the entry does, in the language of the moment.
    void actionQueued(qint64 entryId, const QString &summary);
    void actionFailed(const QString &message);

private:
    struct Engine;
    struct ChannelSync;
    struct CatchUpResult
    {
        quint64 height = 0;
        bool cancelled = false;
        QString error;
    };
    // Signs an entry and adds it to the outbox: its ID and summary.
    using EntryMaker = std::function<std::pair<qint64, QString>(Engine &, sqlite3 *)>;

    void startCatchUp();
    void onCatchUpFinished();
    void startLive();
    void startSender();
    void setState(SyncState state);
    void noteApplied(quint64 height, bool force);
    void scheduleRetry(const QString &error);
    void enqueue(EntryMaker make);
    void refreshPending();

    std::shared_ptr<Engine> m_engine;
    quint64 m_generation = 0;
    SyncState m_state = SyncState::Closed;
    quint64 m_syncedHeight = 0;
    int m_pending = 0;
    QString m_lastError;
    int m_retryDelayMs = 0;
    QFutureWatcher<CatchUpResult> m_catchUp;
    QTimer m_refresh;
    QTimer m_retry;
};

} // namespace lx::models
