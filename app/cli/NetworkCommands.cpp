#include "NetworkCommands.h"

#include "CliSupport.h"

#include "ledgerclient/FabricMaterials.h"
#include "ledgerclient/Sandbox.h"

#include <iostream>

namespace lx::cli {

int networkMaterials(const CliOptions &options)
{
    if (!options.out || options.out->empty())
        throw UsageError("network materials needs --out DIR (where Fabric's MSP folders go)");
    const client::FabricMaterialsSummary summary
        = client::writeFabricMaterials(options.dataDir, options.passphrase(), *options.out);
    if (options.json) {
        std::string orgs;
        for (const std::string &org : summary.orgs)
            orgs += (orgs.empty() ? "" : ", ") + jsonString(org);
        std::cout << "{\"out\": " << jsonString(*options.out) << ", \"orgs\": [" << orgs
                  << "], \"ordererMspId\": " << jsonString(summary.ordererMspId) << ", \"users\": " << summary.users
                  << "}\n";
    } else {
        std::cout << "Fabric material for " << summary.orgs.size() << " organizations, the orderer organization "
                  << summary.ordererMspId << " and " << summary.users << " users written to " << *options.out << "\n";
    }
    return Done;
}

int networkRegisterMembers(const CliOptions &options)
{
    if (!options.network)
        throw UsageError("network register-members registers the sandbox's members on a network: give --network PROFILE"
                " (the sandbox's own ledger has them from sandbox init)",
            "CLI_NEEDS_NETWORK");
    client::Client client = openClient(options);
    const std::vector<std::string> added = client::registerMembers(client, client::defaultSandbox());
    if (options.json) {
        std::string list;
        for (const std::string &msp : added)
            list += (list.empty() ? "" : ", ") + jsonString(msp);
        std::cout << "{\"registered\": [" << list << "]}\n";
    } else if (added.empty()) {
        std::cout << "Every member is registered already\n";
    } else {
        for (const std::string &msp : added)
            std::cout << "Registered " << msp << "\n";
    }
    return Done;
}

} // namespace lx::cli
