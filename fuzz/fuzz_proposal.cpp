// Signed proposals: Consortium::evaluate and ::endorse on the sandbox's
// consortium (standard contracts installed), raw and re-signed by the
// creator so that mutated contents reach the contracts. Rejections are
// LedgerError; anything else escaping is a finding.

#include "FuzzSupport.h"

#include "ledger/Consortium.h"
#include "ledger/LedgerError.h"

#include "peer/proposal.pb.h"

using namespace lx;

namespace {

ledger::Consortium &consortium()
{
    // Opened once on a copy of the sandbox (opening writes to it); never
    // destroyed, its orderer threads may outlive the fuzzing loop.
    static ledger::Consortium *const instance = [] {
        const auto dir = fuzz::scratchDir() / "consortium";
        std::filesystem::copy(fuzz::Sandbox::get().consortiumDir, dir, std::filesystem::copy_options::recursive);
        auto *c = new ledger::Consortium(dir);
        c->installStandardContracts();
        return c;
    }();
    return *instance;
}

void run(const protos::SignedProposal &proposal)
{
    try {
        (void)consortium().evaluate(proposal);
    } catch (const ledger::LedgerError &) {
    }
    try {
        (void)consortium().endorse(proposal);
    } catch (const ledger::LedgerError &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    consortium();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Bytes bytes(fuzz::asView(data, size));
    protos::SignedProposal proposal;
    if (!proposal.ParseFromString(bytes))
        return 0;
    run(proposal);
    if (const auto resigned = fuzz::resignProposal(bytes)) {
        protos::SignedProposal again;
        if (!again.ParseFromString(*resigned))
            fuzz::fail("a re-signed proposal does not parse");
        run(again);
    }
    return 0;
}
