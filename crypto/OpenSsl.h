#pragma once

// Internal to crypto/: RAII holders for OpenSSL objects and error reporting.
// Not part of the API; other layers must not include it.

#include "crypto/Error.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <climits>
#include <memory>
#include <string>
#include <string_view>

namespace lx::crypto::detail {

template <auto FreeFn>
struct Free
{
    template <class T>
    void operator()(T *p) const { FreeFn(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Free<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Free<EVP_MD_CTX_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Free<EVP_CIPHER_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Free<BIO_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Free<BN_free>>;
using X509Ptr = std::unique_ptr<X509, Free<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Free<X509_NAME_free>>;
using Asn1IntPtr = std::unique_ptr<ASN1_INTEGER, Free<ASN1_INTEGER_free>>;

// Drops whatever OpenSSL queued on this thread's error stack. Failures we
// report ourselves must not linger there: other OpenSSL users on the same
// thread (gRPC's TLS, for one) read that queue and would misattribute them.
inline void clearErrors() { ERR_clear_error(); }

// Throws CryptoError with what and OpenSSL's most recent reason, if any.
[[noreturn]] inline void throwError(const std::string &what)
{
    std::string message = what;
    if (const unsigned long code = ERR_peek_last_error(); code != 0) {
        char reason[256];
        ERR_error_string_n(code, reason, sizeof reason);
        message += ": ";
        message += reason;
    }
    clearErrors();
    throw CryptoError(message);
}

// A read-only memory BIO over data (no copy); data must outlive the BIO.
inline BioPtr memoryBio(std::string_view data)
{
    // A negative length would make OpenSSL call strlen(); a null pointer
    // (empty string_view) is refused by it.
    if (data.size() > static_cast<std::size_t>(INT_MAX))
        throw CryptoError("Input too large");
    BioPtr bio(BIO_new_mem_buf(data.empty() ? "" : data.data(), static_cast<int>(data.size())));
    if (!bio)
        throwError("Cannot create a memory buffer");
    return bio;
}

// Everything written to a memory BIO, as a string.
inline std::string bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

// Refuses to prompt on a terminal for an encrypted PEM's passphrase (the
// OpenSSL default when no callback is given): such input simply fails.
inline int noPassphrase(char *, int, int, void *) { return -1; }

inline const unsigned char *bytesOf(std::string_view data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace lx::crypto::detail
