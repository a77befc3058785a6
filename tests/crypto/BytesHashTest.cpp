#include "crypto/Bytes.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <gtest/gtest.h>

#include <set>

using namespace lx;
using namespace lx::crypto;

TEST(Sha256, KnownAnswers)
{
    EXPECT_EQ(toHex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(toHex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, IncrementalMatchesOneShot)
{
    Sha256 hash;
    hash.update("a");
    hash.update("");
    hash.update("bc");
    EXPECT_EQ(hash.finish(), sha256("abc"));
    // A finished hasher starts over.
    hash.update("abc");
    EXPECT_EQ(hash.finish(), sha256("abc"));
    Sha256 empty;
    EXPECT_EQ(empty.finish(), sha256(""));
}

TEST(Hex, RoundTrip)
{
    Bytes all;
    for (int i = 0; i < 256; ++i)
        all.push_back(static_cast<char>(i));
    const std::string hex = toHex(all);
    EXPECT_EQ(hex.size(), 512u);
    EXPECT_EQ(hex.substr(0, 8), "00010203");
    EXPECT_EQ(hex.substr(504), "fcfdfeff");
    EXPECT_EQ(fromHex(hex), all);
    EXPECT_EQ(toHex(""), "");
    EXPECT_EQ(fromHex(""), Bytes());
}

TEST(Hex, AcceptsUpperCase)
{
    EXPECT_EQ(fromHex("DEADbeef"), Bytes("\xde\xad\xbe\xef"));
    EXPECT_EQ(toHex("\xAB\xCD"), "abcd");
}

TEST(Hex, RejectsBadInput)
{
    EXPECT_FALSE(fromHex("abc").has_value());  // odd length
    EXPECT_FALSE(fromHex("0g").has_value());   // bad character
    EXPECT_FALSE(fromHex("zz").has_value());
    EXPECT_FALSE(fromHex(" 0").has_value());
    EXPECT_FALSE(fromHex("0x00").has_value());
    EXPECT_FALSE(fromHex(std::string("0\0", 2)).has_value());
}

TEST(Random, SizesAndVariety)
{
    EXPECT_EQ(randomBytes(0).size(), 0u);
    EXPECT_EQ(randomBytes(33).size(), 33u);
    std::set<Bytes> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(randomBytes(16));
    EXPECT_EQ(seen.size(), 100u);
}
