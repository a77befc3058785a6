#include "LedgerFixture.h"

#include "crypto/Hash.h"
#include "ledger/Simulator.h"

namespace lx::test {

class PrivateData : public LedgerFixture
{
};

TEST_F(PrivateData, ValueStaysWithItsOrganization)
{
    const std::string secret = "draft: L/C 2026-0001 for CNY 1,234,567.00";
    ASSERT_EQ(submit(user(0), "pput", {"draft1"}, {{"value", secret}}).validationCode, protos::VALID);
    auto &lc = m_consortium->channel("lc");
    const std::string collection = chaincode::implicitCollection(msp(0));

    const auto own = lc.privateStore(msp(0))->get("kv", collection, "draft1");
    ASSERT_TRUE(own);
    EXPECT_EQ(own->value, secret);
    EXPECT_FALSE(lc.privateStore(msp(1))->get("kv", collection, "draft1"));

    // The channel holds the hashes only.
    const auto hashed =
        lc.state().get(ledger::hashedNamespace("kv", collection), toHex(crypto::sha256(std::string("draft1"))));
    ASSERT_TRUE(hashed);
    EXPECT_EQ(hashed->value, crypto::sha256(secret));
    for (std::uint64_t n = 0; n < lc.height(); ++n)
        EXPECT_EQ(lc.blocks().rawBlock(n)->find(secret), std::string::npos) << "block " << n << " leaks the value";

    // The owner reads it back through a query.
    const auto q = client::buildSignedProposal(user(0, "checker1"), "lc", "kv", "pget", {"draft1"});
    const auto r = m_consortium->evaluate(q.signedProposal);
    EXPECT_EQ(r.status(), 200);
    EXPECT_EQ(r.payload(), secret);
}

} // namespace lx::test
