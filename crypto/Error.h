#pragma once

#include <stdexcept>
#include <string>

namespace lx::crypto {

// Thrown when key material or a certificate cannot be created or parsed.
// Verification failures are not errors: verify() returns false.
class CryptoError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace lx::crypto
