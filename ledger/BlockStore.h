#pragma once

#include "crypto/Bytes.h"
#include "ledger/Access.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace common {
class Block;
}

namespace lx::ledger {

// Append-only file of serialized common.Block records. Each record is
// "LXB1" | u32 length | u32 CRC-32 of the length | block bytes. A block is
// acknowledged only after its record is written and fdatasync'd, so after a
// crash the file ends either on a whole record or on a torn one, which open()
// cuts off. A whole record that is damaged is never repaired: open() checks
// the tip (parses, data hash, chain to its predecessor) and reports it;
// verify tools walk every record.
//
// Read-only, the store sees the records whole at open time and never
// writes: a torn tail (or a record the writer is still writing) is left
// alone and not counted. A reader follows no later blocks.
class BlockStore
{
public:
    // For writing, holds an exclusive lock on the file while open. Throws
    // LedgerError(DataInvalid) when the file is damaged beyond a torn tail,
    // LedgerError(Unavailable) when it cannot be opened or is in use.
    explicit BlockStore(const std::filesystem::path &file, Access access = Access::ReadWrite);
    ~BlockStore();
    BlockStore(const BlockStore &) = delete;
    BlockStore &operator=(const BlockStore &) = delete;

    std::uint64_t height() const;
    // Header hash of the last block; empty when the store is empty.
    Bytes tipHash() const;

    // Block number must equal height(). Durable when this returns.
    // beforePublish, when given, runs after the record is on disk and
    // before height() counts it (the channel commits the state there); if it
    // throws, the record is cut off again and the file is as before.
    // Throws LedgerError(Unavailable, "DISK_FULL") when the disk is full,
    // with the file as before.
    void append(const common::Block &block, const std::function<void()> &beforePublish = {});
    // True once a failed append could not cut its record back: the file
    // may hold a record height() does not count.
    bool strayRecord() const;

    std::optional<common::Block> block(std::uint64_t number) const;
    std::optional<Bytes> rawBlock(std::uint64_t number) const;

    // Bytes cut off by open() as a torn tail (0 when the file was clean).
    std::uint64_t truncatedBytes() const { return m_truncatedBytes; }

    struct ScanProblem
    {
        std::uint64_t blockNumber;
        std::string reason;
    };
    // Reads the record framing of a block file without opening it for
    // writing; reports the first framing problem. Used by verification.
    static std::optional<ScanProblem> scanRecords(const std::filesystem::path &file,
                                                  std::vector<Bytes> *blocks);
    // The same, one record at a time (memory stays at one block); visit
    // returns false to stop early. Without visit only the framing is read.
    // recordCount receives the number of whole records passed.
    static std::optional<ScanProblem>
    forEachRecord(const std::filesystem::path &file, const std::function<bool(std::uint64_t, const Bytes &)> &visit,
                  std::uint64_t *recordCount = nullptr);

private:
    void load();
    [[noreturn]] void writeFailed(int error, const std::string &what) const;

    std::filesystem::path m_path;
    Access m_access;
    bool m_strayRecord = false; // guarded by m_mutex
    int m_fd = -1;
    mutable std::mutex m_mutex;
    std::vector<std::uint64_t> m_offsets; // start of each record's payload
    std::vector<std::uint32_t> m_sizes;
    std::uint64_t m_end = 0;
    Bytes m_tipHash;
    std::uint64_t m_truncatedBytes = 0;
};

} // namespace lx::ledger
