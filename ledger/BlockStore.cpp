#include "ledger/BlockStore.h"

#include "ledger/BlockHash.h"
#include "ledger/DataFolder.h"
#include "ledger/LedgerError.h"

#include "common/common.pb.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lx::ledger {

namespace {

constexpr char kMagic[4] = {'L', 'X', 'B', '1'};
constexpr std::size_t kRecordHeader = 12;
constexpr std::uint32_t kMaxBlockBytes = 256u * 1024u * 1024u;

std::uint32_t crc32(const unsigned char *data, std::size_t size)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        c = table[(c ^ data[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void putU32(unsigned char *p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<unsigned char>(v >> (8 * i));
}

std::uint32_t getU32(const unsigned char *p)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= static_cast<std::uint32_t>(p[i]) << (8 * i);
    return v;
}

bool readFully(int fd, void *buffer, std::size_t size, std::uint64_t offset)
{
    auto *p = static_cast<char *>(buffer);
    while (size > 0) {
        const ssize_t n = ::pread(fd, p, size, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

bool writeFully(int fd, const char *data, std::size_t size, std::uint64_t offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            errno = ENOSPC; // a write that makes no progress: the file cannot grow
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

enum class Frame { Ok, Torn, Damaged };

// Reads the record header at offset; on Ok fills size.
Frame readFrame(int fd, std::uint64_t offset, std::uint64_t fileSize, std::uint32_t &size)
{
    if (fileSize - offset < kRecordHeader)
        return Frame::Torn;
    unsigned char header[kRecordHeader];
    if (!readFully(fd, header, sizeof header, offset))
        return Frame::Torn;
    if (std::memcmp(header, kMagic, 4) != 0)
        return Frame::Damaged;
    size = getU32(header + 4);
    if (crc32(header + 4, 4) != getU32(header + 8) || size > kMaxBlockBytes)
        return Frame::Damaged;
    if (fileSize - offset - kRecordHeader < size)
        return Frame::Torn;
    return Frame::Ok;
}

std::string errnoText()
{
    return std::strerror(errno);
}

} // namespace

BlockStore::BlockStore(const std::filesystem::path &file, Access access)
    : m_path(file), m_access(access)
{
    const bool reading = access == Access::ReadOnly;
    m_fd = reading ? ::open(file.c_str(), O_RDONLY | O_CLOEXEC)
                   : ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int error = errno;
        if (isNoSpaceErrno(error))
            throw LedgerError(LedgerError::Kind::Unavailable, "DISK_FULL", diskFullMessage(file.parent_path()));
        throw LedgerError(LedgerError::Kind::Unavailable, "BLOCKSTORE_OPEN",
                          "cannot open block file " + file.string() + ": " + std::strerror(error));
    }
    // One writer per chain: a second process (or a second open in this
    // one) would append its own block N and fork the file. The consortium
    // takes its writer lock (ledger/WriterLock) first and names the holder;
    // this one guards the file itself. Readers take no lock.
    if (!reading && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_IN_USE",
                          "the ledger in " + file.parent_path().string()
                              + " is open for writing in another LianXin process; close it first");
    }
    try {
        load();
    } catch (...) {
        ::close(m_fd);
        throw;
    }
}

BlockStore::~BlockStore()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void BlockStore::load()
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        throw LedgerError(LedgerError::Kind::Unavailable, "BLOCKSTORE_OPEN", "cannot stat block file: " + errnoText());
    const auto fileSize = static_cast<std::uint64_t>(st.st_size);
    std::uint64_t offset = 0;
    while (offset < fileSize) {
        std::uint32_t size = 0;
        const Frame frame = readFrame(m_fd, offset, fileSize, size);
        if (frame == Frame::Torn)
            break;
        if (frame == Frame::Damaged)
            throw LedgerError(LedgerError::Kind::DataInvalid, "BLOCK_FRAMING",
                              "block " + std::to_string(m_offsets.size()) + ": record header damaged in "
                                  + m_path.string());
        m_offsets.push_back(offset + kRecordHeader);
        m_sizes.push_back(size);
        offset += kRecordHeader + size;
    }
    if (offset < fileSize && m_access == Access::ReadWrite) {
        // A torn tail: the record was never acknowledged. Cut it off. (A
        // reader leaves it: it may be the writer's record in progress.)
        m_truncatedBytes = fileSize - offset;
        if (::ftruncate(m_fd, static_cast<off_t>(offset)) != 0 || ::fdatasync(m_fd) != 0)
            throw LedgerError(LedgerError::Kind::Unavailable, "BLOCKSTORE_TRUNCATE",
                              "cannot cut torn tail of block file: " + errnoText());
    }
    m_end = offset;
    if (m_offsets.empty())
        return;

    // Check the tip: it must parse, carry the right data hash and chain to
    // its predecessor.
    const std::uint64_t tip = m_offsets.size() - 1;
    const auto block = this->block(tip);
    const auto fail = [&](const std::string &why) {
        throw LedgerError(LedgerError::Kind::DataInvalid, "BLOCK_TIP_INVALID",
                          "block " + std::to_string(tip) + ": " + why + " in " + m_path.string());
    };
    if (!block)
        fail("cannot be parsed");
    if (block->header().number() != tip)
        fail("carries number " + std::to_string(block->header().number()));
    if (blockDataHash(block->data()) != block->header().data_hash())
        fail("data hash does not match its transactions");
    if (tip > 0) {
        const auto previous = this->block(tip - 1);
        if (!previous || blockHeaderHash(previous->header()) != block->header().previous_hash())
            fail("previous hash does not match block " + std::to_string(tip - 1));
    }
    m_tipHash = blockHeaderHash(block->header());
}

std::uint64_t BlockStore::height() const
{
    std::lock_guard lock(m_mutex);
    return m_offsets.size();
}

bool BlockStore::strayRecord() const
{
    std::lock_guard lock(m_mutex);
    return m_strayRecord;
}

Bytes BlockStore::tipHash() const
{
    std::lock_guard lock(m_mutex);
    return m_tipHash;
}

void BlockStore::writeFailed(int error, const std::string &what) const
{
    if (isNoSpaceErrno(error))
        throw LedgerError(LedgerError::Kind::Unavailable, "DISK_FULL", diskFullMessage(m_path.parent_path()));
    throw LedgerError(LedgerError::Kind::Unavailable, "BLOCKSTORE_WRITE",
                      "cannot " + what + " " + m_path.string() + ": " + std::strerror(error));
}

void BlockStore::append(const common::Block &block, const std::function<void()> &beforePublish)
{
    if (m_access == Access::ReadOnly)
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_READ_ONLY",
                          "the ledger in " + m_path.parent_path().string() + " is open for reading only");
    const Bytes payload = block.SerializeAsString();
    if (payload.size() > kMaxBlockBytes)
        throw LedgerError(LedgerError::Kind::Rejected, "BLOCK_TOO_LARGE", "block exceeds 256 MiB");
    Bytes record(kRecordHeader, '\0');
    auto *header = reinterpret_cast<unsigned char *>(record.data());
    std::memcpy(header, kMagic, 4);
    putU32(header + 4, static_cast<std::uint32_t>(payload.size()));
    putU32(header + 8, crc32(header + 4, 4));
    record += payload;

    // One appender (the channel's orderer thread); the lock only guards the
    // index against concurrent readers, so it is not held while writing.
    std::uint64_t end = 0;
    {
        std::lock_guard lock(m_mutex);
        if (block.header().number() != m_offsets.size())
            throw LedgerError(LedgerError::Kind::Rejected, "BLOCK_OUT_OF_ORDER",
                              "block " + std::to_string(block.header().number()) + " appended at height "
                                  + std::to_string(m_offsets.size()));
        end = m_end;
    }
    // Leave no partial record behind: the file is exactly as before.
    const auto cutBack = [&] {
        if (::ftruncate(m_fd, static_cast<off_t>(end)) == 0 && ::fdatasync(m_fd) == 0)
            return;
        // If even that fails, open() cuts a torn tail; a whole record left
        // behind is one whose block was never acknowledged: the channel
        // stops (strayRecord()) until the ledger is reopened.
        std::lock_guard lock(m_mutex);
        m_strayRecord = true;
    };
    if (!writeFully(m_fd, record.data(), record.size(), end)) {
        const int error = errno;
        cutBack();
        writeFailed(error, "write a block to");
    }
    if (::fdatasync(m_fd) != 0) {
        const int error = errno;
        cutBack();
        writeFailed(error, "flush a block to");
    }
    if (beforePublish) {
        try {
            beforePublish();
        } catch (...) {
            cutBack();
            throw;
        }
    }
    std::lock_guard lock(m_mutex);
    m_offsets.push_back(end + kRecordHeader);
    m_sizes.push_back(static_cast<std::uint32_t>(payload.size()));
    m_end = end + record.size();
    m_tipHash = blockHeaderHash(block.header());
}

std::optional<Bytes> BlockStore::rawBlock(std::uint64_t number) const
{
    std::uint64_t offset = 0;
    std::uint32_t size = 0;
    {
        std::lock_guard lock(m_mutex);
        if (number >= m_offsets.size())
            return std::nullopt;
        offset = m_offsets[number];
        size = m_sizes[number];
    }
    Bytes data(size, '\0');
    if (!readFully(m_fd, data.data(), size, offset))
        return std::nullopt;
    return data;
}

std::optional<common::Block> BlockStore::block(std::uint64_t number) const
{
    const auto raw = rawBlock(number);
    if (!raw)
        return std::nullopt;
    common::Block block;
    if (!block.ParseFromString(*raw))
        return std::nullopt;
    return block;
}

std::optional<BlockStore::ScanProblem>
BlockStore::forEachRecord(const std::filesystem::path &file,
                          const std::function<bool(std::uint64_t, const Bytes &)> &visit, std::uint64_t *recordCount)
{
    if (recordCount)
        *recordCount = 0;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ScanProblem{0, "cannot open " + file.string() + ": " + errnoText()};
    struct stat st {};
    ::fstat(fd, &st);
    const auto fileSize = static_cast<std::uint64_t>(st.st_size);
    std::uint64_t offset = 0;
    std::uint64_t number = 0;
    std::optional<ScanProblem> problem;
    Bytes data;
    while (offset < fileSize) {
        std::uint32_t size = 0;
        const Frame frame = readFrame(fd, offset, fileSize, size);
        if (frame == Frame::Damaged) {
            problem = ScanProblem{number, "record header damaged"};
            break;
        }
        if (frame == Frame::Torn) {
            problem = ScanProblem{number, "record cut short (torn write)"};
            break;
        }
        if (visit) {
            data.assign(size, '\0');
            if (!readFully(fd, data.data(), size, offset + kRecordHeader)) {
                problem = ScanProblem{number, "cannot read record"};
                break;
            }
            if (!visit(number, data))
                break;
        }
        offset += kRecordHeader + size;
        ++number;
    }
    ::close(fd);
    if (recordCount)
        *recordCount = number;
    return problem;
}

std::optional<BlockStore::ScanProblem> BlockStore::scanRecords(const std::filesystem::path &file,
                                                               std::vector<Bytes> *blocks)
{
    if (!blocks)
        return forEachRecord(file, {});
    return forEachRecord(file, [blocks](std::uint64_t, const Bytes &data) {
        blocks->push_back(data);
        return true;
    });
}

} // namespace lx::ledger
