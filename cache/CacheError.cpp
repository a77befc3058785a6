#include "cache/CacheError.h"

#include "cache/EncryptedVfs.h"

namespace lx::cache {

namespace {

// SQLite only says "disk I/O error" for SQLITE_IOERR_DATA; the VFS knows the
// page, and the person needs to know what to do.
std::string withAdvice(CacheError::Kind kind, const std::string &message)
{
    if (kind != CacheError::Kind::Tampered)
        return message;
    const auto place = EncryptedVfs::takeTamperedPlace();
    if (!place)
        return message;
    return "the cache file was changed outside LianXin at " + *place
        + "; delete it and LianXin will resync from the ledger (" + message + ")";
}

} // namespace

CacheError::CacheError(Kind kind, const std::string &message)
    : std::runtime_error(withAdvice(kind, message)), m_kind(kind)
{
}

} // namespace lx::cache
