// Blocks: common.Block parsing and hashing, replay from the transactions
// filter, and ChainVerifier::feed as the genesis block and as block 1 after
// the sandbox's real genesis block (raw, and resealed by the orderer with
// its transactions re-signed). feed() reports problems, never throws.

#include "FuzzSupport.h"

#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Validator.h"

#include "common/common.pb.h"

using namespace lx;

namespace {

// A verifier that has accepted the real genesis block (copied per input, so
// no input sees another's identity cache).
const ledger::ChainVerifier &afterGenesis()
{
    static const ledger::ChainVerifier *const verifier = [] {
        const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
        auto *v = new ledger::ChainVerifier(fuzz::kChannel, sandbox.contracts(fuzz::kChannel));
        if (const auto problem = v->feed(sandbox.trustBlocks.front()))
            fuzz::fail("the sandbox's genesis block does not verify: " + problem->reason);
        return v;
    }();
    return *verifier;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    afterGenesis();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
    const Bytes raw(fuzz::asView(data, size));

    {
        ledger::ChainVerifier first(fuzz::kChannel, sandbox.contracts(fuzz::kChannel));
        (void)first.feed(raw);
        ledger::ChainVerifier second(afterGenesis());
        (void)second.feed(raw);
    }

    common::Block block;
    if (!block.ParseFromString(raw))
        return 0;
    (void)ledger::blockHeaderDer(block.header());
    (void)ledger::blockHeaderHash(block.header());
    (void)ledger::blockDataHash(block.data());
    static const crypto::PublicKey ordererPublicKey = sandbox.ordererKey().publicKey();
    (void)ledger::verifyBlockSignature(block, ordererPublicKey);
    (void)ledger::replayBlock(block, fuzz::kChannel);

    // Resealed, so that the contents get past framing and the orderer's
    // signature: as a genesis block (configuration, MSPs) ...
    {
        ledger::ChainVerifier verifier(fuzz::kChannel, sandbox.contracts(fuzz::kChannel));
        if (!verifier.feed(fuzz::resealBlock(block, 0, Bytes(), false)) && verifier.blocksVerified() != 1)
            fuzz::fail("feed() accepted a genesis block but did not count it");
    }
    // ... and as block 1 with re-signed transactions (filter, transaction checks).
    {
        ledger::ChainVerifier verifier(afterGenesis());
        const Bytes resealed = fuzz::resealBlock(block, 1, sandbox.genesisHeaderHash, true);
        if (!verifier.feed(resealed) && verifier.blocksVerified() != 2)
            fuzz::fail("feed() accepted block 1 but did not count it");
    }
    return 0;
}
