#include "cache/CacheKey.h"

#include "cache/CacheError.h"

#include "crypto/Random.h"

#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <openssl/crypto.h>
#include <unistd.h>

namespace lx::cache {

namespace {

constexpr std::string_view kMagic = "LXCACHEK";
constexpr unsigned char kVersion = 1;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kHeaderSize = kMagic.size() + 1 + 1 + 4 + 4 + kSaltSize;
constexpr std::size_t kSealedSize = 12 + 32 + 16;

// Wipes a derived or data key when it goes out of scope, also on throw.
struct Wiped
{
    Bytes bytes;
    ~Wiped() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

void putU32(Bytes &out, unsigned long long value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

unsigned long long getU32(std::string_view in, std::size_t at)
{
    unsigned long long value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(in[at + i]);
    return value;
}

[[noreturn]] void ioFail(const std::filesystem::path &file, const std::string &what)
{
    throw CacheError(CacheError::Kind::Io, what + " " + file.string() + ": " + std::strerror(errno));
}

void syncDirectory(const std::filesystem::path &dir)
{
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        ioFail(dir, "cannot open the folder");
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        ioFail(dir, "cannot sync the folder");
}

// Temp file, fsync, rename, fsync of the folder: readers see the old file or
// the new one, and after a power cut the rename is on disk.
void writeAtomically(const std::filesystem::path &file, std::string_view content)
{
    const std::filesystem::path temp = file.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        ioFail(temp, "cannot create");
    const bool written = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
    const bool synced = written && ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temp.c_str(), file.c_str()) != 0) {
        const int saved = errno;
        std::filesystem::remove(temp);
        errno = saved;
        ioFail(file, "cannot write");
    }
    syncDirectory(file.parent_path());
}

Bytes wrap(std::string_view dataKey, std::string_view passphrase, const crypto::ScryptParams &params)
{
    if (params.n < 2 || !std::has_single_bit(params.n) || params.r > 0xffffffffULL || params.p > 0xffffffffULL)
        throw CacheError(CacheError::Kind::Invalid, "invalid scrypt parameters for the cache key");
    Bytes header(kMagic);
    header.push_back(static_cast<char>(kVersion));
    header.push_back(static_cast<char>(std::countr_zero(params.n)));
    putU32(header, params.r);
    putU32(header, params.p);
    const Bytes salt = crypto::randomBytes(kSaltSize);
    header += salt;
    const Wiped kek { crypto::deriveKeyScrypt(passphrase, salt, params) };
    return header + crypto::aeadSeal(kek.bytes, dataKey, header);
}

Bytes readFile(const std::filesystem::path &keyFile)
{
    std::ifstream in(keyFile, std::ios::binary);
    if (!in)
        throw CacheError(CacheError::Kind::Io, "cannot read the cache key file " + keyFile.string());
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

} // namespace

Bytes CacheKey::create(
    const std::filesystem::path &keyFile, std::string_view passphrase, const crypto::ScryptParams &params)
{
    if (std::filesystem::exists(keyFile))
        throw CacheError(CacheError::Kind::Invalid,
            "the cache key file " + keyFile.string() + " already exists; unlock it or delete the cache to start over");
    Bytes dataKey = crypto::randomBytes(32);
    writeAtomically(keyFile, wrap(dataKey, passphrase, params));
    return dataKey;
}

Bytes CacheKey::unlock(const std::filesystem::path &keyFile, std::string_view passphrase)
{
    const Bytes content = readFile(keyFile);
    if (content.size() != kHeaderSize + kSealedSize || content.compare(0, kMagic.size(), kMagic) != 0
        || static_cast<unsigned char>(content[kMagic.size()]) != kVersion)
        throw CacheError(CacheError::Kind::Corrupt,
            "the cache key file " + keyFile.string()
                + " is not a LianXin key file; delete the cache and LianXin will resync from the ledger");
    const unsigned logN = static_cast<unsigned char>(content[kMagic.size() + 1]);
    crypto::ScryptParams params;
    params.n = logN < 63 ? 1ULL << logN : 0;
    params.r = getU32(content, kMagic.size() + 2);
    params.p = getU32(content, kMagic.size() + 6);
    const std::string_view view(content);
    const std::string_view header = view.substr(0, kHeaderSize);
    if (!crypto::scryptParamsAcceptable(params))
        throw CacheError(CacheError::Kind::Corrupt,
            "the cache key file " + keyFile.string()
                + " has key derivation settings out of range; delete the cache and LianXin will resync from the ledger");
    Wiped kek;
    try {
        kek.bytes = crypto::deriveKeyScrypt(passphrase, header.substr(kHeaderSize - kSaltSize), params);
    } catch (const std::exception &error) {
        throw CacheError(
            CacheError::Kind::Corrupt, "the cache key file has invalid parameters: " + std::string(error.what()));
    }
    auto dataKey = crypto::aeadOpen(kek.bytes, view.substr(kHeaderSize), header);
    if (!dataKey || dataKey->size() != 32)
        throw CacheError(CacheError::Kind::WrongPassphrase, "the passphrase does not unlock the cache; try again");
    return std::move(*dataKey);
}

void CacheKey::changePassphrase(const std::filesystem::path &keyFile, std::string_view oldPassphrase,
    std::string_view newPassphrase, const crypto::ScryptParams &params)
{
    const Wiped dataKey { unlock(keyFile, oldPassphrase) };
    writeAtomically(keyFile, wrap(dataKey.bytes, newPassphrase, params));
}

} // namespace lx::cache
