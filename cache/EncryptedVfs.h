#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lx::cache {

// The SQLite VFS that encrypts every page of a cache database and of its WAL
// with AES-256-GCM (docs/encrypted-cache.md). A connection names its key by a
// token in the URI ("lxkey=N") so the WAL, opened later by SQLite under the
// same URI, finds the same key without any path matching.
class EncryptedVfs
{
public:
    // Bytes at the end of every page that hold nonce and tag.
    static constexpr int kReservedBytes = 32;

    // The registered VFS name; registers it on first use (thread-safe).
    static const char *name();

    // Keeps a copy of the 32-byte data key until releaseKey(); the copy is
    // wiped with OPENSSL_cleanse once the last file using it is closed.
    static std::uint64_t addKey(std::string_view dataKey, int pageSize);
    static void releaseKey(std::uint64_t token);

    // Where authentication last failed on this thread, taken once: "page 6",
    // "page 6 in WAL frame 3", "the WAL header". SQLite only reports
    // SQLITE_IOERR_DATA, the person needs to know where.
    static std::optional<std::string> takeTamperedPlace();
};

} // namespace lx::cache
