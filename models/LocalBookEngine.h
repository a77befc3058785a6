#pragma once

// What an open LocalBook runs on, shared by its two sources: LocalBook.cpp
// follows the channels into the cache, LocalBookOutbox.cpp queues the
// bank's signed actions and sends them. Not for other users of the book.

#include "cache/Database.h"
#include "cache/LedgerSync.h"
#include "cache/LocalCache.h"
#include "cache/OutboxSender.h"

#include "ledgerclient/Client.h"
#include "models/LocalBook.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lx::models {

// One product channel followed into the cache: its connection (its live
// thread writes through it) and its sync, declared so the sync goes first.
struct LocalBook::ChannelSync
{
    cache::Database db;
    std::unique_ptr<cache::LedgerSync> sync;
};

// What one open book runs on: its connections (one per thread that writes),
// the syncs (the L/C channel's first) and the sender. Declared so that the
// syncs and the sender, whose threads use the connections, are destroyed
// (and joined) first.
struct LocalBook::Engine
{
    std::shared_ptr<cache::LocalCache> cache;
    std::shared_ptr<client::Client> client;
    std::string label;
    cache::Viewer viewer;
    std::atomic<bool> cancel { false };
    std::optional<cache::Database> sendDb;
    std::vector<std::unique_ptr<ChannelSync>> syncs;
    std::unique_ptr<cache::OutboxSender> sender;
};

} // namespace lx::models
