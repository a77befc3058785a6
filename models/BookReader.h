#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
class QThread;

namespace lx::cache {
class LocalCache;
} // namespace lx::cache

namespace lx::models {

// Reads the bank's cache for the screens on a thread of its own, with a
// connection of its own: list pages, counts, the worklist, an L/C's detail.
// Work runs in the order it was posted; its result is handed back on the
// GUI thread to the receiver, and dropped if the receiver is gone by then.
// Models call read(); widgets never do.
class BookReader : public QObject
{
    Q_OBJECT

public:
    explicit BookReader(QObject *parent = nullptr);
    ~BookReader() override; // finishes the running read, drops the rest

    // The cache subsequent reads use (a new connection, opened on the
    // reader's thread); nullptr closes it. Reads with no cache fail.
    void setCache(std::shared_ptr<cache::LocalCache> cache);
    bool hasCache() const { return static_cast<bool>(m_cache); }

    // work(db) on the reader's thread, then done(result) on the GUI thread
    // if receiver still exists; failed(message) instead when work throws.
    template<class Result>
    void read(QObject *receiver, std::function<Result(sqlite3 *)> work, std::function<void(Result)> done,
        std::function<void(const QString &)> failed = {});

Q_SIGNALS:
    // A read failed (also reported to its own failed callback, if any).
    void readFailed(const QString &message);

private:
    using Continuation = std::function<void()>;
    void post(
        QObject *receiver, std::function<Continuation(sqlite3 *)> work, std::function<void(const QString &)> failed);

    struct Connection;
    std::shared_ptr<cache::LocalCache> m_cache;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread; reads are queued calls to it
    std::shared_ptr<Connection> m_connection; // touched only on m_thread
};

template<class Result>
void BookReader::read(QObject *receiver, std::function<Result(sqlite3 *)> work, std::function<void(Result)> done,
    std::function<void(const QString &)> failed)
{
    post(
        receiver,
        [work = std::move(work), done = std::move(done)](sqlite3 *db) -> Continuation {
            auto result = std::make_shared<Result>(work(db));
            return [done, result] { done(std::move(*result)); };
        },
        std::move(failed));
}

} // namespace lx::models
