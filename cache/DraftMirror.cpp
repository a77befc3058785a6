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
        " PRIMARY KEY(bank, id));"
        "CREATE TABLE IF NOT EXISTS desk_draft("
        " channel TEXT NOT NULL, contract TEXT NOT NULL, bank TEXT NOT NULL, id TEXT NOT NULL,"
        " subject TEXT NOT NULL, action TEXT NOT NULL, maker TEXT NOT NULL, status INTEGER NOT NULL,"
        " created INTEGER NOT NULL, record BLOB NOT NULL, PRIMARY KEY(channel, contract, bank, id));");
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

void DraftMirror::replace(
    const client::DeskWorkflow::Product &product, const std::string &bankMsp, const lianxin::desk::DraftList &drafts)
{
    Transaction transaction(m_db);
    Statement clear(m_db, "DELETE FROM desk_draft WHERE channel = ?1 AND contract = ?2 AND bank = ?3");
    clear.bind(1, product.channel).bind(2, product.contract).bind(3, bankMsp).run();
    Statement insert(m_db,
        "INSERT OR REPLACE INTO desk_draft(channel, contract, bank, id, subject, action, maker, status, created,"
        " record) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const auto &draft : drafts.drafts()) {
        const auto summary = client::DeskWorkflow::summarize(product, draft.action());
        insert.bind(1, product.channel)
            .bind(2, product.contract)
            .bind(3, bankMsp)
            .bind(4, draft.id())
            .bind(5, summary.subject)
            .bind(6, summary.kind)
            .bind(7, draft.maker())
            .bind(8, static_cast<std::int64_t>(draft.status()))
            .bind(9, draft.created_seconds())
            .bindBlob(10, draft.SerializeAsString());
        insert.run();
    }
    transaction.commit();
}

lianxin::desk::DraftList DraftMirror::drafts(const client::DeskWorkflow::Product &product, const std::string &bankMsp)
{
    lianxin::desk::DraftList out;
    Statement query(
        m_db, "SELECT record FROM desk_draft WHERE channel = ?1 AND contract = ?2 AND bank = ?3 ORDER BY created, id");
    query.bind(1, product.channel).bind(2, product.contract).bind(3, bankMsp);
    while (query.step())
        out.add_drafts()->ParseFromString(query.blob(0));
    return out;
}

int DraftMirror::pendingCount(const std::string &bankMsp)
{
    Statement query(m_db,
        "SELECT (SELECT count(*) FROM lc_draft WHERE bank = ?1 AND status = ?2)"
        " + (SELECT count(*) FROM desk_draft WHERE bank = ?1 AND status = ?2)");
    query.bind(1, bankMsp).bind(2, static_cast<std::int64_t>(lianxin::lc::Draft::PENDING));
    query.step();
    return static_cast<int>(query.integer(0));
}

} // namespace lx::cache
