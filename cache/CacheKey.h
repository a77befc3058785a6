#pragma once

#include "crypto/Aead.h"
#include "crypto/Bytes.h"

#include <filesystem>
#include <string_view>

namespace lx::cache {

// The key file next to the cache (`<db>.key`): a random 32-byte data key,
// sealed with AES-256-GCM under a key derived from the passphrase by scrypt.
// Changing the passphrase rewraps the data key; pages are never re-encrypted.
// Format (big-endian): "LXCACHEK" | version 1 | log2 n | r u32 | p u32 |
// salt 16 | nonce 12, sealed key 32, tag 16; the header is the AEAD's
// associated data so the parameters cannot be weakened in place.
class CacheKey
{
public:
    // Writes a new key file (refuses to overwrite one) and returns the data key.
    static Bytes create(
        const std::filesystem::path &keyFile, std::string_view passphrase, const crypto::ScryptParams &params = {});
    // The data key; CacheError WrongPassphrase when the passphrase does not open it.
    static Bytes unlock(const std::filesystem::path &keyFile, std::string_view passphrase);
    // Rewraps the data key under a new passphrase, atomically (temp file,
    // fsync, rename, fsync of the folder): a crash leaves the old or the new file.
    static void changePassphrase(const std::filesystem::path &keyFile, std::string_view oldPassphrase,
        std::string_view newPassphrase, const crypto::ScryptParams &params = {});
};

} // namespace lx::cache
