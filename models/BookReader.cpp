#include "models/BookReader.h"

#include "cache/Database.h"
#include "cache/LocalCache.h"

#include <QThread>

#include <exception>
#include <optional>

namespace lx::models {

// The reader thread's connection and the cache it belongs to; replaced when
// the cache changes, so a read never uses a connection of another bank.
struct BookReader::Connection
{
    std::shared_ptr<cache::LocalCache> cache;
    std::optional<cache::Database> db;
};

BookReader::BookReader(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_context(new QObject), m_connection(std::make_shared<Connection>())
{
    m_thread->setObjectName(QStringLiteral("bookReader"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

BookReader::~BookReader()
{
    m_thread->quit();
    m_thread->wait();
    delete m_context; // with the reads still queued to it
}

void BookReader::setCache(std::shared_ptr<cache::LocalCache> cache)
{
    m_cache = std::move(cache);
    QMetaObject::invokeMethod(
        m_context,
        [connection = m_connection, cache = m_cache] {
            connection->db.reset();
            connection->cache = cache;
        },
        Qt::QueuedConnection);
}

void BookReader::post(
    QObject *receiver, std::function<Continuation(sqlite3 *)> work, std::function<void(const QString &)> failed)
{
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(
        m_context,
        [this, guard, connection = m_connection, work = std::move(work), failed = std::move(failed)] {
            Continuation continuation;
            QString error;
            try {
                if (!connection->cache)
                    throw std::runtime_error("no cache is open");
                if (!connection->db)
                    connection->db.emplace(connection->cache->connect());
                continuation = work(connection->db->handle());
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
            }
            // Back on the GUI thread; this outlives every call it queued
            // (its destructor stops the thread first).
            QMetaObject::invokeMethod(
                this,
                [this, guard, continuation = std::move(continuation), failed, error] {
                    if (!error.isEmpty()) {
                        Q_EMIT readFailed(error);
                        if (guard && failed)
                            failed(error);
                        return;
                    }
                    if (guard)
                        continuation();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace lx::models
