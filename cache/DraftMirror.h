#pragma once

#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/desk.pb.h"
#include "lianxin/lc.pb.h"

#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache {

// The bank's open drafts (pending and returned), as its private collection
// on the ledger holds them. Blocks carry only their hashes, so the sync
// refreshes this mirror with the contract's ListDrafts query whenever a
// block writes to the bank's collection.
class DraftMirror
{
public:
    explicit DraftMirror(sqlite3 *db);
    static void createSchema(sqlite3 *db);

    // Replaces the bank's L/C drafts with the ledger's list, atomically.
    void replace(const std::string &bankMsp, const lianxin::lc::DraftList &drafts);
    lianxin::lc::DraftList drafts(const std::string &bankMsp);
    // The same for another product's desk (forfaiting, guarantees, quotes).
    void replace(const client::DeskWorkflow::Product &product, const std::string &bankMsp,
        const lianxin::desk::DraftList &drafts);
    lianxin::desk::DraftList drafts(const client::DeskWorkflow::Product &product, const std::string &bankMsp);
    // Pending drafts of every product.
    int pendingCount(const std::string &bankMsp);

private:
    sqlite3 *m_db;
};

} // namespace lx::cache
