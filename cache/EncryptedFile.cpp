#include "cache/EncryptedFile.h"

#include "cache/EncryptedVfs.h"

#include <algorithm>
#include <cstring>
#include <openssl/rand.h>
#include <string>

namespace lx::cache::detail {

namespace {

constexpr int kReserved = EncryptedVfs::kReservedBytes;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
// The first 8 bytes of every rollback-journal header (pager.c aJournalMagic).
constexpr unsigned char kJournalMagic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };

thread_local std::optional<std::string> t_tamperedPlace;

using EncFile = EncryptedFile;
using Kind = FileKind;

EncFile *self(sqlite3_file *file)
{
    return reinterpret_cast<EncFile *>(file);
}

void associatedData(unsigned char out[13], Kind kind, std::uint32_t pgno, std::uint64_t frame)
{
    out[0] = static_cast<unsigned char>(kind);
    for (int i = 0; i < 4; ++i)
        out[1 + i] = static_cast<unsigned char>(pgno >> (24 - 8 * i));
    for (int i = 0; i < 8; ++i)
        out[5 + i] = static_cast<unsigned char>(frame >> (56 - 8 * i));
}

// Encrypts one page into f.raw. The reserved tail carries nonce and tag.
bool sealPage(EncFile &f, const unsigned char *page, std::uint32_t pgno, std::uint64_t frame)
{
    const int body = f.pageSize() - kReserved;
    unsigned char *nonce = f.raw.data() + body;
    unsigned char ad[13];
    associatedData(ad, f.kind, pgno, frame);
    int len = 0;
    if (RAND_bytes(nonce, kNonceSize) != 1 || EVP_EncryptInit_ex(f.enc, nullptr, nullptr, nullptr, nonce) != 1
        || EVP_EncryptUpdate(f.enc, nullptr, &len, ad, sizeof ad) != 1
        || EVP_EncryptUpdate(f.enc, f.raw.data(), &len, page, body) != 1
        || EVP_EncryptFinal_ex(f.enc, f.raw.data() + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(f.enc, EVP_CTRL_GCM_GET_TAG, kTagSize, nonce + kNonceSize) != 1)
        return false;
    std::memset(nonce + kNonceSize + kTagSize, 0, kReserved - kNonceSize - kTagSize);
    return true;
}

// Decrypts f.raw into f.plain; on failure f.plain holds zeros, never
// unauthenticated bytes.
bool openPage(EncFile &f, std::uint32_t pgno, std::uint64_t frame)
{
    const int body = f.pageSize() - kReserved;
    unsigned char *nonce = f.raw.data() + body;
    unsigned char ad[13];
    associatedData(ad, f.kind, pgno, frame);
    int len = 0;
    const bool ok = EVP_DecryptInit_ex(f.dec, nullptr, nullptr, nullptr, nonce) == 1
        && EVP_DecryptUpdate(f.dec, nullptr, &len, ad, sizeof ad) == 1
        && EVP_DecryptUpdate(f.dec, f.plain.data(), &len, f.raw.data(), body) == 1
        && EVP_CIPHER_CTX_ctrl(f.dec, EVP_CTRL_GCM_SET_TAG, kTagSize, nonce + kNonceSize) == 1
        && EVP_DecryptFinal_ex(f.dec, f.plain.data() + len, &len) == 1;
    if (!ok)
        OPENSSL_cleanse(f.plain.data(), f.plain.size());
    std::memset(f.plain.data() + body, 0, kReserved);
    return ok;
}

bool allZero(const std::vector<unsigned char> &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](unsigned char b) { return b == 0; });
}

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Reads one stored page at `offset` and decrypts it into f.plain. Returns
// SQLITE_OK, SQLITE_IOERR_SHORT_READ (page past the end: zeros, as SQLite
// expects), SQLITE_IOERR_DATA, or the underlying error.
int readPage(EncFile &f, sqlite3_int64 offset, std::uint32_t pgno, std::uint64_t frame)
{
    const int rc = f.real->pMethods->xRead(f.real, f.raw.data(), f.pageSize(), offset);
    if (rc == SQLITE_IOERR_SHORT_READ && allZero(f.raw)) {
        std::fill(f.plain.begin(), f.plain.end(), 0);
        return rc;
    }
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    return (rc == SQLITE_OK && openPage(f, pgno, frame)) ? SQLITE_OK : SQLITE_IOERR_DATA;
}

int readMain(EncFile &f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    const int size = f.pageSize();
    int result = SQLITE_OK;
    while (amount > 0) {
        const sqlite3_int64 index = offset / size;
        const int within = static_cast<int>(offset % size);
        const int take = std::min(amount, size - within);
        const auto pgno = static_cast<std::uint32_t>(index + 1);
        const int rc = readPage(f, index * size, pgno, 0);
        if (rc == SQLITE_IOERR_DATA)
            t_tamperedPlace = "page " + std::to_string(pgno);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        if (rc == SQLITE_IOERR_SHORT_READ)
            result = rc;
        std::memcpy(out, f.plain.data() + within, static_cast<std::size_t>(take));
        out += take;
        offset += take;
        amount -= take;
    }
    return result;
}

// The page number a frame's header names. Only a write right after its own
// header may use the remembered value: another connection can rewrite the WAL.
std::uint32_t framePage(EncFile &f, sqlite3_int64 frame, int &rc, bool justWritten)
{
    if (justWritten && frame == f.lastHeaderFrame)
        return f.lastHeaderPage;
    unsigned char header[4] = {};
    rc = f.real->pMethods->xRead(f.real, header, 4, kWalHeaderSize + frame * f.frameSize());
    return bigEndian32(header);
}

std::string walPlace(std::uint32_t pgno, sqlite3_int64 frame)
{
    return "page " + std::to_string(pgno) + " in WAL frame " + std::to_string(frame + 1);
}

sqlite3_int64 frameOffset(const EncFile &f, sqlite3_int64 frame)
{
    return kWalHeaderSize + frame * f.frameSize();
}

// SQLite's WAL checksum (wal.c walChecksumBytes): pairs of 32-bit words in
// the byte order the WAL header's magic names, chained from `sum`.
void walChecksum(bool bigEndian, const unsigned char *data, std::size_t size, std::uint32_t sum[2])
{
    auto word = [bigEndian](const unsigned char *p) {
        return bigEndian
            ? bigEndian32(p)
            : (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0];
    };
    for (std::size_t i = 0; i + 8 <= size; i += 8) {
        sum[0] += word(data + i) + sum[1];
        sum[1] += word(data + i + 4) + sum[0];
    }
}

constexpr std::uint32_t kWalMagic = 0x377f0682;
constexpr std::uint32_t kWalVersion = 3007000;

bool walHeaderValid(const EncFile &f, const unsigned char header[32])
{
    const std::uint32_t magic = bigEndian32(header);
    const std::uint32_t pageField = bigEndian32(header + 8);
    const auto pageSize = static_cast<std::uint32_t>(f.pageSize());
    if ((magic & ~1u) != kWalMagic || bigEndian32(header + 4) != kWalVersion
        || pageField != (pageSize == 65536 ? 1u : pageSize))
        return false;
    std::uint32_t sum[2] = { 0, 0 };
    walChecksum(magic & 1, header, 24, sum);
    return sum[0] == bigEndian32(header + 24) && sum[1] == bigEndian32(header + 28);
}

// Authenticates the page of frame `frame` against the page number its header
// names. Uses f.raw and f.plain.
bool frameAuthentic(EncFile &f, sqlite3_int64 frame, const unsigned char header[24])
{
    return readPage(f, frameOffset(f, frame) + kFrameHeaderSize, bigEndian32(header), static_cast<std::uint64_t>(frame))
        == SQLITE_OK;
}

// Whether at least `needed` complete commit frames after `frame`, carrying
// `salts`, authenticate. With synchronous=FULL SQLite syncs the WAL after a
// commit frame and before it writes the next transaction's first frame, so
// a commit frame on disk proves every earlier transaction complete and synced.
bool commitsFollow(EncFile &f, sqlite3_int64 frame, const unsigned char salts[8], int needed)
{
    sqlite3_int64 size = 0;
    if (f.real->pMethods->xFileSize(f.real, &size) != SQLITE_OK)
        return false;
    for (sqlite3_int64 next = frame + 1; frameOffset(f, next) + f.frameSize() <= size; ++next) {
        unsigned char header[kFrameHeaderSize];
        if (f.real->pMethods->xRead(f.real, header, kFrameHeaderSize, frameOffset(f, next)) != SQLITE_OK)
            return false;
        if (bigEndian32(header + 4) == 0 || std::memcmp(header + 8, salts, 8) != 0)
            continue;
        if (frameAuthentic(f, next, header) && --needed == 0)
            return true;
    }
    return false;
}

// The read of the 32-byte WAL header that starts recovery. A header that no
// longer checks out makes SQLite ignore the whole WAL, so when the frames
// behind it authenticate up to a commit it was altered, not half written
// (SQLite syncs a new header before the first frame that uses it).
int readWalHeader(EncFile &f, unsigned char *out)
{
    const int rc = f.real->pMethods->xRead(f.real, out, static_cast<int>(kWalHeaderSize), 0);
    if (rc != SQLITE_OK)
        return rc;
    std::memcpy(f.walHeader, out, sizeof f.walHeader);
    f.recovering = true;
    if (walHeaderValid(f, out))
        return SQLITE_OK;
    unsigned char first[kFrameHeaderSize];
    sqlite3_int64 size = 0;
    if (f.real->pMethods->xFileSize(f.real, &size) != SQLITE_OK || size < frameOffset(f, 1)
        || f.real->pMethods->xRead(f.real, first, kFrameHeaderSize, kWalHeaderSize) != SQLITE_OK)
        return SQLITE_OK;
    const bool committed
        = frameAuthentic(f, 0, first) && (bigEndian32(first + 4) != 0 || commitsFollow(f, 0, first + 8, 1));
    if (!committed)
        return SQLITE_OK;
    t_tamperedPlace = "the WAL header";
    return SQLITE_IOERR_DATA;
}

// A read of one whole frame, header and page: WAL recovery deciding whether
// the frame is valid, or SQLite rewriting checksums in a write transaction.
// During recovery a frame SQLite would reject (page fails authentication,
// salts or checksum do not match) ends the log only if it can be the torn
// tail of the last write; when later commit frames prove the frame was
// complete and synced, the read fails as tampering (docs/encrypted-cache.md).
int readWalFrame(EncFile &f, unsigned char *out, sqlite3_int64 frame)
{
    const sqlite3_int64 offset = frameOffset(f, frame);
    unsigned char *page = out + kFrameHeaderSize;
    const auto pageBytes = static_cast<std::size_t>(f.pageSize());
    int rc = f.real->pMethods->xRead(f.real, out, kFrameHeaderSize, offset);
    if (rc != SQLITE_OK) {
        std::memset(page, 0, pageBytes);
        return rc;
    }
    const std::uint32_t pgno = bigEndian32(out);
    rc = readPage(f, offset + kFrameHeaderSize, pgno, static_cast<std::uint64_t>(frame));
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ && rc != SQLITE_IOERR_DATA)
        return rc;
    // Zeros unless authenticated: never unauthenticated bytes.
    std::memcpy(page, f.plain.data(), pageBytes);
    if (rc == SQLITE_IOERR_SHORT_READ)
        return rc;
    const bool authentic = rc == SQLITE_OK;
    // Checksum rewriting (not recovery): zeros make the rewritten checksum
    // cover zeros, and the page-only read that serves the page later fails.
    if (!f.recovering)
        return SQLITE_OK;
    const unsigned char *salts = f.walHeader + 16;
    bool valid = authentic && pgno != 0 && std::memcmp(out + 8, salts, 8) == 0;
    if (valid) {
        std::uint32_t sum[2] = { bigEndian32(f.walHeader + 24), bigEndian32(f.walHeader + 28) };
        if (frame > 0) {
            unsigned char previous[8];
            rc = f.real->pMethods->xRead(f.real, previous, 8, frameOffset(f, frame - 1) + 16);
            if (rc != SQLITE_OK)
                return rc;
            sum[0] = bigEndian32(previous);
            sum[1] = bigEndian32(previous + 4);
        }
        const bool bigEndian = bigEndian32(f.walHeader) & 1;
        walChecksum(bigEndian, out, 8, sum);
        walChecksum(bigEndian, page, pageBytes, sum);
        valid = sum[0] == bigEndian32(out + 16) && sum[1] == bigEndian32(out + 20);
    }
    if (valid)
        return SQLITE_OK;
    // A page that fails its tag before an authentic commit was altered: a
    // crash cannot tear a frame of a transaction whose commit frame was
    // written after it. A frame whose page is authentic but whose header
    // does not chain (a pending checksum rewrite, a rolled-back
    // transaction's leftovers, an older generation) needs a second commit
    // after it: then the transaction holding it was synced whole.
    if (commitsFollow(f, frame, salts, authentic ? 2 : 1)) {
        t_tamperedPlace = walPlace(pgno, frame);
        OPENSSL_cleanse(page, pageBytes);
        return SQLITE_IOERR_DATA;
    }
    // The torn tail of the last write: make sure SQLite ends the log here
    // (salts that cannot match), whatever checksum the header claims.
    OPENSSL_cleanse(page, pageBytes);
    for (int i = 8; i < 16; ++i)
        out[i] = static_cast<unsigned char>(salts[i - 8] ^ 0xa5);
    return SQLITE_OK;
}

// WAL: the file header and the 24-byte frame headers stay plain (page
// numbers, salts, checksums); only the page part of each frame is sealed.
int readWal(EncFile &f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    if (offset == 0 && amount == kWalHeaderSize)
        return readWalHeader(f, out);
    if (offset >= kWalHeaderSize && (offset - kWalHeaderSize) % f.frameSize() == 0 && amount == f.frameSize())
        return readWalFrame(f, out, (offset - kWalHeaderSize) / f.frameSize());
    int result = SQLITE_OK;
    while (amount > 0) {
        int take = 0;
        int rc = SQLITE_OK;
        const sqlite3_int64 frame = (offset - kWalHeaderSize) / f.frameSize();
        const sqlite3_int64 within = (offset - kWalHeaderSize) % f.frameSize();
        if (offset < kWalHeaderSize || within < kFrameHeaderSize) {
            const sqlite3_int64 end = offset < kWalHeaderSize ? kWalHeaderSize : offset - within + kFrameHeaderSize;
            take = static_cast<int>(std::min<sqlite3_int64>(amount, end - offset));
            rc = f.real->pMethods->xRead(f.real, out, take, offset);
        } else {
            const int pageWithin = static_cast<int>(within - kFrameHeaderSize);
            take = std::min(amount, f.pageSize() - pageWithin);
            const std::uint32_t pgno = framePage(f, frame, rc, false);
            if (rc == SQLITE_OK)
                rc = readPage(f, offset - pageWithin, pgno, static_cast<std::uint64_t>(frame));
            if (rc == SQLITE_IOERR_DATA)
                t_tamperedPlace = walPlace(pgno, frame);
            if (rc == SQLITE_OK || rc == SQLITE_IOERR_SHORT_READ)
                std::memcpy(out, f.plain.data() + pageWithin, static_cast<std::size_t>(take));
        }
        if (rc == SQLITE_IOERR_SHORT_READ)
            result = rc;
        else if (rc != SQLITE_OK)
            return rc;
        out += take;
        offset += take;
        amount -= take;
    }
    return result;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    EncFile &f = *self(file);
    auto *out = static_cast<unsigned char *>(buffer);
    if (f.kind == Kind::Main)
        return readMain(f, out, amount, offset);
    if (f.kind == Kind::Wal)
        return readWal(f, out, amount, offset);
    return f.real->pMethods->xRead(f.real, buffer, amount, offset);
}

int writeSealed(EncFile &f, const unsigned char *page, sqlite3_int64 offset, std::uint32_t pgno, std::uint64_t frame)
{
    if (!sealPage(f, page, pgno, frame))
        return SQLITE_IOERR_WRITE;
    return f.real->pMethods->xWrite(f.real, f.raw.data(), f.pageSize(), offset);
}

// Pages are written whole and at page boundaries; anything else would need
// plaintext on disk, so it is refused.
int writeMain(EncFile &f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    const int size = f.pageSize();
    if (offset % size != 0 || amount % size != 0)
        return SQLITE_IOERR_WRITE;
    for (; amount > 0; amount -= size, offset += size, in += size) {
        const auto pgno = static_cast<std::uint32_t>(offset / size + 1);
        // Page 1 must declare our page size and reserved tail, or SQLite's
        // cells would overlap the nonce and tag.
        if (pgno == 1 && ((in[16] << 8 | in[17]) != (size == 65536 ? 1 : size) || in[20] != kReserved))
            return SQLITE_IOERR_WRITE;
        const int rc = writeSealed(f, in, offset, pgno, 0);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int writeWal(EncFile &f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    f.recovering = false;
    while (amount > 0) {
        int take = 0;
        int rc = SQLITE_OK;
        const sqlite3_int64 frame = (offset - kWalHeaderSize) / f.frameSize();
        const sqlite3_int64 within = (offset - kWalHeaderSize) % f.frameSize();
        if (offset < kWalHeaderSize || within < kFrameHeaderSize) {
            const sqlite3_int64 end = offset < kWalHeaderSize ? kWalHeaderSize : offset - within + kFrameHeaderSize;
            take = static_cast<int>(std::min<sqlite3_int64>(amount, end - offset));
            if (offset >= kWalHeaderSize && within == 0 && take >= 4) {
                f.lastHeaderFrame = frame;
                f.lastHeaderPage = bigEndian32(in);
            }
            rc = f.real->pMethods->xWrite(f.real, in, take, offset);
        } else {
            take = f.pageSize();
            if (within != kFrameHeaderSize || amount < take)
                return SQLITE_IOERR_WRITE;
            const std::uint32_t pgno = framePage(f, frame, rc, true);
            f.lastHeaderFrame = -1;
            if (rc == SQLITE_OK)
                rc = writeSealed(f, in, offset, pgno, static_cast<std::uint64_t>(frame));
        }
        if (rc != SQLITE_OK)
            return rc;
        in += take;
        offset += take;
        amount -= take;
    }
    return SQLITE_OK;
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    EncFile &f = *self(file);
    const auto *in = static_cast<const unsigned char *>(buffer);
    if (f.kind == Kind::Main)
        return writeMain(f, in, amount, offset);
    if (f.kind == Kind::Wal)
        return writeWal(f, in, amount, offset);
    // Rollback journal: we run in WAL mode from the first write, so it never
    // needs page images; refusing them keeps plaintext out of any journal.
    if (amount >= f.pageSize() && std::memcmp(in, kJournalMagic, sizeof kJournalMagic) != 0)
        return SQLITE_IOERR_WRITE;
    return f.real->pMethods->xWrite(f.real, buffer, amount, offset);
}

int xClose(sqlite3_file *file)
{
    EncFile *f = self(file);
    const int rc = f->real->pMethods->xClose(f->real);
    f->~EncFile();
    return rc;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    self(file)->recovering = false;
    return self(file)->real->pMethods->xTruncate(self(file)->real, size);
}
int xSync(sqlite3_file *file, int flags)
{
    return self(file)->real->pMethods->xSync(self(file)->real, flags);
}
int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return self(file)->real->pMethods->xFileSize(self(file)->real, size);
}
int xLock(sqlite3_file *file, int level)
{
    return self(file)->real->pMethods->xLock(self(file)->real, level);
}
int xUnlock(sqlite3_file *file, int level)
{
    return self(file)->real->pMethods->xUnlock(self(file)->real, level);
}
int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return self(file)->real->pMethods->xCheckReservedLock(self(file)->real, out);
}
int xFileControl(sqlite3_file *file, int op, void *arg)
{
    return self(file)->real->pMethods->xFileControl(self(file)->real, op, arg);
}
int xSectorSize(sqlite3_file *file)
{
    return self(file)->real->pMethods->xSectorSize(self(file)->real);
}
int xDeviceCharacteristics(sqlite3_file *file)
{
    return self(file)->real->pMethods->xDeviceCharacteristics(self(file)->real);
}
int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return self(file)->real->pMethods->xShmMap(self(file)->real, region, size, extend, out);
}
int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return self(file)->real->pMethods->xShmLock(self(file)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file *file)
{
    self(file)->real->pMethods->xShmBarrier(self(file)->real);
}
int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return self(file)->real->pMethods->xShmUnmap(self(file)->real, deleteFlag);
}
// Memory-mapped reads would hand SQLite the ciphertext: never map.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

} // namespace

const sqlite3_io_methods kEncryptedFileMethods
    = { 3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
          xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch };

std::optional<std::string> takeTamperedPlace()
{
    auto place = std::move(t_tamperedPlace);
    t_tamperedPlace.reset();
    return place;
}

} // namespace lx::cache::detail
