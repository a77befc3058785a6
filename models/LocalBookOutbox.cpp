#include "cache/DeskOutbox.h"
#include "cache/DocumentStore.h"
#include "cache/LcOutbox.h"
#include "cache/Outbox.h"

#include "ledgerclient/DeskWorkflow.h"
#include "models/LocalBook.h"
#include "models/LocalBookEngine.h"
#include "models/OutboxModel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

// The book's outbox side: the sender started at sign-in, the count of
// entries not yet settled, and the signed actions queued from the screens.

namespace lx::models {

// The outbox goes out from the start, while the book still catches up: an
// action taken meanwhile need not wait for the catch-up (nor, if its maker
// signs out first, for their next sign-in).
void LocalBook::startSender()
{
    Engine *engine = m_engine.get();
    const quint64 generation = m_generation;
    if (!engine->sender) {
        engine->sender = std::make_unique<cache::OutboxSender>(
            engine->sendDb->handle(),
            [engine](const std::string &identity) -> client::Client * {
                // Entries of another user of this bank wait until they sign in.
                return identity == engine->label ? engine->client.get() : nullptr;
            },
            &cache::lcFollowUps, &cache::lcBeforeSending);
        engine->sender->start([this, engine, generation](const cache::SendReport &) {
            const int pending = cache::Outbox(engine->sendDb->handle()).unsettledCount();
            QMetaObject::invokeMethod(
                this,
                [this, generation, pending] {
                    if (generation != m_generation)
                        return;
                    if (pending == m_pending) {
                        if (pending > 0)
                            Q_EMIT outboxAttempted();
                        return;
                    }
                    m_pending = pending;
                    Q_EMIT outboxChanged(pending);
                    m_refresh.start();
                },
                Qt::QueuedConnection);
        });
    }
}

void LocalBook::refreshPending()
{
    if (!m_engine)
        return;
    auto cache = m_engine->cache;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const int pending = watcher->result();
        if (generation != m_generation || pending < 0 || pending == m_pending)
            return;
        m_pending = pending;
        Q_EMIT outboxChanged(pending);
    });
    watcher->setFuture(QtConcurrent::run([cache] {
        try {
            cache::Database db = cache->connect();
            return cache::Outbox(db.handle()).unsettledCount();
        } catch (const std::exception &) {
            return -1;
        }
    }));
}

namespace {
// The entry into the outbox, and its line as the status bar says it.
std::pair<std::int64_t, QString> queue(sqlite3 *db, const cache::Outbox::NewEntry &entry)
{
    return { cache::Outbox(db).add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal) };
}

struct QueuedAction
{
    qint64 entryId = 0;
    QString summary;
    int pending = 0;
    QString error;
};
} // namespace

void LocalBook::enqueue(EntryMaker make)
{
    if (!m_engine) {
        Q_EMIT actionFailed(tr("Sign in before acting."));
        return;
    }
    // The engine is kept by the task: an action signed just before a sign-out
    // is still stored, and goes out at the next sign-in.
    auto engine = m_engine;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QueuedAction>(this);
    connect(watcher, &QFutureWatcher<QueuedAction>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QueuedAction done = watcher->result();
        if (generation != m_generation)
            return;
        if (!done.error.isEmpty()) {
            Q_EMIT actionFailed(done.error);
            return;
        }
        m_pending = done.pending;
        Q_EMIT outboxChanged(m_pending);
        Q_EMIT actionQueued(done.entryId, done.summary);
        if (m_engine && m_engine->sender)
            m_engine->sender->wake();
    });
    watcher->setFuture(QtConcurrent::run([engine, make = std::move(make)] {
        QueuedAction done;
        try {
            cache::Database db = engine->cache->connect();
            const auto [id, summary] = make(*engine, db.handle());
            done.entryId = id;
            done.summary = summary;
            done.pending = cache::Outbox(db.handle()).unsettledCount();
        } catch (const std::exception &e) {
            done.error = QString::fromStdString(e.what());
        }
        return done;
    }));
}

void LocalBook::submitDraft(const lianxin::lc::LcAction &action, const std::vector<Attachment> &attachments)
{
    enqueue([action, attachments](Engine &engine, sqlite3 *db) {
        const auto entry = cache::lcDraftEntry(*engine.client, engine.label, action);
        // The files first (kept under their hashes; harmless if the entry
        // never follows), then the signed entry.
        cache::DocumentStore documents(db);
        for (const Attachment &file : attachments)
            documents.attach(entry.lcNo, 0, file.docType, file.fileName, file.content);
        return queue(db, entry);
    });
}

void LocalBook::approveDraft(const QString &draftId, const QString &lcNo)
{
    enqueue([draftId = draftId.toStdString(), lcNo = lcNo.toStdString()](Engine &engine, sqlite3 *db) {
        const auto entry = cache::lcApprovalEntry(*engine.client, engine.label, draftId, lcNo);
        return queue(db, entry);
    });
}

void LocalBook::returnDraft(const QString &draftId, const QString &lcNo, const QString &comment)
{
    enqueue([draftId = draftId.toStdString(), lcNo = lcNo.toStdString(), comment = comment.toStdString()](
                Engine &engine, sqlite3 *db) {
        const auto entry = cache::lcReturnEntry(*engine.client, engine.label, draftId, lcNo, comment);
        return queue(db, entry);
    });
}

void LocalBook::submitDeskDraft(const std::string &contract, const std::string &action)
{
    enqueue([contract, action](Engine &engine, sqlite3 *db) {
        const auto entry
            = cache::deskDraftEntry(*engine.client, engine.label, client::DeskWorkflow::product(contract), action);
        return queue(db, entry);
    });
}

void LocalBook::approveDeskDraft(const std::string &contract, const QString &draftId, const QString &subject)
{
    enqueue([contract, draftId = draftId.toStdString(), subject = subject.toStdString()](Engine &engine, sqlite3 *db) {
        const auto entry = cache::deskApprovalEntry(
            *engine.client, engine.label, client::DeskWorkflow::product(contract), draftId, subject);
        return queue(db, entry);
    });
}

void LocalBook::returnDeskDraft(
    const std::string &contract, const QString &draftId, const QString &subject, const QString &comment)
{
    enqueue([contract, draftId = draftId.toStdString(), subject = subject.toStdString(),
                comment = comment.toStdString()](Engine &engine, sqlite3 *db) {
        const auto entry = cache::deskReturnEntry(
            *engine.client, engine.label, client::DeskWorkflow::product(contract), draftId, subject, comment);
        return queue(db, entry);
    });
}

} // namespace lx::models
