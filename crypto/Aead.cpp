#include "crypto/Aead.h"

#include "crypto/OpenSsl.h"
#include "crypto/Random.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace lx::crypto {

using namespace detail;

namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNonceBytes = 12; // GCM's native IV size: no GHASH of the IV
constexpr std::size_t kTagBytes = 16;

const EVP_CIPHER *aes256Gcm()
{
    // Fetched once rather than per call through EVP_aes_256_gcm().
    static const EVP_CIPHER *const cipher = [] {
        EVP_CIPHER *fetched = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
        if (!fetched)
            throwError("AES-256-GCM is not available");
        return fetched;
    }();
    return cipher;
}

// EVP_*Update take int lengths; feed large inputs in pieces. out == nullptr
// passes associated data.
bool update(EVP_CIPHER_CTX *ctx, bool encrypt, unsigned char *out, std::string_view in)
{
    constexpr std::size_t kChunk = std::size_t(1) << 30;
    for (std::size_t done = 0; done < in.size();) {
        const std::size_t chunk = std::min(in.size() - done, kChunk);
        int written = 0;
        const unsigned char *src = bytesOf(in) + done;
        unsigned char *dst = out ? out + done : nullptr;
        const int ok = encrypt ? EVP_EncryptUpdate(ctx, dst, &written, src, static_cast<int>(chunk))
                               : EVP_DecryptUpdate(ctx, dst, &written, src, static_cast<int>(chunk));
        if (ok != 1 || static_cast<std::size_t>(written) != chunk)
            return false;
        done += chunk;
    }
    return true;
}

} // namespace

Bytes aeadSeal(std::string_view key32, std::string_view plaintext, std::string_view associatedData)
{
    if (key32.size() != kKeyBytes)
        throw CryptoError("An AES-256-GCM key must be 32 bytes");
    Bytes sealed = randomBytes(kNonceBytes);
    sealed.resize(kNonceBytes + plaintext.size() + kTagBytes);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    unsigned char *ciphertext = nonce + kNonceBytes;

    const CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int finalBytes = 0;
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), aes256Gcm(), bytesOf(key32), nonce, nullptr) != 1 ||
        !update(ctx.get(), true, nullptr, associatedData) || !update(ctx.get(), true, ciphertext, plaintext) ||
        EVP_EncryptFinal_ex(ctx.get(), ciphertext + plaintext.size(), &finalBytes) != 1 || finalBytes != 0 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                            ciphertext + plaintext.size()) != 1)
        throwError("AES-256-GCM encryption failed");
    return sealed;
}

std::optional<Bytes> aeadOpen(std::string_view key32, std::string_view sealed, std::string_view associatedData)
{
    if (key32.size() != kKeyBytes || sealed.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    try {
        const unsigned char *nonce = bytesOf(sealed);
        const std::string_view ciphertext = sealed.substr(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
        // The tag ctrl takes a non-const pointer but only reads it.
        auto *tag = const_cast<unsigned char *>(bytesOf(sealed) + sealed.size() - kTagBytes);

        Bytes plaintext(ciphertext.size(), '\0');
        auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
        const CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
        int finalBytes = 0;
        const bool ok =
            ctx && EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), bytesOf(key32), nonce, nullptr) == 1 &&
            update(ctx.get(), false, nullptr, associatedData) && update(ctx.get(), false, out, ciphertext) &&
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag) == 1 &&
            EVP_DecryptFinal_ex(ctx.get(), out + ciphertext.size(), &finalBytes) == 1 && finalBytes == 0;
        clearErrors();
        if (!ok) {
            OPENSSL_cleanse(plaintext.data(), plaintext.size()); // unauthenticated: do not leave it around
            return std::nullopt;
        }
        return plaintext;
    } catch (...) {
        clearErrors();
        return std::nullopt; // documented never to throw
    }
}

Bytes deriveKeyScrypt(std::string_view passphrase, std::string_view salt, const ScryptParams &params)
{
    // OpenSSL refuses to use more than maxmem; the default (32 MiB) is below
    // what n = 2^15, r = 8 needs (Blen 128*r*p plus V 128*r*(n+2)), so the
    // limit is set to exactly what these parameters need.
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    constexpr std::uint64_t kMaxWord = std::numeric_limits<std::uint32_t>::max();
    if (params.r == 0 || params.p == 0 || params.r > kMaxWord || params.p > kMaxWord)
        throw CryptoError("Invalid scrypt parameters");
    const std::uint64_t blocksLimit = (kMax - 4096) / 128 / params.r; // so maxMemory cannot overflow
    if (blocksLimit < 2 + params.p || params.n > blocksLimit - 2 - params.p)
        throw CryptoError("Invalid scrypt parameters");
    std::uint64_t n = params.n;
    std::uint32_t r = static_cast<std::uint32_t>(params.r);
    std::uint32_t p = static_cast<std::uint32_t>(params.p);
    std::uint64_t maxMemory = 128 * params.r * (params.n + 2 + params.p) + 4096;

    static EVP_KDF *const kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    const std::unique_ptr<EVP_KDF_CTX, Free<EVP_KDF_CTX_free>> ctx(kdf ? EVP_KDF_CTX_new(kdf) : nullptr);
    if (!ctx)
        throwError("scrypt is not available");

    // OSSL_PARAM wants non-const pointers; the KDF only reads them. Empty
    // inputs still need a valid pointer.
    auto octets = [](const char *key, std::string_view data) {
        return OSSL_PARAM_construct_octet_string(key, const_cast<char *>(data.empty() ? "" : data.data()),
                                                 data.size());
    };
    const OSSL_PARAM settings[] = {
        octets(OSSL_KDF_PARAM_PASSWORD, passphrase),
        octets(OSSL_KDF_PARAM_SALT, salt),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    Bytes key(kKeyBytes, '\0');
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(key.data()), key.size(), settings) != 1)
        throwError("scrypt key derivation failed (invalid parameters?)");
    return key;
}

bool scryptParamsAcceptable(const ScryptParams &params)
{
    const bool powerOfTwo = params.n > 1 && (params.n & (params.n - 1)) == 0;
    return powerOfTwo && params.r >= 1 && params.r <= 32 && params.p >= 1 && params.p <= 4 && params.n <= (1ULL << 20)
        && 128ULL * params.n * params.r <= (256ULL << 20)
        && (16 * params.r >= 64 || params.n < (1ULL << (16 * params.r)));
}

} // namespace lx::crypto
