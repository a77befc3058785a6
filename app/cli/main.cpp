// lianxin-cli: operators and QA script the consortium with stable verbs.
#include "ApprovalCommands.h"
#include "CliOptions.h"
#include "ForfaitingCommands.h"
#include "GuaranteeCommands.h"
#include "LcCommands.h"
#include "LedgerCommands.h"
#include "QuoteCommands.h"
#include "TrustCommands.h"

#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

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
    if (w.empty() || is({ "-h" }) || is({ "--help" })) {
        std::cout << cli::usageText();
        return w.empty() ? cli::Usage : cli::Done;
    }
    if (is({ "sandbox", "init" }))
        return cli::sandboxInit(o);
    if (is({ "identities" }))
        return cli::listIdentities(o);
    if (is({ "ledger", "info" }))
        return cli::ledgerInfo(o);
    if (is({ "ledger", "verify" }))
        return cli::ledgerVerify(o);
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
    if (is({ "notary", "verify", "*" }))
        return cli::notaryVerify(o, w[2]);
    if (is({ "kyc", "show", "*" }))
        return cli::kycShow(o, w[2]);
    if (w.size() == 2 && w[0] == "kyc" && w[1] == "attest") {
        if (!o.file)
            throw cli::UsageError("kyc attest needs --file F.json (a KycAttestation in protobuf's JSON mapping)");
        return cli::kycAttest(o, *o.file);
    }
    throw cli::UsageError("unknown command: " + w.front() + (w.size() > 1 ? " " + w[1] : std::string()));
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return run(cli::parseOptions(argc, argv));
    } catch (const cli::UsageError &e) {
        std::cerr << "lianxin-cli: " << e.what() << "\n(lianxin-cli --help lists the commands)\n";
        return cli::Usage;
    } catch (const client::WalletError &e) {
        std::cerr << "lianxin-cli: " << e.what() << "\n";
        return e.kind() == client::WalletError::Kind::WrongPassphrase ? cli::Rejected
            : e.kind() == client::WalletError::Kind::Damaged          ? cli::DataInvalid
                                                                      : cli::Unavailable;
    } catch (const client::LedgerError &e) {
        std::cerr << "lianxin-cli: " << e.reasonCode() << ": " << e.what() << "\n";
        switch (e.kind()) {
        case client::LedgerError::Kind::Rejected:
            return cli::Rejected;
        case client::LedgerError::Kind::Unavailable:
            return cli::Unavailable;
        case client::LedgerError::Kind::DataInvalid:
            return cli::DataInvalid;
        }
    } catch (const std::exception &e) {
        std::cerr << "lianxin-cli: " << e.what() << "\n";
        return cli::Unavailable;
    }
    return cli::Unavailable;
}
