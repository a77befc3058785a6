#pragma once

// Internal to the encrypted VFS (EncryptedVfs.cpp opens files, this part
// reads and writes them); not for use outside cache/.

#include <cstdint>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace lx::cache::detail {

inline constexpr sqlite3_int64 kWalHeaderSize = 32;
inline constexpr sqlite3_int64 kFrameHeaderSize = 24;

struct VfsKey
{
    unsigned char bytes[32] = {};
    int pageSize = 4096;
    ~VfsKey() { OPENSSL_cleanse(bytes, sizeof bytes); }
};

// The kind goes into the associated data so a WAL frame's page cannot be
// pasted into the main file (or back) even under the same page number.
enum class FileKind : unsigned char { Main = 'D', Wal = 'W', Journal = 'J' };

struct EncryptedFile
{
    sqlite3_file base; // must stay first: SQLite sees an EncFile as an sqlite3_file
    sqlite3_file *real = nullptr;
    FileKind kind = FileKind::Main;
    std::shared_ptr<VfsKey> key;
    EVP_CIPHER_CTX *enc = nullptr;
    EVP_CIPHER_CTX *dec = nullptr;
    std::vector<unsigned char> raw;
    std::vector<unsigned char> plain;
    sqlite3_int64 lastHeaderFrame = -1;
    std::uint32_t lastHeaderPage = 0;
    // WAL recovery: set when SQLite reads the 32-byte WAL header (only
    // recovery does), cleared by any write; holds that header while set.
    bool recovering = false;
    unsigned char walHeader[32] = {};

    ~EncryptedFile()
    {
        EVP_CIPHER_CTX_free(enc);
        EVP_CIPHER_CTX_free(dec);
        OPENSSL_cleanse(plain.data(), plain.size());
    }
    int pageSize() const { return key->pageSize; }
    sqlite3_int64 frameSize() const { return kFrameHeaderSize + pageSize(); }
};

// Reads and writes of an EncryptedFile; the rest is passed to the real file.
extern const sqlite3_io_methods kEncryptedFileMethods;

// Where authentication last failed on this thread ("page 6", "page 6 in
// WAL frame 3", "the WAL header"), taken once.
std::optional<std::string> takeTamperedPlace();

} // namespace lx::cache::detail
