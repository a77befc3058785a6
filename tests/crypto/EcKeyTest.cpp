#include "crypto/EcKey.h"
#include "crypto/Error.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <gtest/gtest.h>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

using namespace lx;
using namespace lx::crypto;

namespace {

// The tests use OpenSSL directly as an independent reference for what the
// implementation computes by hand (n - S, strict DER, the SKI point).

const char *const kOrderHex = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551";

// (r, n - s) re-encoded: the same signature with the other S.
Bytes withNegatedS(const Bytes &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
    EXPECT_NE(sig, nullptr);
    BIGNUM *order = nullptr;
    BN_hex2bn(&order, kOrderHex);
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    BIGNUM *negS = BN_new();
    BN_sub(negS, order, s);
    ECDSA_SIG_set0(sig, BN_dup(r), negS);
    unsigned char *out = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &out);
    Bytes result(reinterpret_cast<const char *>(out), static_cast<std::size_t>(length));
    OPENSSL_free(out);
    ECDSA_SIG_free(sig);
    BN_free(order);
    return result;
}

// OpenSSL's own verdict, without the low-S policy.
bool opensslVerifies(const PublicKey &key, std::string_view message, const Bytes &der)
{
    const Bytes digest = sha256(message);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(static_cast<EVP_PKEY *>(key.nativeHandle()), nullptr);
    const bool ok = EVP_PKEY_verify_init(ctx) == 1 &&
                    EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(der.data()), der.size(),
                                    reinterpret_cast<const unsigned char *>(digest.data()), digest.size()) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

std::string publicKeyPem(const PublicKey &key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, static_cast<EVP_PKEY *>(key.nativeHandle()));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    std::string pem(data, static_cast<std::size_t>(size));
    BIO_free(bio);
    return pem;
}

std::string pemOf(EVP_PKEY *pkey, const EVP_CIPHER *cipher = nullptr)
{
    BIO *bio = BIO_new(BIO_s_mem());
    char pass[] = "secret";
    PEM_write_bio_PKCS8PrivateKey(bio, pkey, cipher, cipher ? pass : nullptr, cipher ? 6 : 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    std::string pem(data, static_cast<std::size_t>(size));
    BIO_free(bio);
    return pem;
}

} // namespace

TEST(EcKey, SignVerifyRoundTrip)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    const Bytes sig = key.sign("proposal bytes");
    EXPECT_TRUE(pub.verify("proposal bytes", sig));
    EXPECT_TRUE(pub.verifyDigest(sha256("proposal bytes"), sig));
    EXPECT_TRUE(pub.verify("proposal bytes", key.signDigest(sha256("proposal bytes"))));
    EXPECT_TRUE(pub.verify("", key.sign("")));
    EXPECT_FALSE(PrivateKey::generate().publicKey().verify("proposal bytes", sig));
}

TEST(EcKey, EverySignatureIsLowS)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    int lowForOpenssl = 0;
    for (int i = 0; i < 2000; ++i) {
        const std::string message = "message " + std::to_string(i);
        const Bytes sig = key.sign(message);
        ASSERT_TRUE(isLowS(sig)) << i;
        // About half were normalised by hand; they must still be valid.
        ASSERT_TRUE(pub.verify(message, sig)) << i;
        ASSERT_TRUE(opensslVerifies(pub, message, sig)) << i;
        lowForOpenssl += isLowS(withNegatedS(sig)) ? 1 : 0;
    }
    EXPECT_EQ(lowForOpenssl, 0);
}

TEST(EcKey, HighSIsRejected)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    for (int i = 0; i < 20; ++i) {
        const Bytes sig = key.sign("tx");
        const Bytes high = withNegatedS(sig);
        EXPECT_FALSE(isLowS(high));
        EXPECT_TRUE(opensslVerifies(pub, "tx", high)); // mathematically valid...
        EXPECT_FALSE(pub.verify("tx", high));          // ...but malleable, so refused
    }
}

TEST(EcKey, TamperingIsRejected)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    const Bytes sig = key.sign("transfer 100");
    EXPECT_FALSE(pub.verify("transfer 101", sig));
    EXPECT_FALSE(pub.verify("transfer 100 ", sig));
    for (std::size_t i = 0; i < sig.size(); ++i) {
        for (unsigned char bit : {0x01, 0x80}) {
            Bytes bad = sig;
            bad[i] = static_cast<char>(bad[i] ^ bit);
            EXPECT_FALSE(pub.verify("transfer 100", bad)) << "byte " << i;
        }
    }
    EXPECT_FALSE(pub.verify("transfer 100", sig.substr(0, sig.size() - 1)));
    EXPECT_FALSE(pub.verify("transfer 100", sig + '\0'));
    EXPECT_FALSE(pub.verify("transfer 100", ""));
    EXPECT_FALSE(pub.verifyDigest("short", sig));
}

TEST(EcKey, NonCanonicalDerIsRejected)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    const Bytes sig = key.sign("m");
    ASSERT_TRUE(pub.verify("m", sig));
    const auto rLength = static_cast<std::size_t>(static_cast<unsigned char>(sig[3]));

    // Superfluous leading zero in r.
    Bytes padded = sig;
    padded.insert(4, 1, '\0');
    padded[3] = static_cast<char>(rLength + 1);
    padded[1] = static_cast<char>(padded.size() - 2);
    EXPECT_FALSE(pub.verify("m", padded));
    EXPECT_FALSE(isLowS(padded));

    // Long-form SEQUENCE length.
    Bytes longForm = sig;
    longForm.insert(1, 1, static_cast<char>(0x81));
    EXPECT_FALSE(pub.verify("m", longForm));
    EXPECT_FALSE(isLowS(longForm));

    // Wrong tag.
    Bytes set = sig;
    set[0] = 0x31;
    EXPECT_FALSE(pub.verify("m", set));
}

TEST(EcKey, GarbageSignaturesAreRejectedWithoutCrash)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    const Bytes sig = key.sign("m");
    std::mt19937 rng(12345);
    for (int i = 0; i < 3000; ++i) {
        Bytes garbage(rng() % 100, '\0');
        for (char &c : garbage)
            c = static_cast<char>(rng());
        if (i % 3 == 1 && garbage.size() >= 2) { // plausible header, nonsense body
            garbage[0] = 0x30;
            garbage[1] = static_cast<char>(garbage.size() - 2);
        } else if (i % 3 == 2) { // a valid signature with a few bytes mutated
            garbage = sig;
            for (int k = 0; k < 1 + int(rng() % 3); ++k)
                garbage[rng() % garbage.size()] = static_cast<char>(rng());
            if (garbage == sig)
                continue;
        }
        EXPECT_FALSE(pub.verify("m", garbage));
        (void)isLowS(garbage);
    }
}

TEST(EcKey, PemRoundTrip)
{
    const PrivateKey key = PrivateKey::generate();
    const std::string pem = key.toPem();
    EXPECT_NE(pem.find("-----BEGIN PRIVATE KEY-----"), std::string::npos);
    const PrivateKey loaded = PrivateKey::fromPem(pem);
    EXPECT_EQ(loaded.toPem(), pem);
    EXPECT_EQ(loaded.publicKey().toDer(), key.publicKey().toDer());
    EXPECT_TRUE(key.publicKey().verify("x", loaded.sign("x")));

    const PublicKey pub = key.publicKey();
    EXPECT_EQ(PublicKey::fromDer(pub.toDer()).toDer(), pub.toDer());
    EXPECT_EQ(PublicKey::fromPem(publicKeyPem(pub)).toDer(), pub.toDer());
}

TEST(EcKey, BadKeyMaterialThrows)
{
    EXPECT_THROW(PrivateKey::fromPem(""), CryptoError);
    EXPECT_THROW(PrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
                 CryptoError);
    EXPECT_THROW(PublicKey::fromDer("not der"), CryptoError);
    EXPECT_THROW(PublicKey::fromDer(PrivateKey::generate().publicKey().toDer() + "x"), CryptoError);
    EXPECT_THROW(PublicKey::fromPem("garbage"), CryptoError);

    // Encrypted PEM fails instead of prompting on the terminal.
    EVP_PKEY *p256 = EVP_EC_gen("P-256");
    EXPECT_THROW(PrivateKey::fromPem(pemOf(p256, EVP_aes_256_cbc())), CryptoError);
    EVP_PKEY_free(p256);

    // Only P-256 keys.
    EVP_PKEY *p384 = EVP_EC_gen("P-384");
    EXPECT_THROW(PrivateKey::fromPem(pemOf(p384)), CryptoError);
    EVP_PKEY_free(p384);
    EVP_PKEY *ed = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    EXPECT_THROW(PrivateKey::fromPem(pemOf(ed)), CryptoError);
    EVP_PKEY_free(ed);
}

TEST(EcKey, SignDigestNeeds32Bytes)
{
    const PrivateKey key = PrivateKey::generate();
    EXPECT_THROW(key.signDigest("short"), CryptoError);
    EXPECT_THROW(key.signDigest(Bytes(33, 'x')), CryptoError);
}

TEST(EcKey, SkiIsSha256OfUncompressedPoint)
{
    const PublicKey pub = PrivateKey::generate().publicKey();
    const Bytes der = pub.toDer();
    // A named-curve P-256 SubjectPublicKeyInfo ends with the 65-byte point.
    ASSERT_EQ(der.size(), 91u);
    const Bytes point = der.substr(26);
    ASSERT_EQ(point[0], '\x04');
    EXPECT_EQ(pub.ski(), sha256(point));
    EXPECT_EQ(pub.ski().size(), 32u);
}

TEST(EcKey, ConcurrentUseOfSharedKeys)
{
    const PrivateKey key = PrivateKey::generate();
    const PublicKey pub = key.publicKey();
    const Bytes fixed = key.sign("fixed");
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 100; ++i) {
                const std::string message = std::to_string(t) + ":" + std::to_string(i);
                const Bytes sig = key.sign(message);
                if (!isLowS(sig) || !pub.verify(message, sig) || !pub.verify("fixed", fixed) ||
                    pub.verify("other", sig))
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
}

// Found by fuzzing: a PKCS#8 key whose embedded public key is not its own
// would sign what its publicKey() rejects; it is refused at load.
TEST(EcKey, MismatchedPublicKeyInPemIsRefused)
{
    const char *pem = "-----BEGIN PRIVATE KEY-----\n"
                      "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgI6cmG2T+cIzZ8ki1\n"
                      "1KnQGacda4HxAisu9KG4GKUnt6ShRANCAAQQhDp18sIMUPPFRKmvxiW3mR9gtDoC\n"
                      "ApZ4tsw7ghisvaXR6S77mibK0nZ1mRsA+GNHqWxtrDnyy5iNMB1W4pK3\n"
                      "-----END PRIVATE KEY-----\n";
    EXPECT_THROW(lx::crypto::PrivateKey::fromPem(pem), lx::crypto::CryptoError);
    const auto good = lx::crypto::PrivateKey::generate();
    EXPECT_NO_THROW(lx::crypto::PrivateKey::fromPem(good.toPem()));
}
