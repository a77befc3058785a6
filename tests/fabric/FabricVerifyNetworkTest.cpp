// `ledger verify` on the real network of tests/fabric (the fabric_network
// fixture), after the other fabric tests' transactions: every channel's
// blocks fetched from HuaxiaBank's peer verify (client::verifyChannelOnPeer),
// and a block fetched from the peer with one byte altered, or re-signed by
// a member's identity instead of the orderer's, is named by its number.
// Exit 77 (skipped) when the fixture brought no network up.

#include "NetworkUser.h"

#include "ledger/BlockHash.h"
#include "ledger/ChainVerifier.h"
#include "ledgerclient/ChainCheck.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/SigningIdentity.h"

#include "common/common.pb.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>

namespace fs = std::filesystem;
using namespace lx;

namespace {

int failures = 0;

void check(bool ok, const std::string &what)
{
    std::cout << (ok ? "ok: " : "FAILED: ") << what << std::endl;
    if (!ok)
        ++failures;
}

// Verifies blocks (one of them altered) as verifyChannelOnPeer does.
std::optional<ledger::ChainProblem> verifyAltered(const std::string &channel, std::vector<common::Block> blocks,
    std::uint64_t n, const std::function<void(common::Block &)> &alter)
{
    alter(blocks[n]);
    ledger::ChainVerifier verifier(channel, client::channelContracts(channel));
    for (const auto &block : blocks)
        if (auto problem = verifier.feed(Bytes(block.SerializeAsString())))
            return problem;
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2 || !fs::exists(fs::path(argv[1]) / "network.json")) {
        std::cout << "SKIP: no Fabric network (the fabric_network fixture found no Fabric programs)" << std::endl;
        return 77;
    }
    const fs::path net = argv[1];
    try {
        const std::string msp = "HuaxiaBankMSP";
        const client::SigningIdentity member = test::networkIdentity(net, msp, "officer1");
        client::Client officer = test::networkClient(net, msp, "officer1");

        for (const std::string channel : { "trust", "lc", "forfaiting", "guarantee" }) {
            const auto start = std::chrono::steady_clock::now();
            const client::ChainCheckOutcome outcome = client::verifyChannelOnPeer(officer, channel);
            const auto ms
                = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
            check(!outcome.problem && outcome.fabric && outcome.blocksVerified == outcome.height && outcome.height > 1,
                channel + ": " + std::to_string(outcome.blocksVerified) + " of " + std::to_string(outcome.height)
                    + " blocks, " + std::to_string(outcome.transactionsVerified) + " transactions verified in "
                    + std::to_string(ms.count()) + " ms"
                    + (outcome.problem
                            ? "; block " + std::to_string(outcome.problem->blockNumber) + ": " + outcome.problem->reason
                            : ""));
            for (const auto &what : outcome.notVerified)
                std::cout << "  not verified: " << what << std::endl;
            check(!outcome.notVerified.empty(), channel + ": what was not verified is named");
        }

        // Blocks of lc as the peer serves them, one altered at a time.
        const std::string channel = "lc";
        std::vector<common::Block> blocks;
        const std::uint64_t height = officer.chainInfo(channel).height();
        for (std::uint64_t n = 0; n < height; ++n)
            blocks.push_back(officer.block(channel, n));
        const std::uint64_t n = height / 2;
        const auto named = [&](const std::string &what, const std::function<void(common::Block &)> &alter) {
            const auto problem = verifyAltered(channel, blocks, n, alter);
            check(problem && problem->blockNumber == n,
                what + ": "
                    + (problem ? "block " + std::to_string(problem->blockNumber) + ": " + problem->reason
                               : "accepted"));
        };
        named("a byte of a transaction of block " + std::to_string(n), [](common::Block &b) {
            std::string *tx = b.mutable_data()->mutable_data(0);
            (*tx)[tx->size() / 3] ^= 0x20;
        });
        named("a byte of the header of block " + std::to_string(n),
            [](common::Block &b) { (*b.mutable_header()->mutable_data_hash())[7] ^= 0x01; });
        named("a byte of the orderer's signature of block " + std::to_string(n), [](common::Block &b) {
            common::Metadata m;
            m.ParseFromString(b.metadata().metadata(common::SIGNATURES));
            (*m.mutable_signatures(0)->mutable_signature())[12] ^= 0x01;
            *b.mutable_metadata()->mutable_metadata(common::SIGNATURES) = m.SerializeAsString();
        });
        named("a byte of the transactions filter of block " + std::to_string(n), [](common::Block &b) {
            (*b.mutable_metadata()->mutable_metadata(common::TRANSACTIONS_FILTER))[0] ^= 0x01;
        });
        named("block " + std::to_string(n) + " signed by a bank officer instead of the orderer", [&](common::Block &b) {
            common::Metadata m;
            m.ParseFromString(b.metadata().metadata(common::SIGNATURES));
            common::SignatureHeader header;
            header.set_creator(member.serialized());
            header.set_nonce("0123456789abcdef01234567");
            auto *sig = m.mutable_signatures(0);
            sig->set_signature_header(header.SerializeAsString());
            sig->set_signature(member.sign(m.value() + sig->signature_header() + ledger::blockHeaderDer(b.header())));
            *b.mutable_metadata()->mutable_metadata(common::SIGNATURES) = m.SerializeAsString();
        });
    } catch (const std::exception &e) {
        check(false, std::string("exception: ") + e.what());
    }
    std::cout << (failures ? "FAILED" : "passed") << std::endl;
    return failures ? 1 : 0;
}
