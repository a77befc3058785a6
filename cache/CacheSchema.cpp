#include "cache/CacheSchema.h"

#include "cache/DraftMirror.h"
#include "cache/LcRecords.h"
#include "cache/LedgerSync.h"
#include "cache/Outbox.h"

namespace lx::cache {

void createCacheSchema(sqlite3 *db)
{
    createLcSchema(db);
    DraftMirror::createSchema(db);
    Outbox::createSchema(db);
    LedgerSync::createSchema(db);
}

} // namespace lx::cache
