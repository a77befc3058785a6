// Fabric's common connection profile, JSON and YAML: what readNetworkProfile
// takes from it, the endpoint it gives, and each refusal naming the file and
// the field.
#include "ledgerclient/NetworkProfile.h"

#include "TempDir.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

using namespace lx;
using namespace lx::client;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeFile(const fs::path &path, const std::string &text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string newCaPem(const std::string &name)
{
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    return crypto::makeSelfSignedCa(key, { "CN", "Beijing", name, {}, "tlsca." + name }, 30).toPem();
}

// PEM as a JSON string's content: newlines escaped.
std::string jsonText(const std::string &pem)
{
    std::string out;
    for (char c : pem)
        out += c == '\n' ? std::string("\\n") : std::string(1, c);
    return out;
}

// PEM as a YAML block scalar's lines, indented.
std::string yamlBlock(const std::string &pem, int indent)
{
    std::string out;
    std::istringstream lines(pem);
    for (std::string line; std::getline(lines, line);)
        out += std::string(indent, ' ') + line + "\n";
    return out;
}

class NetworkProfileTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_peerCa = new std::string(newCaPem("org1.example.com"));
        s_ordererCa = new std::string(newCaPem("example.com"));
        s_org2Ca = new std::string(newCaPem("org2.example.com"));
        const crypto::PrivateKey clientKey = crypto::PrivateKey::generate();
        s_clientKey = new std::string(clientKey.toPem());
        s_clientCert
            = new std::string(crypto::makeSelfSignedCa(clientKey, { "CN", "", "Org1", {}, "user1" }, 30).toPem());
    }
    static void TearDownTestSuite()
    {
        delete s_peerCa;
        delete s_ordererCa;
        delete s_org2Ca;
        delete s_clientKey;
        delete s_clientCert;
    }

    // Fabric's test-network shape, in JSON, with inline PEM: Org1 (ours, one
    // grpcs peer with a name override) and Org2, an orderer, mutual TLS.
    std::string jsonProfile() const
    {
        return R"({
  "name": "test-network-org1",
  "version": "1.0.0",
  "client": {
    "organization": "Org1",
    "connection": {"timeout": {"peer": {"endorser": "300"}}},
    "tlsCerts": {"client": {"cert": {"pem": ")"
            + jsonText(*s_clientCert) + R"("}, "key": {"pem": ")" + jsonText(*s_clientKey) + R"("}}}
  },
  "organizations": {
    "Org1": {"mspid": "Org1MSP", "peers": ["peer0.org1.example.com"], "certificateAuthorities": ["ca.org1.example.com"]},
    "Org2": {"mspid": "Org2MSP", "peers": ["peer0.org2.example.com"]}
  },
  "peers": {
    "peer0.org1.example.com": {
      "url": "grpcs://localhost:7051",
      "tlsCACerts": {"pem": ")"
            + jsonText(*s_peerCa) + R"("},
      "grpcOptions": {"ssl-target-name-override": "peer0.org1.example.com", "hostnameOverride": "other"}
    },
    "peer0.org2.example.com": {"url": "grpcs://[::1]:9051", "tlsCACerts": {"pem": [")"
            + jsonText(*s_org2Ca) + R"("]}}
  },
  "orderers": {
    "orderer.example.com": {"url": "grpcs://localhost:7050", "tlsCACerts": {"pem": ")"
            + jsonText(*s_ordererCa) + R"("}}
  },
  "certificateAuthorities": {"ca.org1.example.com": {"url": "https://localhost:7054"}}
}
)";
    }

    // The same kind of network in YAML: certificates by paths relative to
    // the profile's folder (and one inline block), a plaintext grpc:// peer,
    // channels, our organization listed second.
    std::string yamlProfile() const
    {
        return "---\n"
               "name: yaml-network\n"
               "version: 1.0\n"
               "client:\n"
               "  organization: Org1\n"
               "  tlsCerts:\n"
               "    client:\n"
               "      cert:\n"
               "        path: tls/client.crt\n"
               "      key:\n"
               "        path: tls/client.key\n"
               "organizations:\n"
               "  Org2:\n"
               "    mspid: Org2MSP\n"
               "    peers: [peer0.org2.example.com]\n"
               "  Org1:\n"
               "    mspid: Org1MSP\n"
               "    peers:\n"
               "      - peer1.org1.example.com\n"
               "      - peer0.org1.example.com\n"
               "peers:\n"
               "  peer0.org1.example.com:\n"
               "    url: grpcs://127.0.0.1:7051\n"
               "    tlsCACerts:\n"
               "      path: tls/../tls/peer-ca.crt\n"
               "    grpcOptions:\n"
               "      hostnameOverride: peer0.org1.example.com\n"
               "  peer1.org1.example.com:\n"
               "    url: grpc://peer1.org1.example.com:8051\n"
               "    tlsCACerts: {path: tls/none.crt}\n" // plaintext: ignored, not even read
               "  peer0.org2.example.com:\n"
               "    url: grpcs://localhost:9051\n"
               "    tlsCACerts:\n"
               "      pem: |\n"
            + yamlBlock(*s_org2Ca, 8)
            + "orderers:\n"
              "  orderer.example.com:\n"
              "    url: grpcs://localhost:7050\n"
              "    tlsCACerts:\n"
              "      path: tls/orderer-ca.crt\n"
              "channels:\n"
              "  mychannel:\n"
              "    orderers: [orderer.example.com]\n"
              "    peers:\n"
              "      peer0.org1.example.com: {endorsingPeer: true}\n"
              "  lc: {}\n";
    }

    // profile.yaml (or NAME) in the temp folder with the YAML profile's files beside it.
    fs::path write(const std::string &text, const std::string &name = "profile.yaml") const
    {
        writeFile(m_dir.path() / "tls" / "peer-ca.crt", *s_peerCa);
        writeFile(m_dir.path() / "tls" / "orderer-ca.crt", *s_ordererCa);
        writeFile(m_dir.path() / "tls" / "client.crt", *s_clientCert);
        writeFile(m_dir.path() / "tls" / "client.key", *s_clientKey);
        const fs::path file = m_dir.path() / name;
        writeFile(file, text);
        return file;
    }

    // The error readNetworkProfile throws for text; fails the test when none.
    NetworkProfileError refusal(const std::string &text) const
    {
        const fs::path file = write(text);
        try {
            readNetworkProfile(file);
        } catch (const NetworkProfileError &e) {
            return e;
        }
        ADD_FAILURE() << "accepted:\n" << text;
        return NetworkProfileError("", file, "", "");
    }

    // The YAML profile with one line replaced; fails the test when it is not there.
    std::string yamlWith(const std::string &from, const std::string &to) const
    {
        std::string text = yamlProfile();
        const auto at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos)
            text.replace(at, from.size(), to);
        return text;
    }

    std::string file() const { return (m_dir.path() / "profile.yaml").string(); }

    test::TempDir m_dir;
    static std::string *s_peerCa;
    static std::string *s_ordererCa;
    static std::string *s_org2Ca;
    static std::string *s_clientKey;
    static std::string *s_clientCert;
};

std::string *NetworkProfileTest::s_peerCa = nullptr;
std::string *NetworkProfileTest::s_ordererCa = nullptr;
std::string *NetworkProfileTest::s_org2Ca = nullptr;
std::string *NetworkProfileTest::s_clientKey = nullptr;
std::string *NetworkProfileTest::s_clientCert = nullptr;

} // namespace

TEST_F(NetworkProfileTest, ReadsJsonWithInlinePem)
{
    const fs::path file = write(jsonProfile(), "connection-org1.json");
    const NetworkProfile profile = readNetworkProfile(file);
    EXPECT_EQ(profile.file.string(), file.string());
    EXPECT_EQ(profile.name, "test-network-org1");
    EXPECT_EQ(profile.version, "1.0.0");
    EXPECT_EQ(profile.organization, "Org1");
    EXPECT_EQ(profile.mspId, "Org1MSP");
    ASSERT_EQ(profile.organizations.size(), 2u);
    EXPECT_EQ(profile.organizations[1].name, "Org2");
    EXPECT_EQ(profile.organizations[1].mspId, "Org2MSP");
    EXPECT_EQ(profile.organizations[1].peers, std::vector<std::string> { "peer0.org2.example.com" });

    ASSERT_EQ(profile.peers.size(), 2u);
    const NetworkNode &peer = profile.peers[0];
    EXPECT_EQ(peer.name, "peer0.org1.example.com");
    EXPECT_EQ(peer.url, "grpcs://localhost:7051");
    EXPECT_EQ(peer.address, "localhost:7051");
    EXPECT_TRUE(peer.tls);
    EXPECT_EQ(peer.tlsCaPem, *s_peerCa);
    // ssl-target-name-override wins over hostnameOverride.
    EXPECT_EQ(peer.hostNameOverride, "peer0.org1.example.com");
    // An IPv6 host; a pem given as a list.
    EXPECT_EQ(profile.peers[1].address, "[::1]:9051");
    EXPECT_EQ(profile.peers[1].tlsCaPem, *s_org2Ca);

    ASSERT_EQ(profile.orderers.size(), 1u);
    EXPECT_EQ(profile.orderers[0].name, "orderer.example.com");
    EXPECT_EQ(profile.orderers[0].address, "localhost:7050");
    EXPECT_EQ(profile.orderers[0].tlsCaPem, *s_ordererCa);
    EXPECT_TRUE(profile.channels.empty());
    EXPECT_EQ(profile.clientCertPem, *s_clientCert);
    EXPECT_EQ(profile.clientKeyPem, *s_clientKey);

    const FabricPeerEndpoint endpoint = profile.endpoint();
    EXPECT_EQ(endpoint.address, "localhost:7051");
    EXPECT_EQ(endpoint.tlsCaPem, *s_peerCa);
    EXPECT_EQ(endpoint.clientCertPem, *s_clientCert);
    EXPECT_EQ(endpoint.clientKeyPem, *s_clientKey);
    EXPECT_EQ(endpoint.callTimeout, FabricPeerEndpoint().callTimeout);
    EXPECT_EQ(profile.endpoint("peer0.org2.example.com").address, "[::1]:9051");
}

TEST_F(NetworkProfileTest, ReadsYamlWithPathsRelativeToTheProfile)
{
    const fs::path file = write(yamlProfile());
    // Relative paths are the profile's folder's, not the working folder's.
    ASSERT_NE(fs::current_path(), m_dir.path());
    const NetworkProfile profile = readNetworkProfile(file);
    EXPECT_EQ(profile.name, "yaml-network");
    EXPECT_EQ(profile.version, "1.0");
    EXPECT_EQ(profile.organization, "Org1");
    EXPECT_EQ(profile.mspId, "Org1MSP");
    ASSERT_EQ(profile.peers.size(), 3u);
    EXPECT_EQ(profile.peers[0].tlsCaPem, *s_peerCa);
    EXPECT_EQ(profile.peers[0].hostNameOverride, "peer0.org1.example.com");
    EXPECT_EQ(profile.peers[2].tlsCaPem, *s_org2Ca); // the block scalar
    EXPECT_FALSE(profile.peers[1].tls);
    EXPECT_EQ(profile.peers[1].address, "peer1.org1.example.com:8051");
    EXPECT_EQ(profile.orderers.at(0).tlsCaPem, *s_ordererCa);
    EXPECT_EQ(profile.channels, (std::vector<std::string> { "mychannel", "lc" }));
    EXPECT_EQ(profile.clientCertPem, *s_clientCert);
    EXPECT_EQ(profile.clientKeyPem, *s_clientKey);

    // The organization's peers in its own order: the plaintext one first.
    const auto ours = profile.organizationPeers();
    ASSERT_EQ(ours.size(), 2u);
    EXPECT_EQ(ours[0]->name, "peer1.org1.example.com");
    EXPECT_EQ(ours[1]->name, "peer0.org1.example.com");
    const FabricPeerEndpoint first = profile.endpoint();
    EXPECT_EQ(first.address, "peer1.org1.example.com:8051");
    EXPECT_EQ(first.tlsCaPem, ""); // grpc://: plaintext
    const FabricPeerEndpoint named = profile.endpoint("peer0.org1.example.com");
    EXPECT_EQ(named.address, "127.0.0.1:7051");
    EXPECT_EQ(named.tlsCaPem, *s_peerCa);
    EXPECT_EQ(named.clientKeyPem, *s_clientKey);
    EXPECT_EQ(&profile.peer("peer0.org2.example.com"), &profile.peers[2]);
}

TEST_F(NetworkProfileTest, ReadsAFileEvenWhenItsExtensionSaysOtherwise)
{
    // The content decides: YAML in a .json file reads the same.
    const NetworkProfile profile = readNetworkProfile(write(yamlProfile(), "profile.json"));
    EXPECT_EQ(profile.name, "yaml-network");
}

TEST_F(NetworkProfileTest, EndpointOfAnUnknownPeerIsRefused)
{
    const NetworkProfile profile = readNetworkProfile(write(yamlProfile()));
    try {
        profile.endpoint("peer7.org1.example.com");
        FAIL() << "no error";
    } catch (const NetworkProfileError &e) {
        EXPECT_EQ(std::string(e.what()),
            file()
                + ": peers: no peer peer7.org1.example.com (peers: peer0.org1.example.com, "
                  "peer1.org1.example.com, peer0.org2.example.com)");
    }
}

TEST_F(NetworkProfileTest, RefusesAUrlThatIsNotGrpc)
{
    const NetworkProfileError e = refusal(yamlWith("url: grpcs://127.0.0.1:7051", "url: \"grpcs//x\""));
    EXPECT_EQ(std::string(e.what()),
        file() + ": peers.peer0.org1.example.com.url: \"grpcs//x\" is not grpc://HOST:PORT or grpcs://HOST:PORT");
    EXPECT_EQ(e.reasonCode(), NetworkProfileError::kInvalid);
    EXPECT_EQ(e.field(), "peers.peer0.org1.example.com.url");
    EXPECT_EQ(e.file().string(), file());

    for (const std::string url :
        { "https://localhost:7051", "grpcs://localhost", "grpcs://:7051", "grpcs://localhost:0",
            "grpcs://localhost:65536", "grpcs://localhost:70x1", "grpcs://localhost:7051/", "grpcs://a:b:7051",
            "grpcs://[::1]7051", "GRPCS://localhost:7051", "grpcs:/localhost:7051", "localhost:7051" }) {
        const NetworkProfileError bad = refusal(yamlWith("url: grpcs://127.0.0.1:7051", "url: \"" + url + "\""));
        EXPECT_EQ(std::string(bad.what()),
            file() + ": peers.peer0.org1.example.com.url: \"" + url
                + "\" is not grpc://HOST:PORT or grpcs://HOST:PORT");
    }
    // The orderers' too.
    EXPECT_EQ(refusal(yamlWith("url: grpcs://localhost:7050", "url: localhost:7050")).field(),
        "orderers.orderer.example.com.url");
}

TEST_F(NetworkProfileTest, RefusesAClientOrganizationWithoutPeers)
{
    const std::string listed = "    peers:\n      - peer1.org1.example.com\n      - peer0.org1.example.com\n";
    EXPECT_EQ(std::string(refusal(yamlWith(listed, "    peers: []\n")).what()),
        file() + ": organizations.Org1: no peers (the client organization needs at least one)");
    EXPECT_EQ(std::string(refusal(yamlWith(listed, "")).what()),
        file() + ": organizations.Org1: no peers (the client organization needs at least one)");
    // Another organization may list none (an orderer organization, say).
    const NetworkProfile profile = readNetworkProfile(write(yamlWith("    peers: [peer0.org2.example.com]\n", "")));
    EXPECT_TRUE(profile.organizations[0].peers.empty());
}

TEST_F(NetworkProfileTest, RefusesAClientOrganizationNotAmongOrganizations)
{
    const NetworkProfileError e = refusal(yamlWith("  organization: Org1\n", "  organization: Org9\n"));
    EXPECT_EQ(std::string(e.what()), file() + ": client.organization: Org9 is not among organizations (Org2, Org1)");
    EXPECT_EQ(e.field(), "client.organization");
    // The organization's key, not its MSP ID.
    EXPECT_EQ(std::string(refusal(yamlWith("  organization: Org1\n", "  organization: Org1MSP\n")).what()),
        file() + ": client.organization: Org1MSP is not among organizations (Org2, Org1)");
}

TEST_F(NetworkProfileTest, RefusesATlsCaPathThatDoesNotExist)
{
    const NetworkProfileError e = refusal(yamlWith("path: tls/orderer-ca.crt", "path: ../elsewhere/ca.crt"));
    const std::string resolved = (m_dir.path().parent_path() / "elsewhere" / "ca.crt").string();
    EXPECT_EQ(std::string(e.what()),
        file() + ": orderers.orderer.example.com.tlsCACerts.path: " + resolved + " does not exist");
    // A folder is no certificate either.
    EXPECT_EQ(std::string(refusal(yamlWith("path: tls/orderer-ca.crt", "path: tls")).what()),
        file() + ": orderers.orderer.example.com.tlsCACerts.path: " + (m_dir.path() / "tls").string()
            + " is not a file");
}

TEST_F(NetworkProfileTest, RefusesTlsCaCertsThatHoldNoCertificate)
{
    writeFile(m_dir.path() / "tls" / "junk.crt", "not a certificate\n");
    EXPECT_EQ(std::string(refusal(yamlWith("path: tls/orderer-ca.crt", "path: tls/junk.crt")).what()),
        file() + ": orderers.orderer.example.com.tlsCACerts.path: " + (m_dir.path() / "tls" / "junk.crt").string()
            + " holds no PEM certificate");
    EXPECT_EQ(std::string(refusal(yamlWith("      path: tls/orderer-ca.crt", "      pem: junk")).what()),
        file() + ": orderers.orderer.example.com.tlsCACerts.pem: holds no PEM certificate");
    // A key where the client certificate should be.
    EXPECT_EQ(
        refusal(yamlWith("path: tls/client.crt", "path: tls/client.key")).field(), "client.tlsCerts.client.cert.path");
    EXPECT_EQ(std::string(refusal(yamlWith("path: tls/client.key", "path: tls/client.crt")).what()),
        file() + ": client.tlsCerts.client.key.path: " + (m_dir.path() / "tls" / "client.crt").string()
            + " holds no PEM private key");
}

TEST_F(NetworkProfileTest, RefusesAGrpcsNodeWithoutTlsCa)
{
    const std::string ca = "    tlsCACerts:\n      path: tls/orderer-ca.crt\n";
    EXPECT_EQ(std::string(refusal(yamlWith(ca, "")).what()),
        file()
            + ": orderers.orderer.example.com.tlsCACerts: missing: a grpcs:// orderer needs its TLS CA certificate "
              "(pem or path)");
    EXPECT_EQ(std::string(refusal(yamlWith(ca, "    tlsCACerts: ca.crt\n")).what()),
        file() + ": orderers.orderer.example.com.tlsCACerts: is not a map");
    EXPECT_EQ(std::string(refusal(yamlWith(ca, "    tlsCACerts: {other: x}\n")).what()),
        file() + ": orderers.orderer.example.com.tlsCACerts: gives neither pem nor path");
    EXPECT_EQ(std::string(refusal(yamlWith(ca, "    tlsCACerts: {path: tls/orderer-ca.crt, pem: x}\n")).what()),
        file() + ": orderers.orderer.example.com.tlsCACerts: gives both pem and path: give one");
}

TEST_F(NetworkProfileTest, RefusesMissingOrWrongFields)
{
    struct Case
    {
        std::string from, to, message;
    };
    const std::vector<Case> cases {
        { "name: yaml-network\n", "", "name: missing" },
        { "name: yaml-network\n", "name: [a, b]\n", "name: is not a text value" },
        { "name: yaml-network\n", "name: \"\"\n", "name: is empty" },
        { "  organization: Org1\n", "", "client.organization: missing" },
        { "client:\n", "client: 3\nclient2:\n", "client: is not a map" },
        { "    mspid: Org2MSP\n", "", "organizations.Org2.mspid: missing" },
        { "peers: [peer0.org2.example.com]", "peers: [peer9.org2.example.com]",
            "organizations.Org2.peers[0]: peer9.org2.example.com is not among peers" },
        { "peers: [peer0.org2.example.com]", "peers: peer0.org2.example.com",
            "organizations.Org2.peers: is not a list of peer names" },
        { "organizations:\n", "organisations:\n", "organizations: missing" },
        { "    url: grpc://peer1.org1.example.com:8051\n", "    urls: grpc://peer1.org1.example.com:8051\n",
            "peers.peer1.org1.example.com.url: missing" },
        { "      cert:\n        path: tls/client.crt\n", "", "client.tlsCerts.client: a key without its cert" },
        { "      key:\n        path: tls/client.key\n", "", "client.tlsCerts.client: a cert without its key" },
        { "  lc: {}\n", "  - lc\n", "" }, // not YAML: a list item inside a map
        { "channels:\n", "channels: [a]\nx:\n", "channels: is not a map of channel names" },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.to);
        const NetworkProfileError e = refusal(yamlWith(c.from, c.to));
        if (c.message.empty()) {
            EXPECT_EQ(e.reasonCode(), NetworkProfileError::kSyntax);
            continue;
        }
        EXPECT_EQ(std::string(e.what()), file() + ": " + c.message);
        EXPECT_EQ(e.reasonCode(), NetworkProfileError::kInvalid);
    }
}

TEST_F(NetworkProfileTest, RefusesWhatIsNotAProfile)
{
    NetworkProfileError e = refusal("{\"name\": \"x\", \"client\": {\"organization\": \"Org1\"}\n");
    EXPECT_EQ(e.reasonCode(), NetworkProfileError::kSyntax);
    EXPECT_TRUE(std::string(e.what()).starts_with(file() + ": is neither YAML nor JSON: line ")) << e.what();

    e = refusal("- a\n- b\n");
    EXPECT_EQ(e.reasonCode(), NetworkProfileError::kInvalid);
    EXPECT_TRUE(std::string(e.what()).starts_with(file() + ": is not a connection profile")) << e.what();
    EXPECT_EQ(refusal("").reasonCode(), NetworkProfileError::kInvalid);

    const fs::path missing = m_dir.path() / "nowhere.yaml";
    try {
        readNetworkProfile(missing);
        FAIL() << "no error";
    } catch (const NetworkProfileError &error) {
        EXPECT_EQ(std::string(error.what()), missing.string() + ": does not exist");
        EXPECT_EQ(error.reasonCode(), NetworkProfileError::kUnreadable);
    }
    try {
        readNetworkProfile(m_dir.path());
        FAIL() << "no error";
    } catch (const NetworkProfileError &error) {
        EXPECT_EQ(std::string(error.what()), m_dir.path().string() + ": is not a file");
    }
}

// The profiles scripts/fabric-network.sh up writes (a copy of what it wrote
// for HuaxiaBankMSP, tests/ledgerclient/profiles/), laid in a network folder
// as DIR/profiles/ with the TLS CAs at ../orgs/<MSP>/.../tls/ca.crt.
TEST_F(NetworkProfileTest, ReadsTheProfilesTheNetworkScriptWrites)
{
    const std::vector<std::string> members { "BeiyuanBankMSP", "ChangjiangBankMSP", "DongfangBankMSP", "HuaxiaBankMSP",
        "NanhaiBankMSP", "RegulatorMSP", "SecretariatMSP" };
    std::map<std::string, std::string> cas;
    for (const auto &msp : members) {
        cas[msp] = newCaPem(msp);
        writeFile(m_dir.path() / "orgs" / msp / "peer0" / "tls" / "ca.crt", cas[msp]);
    }
    writeFile(m_dir.path() / "orgs" / "OrdererMSP" / "orderer0" / "tls" / "ca.crt", *s_ordererCa);

    std::vector<NetworkProfile> read;
    for (const char *name : { "HuaxiaBankMSP.json", "HuaxiaBankMSP.yaml" }) {
        SCOPED_TRACE(name);
        const fs::path file = m_dir.path() / "profiles" / name;
        writeFile(file, readAll(fs::path(LIANXIN_TEST_PROFILES) / name));
        const NetworkProfile profile = readNetworkProfile(file);
        EXPECT_EQ(profile.name, "lianxin-net");
        EXPECT_EQ(profile.organization, "HuaxiaBankMSP");
        EXPECT_EQ(profile.mspId, "HuaxiaBankMSP");
        ASSERT_EQ(profile.peers.size(), 7u);
        ASSERT_EQ(profile.organizations.size(), 7u);
        // Its own peer first, then every other member's, each with its organization's TLS CA.
        EXPECT_EQ(profile.peers[0].name, "peer0.huaxiabankmsp");
        for (std::size_t i = 0; i < 7; ++i) {
            const NetworkOrganization &org = profile.organizations[i];
            EXPECT_EQ(org.mspId, org.name);
            ASSERT_EQ(org.peers.size(), 1u);
            EXPECT_EQ(profile.peer(org.peers[0]).tlsCaPem, cas[org.mspId]) << org.mspId;
            EXPECT_TRUE(profile.peers[i].tls);
        }
        EXPECT_EQ(profile.organizations[0].name, "HuaxiaBankMSP");
        ASSERT_EQ(profile.orderers.size(), 1u);
        EXPECT_EQ(profile.orderers[0].tlsCaPem, *s_ordererCa);
        EXPECT_EQ(profile.channels, (std::vector<std::string> { "trust", "lc", "forfaiting", "guarantee" }));
        const FabricPeerEndpoint endpoint = profile.endpoint();
        EXPECT_EQ(endpoint.address, profile.peers[0].address);
        EXPECT_EQ(endpoint.tlsCaPem, cas["HuaxiaBankMSP"]);
        EXPECT_TRUE(endpoint.clientCertPem.empty());
        read.push_back(profile);
    }
    // JSON and YAML say the same.
    ASSERT_EQ(read.size(), 2u);
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(read[0].peers[i].name, read[1].peers[i].name);
        EXPECT_EQ(read[0].peers[i].address, read[1].peers[i].address);
        EXPECT_EQ(read[0].organizations[i].name, read[1].organizations[i].name);
    }
    EXPECT_EQ(read[0].orderers[0].address, read[1].orderers[0].address);
}
