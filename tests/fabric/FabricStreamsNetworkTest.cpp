// The Fabric backend's streams against the real network of tests/fabric
// (the fabric_network fixture): blocks Fabric made come through our Deliver
// client from the genesis block on, chained header to header as Fabric
// hashes them; a transaction we submit arrives live as a block and as its
// chaincode event; the bank's peer stopped and started again (with
// scripts/fabric-network.sh, the second argument), the same subscription
// reconnects by itself and the next transaction's block arrives on it.
// Exit 77 (skipped) when the fixture brought no network up.

#include "NetworkUser.h"

#include "crypto/Random.h"
#include "ledger/BlockHash.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/SigningIdentity.h"

#include "common/common.pb.h"
#include "lianxin/notary.pb.h"

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

namespace fs = std::filesystem;
using namespace lx;
using namespace std::chrono_literals;

namespace {

int failures = 0;

void check(bool ok, const std::string &what)
{
    std::cout << (ok ? "ok: " : "FAILED: ") << what << std::endl;
    if (!ok)
        ++failures;
}

struct Collected
{
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::uint64_t, common::Block> blocks;
    std::vector<gateway::ChaincodeEventsResponse> events;
    std::vector<std::string> errors;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || !fs::exists(fs::path(argv[1]) / "network.json")) {
        std::cout << "SKIP: no Fabric network (the fabric_network fixture found no Fabric programs)" << std::endl;
        return 77;
    }
    const fs::path net = argv[1];
    try {
        const std::string msp = "HuaxiaBankMSP";
        client::Client officer = test::networkClient(net, msp, "officer1");

        const std::uint64_t height = officer.chainInfo("trust").height();
        check(height >= 2, "channel trust has " + std::to_string(height) + " blocks at " + msp + "'s peer");

        Collected c;
        auto blocks = officer.subscribeBlocks(
            "trust", 0,
            [&](const common::Block &b) {
                std::lock_guard lock(c.mutex);
                c.blocks[b.header().number()] = b;
                c.changed.notify_all();
            },
            [&](const client::LedgerError &e) {
                std::lock_guard lock(c.mutex);
                c.errors.push_back(e.what());
            });
        auto events = officer.subscribeChaincodeEvents("trust", "notary", height,
            [&](const gateway::ChaincodeEventsResponse &r) {
                std::lock_guard lock(c.mutex);
                c.events.push_back(r);
                c.changed.notify_all();
            },
            {});
        {
            std::unique_lock lock(c.mutex);
            const bool all = c.changed.wait_for(lock, 30s, [&] { return c.blocks.size() >= height; });
            check(all,
                "every block up to the tip delivered (" + std::to_string(c.blocks.size()) + " of "
                    + std::to_string(height) + ")");
            bool chained = true;
            bool numbered = true;
            for (std::uint64_t n = 0; n < height && c.blocks.count(n); ++n) {
                const common::Block &b = c.blocks.at(n);
                numbered = numbered && b.header().number() == n;
                chained = chained && b.header().data_hash() == ledger::blockDataHash(b.data());
                if (n > 0 && c.blocks.count(n - 1))
                    chained
                        = chained && b.header().previous_hash() == ledger::blockHeaderHash(c.blocks.at(n - 1).header());
            }
            check(numbered, "blocks arrive numbered from 0");
            check(chained, "each block's data hash and previous hash match Fabric's hashing");
            common::Payload payload;
            common::ChannelHeader header;
            const bool genesis = c.blocks.count(0) && c.blocks.at(0).data().data_size() == 1
                && payload.ParseFromString([&] {
                       common::Envelope e;
                       e.ParseFromString(c.blocks.at(0).data().data(0));
                       return e.payload();
                   }())
                && header.ParseFromString(payload.header().channel_header());
            check(genesis && header.type() == common::CONFIG, "block 0 is configtxgen's configuration block");
        }

        // A transaction of ours, live: its block and its event.
        lianxin::trust::NotarizedDocument doc;
        doc.set_sha256(crypto::randomBytes(32));
        doc.set_doc_type("INVOICE");
        doc.set_file_name("invoice.pdf");
        doc.set_submitting_msp(msp);
        doc.set_lc_no("LC-STREAMS-" + toHex(crypto::randomBytes(4)));
        doc.set_issuing_bank_msp(msp);
        const client::SubmitResult r = officer.submit("trust", "notary", "Record", { doc.SerializeAsString() });
        check(r.code == protos::VALID, "a notary record committed in block " + std::to_string(r.blockNumber));
        {
            std::unique_lock lock(c.mutex);
            check(c.changed.wait_for(lock, 30s, [&] { return c.blocks.count(r.blockNumber) > 0; }),
                "its block " + std::to_string(r.blockNumber) + " arrives on the live stream");
            const bool evented = c.changed.wait_for(lock, 30s, [&] {
                for (const auto &e : c.events)
                    if (e.block_number() == r.blockNumber)
                        for (const auto &ev : e.events())
                            if (ev.tx_id() == r.txId && ev.event_name() == "DocumentNotarized")
                                return true;
                return false;
            });
            check(evented, "its DocumentNotarized event arrives on the event stream");
            check(c.errors.empty(), "no stream broke" + (c.errors.empty() ? "" : ": " + c.errors.front()));
            c.errors.clear();
        }
        // A transaction ID the peer does not have is "not found", not a
        // refusal: the outbox sends an entry whose first attempt was cut
        // off again instead of giving it up.
        const std::string unknown(64, 'a');
        check(!officer.transactionStatus("trust", unknown).has_value(), "an unknown transaction ID is not found");
        try {
            (void)officer.transaction("trust", unknown);
            check(false, "ledger tx of an unknown ID fails");
        } catch (const client::LedgerError &e) {
            check(e.reasonCode() == "TX_NOT_FOUND", std::string("ledger tx of an unknown ID: ") + e.reasonCode());
        }

        // The peer goes away and comes back: the stream reconnects by itself.
        if (argc == 3) {
            const std::string script = argv[2];
            const auto node = [&](const char *verb) {
                const std::string command = "bash '" + script + "' " + verb + " '" + net.string() + "' peer-" + msp;
                return std::system(command.c_str()) == 0;
            };
            check(node("stop"), "the peer stopped");
            std::this_thread::sleep_for(3s);
            check(node("start"), "the peer started again");
            client::SubmitResult again;
            const auto deadline = std::chrono::steady_clock::now() + 60s;
            while (std::chrono::steady_clock::now() < deadline) {
                try {
                    doc.set_sha256(crypto::randomBytes(32));
                    again = officer.submit("trust", "notary", "Record", { doc.SerializeAsString() });
                    break;
                } catch (const client::LedgerError &e) {
                    std::this_thread::sleep_for(1s); // the gateway may need a moment
                }
            }
            check(again.code == protos::VALID,
                "after the restart, a record committed in block " + std::to_string(again.blockNumber));
            std::unique_lock lock(c.mutex);
            check(c.changed.wait_for(lock, 60s, [&] { return c.blocks.count(again.blockNumber) > 0; }),
                "its block " + std::to_string(again.blockNumber) + " arrives on the same subscription ("
                    + std::to_string(c.errors.size()) + " breaks reported"
                    + (c.errors.empty() ? "" : ", last: " + c.errors.back()) + ")");
        }
        blocks.reset();
        events.reset();
    } catch (const std::exception &e) {
        check(false, std::string("no exception: ") + e.what());
    }
    std::cout << (failures ? "FAILED" : "passed") << std::endl;
    return failures ? 1 : 0;
}
