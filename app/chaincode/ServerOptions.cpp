#include "app/chaincode/ServerOptions.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledger/StandardContracts.h"

#include <fstream>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>
#include <sstream>

namespace lx::chaincode_server {

namespace {

[[noreturn]] void usage(const std::string &what)
{
    throw ConfigError(2, what + " (see --help)");
}

std::string readPem(const std::string &path, const std::string &option)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ConfigError(4, "cannot read " + option + " file " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

std::string usageText()
{
    return "Usage: lianxin-chaincode --contract NAME --chaincode-id ID --address HOST:PORT\n"
           "                         [--tls-cert PEM --tls-key PEM [--client-ca PEM]] [--dated-transactions]\n"
           "Serves one LianXin contract to Hyperledger Fabric 2.5 peers as a chaincode-as-a-service\n"
           "(the peers dial it: protos.Chaincode/Connect).\n"
           "  --contract NAME        registry, notary, kyc, quotes, lc, guarantee or forfaiting\n"
           "  --chaincode-id ID      the package ID Fabric gave at install (LABEL:HASH); env CHAINCODE_ID\n"
           "  --address HOST:PORT    where to listen; env CHAINCODE_SERVER_ADDRESS\n"
           "  --tls-cert PEM         server certificate (with --tls-key); without them plaintext\n"
           "  --tls-key PEM          server private key\n"
           "  --client-ca PEM        require a peer client certificate issued by this CA\n"
           "  --dated-transactions   test networks only: take the transaction day from the\n"
           "                         transient entry lianxin.date (YYYY-MM-DD)\n"
           "  --help, --version\n"
           "Exit codes: 0 stopped by SIGTERM/SIGINT, 2 usage, 4 cannot serve.\n";
}

Options parseOptions(const std::vector<std::string> &args, const EnvLookup &env)
{
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size() || args[i + 1].empty())
                usage(a + " needs a value");
            return args[++i];
        };
        if (a == "--help" || a == "-h")
            o.help = true;
        else if (a == "--version")
            o.version = true;
        else if (a == "--contract")
            o.contract = value();
        else if (a == "--chaincode-id")
            o.chaincodeId = value();
        else if (a == "--address")
            o.address = value();
        else if (a == "--tls-cert")
            o.tlsCert = value();
        else if (a == "--tls-key")
            o.tlsKey = value();
        else if (a == "--client-ca")
            o.clientCa = value();
        else if (a == "--dated-transactions")
            o.datedTransactions = true;
        else
            usage("unknown option " + a);
    }
    if (o.help || o.version)
        return o;
    if (o.chaincodeId.empty())
        o.chaincodeId = env("CHAINCODE_ID").value_or("");
    if (o.address.empty())
        o.address = env("CHAINCODE_SERVER_ADDRESS").value_or("");
    if (o.contract.empty())
        usage("--contract is missing");
    if (o.chaincodeId.empty())
        usage("--chaincode-id (or CHAINCODE_ID) is missing");
    if (o.address.empty())
        usage("--address (or CHAINCODE_SERVER_ADDRESS) is missing");
    if (o.tlsCert.empty() != o.tlsKey.empty())
        usage("--tls-cert and --tls-key go together");
    if (!o.clientCa.empty() && o.tlsCert.empty())
        usage("--client-ca needs --tls-cert and --tls-key");
    return o;
}

std::shared_ptr<const chaincode::Contract> standardContract(const std::string &name)
{
    std::string names;
    for (const auto &[channel, contract] : ledger::standardContracts()) {
        if (contract->name() == name)
            return contract;
        names += (names.empty() ? "" : ", ") + contract->name();
    }
    throw ConfigError(2, "unknown contract " + name + " (one of " + names + ")");
}

std::unique_ptr<grpc::Server> startServer(const Options &options, ChaincodeService &service, int *selectedPort)
{
    std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
    if (!options.tlsCert.empty()) {
        grpc::SslServerCredentialsOptions ssl;
        grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
        pair.cert_chain = readPem(options.tlsCert, "--tls-cert");
        pair.private_key = readPem(options.tlsKey, "--tls-key");
        // Checked here with our own X.509 code, so a wrong file is one
        // clear line instead of a gRPC failure at the first handshake.
        try {
            crypto::Certificate::fromPem(pair.cert_chain);
        } catch (const std::exception &e) {
            throw ConfigError(4, "--tls-cert " + options.tlsCert + " is not a PEM certificate: " + e.what());
        }
        try {
            const auto key = crypto::PrivateKey::fromPem(pair.private_key);
            if (key.publicKey().toDer() != crypto::Certificate::fromPem(pair.cert_chain).publicKey().toDer())
                throw ConfigError(
                    4, "--tls-key " + options.tlsKey + " is not the key of --tls-cert " + options.tlsCert);
        } catch (const ConfigError &) {
            throw;
        } catch (const std::exception &e) {
            throw ConfigError(4, "--tls-key " + options.tlsKey + " is not a PEM private key: " + e.what());
        }
        ssl.pem_key_cert_pairs.push_back(std::move(pair));
        if (!options.clientCa.empty()) {
            ssl.pem_root_certs = readPem(options.clientCa, "--client-ca");
            try {
                crypto::Certificate::fromPem(ssl.pem_root_certs);
            } catch (const std::exception &e) {
                throw ConfigError(4, "--client-ca " + options.clientCa + " is not a PEM certificate: " + e.what());
            }
            ssl.client_certificate_request = GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
        } else {
            ssl.client_certificate_request = GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE;
        }
        credentials = grpc::SslServerCredentials(ssl);
    }
    grpc::ServerBuilder builder;
    // A second server on the same address must fail, not share the port.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    // Fabric's peer sends keepalive pings on idle chaincode streams.
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 5000);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 0);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    // Fabric's peer allows 100 MiB messages on its chaincode streams (a
    // range batch, a large record); gRPC's default of 4 MiB would cut them.
    builder.SetMaxReceiveMessageSize(100 * 1024 * 1024);
    builder.SetMaxSendMessageSize(100 * 1024 * 1024);
    int port = 0;
    builder.AddListeningPort(options.address, credentials, &port);
    builder.RegisterService(&service);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0)
        throw ConfigError(4, "cannot listen on " + options.address + " (address in use or not valid)");
    if (selectedPort)
        *selectedPort = port;
    return server;
}

} // namespace lx::chaincode_server
