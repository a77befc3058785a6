// The cache's sync on blocks a real Fabric 2.5.5 network made
// (tests/data/fabric-blocks, docs/fabric-block-verification.md): the lc
// channel's blocks verify at block depth and our L/C contract's writes
// reach the bank's cache; an altered block is refused by its number.
#include "CacheLedgerFixture.h"
#include "cache/CacheError.h"
#include "cache/LedgerSync.h"

#include "common/common.pb.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace lx::test {

namespace {

std::vector<common::Block> fabricBlocks(const std::string &channel)
{
    std::vector<common::Block> blocks;
    for (std::uint64_t n = 0;; ++n) {
        std::ifstream file(
            std::filesystem::path(LIANXIN_FABRIC_BLOCKS) / channel / (std::to_string(n) + ".block"), std::ios::binary);
        if (!file)
            break;
        std::stringstream bytes;
        bytes << file.rdbuf();
        common::Block block;
        EXPECT_TRUE(block.ParseFromString(bytes.str()));
        blocks.push_back(std::move(block));
    }
    return blocks;
}

} // namespace

TEST(FabricSync, TheLcChannelOfARealFabricNetworkReachesTheBanksCache)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    cache::LedgerSync sync(db.handle(), f.client("HuaxiaBankMSP/checker1"), cache::Viewer::forMsp("HuaxiaBankMSP"),
        client::DeskWorkflow::product("lc"));
    const auto blocks = fabricBlocks("lc");
    ASSERT_GT(blocks.size(), 10u);
    const cache::AppliedBlocks applied = sync.apply(blocks);
    EXPECT_EQ(applied.toBlock, blocks.size() - 1);
    EXPECT_EQ(sync.height(), blocks.size());
    EXPECT_FALSE(applied.lcNos.empty()) << "the L/C the Fabric scenario issued";
}

TEST(FabricSync, AnAlteredFabricBlockIsRefusedByItsNumber)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    cache::LedgerSync sync(db.handle(), f.client("HuaxiaBankMSP/checker1"), cache::Viewer::forMsp("HuaxiaBankMSP"),
        client::DeskWorkflow::product("lc"));
    auto blocks = fabricBlocks("lc");
    ASSERT_GT(blocks.size(), 10u);
    (*blocks[9].mutable_metadata()->mutable_metadata(common::TRANSACTIONS_FILTER))[0] ^= 0x01;
    try {
        sync.apply(blocks);
        FAIL() << "an altered block was applied";
    } catch (const cache::CacheError &e) {
        EXPECT_EQ(e.kind(), cache::CacheError::Kind::Tampered);
        EXPECT_NE(std::string(e.what()).find("Block 9 "), std::string::npos) << e.what();
    }
    EXPECT_EQ(sync.height(), 0u);
}

} // namespace lx::test
