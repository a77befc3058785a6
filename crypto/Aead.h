#pragma once

#include "crypto/Bytes.h"

#include <optional>
#include <string_view>

namespace lx::crypto {

// AES-256-GCM. seal() returns nonce(12) || ciphertext || tag(16) with a fresh
// random nonce; open() returns nullopt when the key is wrong or any byte of
// the sealed data or the associated data was changed. seal() throws
// CryptoError unless the key is 32 bytes; open() never throws.
Bytes aeadSeal(std::string_view key32, std::string_view plaintext, std::string_view associatedData = {});
std::optional<Bytes> aeadOpen(std::string_view key32, std::string_view sealed, std::string_view associatedData = {});

struct ScryptParams
{
    unsigned long long n = 1ULL << 15; // CPU/memory cost
    unsigned long long r = 8;
    unsigned long long p = 1;
};

// Parameters read back from a file a thief may have edited: within 256 MiB
// (128 * n * r), 4-way parallel cost and scrypt's rule n < 2^(16 r), so
// opening the file cannot be made to exhaust memory or time.
bool scryptParamsAcceptable(const ScryptParams &params);

// A 32-byte key derived from a passphrase with scrypt (OpenSSL's KDF).
// Throws CryptoError for invalid parameters (n not a power of two, ...).
Bytes deriveKeyScrypt(std::string_view passphrase, std::string_view salt, const ScryptParams &params = {});

} // namespace lx::crypto
