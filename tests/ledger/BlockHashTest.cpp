#include "crypto/Bytes.h"
#include "ledger/BlockHash.h"

#include "common/common.pb.h"

#include <gtest/gtest.h>

using lx::toHex;

// Expected values computed independently (Python hashlib over the DER
// SEQUENCE { INTEGER number, OCTET STRING previous_hash, OCTET STRING data_hash }).
TEST(BlockHash, HeaderHashKnownAnswers)
{
    common::BlockHeader header;
    header.set_number(1);
    header.set_previous_hash(std::string(32, '\x01'));
    header.set_data_hash(std::string(32, '\x02'));
    EXPECT_EQ(toHex(lx::ledger::blockHeaderHash(header)),
              "8958d309221dff9175606e70d8b0f60d44326787f5375730953d3e4c7277894b");

    common::BlockHeader genesis;
    EXPECT_EQ(toHex(lx::ledger::blockHeaderDer(genesis)), "300702010004000400");
    EXPECT_EQ(toHex(lx::ledger::blockHeaderHash(genesis)),
              "1d1c288c6851505be0b47a0f8e7dfb91ab2abe6ad71cef63a3791d14588d1d0e");

    // 128 needs a leading zero byte to stay positive in two's complement.
    header.set_number(128);
    EXPECT_EQ(toHex(lx::ledger::blockHeaderDer(header)).substr(0, 12), "304802020080");
    EXPECT_EQ(toHex(lx::ledger::blockHeaderHash(header)),
              "c0ffbca2c19ee62fc3e76d183167f01a4de3f8f27c83daf84ee54d30774edb24");
}

TEST(BlockHash, DataHashIsHashOfConcatenation)
{
    common::BlockData data;
    data.add_data("abc");
    data.add_data("def");
    EXPECT_EQ(toHex(lx::ledger::blockDataHash(data)),
              "bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721");
}
