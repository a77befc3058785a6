#pragma once

#include "crypto/Bytes.h"

#include <string_view>

namespace lx::crypto {

// SHA-256 of data; 32 raw bytes.
Bytes sha256(std::string_view data);

// Incremental SHA-256 for hashing several pieces without concatenating them.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(std::string_view data);
    Bytes finish();

private:
    void *m_ctx;
};

} // namespace lx::crypto
