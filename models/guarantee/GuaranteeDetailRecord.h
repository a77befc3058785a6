#pragma once

#include "lianxin/guarantee.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::models {

// One committed change of a guarantee: the block and transaction that
// wrote it (the cache's record of changes) with the contract's own event
// for it (who acted, maker and checker, what changed).
struct GuaranteeTimelineEntry
{
    std::uint64_t block = 0;
    int txNumber = 0;
    std::string txId;
    lianxin::guarantee::GtEvent event; // empty when the record names no event for the transaction
};

// What a guarantee's window shows, read from the cache in one go (on the
// BookReader's thread): the record, its timeline, and whether a draft of
// this bank on it awaits the checker.
struct GuaranteeDetailRecord
{
    std::optional<lianxin::guarantee::Guarantee> guarantee;
    std::vector<GuaranteeTimelineEntry> timeline; // oldest first
    bool pendingDraft = false;

    static GuaranteeDetailRecord read(sqlite3 *db, const std::string &guaranteeNo, const std::string &bankMsp);
    // The timeline of g from its key's changes (pure; read() uses it).
    static std::vector<GuaranteeTimelineEntry> timelineOf(const lianxin::guarantee::Guarantee &g,
        const std::vector<std::uint64_t> &blocks, const std::vector<int> &txNumbers,
        const std::vector<std::string> &txIds);
};

} // namespace lx::models
