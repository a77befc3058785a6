#include "cache/EncryptedVfs.h"

#include "cache/CacheError.h"
#include "cache/EncryptedFile.h"

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <sqlite3.h>

namespace lx::cache {

namespace {

using detail::EncryptedFile;
using detail::FileKind;
using detail::VfsKey;

std::mutex s_keysMutex;
std::map<std::uint64_t, std::shared_ptr<VfsKey>> s_keys;
std::uint64_t s_nextToken = 1;

sqlite3_vfs *baseVfs(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    file->pMethods = nullptr;
    FileKind kind = FileKind::Main;
    if (flags & SQLITE_OPEN_MAIN_DB)
        kind = FileKind::Main;
    else if (flags & SQLITE_OPEN_WAL)
        kind = FileKind::Wal;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        kind = FileKind::Journal;
    else
        return SQLITE_CANTOPEN; // temp files, sorter spills, super-journals: would be plaintext on disk
    std::shared_ptr<VfsKey> key;
    {
        const std::lock_guard lock(s_keysMutex);
        const auto it = s_keys.find(static_cast<std::uint64_t>(sqlite3_uri_int64(name, "lxkey", 0)));
        if (it != s_keys.end())
            key = it->second;
    }
    if (!name || !key)
        return SQLITE_CANTOPEN;
    auto *f = new (file) EncryptedFile;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(EncryptedFile));
    f->real->pMethods = nullptr;
    f->kind = kind;
    f->key = key;
    f->raw.resize(static_cast<std::size_t>(key->pageSize));
    f->plain.resize(static_cast<std::size_t>(key->pageSize));
    f->enc = EVP_CIPHER_CTX_new();
    f->dec = EVP_CIPHER_CTX_new();
    int rc = (f->enc && f->dec && EVP_EncryptInit_ex(f->enc, EVP_aes_256_gcm(), nullptr, key->bytes, nullptr) == 1
                 && EVP_DecryptInit_ex(f->dec, EVP_aes_256_gcm(), nullptr, key->bytes, nullptr) == 1)
        ? SQLITE_OK
        : SQLITE_CANTOPEN;
    if (rc == SQLITE_OK)
        rc = baseVfs(vfs)->xOpen(baseVfs(vfs), name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->~EncryptedFile();
        return rc;
    }
    file->pMethods = &detail::kEncryptedFileMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return baseVfs(vfs)->xDelete(baseVfs(vfs), name, syncDir);
}
int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return baseVfs(vfs)->xAccess(baseVfs(vfs), name, flags, out);
}
int xFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return baseVfs(vfs)->xFullPathname(baseVfs(vfs), name, size, out);
}
void *xDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return baseVfs(vfs)->xDlOpen(baseVfs(vfs), name);
}
void xDlError(sqlite3_vfs *vfs, int size, char *out)
{
    baseVfs(vfs)->xDlError(baseVfs(vfs), size, out);
}
void (*xDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return baseVfs(vfs)->xDlSym(baseVfs(vfs), handle, symbol);
}
void xDlClose(sqlite3_vfs *vfs, void *handle)
{
    baseVfs(vfs)->xDlClose(baseVfs(vfs), handle);
}
int xRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return baseVfs(vfs)->xRandomness(baseVfs(vfs), size, out);
}
int xSleep(sqlite3_vfs *vfs, int micros)
{
    return baseVfs(vfs)->xSleep(baseVfs(vfs), micros);
}
int xCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return baseVfs(vfs)->xCurrentTime(baseVfs(vfs), out);
}
int xGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return baseVfs(vfs)->xGetLastError(baseVfs(vfs), size, out);
}
int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return baseVfs(vfs)->xCurrentTimeInt64(baseVfs(vfs), out);
}

sqlite3_vfs s_vfs;
std::once_flag s_registered;

} // namespace

const char *EncryptedVfs::name()
{
    std::call_once(s_registered, [] {
        sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
        s_vfs = sqlite3_vfs {};
        s_vfs.iVersion = 2;
        s_vfs.szOsFile = static_cast<int>(sizeof(EncryptedFile)) + base->szOsFile;
        s_vfs.mxPathname = base->mxPathname;
        s_vfs.zName = "lianxin-encrypted";
        s_vfs.pAppData = base;
        s_vfs.xOpen = xOpen;
        s_vfs.xDelete = xDelete;
        s_vfs.xAccess = xAccess;
        s_vfs.xFullPathname = xFullPathname;
        s_vfs.xDlOpen = xDlOpen;
        s_vfs.xDlError = xDlError;
        s_vfs.xDlSym = xDlSym;
        s_vfs.xDlClose = xDlClose;
        s_vfs.xRandomness = xRandomness;
        s_vfs.xSleep = xSleep;
        s_vfs.xCurrentTime = xCurrentTime;
        s_vfs.xGetLastError = xGetLastError;
        s_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        if (sqlite3_vfs_register(&s_vfs, 0) != SQLITE_OK)
            throw CacheError(CacheError::Kind::Io, "cannot register the encrypted cache VFS");
    });
    return s_vfs.zName;
}

std::uint64_t EncryptedVfs::addKey(std::string_view dataKey, int pageSize)
{
    if (dataKey.size() != 32)
        throw CacheError(CacheError::Kind::Invalid, "the cache data key must be 32 bytes");
    if (pageSize < 1024 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw CacheError(CacheError::Kind::Invalid, "the cache page size must be a power of two in 1024..65536");
    auto key = std::make_shared<VfsKey>();
    std::memcpy(key->bytes, dataKey.data(), sizeof key->bytes);
    key->pageSize = pageSize;
    const std::lock_guard lock(s_keysMutex);
    const std::uint64_t token = s_nextToken++;
    s_keys.emplace(token, std::move(key));
    return token;
}

void EncryptedVfs::releaseKey(std::uint64_t token)
{
    const std::lock_guard lock(s_keysMutex);
    s_keys.erase(token);
}

std::optional<std::string> EncryptedVfs::takeTamperedPlace()
{
    return detail::takeTamperedPlace();
}

} // namespace lx::cache