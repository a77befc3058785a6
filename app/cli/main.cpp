// lianxin-cli: operators and QA script the consortium with stable verbs.
#include "ApprovalCommands.h"
#include "AuditCommands.h"
#include "GasCommands.h"
#include "ChaincodeCommands.h"
#include "CliChecks.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "FeeCommands.h"
#include "ForfaitingCommands.h"
#include "GovernanceCommands.h"
#include "GuaranteeCommands.h"
#include "IdentityCommands.h"
#include "LcCommands.h"
#include "LedgerCommands.h"
#include "NetworkCommands.h"
#include "QuoteCommands.h"
#include "TrustCommands.h"

#include "ledgerclient/Ledger.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Wallet.h"

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

using namespace lx;

namespace {

int run(const cli::CliOptions &o)
{
    const auto &w = o.words;
    // Matches the words exactly; "*" matches any one word.
    const auto is = [&](std::initializer_list<std::string_view> words) {
        if (w.size() != words.size())
            return false;
        std::size_t i = 0;
        for (const std::string_view word : words)
            if (word != "*" && w[i++] != word)
                return false;
            else if (word == "*")
                ++i;
        return true;
    };
    const cli::VerbSpec *verb = cli::verbOf(w);
    if (o.help || w.empty()) {
        std::cout << (verb ? cli::verbHelp(*verb) : std::string(cli::usageText()));
        return o.help ? cli::Done : cli::Usage;
    }
    if (verb)
        cli::checkNamedThings(o);
    if (is({ "sandbox", "init" }))
        return cli::sandboxInit(o);
    if (is({ "sandbox", "add-bank" }))
        return cli::sandboxAddBank(o);
    if (is({ "network", "materials" }))
        return cli::networkMaterials(o);
    if (is({ "network", "register-members" }))
        return cli::networkRegisterMembers(o);
    if (is({ "identities" }))
        return cli::listIdentities(o);
    if (is({ "identities", "import" }))
        return cli::identitiesImport(o);
    if (is({ "identities", "export" }))
        return cli::identitiesExport(o);
    if (is({ "ledger", "info" }))
        return cli::ledgerInfo(o);
    if (is({ "ledger", "verify" }))
        return cli::ledgerVerify(o);
    if (is({ "ledger", "verify", "state" }))
        return cli::ledgerVerifyState(o);
    if (is({ "ledger", "block", "*" }))
        return cli::ledgerBlock(o, w[2]);
    if (is({ "ledger", "tx", "*" }))
        return cli::ledgerTransaction(o, w[2]);
    if (w.front() == "lc")
        return cli::lcCommand(o);
    if (w.front() == "forfaiting")
        return cli::forfaitingCommand(o);
    if (w.front() == "quotes")
        return cli::quotesCommand(o);
    if (w.front() == "guarantee")
        return cli::guaranteeCommand(o);
    if (w.front() == "approvals")
        return cli::approvalsCommand(o);
    if (w.front() == "chaincode")
        return cli::chaincodeCommand(o);
    if (w.front() == "governance")
        return cli::governanceCommand(o);
    if (w.front() == "fees")
        return cli::feesCommand(o);
    if (w.front() == "audit")
        return cli::auditCommand(o);
    if (w.front() == "gas")
        return cli::gasCommand(o);
    if (is({ "notary", "verify", "*" }))
        return cli::notaryVerify(o, w[2]);
    if (is({ "notary", "flags" }))
        return cli::notaryFlags(o);
    if (is({ "registry", "settings" }))
        return cli::registrySettings(o, {});
    if (is({ "registry", "settings", "*" }))
        return cli::registrySettings(o, w[2]);
    if (is({ "kyc", "show", "*" }))
        return cli::kycShow(o, w[2]);
    if (w.size() == 2 && w[0] == "kyc" && w[1] == "attest") {
        if (!o.file)
            throw cli::UsageError("kyc attest needs --file F.json (a KycAttestation in protobuf's JSON mapping)");
        return cli::kycAttest(o, *o.file);
    }
    throw cli::UsageError(
        "unknown command: " + w.front() + (w.size() > 1 ? " " + w[1] : std::string()), "CLI_COMMAND_UNKNOWN");
}

// An error as the documented exit code, on stderr: with --json one object
// {"code", "reasonCode", "message"}, else "lianxin-cli: [CODE: ]message".
int fail(bool json, int code, const std::string &reasonCode, const std::string &message, bool showCode = true)
{
    if (json)
        std::cerr << "{\"code\": " << code << ", \"reasonCode\": " << cli::jsonString(reasonCode)
                  << ", \"message\": " << cli::jsonString(message) << "}\n";
    else
        std::cerr << "lianxin-cli: " << (showCode ? reasonCode + ": " : std::string()) << cli::shown(message)
                  << (reasonCode == "CLI_USAGE" || reasonCode == "CLI_OPTION_UNKNOWN"
                                 || reasonCode == "CLI_COMMAND_UNKNOWN"
                             ? "\n(lianxin-cli --help lists the commands)"
                             : "")
                  << "\n";
    return code;
}

std::string walletReason(client::WalletError::Kind kind)
{
    switch (kind) {
    case client::WalletError::Kind::WrongPassphrase:
        return "WALLET_WRONG_PASSPHRASE";
    case client::WalletError::Kind::NotFound:
        return "WALLET_NOT_FOUND";
    case client::WalletError::Kind::Damaged:
        return "WALLET_DAMAGED";
    case client::WalletError::Kind::Io:
        break;
    }
    return "WALLET_IO";
}

} // namespace

int main(int argc, char **argv)
{
    // gRPC's own log lines (a failed TLS handshake, a refused connection)
    // would repeat on stderr what the error below says with its cause;
    // GRPC_VERBOSITY set by the user still wins.
    ::setenv("GRPC_VERBOSITY", "NONE", 0);
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-V") == 0)) {
        std::cout << "lianxin-cli " << LIANXIN_VERSION << "\n";
        return cli::Done;
    }
    // Known before the options parse, so that their own errors are JSON too.
    bool json = false;
    for (int i = 1; i < argc; ++i)
        json = json || std::strcmp(argv[i], "--json") == 0;
    try {
        return run(cli::parseOptions(argc, argv));
    } catch (const cli::UsageError &e) {
        return fail(json, cli::Usage, e.reasonCode(), e.what(), false);
    } catch (const client::NetworkProfileError &e) {
        // A profile that cannot be used is a wrong command line, as a
        // wrong option is: the file and the field are named.
        return fail(json, cli::Usage, e.reasonCode(), e.what(), false);
    } catch (const client::WalletError &e) {
        return fail(json,
            e.kind() == client::WalletError::Kind::WrongPassphrase ? cli::Rejected
                : e.kind() == client::WalletError::Kind::Damaged   ? cli::DataInvalid
                                                                   : cli::Unavailable,
            walletReason(e.kind()), e.what(), false);
    } catch (const client::LedgerError &e) {
        switch (e.kind()) {
        case client::LedgerError::Kind::Rejected:
            return fail(json, cli::Rejected, e.reasonCode(), e.what());
        case client::LedgerError::Kind::Unavailable:
            return fail(json, cli::Unavailable, e.reasonCode(), e.what());
        case client::LedgerError::Kind::DataInvalid:
            return fail(json, cli::DataInvalid, e.reasonCode(), e.what());
        }
        return fail(json, cli::Unavailable, e.reasonCode(), e.what());
    } catch (const std::exception &e) {
        return fail(json, cli::Unavailable, "CLI_UNAVAILABLE", e.what(), false);
    }
}
