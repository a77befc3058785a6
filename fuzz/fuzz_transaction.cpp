// Transaction envelopes: parseTransaction without checks (replay) and with
// every check against the sandbox's MSPs and standard contracts, raw and
// re-signed (so that mutated contents reach the endorsement policy and the
// read-write set parsers). It reports a validation code, never throws.

#include "FuzzSupport.h"

#include "ledger/Validator.h"

#include "peer/transaction.pb.h"

using namespace lx;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::Sandbox::get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
    const Bytes envelope(fuzz::asView(data, size));
    // The channel the envelope names when the sandbox has it, so that every
    // channel's contracts are reachable.
    std::string channel = fuzz::channelOf(envelope);
    if (!sandbox.hasChannel(channel))
        channel = fuzz::kChannel;
    const ledger::ContractLookup &contracts = sandbox.contracts(channel);

    const ledger::ParsedTransaction unchecked = ledger::parseTransaction(envelope, channel, nullptr, nullptr);
    // A fresh copy per input: no identity cache carried between inputs.
    const ledger::MspRegistry msps(*sandbox.msps);
    const ledger::ParsedTransaction checked = ledger::parseTransaction(envelope, channel, &msps, &contracts);
    // Checks can only add reasons to reject: nothing unchecked parsing
    // rejects is valid with checks.
    if (checked.code == protos::VALID && unchecked.code != protos::VALID)
        fuzz::fail("valid with checks but " + std::to_string(unchecked.code) + " without");

    if (const auto resigned = fuzz::resignTransaction(envelope)) {
        const ledger::ParsedTransaction tx = ledger::parseTransaction(*resigned, channel, &msps, &contracts);
        if (tx.code == protos::VALID && tx.chaincode.empty())
            fuzz::fail("a valid transaction without a chaincode");
    }
    return 0;
}
