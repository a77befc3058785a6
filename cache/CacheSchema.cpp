#include "cache/CacheSchema.h"

#include "cache/DraftMirror.h"
#include "cache/LcRecords.h"
#include "cache/LedgerSync.h"
#include "cache/Outbox.h"
#include "cache/ProductRecords.h"

namespace lx::cache {

void createCacheSchema(sqlite3 *db)
{
    createLcSchema(db);
    createProductSchema(db);
    DraftMirror::createSchema(db);
    Outbox::createSchema(db);
    LedgerSync::createSchema(db);
}

} // namespace lx::cache
