// lianxin-chaincode: one LianXin contract served to Fabric peers as a
// chaincode-as-a-service (docs/chaincode-server.md).
#include "app/chaincode/ServerOptions.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <grpcpp/server.h>
#include <iostream>

using namespace lx::chaincode_server;

int main(int argc, char **argv)
{
    // SIGTERM and SIGINT are taken by sigwait below only: blocked here,
    // before gRPC starts its threads (they inherit the mask).
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    try {
        const Options options = parseOptions(
            std::vector<std::string>(argv + 1, argv + argc), [](const std::string &name) -> std::optional<std::string> {
                const char *value = std::getenv(name.c_str());
                if (!value)
                    return std::nullopt;
                return std::string(value);
            });
        if (options.help) {
            std::cout << usageText();
            return 0;
        }
        if (options.version) {
            std::cout << "lianxin-chaincode " << LIANXIN_VERSION << "\n";
            return 0;
        }
        ServerSettings settings;
        settings.chaincodeId = options.chaincodeId;
        settings.datedTransactions = options.datedTransactions;
        ChaincodeService service(standardContract(options.contract), settings);
        int port = 0;
        const auto server = startServer(options, service, &port);
        service.log("serving " + options.contract + " as " + options.chaincodeId + " on " + options.address
            + (options.tlsCert.empty()         ? " (plaintext)"
                    : options.clientCa.empty() ? " (TLS)"
                                               : " (TLS, client certificate required)")
            + (options.datedTransactions ? " with dated transactions" : ""));
        int signal = 0;
        sigwait(&stopSignals, &signal);
        service.log(std::string("stopping on ") + (signal == SIGTERM ? "SIGTERM" : "SIGINT"));
        // Open streams are cancelled after a short grace: their waiting
        // transactions fail cleanly and the peers reconnect to the next run.
        server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
        server->Wait();
        return 0;
    } catch (const ConfigError &e) {
        std::cerr << "lianxin-chaincode: " << e.what() << std::endl;
        return e.exitCode();
    } catch (const std::exception &e) {
        std::cerr << "lianxin-chaincode: " << e.what() << std::endl;
        return 4;
    }
}
