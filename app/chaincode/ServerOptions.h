#pragma once

#include "app/chaincode/ChaincodeServer.h"

#include <functional>
#include <grpcpp/server.h>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lx::chaincode_server {

// lianxin-chaincode's command line (docs/chaincode-server.md).
struct Options
{
    std::string contract; // --contract: one of the standard contracts
    std::string chaincodeId; // --chaincode-id, else CHAINCODE_ID
    std::string address; // --address HOST:PORT, else CHAINCODE_SERVER_ADDRESS
    std::string tlsCert; // --tls-cert PEM file (server certificate)
    std::string tlsKey; // --tls-key PEM file
    std::string clientCa; // --client-ca PEM file: the peer's client certificate is required
    bool datedTransactions = false;
    bool help = false;
    bool version = false;
};

// A configuration the server cannot run with: exitCode 2 (usage) or 4
// (cannot serve); what() is the one line for stderr.
class ConfigError : public std::runtime_error
{
public:
    ConfigError(int exitCode, const std::string &what) : std::runtime_error(what), m_exitCode(exitCode) { }
    int exitCode() const { return m_exitCode; }

private:
    int m_exitCode;
};

using EnvLookup = std::function<std::optional<std::string>(const std::string &name)>;

// args without the program name. Throws ConfigError(2).
Options parseOptions(const std::vector<std::string> &args, const EnvLookup &env);
std::string usageText();

// The standard contract of that chaincode name. Throws ConfigError(2).
std::shared_ptr<const chaincode::Contract> standardContract(const std::string &name);

// Binds and starts the gRPC server (TLS when a certificate is given).
// selectedPort receives the bound port (useful with port 0). Throws
// ConfigError(4) for unreadable or invalid PEM files and an address that
// cannot be bound.
std::unique_ptr<grpc::Server> startServer(const Options &options, ChaincodeService &service, int *selectedPort);

} // namespace lx::chaincode_server
