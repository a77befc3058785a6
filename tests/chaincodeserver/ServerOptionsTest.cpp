// lianxin-chaincode's configuration: options, environment fallbacks, and
// the errors a wrong configuration gives; TLS with client authentication.
#include "../ledgerclient/TempDir.h"
#include "FakePeer.h"

#include "chaincode/Registry.h"

#include <fstream>
#include <gtest/gtest.h>

namespace lx::test {
namespace {

namespace cs = chaincode_server;

cs::EnvLookup env(std::map<std::string, std::string> values)
{
    return [values](const std::string &name) -> std::optional<std::string> {
        const auto it = values.find(name);
        if (it == values.end())
            return std::nullopt;
        return it->second;
    };
}

int usageExit(const std::vector<std::string> &args, const cs::EnvLookup &lookup = env({}))
{
    try {
        cs::parseOptions(args, lookup);
    } catch (const cs::ConfigError &e) {
        return e.exitCode();
    }
    return 0;
}

TEST(ServerOptionsTest, ReadsTheCommandLineAndFallsBackToFabricsEnvironment)
{
    const auto o = cs::parseOptions(
        { "--contract", "lc", "--chaincode-id", "lc_1:abc", "--address", "0.0.0.0:9999", "--tls-cert", "c.pem",
            "--tls-key", "k.pem", "--client-ca", "ca.pem", "--dated-transactions" },
        env({ { "CHAINCODE_ID", "other" } }));
    EXPECT_EQ(o.contract, "lc");
    EXPECT_EQ(o.chaincodeId, "lc_1:abc");
    EXPECT_EQ(o.address, "0.0.0.0:9999");
    EXPECT_EQ(o.clientCa, "ca.pem");
    EXPECT_TRUE(o.datedTransactions);

    const auto fromEnv = cs::parseOptions({ "--contract", "registry" },
        env({ { "CHAINCODE_ID", "registry_1:ff" }, { "CHAINCODE_SERVER_ADDRESS", "h:1" } }));
    EXPECT_EQ(fromEnv.chaincodeId, "registry_1:ff");
    EXPECT_EQ(fromEnv.address, "h:1");
    EXPECT_FALSE(fromEnv.datedTransactions);
}

TEST(ServerOptionsTest, AWrongCommandLineIsAUsageError)
{
    EXPECT_EQ(usageExit({ "--contract", "lc", "--address", "h:1" }), 2); // no id
    EXPECT_EQ(usageExit({ "--contract", "lc", "--chaincode-id", "x" }), 2); // no address
    EXPECT_EQ(usageExit({ "--chaincode-id", "x", "--address", "h:1" }), 2); // no contract
    EXPECT_EQ(usageExit({ "--contract", "lc", "--chaincode-id", "x", "--address", "h:1", "--bogus" }), 2);
    EXPECT_EQ(usageExit({ "--contract", "lc", "--chaincode-id", "x", "--address", "h:1", "--tls-cert", "c" }), 2);
    EXPECT_EQ(usageExit({ "--contract", "lc", "--chaincode-id", "x", "--address", "h:1", "--client-ca", "c" }), 2);
    EXPECT_EQ(usageExit({ "--contract" }), 2);
    EXPECT_EQ(usageExit({ "--help" }), 0);
    try {
        cs::standardContract("ledger");
        FAIL() << "an unknown contract was accepted";
    } catch (const cs::ConfigError &e) {
        EXPECT_EQ(e.exitCode(), 2);
        EXPECT_NE(std::string(e.what()).find("forfaiting"), std::string::npos);
    }
    for (const char *name : { "registry", "notary", "kyc", "quotes", "lc", "guarantee", "forfaiting" })
        EXPECT_EQ(cs::standardContract(name)->name(), name);
}

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The peer's TLS CA issues the server's and the peer's certificates.
        const auto serverKey = crypto::PrivateKey::generate();
        crypto::DistinguishedName dn;
        dn.commonName = "localhost";
        const auto serverCert
            = crypto::issueCertificate(orgs.ca("TlsCA"), orgs.caKey("TlsCA"), serverKey.publicKey(), dn, false, 30);
        write("server.pem", serverCert.toPem());
        write("server.key", serverKey.toPem());
        write("ca.pem", orgs.ca("TlsCA").toPem());
        clientKey = crypto::PrivateKey::generate().toPem();
        dn.commonName = "peer0.huaxia";
        clientCert = crypto::issueCertificate(
            orgs.ca("TlsCA"), orgs.caKey("TlsCA"), crypto::PrivateKey::fromPem(clientKey).publicKey(), dn, false, 30)
                         .toPem();
    }
    std::string path(const std::string &name) const { return (dir.path() / name).string(); }
    void write(const std::string &name, const std::string &text) const { std::ofstream(path(name)) << text; }
    cs::Options tlsOptions() const
    {
        cs::Options o;
        o.tlsCert = path("server.pem");
        o.tlsKey = path("server.key");
        o.clientCa = path("ca.pem");
        return o;
    }

    TestOrgs orgs;
    TempDir dir;
    std::string clientKey;
    std::string clientCert;
};

TEST_F(TlsTest, APeerWithItsClientCertificateIsServedAndOneWithoutIsRefused)
{
    TestServer server(std::make_shared<chaincode::Registry>(), { "registry:1", false, {} }, tlsOptions());
    grpc::SslCredentialsOptions withCert;
    withCert.pem_root_certs = orgs.ca("TlsCA").toPem();
    withCert.pem_private_key = clientKey;
    withCert.pem_cert_chain = clientCert;
    {
        FakePeer peer(server.channel(grpc::SslCredentials(withCert)));
        EXPECT_EQ(peer.handshake(), "registry:1");
    }
    grpc::SslCredentialsOptions withoutCert;
    withoutCert.pem_root_certs = orgs.ca("TlsCA").toPem();
    FakePeer stranger(server.channel(grpc::SslCredentials(withoutCert)));
    EXPECT_FALSE(stranger.read());
    EXPECT_EQ(stranger.finish().error_code(), grpc::StatusCode::UNAVAILABLE);
    // And plaintext is no way in either.
    FakePeer plain(server.channel());
    EXPECT_FALSE(plain.read());
}

TEST_F(TlsTest, UnreadableOrInvalidPemAndABusyAddressCannotServe)
{
    cs::ChaincodeService service(std::make_shared<chaincode::Registry>(), { "registry:1", false, {} });
    // The exit code, and the one line must name the option at fault.
    const auto exitCode = [&](cs::Options o, const std::string &blamed = {}) {
        try {
            o.address = o.address.empty() ? "127.0.0.1:0" : o.address;
            int port = 0;
            auto server = cs::startServer(o, service, &port);
            server->Shutdown();
        } catch (const cs::ConfigError &e) {
            EXPECT_NE(std::string(e.what()).find(blamed), std::string::npos) << e.what();
            return e.exitCode();
        }
        return 0;
    };
    EXPECT_EQ(exitCode(tlsOptions()), 0);
    auto o = tlsOptions();
    o.tlsCert = path("missing.pem");
    EXPECT_EQ(exitCode(o, "--tls-cert"), 4);
    write("garbage.pem", "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
    o = tlsOptions();
    o.tlsCert = path("garbage.pem");
    EXPECT_EQ(exitCode(o, "--tls-cert " + path("garbage.pem") + " is not a PEM certificate"), 4);
    o = tlsOptions();
    o.clientCa = path("server.key");
    EXPECT_EQ(exitCode(o, "--client-ca"), 4);
    o = tlsOptions();
    o.tlsKey = path("ca.pem");
    EXPECT_EQ(exitCode(o, "--tls-key"), 4);

    // A port someone already serves on.
    cs::Options plain;
    plain.address = "127.0.0.1:0";
    int port = 0;
    auto first = cs::startServer(plain, service, &port);
    cs::ChaincodeService second(std::make_shared<chaincode::Registry>(), { "registry:1", false, {} });
    plain.address = "127.0.0.1:" + std::to_string(port);
    try {
        cs::startServer(plain, second, nullptr);
        ADD_FAILURE() << "a busy address was bound twice";
    } catch (const cs::ConfigError &e) {
        EXPECT_EQ(e.exitCode(), 4);
    }
    first->Shutdown();
}

} // namespace
} // namespace lx::test
