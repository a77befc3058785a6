#pragma once

#include "crypto/Bytes.h"

#include <cstddef>

namespace lx::crypto {

// Cryptographically secure random bytes (OpenSSL's RAND_bytes).
Bytes randomBytes(std::size_t count);

} // namespace lx::crypto
