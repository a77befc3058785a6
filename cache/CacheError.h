#pragma once

#include <stdexcept>
#include <string>

namespace lx::cache {

// What went wrong with the local cache, for the user and for the code that
// decides what to do (ask again, resync, report).
class CacheError : public std::runtime_error
{
public:
    enum class Kind { WrongPassphrase, Tampered, Io, Corrupt, Busy, Invalid };

    // A Tampered error raised by a query carries the page the encrypted VFS
    // could not authenticate, and what to do about it.
    CacheError(Kind kind, const std::string &message);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// The kind for an SQLite result code.
CacheError::Kind cacheErrorKind(int sqliteCode);

} // namespace lx::cache
