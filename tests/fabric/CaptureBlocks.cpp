// Captures every block of each channel of a network that
// scripts/fabric-network.sh brought up, as the bank's peer stores them
// (qscc GetBlockByNumber), into OUT/<channel>/<number>.block: the real
// Fabric blocks tests/ledger/FabricBlocksTest.cpp verifies without a
// network (tests/data/fabric-blocks, docs/fabric-block-verification.md).
//   fabric_capture_blocks NETWORK-DIR OUT-DIR [CHANNEL...]

#include "NetworkUser.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/SigningIdentity.h"

#include "common/common.pb.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;
using namespace lx;

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: fabric_capture_blocks NETWORK-DIR OUT-DIR [CHANNEL...]" << std::endl;
        return 2;
    }
    const fs::path net = argv[1];
    const fs::path out = argv[2];
    std::vector<std::string> channels;
    for (int i = 3; i < argc; ++i)
        channels.emplace_back(argv[i]);
    if (channels.empty())
        channels = { "trust", "lc", "forfaiting", "guarantee" };
    try {
        const std::string msp = "HuaxiaBankMSP";
        client::Client officer = test::networkClient(net, msp, "officer1");
        for (const auto &channel : channels) {
            const std::uint64_t height = officer.chainInfo(channel).height();
            fs::create_directories(out / channel);
            for (std::uint64_t n = 0; n < height; ++n) {
                std::ofstream file(out / channel / (std::to_string(n) + ".block"), std::ios::binary);
                file << officer.block(channel, n).SerializeAsString();
            }
            std::cout << channel << ": " << height << " blocks" << std::endl;
        }
    } catch (const std::exception &e) {
        std::cerr << "fabric_capture_blocks: " << e.what() << std::endl;
        return 4;
    }
    return 0;
}
