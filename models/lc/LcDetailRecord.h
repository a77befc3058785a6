#pragma once

#include "cache/LcRecords.h"

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::models {

// What an L/C's window shows, read from the cache in one go (on the
// BookReader's thread): the record, its timeline, and whether a draft of
// this bank on it awaits the checker.
struct LcDetailRecord
{
    std::optional<lianxin::lc::LetterOfCredit> lc;
    std::vector<cache::LcTimelineEntry> timeline;
    bool pendingDraft = false;

    static LcDetailRecord read(sqlite3 *db, const std::string &lcNo, const std::string &bankMsp);
};

} // namespace lx::models
