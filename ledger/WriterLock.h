#pragma once

#include <filesystem>

namespace lx::ledger {

// The one-writer lock of an embedded consortium: an flock on
// <consortium>/writer.lock, which holds the writer's PID and program name so
// that a second writer is told who has the ledger. Readers never take it.
// The kernel drops the lock when the process ends, however it ends, so a
// stale file is harmless.
class WriterLock
{
public:
    // Throws LedgerError(Unavailable, "LEDGER_IN_USE") naming the holder
    // when another writer (in this process or another) holds the lock.
    explicit WriterLock(const std::filesystem::path &consortiumDir);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    static std::filesystem::path fileIn(const std::filesystem::path &consortiumDir);

private:
    int m_fd = -1;
};

} // namespace lx::ledger
