#include "cache/DraftMirror.h"

#include "cache/Statement.h"

#include "chaincode/lc/LcStateMachine.h"

namespace lx::cache {

DraftMirror::DraftMirror(sqlite3 *db) : m_db(db) { }

void DraftMirror::createSchema(sqlite3 *db)
{
    execute(db,
        "CREATE TABLE IF NOT EXISTS lc_draft("
        " bank TEXT NOT NULL, id TEXT NOT NULL, lc_no TEXT NOT NULL, action TEXT NOT NULL,"
        " maker TEXT NOT NULL, status INTEGER NOT NULL, created INTEGER NOT NULL, record BLOB NOT NULL,"
        " PRIMARY KEY(bank, id));");
}

void DraftMirror::replace(const std::string &bankMsp, const lianxin::lc::DraftList &drafts)
{
    Transaction transaction(m_db);
    Statement clear(m_db, "DELETE FROM lc_draft WHERE bank = ?1");
    clear.bind(1, bankMsp).run();
    Statement insert(m_db,
        "INSERT OR REPLACE INTO lc_draft(bank, id, lc_no, action, maker, status, created, record)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const auto &draft : drafts.drafts()) {
        insert.bind(1, bankMsp)
            .bind(2, draft.id())
            .bind(3, chaincode::lc::lcNoOf(draft.action()))
            .bind(4, chaincode::lc::actionName(draft.action()))
            .bind(5, draft.maker())
            .bind(6, static_cast<std::int64_t>(draft.status()))
            .bind(7, draft.created_seconds())
            .bindBlob(8, draft.SerializeAsString());
        insert.run();
    }
    transaction.commit();
}

lianxin::lc::DraftList DraftMirror::drafts(const std::string &bankMsp)
{
    lianxin::lc::DraftList out;
    Statement query(m_db, "SELECT record FROM lc_draft WHERE bank = ?1 ORDER BY created, id");
    query.bind(1, bankMsp);
    while (query.step())
        out.add_drafts()->ParseFromString(query.blob(0));
    return out;
}

int DraftMirror::pendingCount(const std::string &bankMsp)
{
    Statement query(m_db, "SELECT count(*) FROM lc_draft WHERE bank = ?1 AND status = ?2");
    query.bind(1, bankMsp).bind(2, static_cast<std::int64_t>(lianxin::lc::Draft::PENDING));
    query.step();
    return static_cast<int>(query.integer(0));
}

} // namespace lx::cache
