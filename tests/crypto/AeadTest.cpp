#include "crypto/Aead.h"
#include "crypto/Error.h"
#include "crypto/Random.h"

#include <gtest/gtest.h>

using namespace lx;
using namespace lx::crypto;

namespace {

const Bytes kKey = Bytes(32, 'k');

Bytes flipped(Bytes data, std::size_t index)
{
    data[index] = static_cast<char>(data[index] ^ 0x01);
    return data;
}

} // namespace

TEST(Aead, RoundTrip)
{
    const Bytes sealed = aeadSeal(kKey, "letter of credit", "aad");
    EXPECT_EQ(sealed.size(), 12u + 16u + 16u);
    EXPECT_EQ(aeadOpen(kKey, sealed, "aad"), Bytes("letter of credit"));

    const Bytes empty = aeadSeal(kKey, "");
    EXPECT_EQ(empty.size(), 28u);
    EXPECT_EQ(aeadOpen(kKey, empty), Bytes());

    const Bytes big = randomBytes(100000);
    EXPECT_EQ(aeadOpen(kKey, aeadSeal(kKey, big, big), big), big);
}

TEST(Aead, FreshNonceEachTime)
{
    EXPECT_NE(aeadSeal(kKey, "same"), aeadSeal(kKey, "same"));
}

TEST(Aead, WrongKeyFails)
{
    const Bytes sealed = aeadSeal(kKey, "secret");
    EXPECT_FALSE(aeadOpen(Bytes(32, 'K'), sealed).has_value());
    EXPECT_FALSE(aeadOpen(Bytes(31, 'k'), sealed).has_value()); // wrong length: nullopt, no throw
    EXPECT_FALSE(aeadOpen(Bytes(), sealed).has_value());
}

TEST(Aead, AnyFlippedByteFails)
{
    const Bytes sealed = aeadSeal(kKey, "secret", "aad");
    for (std::size_t i = 0; i < sealed.size(); ++i) // nonce, ciphertext and tag
        EXPECT_FALSE(aeadOpen(kKey, flipped(sealed, i), "aad").has_value()) << "byte " << i;
}

TEST(Aead, WrongAssociatedDataFails)
{
    const Bytes sealed = aeadSeal(kKey, "secret", "label-1");
    EXPECT_FALSE(aeadOpen(kKey, sealed, "label-2").has_value());
    EXPECT_FALSE(aeadOpen(kKey, sealed).has_value());
    EXPECT_FALSE(aeadOpen(kKey, aeadSeal(kKey, "secret"), "x").has_value());
}

TEST(Aead, ShortOrTruncatedInputFails)
{
    const Bytes sealed = aeadSeal(kKey, "secret");
    EXPECT_FALSE(aeadOpen(kKey, "").has_value());
    EXPECT_FALSE(aeadOpen(kKey, Bytes(27, '\0')).has_value());
    EXPECT_FALSE(aeadOpen(kKey, sealed.substr(0, sealed.size() - 1)).has_value());
    EXPECT_FALSE(aeadOpen(kKey, sealed + "x").has_value());
}

TEST(Aead, SealRejectsBadKey)
{
    EXPECT_THROW(aeadSeal(Bytes(16, 'k'), "x"), CryptoError);
}

TEST(Scrypt, DeterministicPerSalt)
{
    const ScryptParams fast{1024, 8, 1};
    const Bytes a = deriveKeyScrypt("passphrase", "salt-1", fast);
    EXPECT_EQ(a.size(), 32u);
    EXPECT_EQ(deriveKeyScrypt("passphrase", "salt-1", fast), a);
    EXPECT_NE(deriveKeyScrypt("passphrase", "salt-2", fast), a);
    EXPECT_NE(deriveKeyScrypt("Passphrase", "salt-1", fast), a);
    EXPECT_NE(deriveKeyScrypt("passphrase", "salt-1", ScryptParams{2048, 8, 1}), a);
    EXPECT_EQ(deriveKeyScrypt("", "", fast).size(), 32u);
}

TEST(Scrypt, KnownAnswer)
{
    // RFC 7914 section 12, second vector (first 32 bytes).
    EXPECT_EQ(toHex(deriveKeyScrypt("password", "NaCl", ScryptParams{1024, 8, 16})),
              "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162");
}

TEST(Scrypt, DefaultParametersFitTheMemoryLimit)
{
    // n = 2^15, r = 8 needs 32 MiB + change: more than OpenSSL's default cap.
    EXPECT_EQ(deriveKeyScrypt("passphrase", "salt").size(), 32u);
}

TEST(Scrypt, InvalidParametersThrow)
{
    EXPECT_THROW(deriveKeyScrypt("p", "s", ScryptParams{1000, 8, 1}), CryptoError); // not a power of two
    EXPECT_THROW(deriveKeyScrypt("p", "s", ScryptParams{1024, 0, 1}), CryptoError);
    EXPECT_THROW(deriveKeyScrypt("p", "s", ScryptParams{1ULL << 62, 8, 1}), CryptoError);
}
