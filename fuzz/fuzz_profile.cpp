// Connection profiles: parseNetworkProfile on fuzzed YAML or JSON, named as
// profile.yaml in a scratch folder whose tls/ca.crt holds a CA certificate
// (so relative tlsCACerts paths can resolve). NetworkProfileError is the
// expected refusal; anything else escaping (a yaml-cpp exception, an
// out-of-range) is a finding. An accepted profile must hold together: its
// client organization among organizations with at least one peer, every
// peer with an address, and endpoint() giving that organization's first peer.

#include "FuzzSupport.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledgerclient/NetworkProfile.h"

using namespace lx;

namespace {

const std::filesystem::path &profileDir()
{
    static const std::filesystem::path *const dir = [] {
        auto *path = new std::filesystem::path(fuzz::scratchDir() / "profile");
        std::filesystem::create_directories(*path / "tls");
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        fuzz::writeFile(*path / "tls" / "ca.crt",
            crypto::makeSelfSignedCa(key, { "CN", "", "Fuzz", {}, "tlsca.fuzz" }, 30).toPem());
        return path;
    }();
    return *dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    client::NetworkProfile profile;
    try {
        profile = client::parseNetworkProfile(fuzz::asView(data, size), profileDir() / "profile.yaml");
    } catch (const client::NetworkProfileError &e) {
        if (std::string(e.what()).find("profile.yaml: ") == std::string::npos)
            fuzz::fail(std::string("a refusal that does not name the file: ") + e.what());
        return 0;
    }
    const auto ours = profile.organizationPeers();
    if (ours.empty() || profile.mspId.empty() || profile.name.empty())
        fuzz::fail("accepted a profile without name, MSP ID or peers of its organization");
    for (const auto &peer : profile.peers) {
        if (peer.address.empty() || (peer.tls && peer.tlsCaPem.empty()))
            fuzz::fail("accepted peer " + peer.name + " without address or TLS CA");
    }
    const client::FabricPeerEndpoint endpoint = profile.endpoint();
    if (endpoint.address != ours.front()->address)
        fuzz::fail("endpoint() is not the organization's first peer");
    return 0;
}
