#pragma once

struct sqlite3;

namespace lx::cache {

// Creates every table of the cache (idempotent): L/C rows and their
// events and documents, drafts, the outbox, the sync checkpoints.
void createCacheSchema(sqlite3 *db);

} // namespace lx::cache
