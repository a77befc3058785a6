// The cache's key file (cache/CacheKey): unlock() on fuzzed bytes. A damaged
// file is CacheError Corrupt, a wrong passphrase WrongPassphrase; anything
// else escaping, or a crash, is a finding. Files naming an expensive scrypt
// cost are refused by unlock() before deriving (crypto::scryptParamsAcceptable);
// those within the bound but still slow are skipped so the fuzzer explores
// the parsing, not scrypt.

#include "FuzzSupport.h"

#include "cache/CacheError.h"
#include "cache/CacheKey.h"

#include <cstring>

using namespace lx;

namespace {

bool cheap(const std::string &bytes)
{
    // "LXCACHEK" | version | log2 n | r u32 | p u32 | ...
    if (bytes.size() < 18)
        return true;
    const unsigned logN = static_cast<unsigned char>(bytes[9]);
    const auto u32 = [&](std::size_t at) {
        return (std::uint64_t(static_cast<unsigned char>(bytes[at])) << 24)
            | (std::uint64_t(static_cast<unsigned char>(bytes[at + 1])) << 16)
            | (std::uint64_t(static_cast<unsigned char>(bytes[at + 2])) << 8)
            | std::uint64_t(static_cast<unsigned char>(bytes[at + 3]));
    };
    if (logN >= 63)
        return true;
    const std::uint64_t n = 1ULL << logN, r = u32(10), p = u32(14);
    crypto::ScryptParams params;
    params.n = n;
    params.r = r;
    params.p = p;
    if (!crypto::scryptParamsAcceptable(params))
        return true; // refused before any derivation
    return n * r * p <= (1ULL << 14);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto dir = fuzz::scratchDir() / "cachekey";
    std::filesystem::create_directories(dir);
    const std::string bytes(fuzz::asView(data, size));
    if (!cheap(bytes))
        return 0;
    fuzz::writeFile(dir / "cache.db.key", bytes);
    try {
        const Bytes key = cache::CacheKey::unlock(dir / "cache.db.key", "fuzz passphrase");
        if (key.size() != 32)
            __builtin_trap();
    } catch (const cache::CacheError &) {
    }
    return 0;
}
