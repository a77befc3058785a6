#include "NetworkCommands.h"

#include "CliSupport.h"

#include "ledgerclient/FabricMaterials.h"

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

} // namespace lx::cli
