// lianxin-cli network materials: Fabric's MSP folders from a sandbox.
#include "ledgerclient/FabricMaterials.h"

#include "TempDir.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <set>
#include <sstream>
#include <sys/stat.h>

using namespace lx;
using namespace lx::client;
namespace fs = std::filesystem;

namespace {

const std::string kPass = "materials passphrase";

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

crypto::Certificate certAt(const fs::path &path)
{
    return crypto::Certificate::fromPem(readAll(path));
}

X509 *x509(const crypto::Certificate &cert)
{
    return static_cast<X509 *>(cert.nativeHandle());
}

int nodeOuCount(const crypto::Certificate &cert)
{
    static const std::set<std::string> nodeOus { "client", "peer", "admin", "orderer" };
    int n = 0;
    for (const auto &ou : cert.subject().organizationalUnits)
        n += nodeOus.count(ou) ? 1 : 0;
    return n;
}

unsigned modeOf(const fs::path &path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

// An MSP folder with a signing identity: the layout, the chain to its CA,
// one node OU (the expected one), and the key that belongs to the certificate.
void expectSigningMsp(const fs::path &msp, const crypto::Certificate &ca, const std::string &nodeOu)
{
    SCOPED_TRACE(msp.string());
    ASSERT_TRUE(fs::exists(msp / "signcerts" / "cert.pem"));
    EXPECT_EQ(readAll(msp / "cacerts" / "ca.pem"), ca.toPem());
    EXPECT_EQ(readAll(msp / "tlscacerts" / "ca.pem"), ca.toPem());
    EXPECT_EQ(readAll(msp / "config.yaml"), fabricNodeOusConfig("ca.pem"));
    const crypto::Certificate cert = certAt(msp / "signcerts" / "cert.pem");
    EXPECT_TRUE(cert.isIssuedBy(ca));
    EXPECT_FALSE(cert.isCa());
    EXPECT_EQ(nodeOuCount(cert), 1);
    const auto ous = cert.subject().organizationalUnits;
    EXPECT_NE(std::find(ous.begin(), ous.end(), nodeOu), ous.end());
    const std::string keyPem = readAll(msp / "keystore" / "key.pem");
    EXPECT_NE(keyPem.find("-----BEGIN PRIVATE KEY-----"), std::string::npos); // PKCS#8
    EXPECT_EQ(crypto::PrivateKey::fromPem(keyPem).publicKey().toDer(), cert.publicKey().toDer());
    EXPECT_EQ(modeOf(msp / "keystore" / "key.pem"), 0600u);
}

void expectTls(const fs::path &dir, const std::string &name, const crypto::Certificate &ca)
{
    SCOPED_TRACE((dir / name).string());
    EXPECT_EQ(readAll(dir / "ca.crt"), ca.toPem());
    const crypto::Certificate cert = certAt(dir / (name + ".crt"));
    EXPECT_TRUE(cert.isIssuedBy(ca));
    EXPECT_EQ(X509_check_host(x509(cert), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_ip_asc(x509(cert), "127.0.0.1", 0), 1);
    const uint32_t eku = X509_get_extended_key_usage(x509(cert));
    EXPECT_TRUE((eku & XKU_SSL_SERVER) && (eku & XKU_SSL_CLIENT));
    EXPECT_EQ(
        crypto::PrivateKey::fromPem(readAll(dir / (name + ".key"))).publicKey().toDer(), cert.publicKey().toDer());
    EXPECT_EQ(modeOf(dir / (name + ".key")), 0600u);
}

} // namespace

class FabricMaterials : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<test::TempDir>();
        initSandbox(data(), kPass);
        s_summary = writeFabricMaterials(data(), kPass, out());
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    static fs::path data() { return s_dir->path() / "sandbox"; }
    static fs::path out() { return s_dir->path() / "network"; }
    static crypto::Certificate caOf(const std::string &msp)
    {
        return certAt(consortiumDir(data()) / "cas" / msp / "ca-cert.pem");
    }

    static std::unique_ptr<test::TempDir> s_dir;
    static FabricMaterialsSummary s_summary;
};

std::unique_ptr<test::TempDir> FabricMaterials::s_dir;
FabricMaterialsSummary FabricMaterials::s_summary;

TEST_F(FabricMaterials, EveryOrganizationHasItsMspPeerAndAdmin)
{
    std::vector<std::string> expected;
    for (const auto &org : defaultSandbox().orgs)
        expected.push_back(org.mspId);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(s_summary.orgs, expected);
    EXPECT_EQ(s_summary.ordererMspId, "OrdererMSP");

    for (const std::string &msp : s_summary.orgs) {
        const crypto::Certificate ca = caOf(msp);
        const fs::path org = out() / "orgs" / msp;
        EXPECT_EQ(readAll(org / "msp" / "cacerts" / "ca.pem"), ca.toPem());
        EXPECT_EQ(readAll(org / "msp" / "config.yaml"), fabricNodeOusConfig("ca.pem"));
        EXPECT_FALSE(fs::exists(org / "msp" / "keystore"));
        expectSigningMsp(org / "peer0" / "msp", ca, "peer");
        // The peer is the sandbox's own peer identity.
        EXPECT_EQ(readAll(org / "peer0" / "msp" / "signcerts" / "cert.pem"),
            readAll(consortiumDir(data()) / "nodes" / msp / "peer-cert.pem"));
        expectTls(org / "peer0" / "tls", "server", ca);
        expectSigningMsp(org / "admin" / "msp", ca, "admin");
        EXPECT_EQ(certAt(org / "admin" / "msp" / "signcerts" / "cert.pem").subject().organizationalUnits,
            std::vector<std::string> { "admin" });
        expectTls(org / "admin" / "tls", "client", ca);
    }
    // Another organization's CA does not vouch for this one's peer.
    EXPECT_FALSE(certAt(out() / "orgs" / "HuaxiaBankMSP" / "peer0" / "msp" / "signcerts" / "cert.pem")
                     .isIssuedBy(caOf("DongfangBankMSP")));
}

TEST_F(FabricMaterials, TheOrdererOrganizationHasItsOrderer)
{
    const crypto::Certificate ca = caOf("OrdererMSP");
    const fs::path org = out() / "orgs" / "OrdererMSP";
    expectSigningMsp(org / "orderer0" / "msp", ca, "orderer");
    expectTls(org / "orderer0" / "tls", "server", ca);
    expectSigningMsp(org / "admin" / "msp", ca, "admin");
    expectTls(org / "admin" / "tls", "client", ca);
}

TEST_F(FabricMaterials, EveryWalletUserIsAnMspFolder)
{
    const Wallet wallet = Wallet::open(walletDir(data()), kPass);
    const auto entries = wallet.entries();
    EXPECT_EQ(s_summary.users, entries.size());
    for (const auto &entry : entries) {
        const fs::path msp = out() / "users" / entry.mspId / entry.user / "msp";
        expectSigningMsp(msp, caOf(entry.mspId), entry.role == Role::Admin ? "admin" : "client");
        EXPECT_EQ(readAll(msp / "signcerts" / "cert.pem"), entry.certPem);
    }
}

TEST_F(FabricMaterials, ChaincodeServersHaveTheirOwnCa)
{
    const fs::path dir = out() / "chaincode-tls";
    const crypto::Certificate ca = certAt(dir / "ca.crt");
    EXPECT_TRUE(ca.isCa());
    EXPECT_TRUE(ca.isIssuedBy(ca));
    expectTls(dir, "server", ca);
    expectTls(dir, "client", ca);
    EXPECT_FALSE(certAt(dir / "server.crt").isIssuedBy(caOf("HuaxiaBankMSP")));
}

TEST_F(FabricMaterials, NodeOusConfigNamesTheFourOus)
{
    const std::string config = fabricNodeOusConfig("ca.pem");
    EXPECT_NE(config.find("Enable: true"), std::string::npos);
    for (const char *ou : { "client", "peer", "admin", "orderer" })
        EXPECT_NE(config.find(std::string("OrganizationalUnitIdentifier: ") + ou + "\n"), std::string::npos) << ou;
    for (const char *key : { "ClientOUIdentifier", "PeerOUIdentifier", "AdminOUIdentifier", "OrdererOUIdentifier" })
        EXPECT_NE(config.find(std::string(key) + ":\n    Certificate: cacerts/ca.pem\n"), std::string::npos) << key;
}

TEST_F(FabricMaterials, RefusesAFolderThatHoldsMaterialAndAWrongPassphrase)
{
    const std::string before = readAll(out() / "orgs" / "HuaxiaBankMSP" / "peer0" / "tls" / "server.crt");
    try {
        writeFabricMaterials(data(), kPass, out());
        FAIL() << "expected FABRIC_MATERIALS_EXIST";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "FABRIC_MATERIALS_EXIST");
    }
    EXPECT_EQ(readAll(out() / "orgs" / "HuaxiaBankMSP" / "peer0" / "tls" / "server.crt"), before);

    const fs::path other = s_dir->path() / "other";
    EXPECT_THROW(writeFabricMaterials(data(), "not the passphrase", other), WalletError);
    EXPECT_FALSE(fs::exists(other / "orgs"));

    // A data folder that is no sandbox.
    const fs::path empty = s_dir->path() / "empty";
    fs::create_directories(empty);
    EXPECT_ANY_THROW(writeFabricMaterials(empty, kPass, other));
    EXPECT_FALSE(fs::exists(other / "orgs"));
}
