#include "crypto/Hash.h"

#include "crypto/OpenSsl.h"

#include <openssl/sha.h>

namespace lx::crypto {

using namespace detail;

namespace {

// Fetched once: EVP_sha256() would make every DigestInit look the
// algorithm up in the provider store again.
const EVP_MD *sha256Md()
{
    static const EVP_MD *const md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (!fetched)
            throwError("SHA-256 is not available");
        return fetched;
    }();
    return md;
}

EVP_MD_CTX *ctxOf(void *p) { return static_cast<EVP_MD_CTX *>(p); }

} // namespace

Bytes sha256(std::string_view data)
{
    // The one-shot function skips EVP's context and provider machinery,
    // which matters for the many small hashes of a transaction.
    Bytes digest(SHA256_DIGEST_LENGTH, '\0');
    SHA256(bytesOf(data), data.size(), reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(ctxOf(m_ctx), sha256Md(), nullptr) != 1) {
        EVP_MD_CTX_free(ctxOf(m_ctx));
        throwError("Cannot start SHA-256");
    }
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctxOf(m_ctx)); }

void Sha256::update(std::string_view data)
{
    if (EVP_DigestUpdate(ctxOf(m_ctx), data.data(), data.size()) != 1)
        throwError("SHA-256 update failed");
}

Bytes Sha256::finish()
{
    Bytes digest(SHA256_DIGEST_LENGTH, '\0');
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctxOf(m_ctx), reinterpret_cast<unsigned char *>(digest.data()), &size) != 1 ||
        size != digest.size())
        throwError("SHA-256 finish failed");
    // Ready for another message, so a finished object is never a trap.
    if (EVP_DigestInit_ex(ctxOf(m_ctx), sha256Md(), nullptr) != 1)
        throwError("Cannot restart SHA-256");
    return digest;
}

} // namespace lx::crypto
