// Block files: BlockStore opens a fuzzed file (torn tails are cut off,
// damage is reported as LedgerError), serves every block, and accepts the
// next block; scanRecords and ChainVerifier::verifyFile walk it read-only.

#include "FuzzSupport.h"

#include "ledger/BlockHash.h"
#include "ledger/BlockStore.h"
#include "ledger/ChainVerifier.h"
#include "ledger/LedgerError.h"

#include "common/common.pb.h"

#include <algorithm>

using namespace lx;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::Sandbox::get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
    const auto file = fuzz::scratchDir() / "blocks.dat";
    fuzz::writeFile(file, fuzz::asView(data, size));

    // Read-only walks first: opening the store may cut a torn tail.
    std::vector<Bytes> records;
    (void)ledger::BlockStore::scanRecords(file, &records);
    std::uint64_t verified = 0;
    (void)ledger::ChainVerifier::verifyFile(file, fuzz::kChannel, sandbox.contracts(fuzz::kChannel), &verified);
    if (verified > records.size())
        fuzz::fail("verifyFile verified more blocks than the file holds");

    std::uint64_t height = 0;
    Bytes tip;
    try {
        ledger::BlockStore store(file);
        height = store.height();
        tip = store.tipHash();
        if (height != records.size())
            fuzz::fail("the store has " + std::to_string(height) + " blocks, scanRecords found "
                       + std::to_string(records.size()));
        for (std::uint64_t i = 0; i < std::min<std::uint64_t>(height, 64); ++i) {
            const auto raw = store.rawBlock(i);
            if (!raw || *raw != records[i])
                fuzz::fail("block " + std::to_string(i) + " differs from what scanRecords read");
            (void)store.block(i);
        }
        if (store.rawBlock(height) || store.block(height))
            fuzz::fail("a block above the tip");

        // The next block: number height, chained to the tip.
        common::Block next;
        next.ParseFromString(sandbox.trustBlocks.front());
        next.mutable_header()->set_number(height);
        next.mutable_header()->set_previous_hash(tip);
        next.mutable_header()->set_data_hash(ledger::blockDataHash(next.data()));
        store.append(next);
        if (store.height() != height + 1 || store.tipHash() != ledger::blockHeaderHash(next.header()))
            fuzz::fail("append did not move the tip");
    } catch (const ledger::LedgerError &) {
        return 0; // damaged beyond a torn tail
    }

    // What was opened and appended to must open again, one block higher.
    try {
        ledger::BlockStore reopened(file);
        if (reopened.height() != height + 1 || reopened.truncatedBytes() != 0)
            fuzz::fail("reopening after append gives height " + std::to_string(reopened.height()) + ", expected "
                       + std::to_string(height + 1));
    } catch (const ledger::LedgerError &e) {
        fuzz::fail(std::string("a store that opened and appended does not reopen: ") + e.what());
    }
    return 0;
}
