#include "LedgerCommands.h"

#include "CliChecks.h"
#include "CliSupport.h"

#include "chaincode/lc/LcDates.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Genesis.h"
#include "ledger/LedgerError.h"
#include "ledger/StateDb.h"
#include "ledgerclient/BlockDecoder.h"
#include "ledgerclient/ChainCheck.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DemoBook.h"
#include "ledgerclient/DemoForfaiting.h"
#include "ledgerclient/DemoGuarantees.h"
#include "ledgerclient/DemoQuotes.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/trust.pb.h"

#include <cstdio>
#include <ctime>
#include <google/protobuf/util/json_util.h>
#include <iostream>
#include <string_view>

namespace lx::cli {

namespace {

std::vector<std::string> channels(const CliOptions &options)
{
    if (!options.channel.empty())
        return { options.channel };
    std::vector<std::string> out = consortiumChannels(options);
    if (out.empty())
        throw UsageError("the profile lists no channels: name one with --channel", "CLI_CHANNEL_UNKNOWN");
    return out;
}

} // namespace

int sandboxAddBank(const CliOptions &options)
{
    if (!options.file)
        throw UsageError("sandbox add-bank needs --file BANK.json (a lianxin.trust.Member: mspId, name, nameZh, tier)");
    lianxin::trust::Member bank;
    readJsonFile(*options.file, bank);
    if (bank.msp_id().empty() || bank.name().empty())
        throw UsageError("sandbox add-bank: the bank needs an mspId and a name");
    if (bank.tier() < 1 || bank.tier() > 5)
        throw UsageError("sandbox add-bank: the bank's tier is 1 to 5");
    // Its desks' people, named after the bank's desks.
    std::vector<std::string> people;
    for (const char *desk : { "Officer 1", "Officer 2", "Checker 1", "Manager 1", "Administrator" })
        people.push_back(bank.name() + " " + desk);
    const client::SandboxOrg org = client::sandboxBank(
        bank.msp_id(), bank.name(), bank.name_zh().empty() ? bank.name() : bank.name_zh(), bank.tier(), people);
    const std::string rootPem = client::addSandboxBank(options.dataDir, options.passphrase(), org);
    const auto rootFile = client::consortiumDir(options.dataDir) / "cas" / bank.msp_id() / "ca-cert.pem";
    if (options.json) {
        std::cout << "{\"mspId\": " << jsonString(bank.msp_id()) << ", \"rootCertFile\": " << jsonString(rootFile.string())
                  << ", \"rootCertPem\": " << jsonString(rootPem) << ", \"identities\": [";
        for (std::size_t i = 0; i < org.users.size(); ++i)
            std::cout << (i ? ", " : "") << jsonString(bank.msp_id() + "/" + org.users[i].user);
        std::cout << "]}\n";
        return Done;
    }
    std::cout << "Bank " << shown(bank.msp_id()) << " made in the sandbox (on no channel until admitted).\n"
              << "Root certificate: " << rootFile.string() << "\nIdentities:";
    for (const auto &user : org.users)
        std::cout << " " << shown(bank.msp_id()) << "/" << user.user;
    std::cout << "\n";
    return Done;
}

int sandboxInit(const CliOptions &options)
{
    const std::string passphrase = options.passphrase();
    if (passphrase.size() < 8)
        throw UsageError("the passphrase must have at least 8 characters");
    if (!options.demo) {
        client::initSandbox(options.dataDir, passphrase);
        std::cout << "Sandbox consortium created in " << options.dataDir.string() << "\n";
        return Done;
    }
    client::DemoBookOptions demo;
    demo.letters = options.letters;
    demo.today = options.date ? *options.date : chaincode::lc::chinaDate(std::time(nullptr));
    demo.progress = [total = options.letters](int done, int) {
        if (done % 50 == 0 || done == total)
            std::cerr << "demo book: " << done << "/" << total << " L/Cs\r" << std::flush;
    };
    client::DemoBookSummary summary;
    client::DemoQuotesSummary quotes;
    client::DemoForfaitingSummary market;
    std::size_t guarantees = 0;
    // The demo is loaded before the sandbox is moved into place: a run that
    // fails half-way (a full disk) leaves nothing behind, and the same
    // command works again once the cause is gone.
    client::initSandbox(
        options.dataDir, passphrase, client::defaultSandbox(), [&](const std::filesystem::path &staging) {
            const auto wallet = client::Wallet::open(client::walletDir(staging), passphrase);
            const auto ledger = client::openEmbeddedLedger(client::consortiumDir(staging));
            summary = client::loadDemoBook(ledger, wallet, demo);
            quotes = client::loadDemoQuotes(ledger, wallet, demo.today);
            market = client::loadDemoForfaiting(ledger, wallet, demo.today);
            guarantees = client::loadDemoGuarantees(ledger, wallet, demo.today).size();
        });
    std::cerr << "\n";
    std::cout << "Sandbox consortium created in " << options.dataDir.string() << "\n";
    std::cout << "Demo book: " << summary.letters << " L/Cs, " << summary.transactions << " transactions, "
              << summary.documentsNotarized << " records notarized, in " << static_cast<int>(summary.seconds + 0.5)
              << " s.\n";
    for (const auto &[state, count] : summary.byState)
        std::cout << "  " << state << " " << count << "\n";
    std::cout << "Quote board: " << quotes.quotes << " quotes, " << quotes.deals << " deal reports.\n";
    std::cout << "Demo forfaiting market: " << market.claims.size() << " claims, " << market.transactions
              << " transactions.\n";
    std::cout << "Demo guarantees: " << guarantees << "\n";
    return Done;
}

int listIdentities(const CliOptions &options)
{
    const auto entries = client::Wallet::listEntries(client::walletDir(options.dataDir));
    if (options.json) {
        std::cout << "[\n";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto &e = entries[i];
            std::cout << "  {\"label\": " << jsonString(e.label) << ", \"mspId\": " << jsonString(e.mspId)
                      << ", \"user\": " << jsonString(e.user) << ", \"role\": " << jsonString(client::roleName(e.role))
                      << ", \"displayName\": " << jsonString(e.displayName) << "}"
                      << (i + 1 < entries.size() ? "," : "") << "\n";
        }
        std::cout << "]\n";
        return Done;
    }
    for (const auto &e : entries)
        std::cout << e.label << "\t" << client::roleName(e.role) << "\t" << e.displayName << "\n";
    return Done;
}

int ledgerInfo(const CliOptions &options)
{
    client::Client client = openReader(options);
    for (const std::string &channel : channels(options)) {
        const auto info = client.chainInfo(channel);
        if (options.json)
            std::cout << "{\"channel\": " << jsonString(channel) << ", \"info\": " << toJson(info) << "}\n";
        else
            std::cout << channel << "\theight " << info.height() << "\ttip " << toHex(info.currentblockhash()) << "\n";
    }
    return Done;
}

int ledgerVerify(const CliOptions &options)
{
    // On a network the blocks come from the peer (qscc), each verified as
    // Fabric's peers verify them; on the sandbox from the channel's file.
    std::optional<client::Client> peer;
    if (options.network)
        peer.emplace(openReader(options));
    for (const std::string &channel : channels(options)) {
        std::uint64_t verified = 0;
        std::optional<ledger::ChainProblem> problem;
        std::vector<std::string> notVerified;
        if (peer) {
            client::ChainCheckOutcome outcome = client::verifyChannelOnPeer(*peer, channel);
            verified = outcome.blocksVerified;
            problem = std::move(outcome.problem);
            notVerified = std::move(outcome.notVerified);
        } else {
            const auto file = ledger::channelDir(client::consortiumDir(options.dataDir), channel) / "blocks.dat";
            problem = ledger::ChainVerifier::verifyFile(file, channel, client::channelContracts(channel), &verified);
        }
        if (options.json) {
            std::cout << "{\"channel\": " << jsonString(channel) << ", \"blocksVerified\": " << verified
                      << ", \"valid\": " << (problem ? "false" : "true");
            if (problem)
                std::cout << ", \"badBlock\": " << problem->blockNumber
                          << ", \"reason\": " << jsonString(problem->reason);
            if (peer) {
                std::cout << ", \"notVerified\": [";
                for (std::size_t i = 0; i < notVerified.size(); ++i)
                    std::cout << (i ? ", " : "") << jsonString(notVerified[i]);
                std::cout << "]";
            }
            std::cout << "}\n";
        } else {
            for (const std::string &what : notVerified)
                std::cerr << "channel " << channel << ": not verified: " << what << "\n";
        }
        // Through main's error path, so that with --json it is JSON too.
        if (problem)
            throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "CHAIN_INVALID",
                "channel " + channel + ": block " + std::to_string(problem->blockNumber)
                    + " is invalid: " + problem->reason);
        if (!options.json)
            std::cout << channel << "\t" << verified << " blocks verified" << (peer ? " (from the peer)" : "") << "\n";
    }
    return Done;
}

namespace {

// A key as a person can read it: control bytes (composite-key separators)
// as \xNN.
std::string printable(const std::string &text)
{
    std::string out;
    for (const unsigned char c : text) {
        if (c < 0x20 || c == 0x7f) {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

} // namespace

int ledgerVerifyState(const CliOptions &options)
{
    int result = Done;
    for (const std::string &channel : channels(options)) {
        const auto dir = ledger::channelDir(client::consortiumDir(options.dataDir), channel);
        if (!std::filesystem::exists(dir / "state.db")) {
            std::cout << channel << "\tno stored state (the ledger rebuilds it from the blocks when it opens)\n";
            continue;
        }
        std::unique_ptr<ledger::StateDb> state;
        try {
            state = std::make_unique<ledger::StateDb>(
                dir / "state.db", ledger::Access::ReadOnly, ledger::StateDb::Open::ForVerification);
        } catch (const ledger::LedgerError &e) {
            if (e.kind() != ledger::LedgerError::Kind::DataInvalid)
                throw client::LedgerError(client::LedgerError::Kind::Unavailable, e.reasonCode(), e.what());
            if (options.json)
                std::cout << "{\"channel\": " << jsonString(channel)
                          << ", \"valid\": false, \"reason\": " << jsonString(e.what()) << "}\n";
            if (!options.json)
                std::cerr << "channel " << channel << ": " << e.reasonCode() << ": " << e.what() << "\n";
            result = DataInvalid;
            continue;
        }
        const std::uint64_t savepoint = state->savepoint();
        std::optional<std::vector<ledger::StateDifference>> differences;
        std::uint64_t verified = 0;
        const auto compare
            = [&](const ledger::ReplayedState &replayed) { differences = ledger::compareState(replayed, *state); };
        if (savepoint == 0)
            compare(ledger::ReplayedState());
        const auto problem = ledger::ChainVerifier::verifyFile(
            dir / "blocks.dat", channel, client::channelContracts(channel), [&](const ledger::ChainVerifier &verifier) {
                verified = verifier.blocksVerified();
                if (verified == savepoint)
                    compare(verifier.replayedState());
                return true;
            });
        std::string reason;
        if (problem)
            reason = "block " + std::to_string(problem->blockNumber) + " is invalid: " + problem->reason;
        else if (!differences)
            reason = "the state is at block " + std::to_string(savepoint) + " but the chain has only "
                + std::to_string(verified) + " blocks";
        const bool valid = reason.empty() && differences->empty();
        if (options.json) {
            std::cout << "{\"channel\": " << jsonString(channel) << ", \"blocksVerified\": " << verified
                      << ", \"stateAtBlock\": " << savepoint << ", \"valid\": " << (valid ? "true" : "false");
            if (!reason.empty())
                std::cout << ", \"reason\": " << jsonString(reason);
            if (differences) {
                std::cout << ", \"differences\": [";
                for (std::size_t i = 0; i < differences->size(); ++i) {
                    const auto &d = (*differences)[i];
                    std::cout << (i ? ", " : "") << "{\"namespace\": " << jsonString(d.ns)
                              << ", \"key\": " << jsonString(d.key) << ", \"what\": " << jsonString(d.what) << "}";
                }
                std::cout << "]";
            }
            std::cout << "}\n";
        }
        if (!reason.empty() && !options.json)
            std::cerr << "channel " << channel << ": " << reason << "\n";
        if (differences && !options.json)
            for (const auto &d : *differences) {
                if (d.ns.empty())
                    std::cerr << "channel " << channel << ": transaction " << printable(d.key) << ": " << d.what
                              << "\n";
                else
                    std::cerr << "channel " << channel << ": state key " << printable(d.ns) << " " << printable(d.key)
                              << ": " << d.what << "\n";
            }
        if (!valid) {
            result = DataInvalid;
            continue;
        }
        if (!options.json)
            std::cout << channel << "\t" << verified << " blocks verified, state matches them\n";
    }
    // The details are above (text) or in each channel's result (--json);
    // main prints the error itself in the same form as every other.
    if (result == DataInvalid)
        throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "STATE_MISMATCH",
            options.json ? "the stored state does not match the blocks: see each channel's result"
                         : "the stored state does not match the blocks (listed above)");
    return result;
}

int ledgerBlock(const CliOptions &options, const std::string &number)
{
    const auto n = static_cast<std::uint64_t>(parseWhole(number, "the block number", 0, INT64_MAX));
    client::Client client = openReader(options);
    const auto block = client.block(options.channel.empty() ? "lc" : options.channel, n);
    if (options.json) {
        std::cout << toJson(block) << "\n";
        return Done;
    }
    const client::BlockSummary summary = client::summarizeBlock(block);
    std::cout << "block " << summary.number << "\n"
              << "previous hash " << summary.previousHashHex << "\n"
              << "data hash " << summary.dataHashHex << "\n"
              << "transactions " << summary.transactionCount << "\n";
    return Done;
}

int ledgerTransaction(const CliOptions &options, const std::string &txId)
{
    client::Client client = openReader(options);
    for (const std::string &channel : channels(options)) {
        try {
            const auto tx = client.transaction(channel, txId);
            if (options.json)
                std::cout << toJson(tx) << "\n";
            else
                std::cout << "channel " << channel << "\nvalidation " << client::validationCodeName(tx.validationcode())
                          << "\n";
            return Done;
        } catch (const client::LedgerError &e) {
            if (e.reasonCode() != "TX_NOT_FOUND")
                throw;
        }
    }
    throw client::LedgerError(
        client::LedgerError::Kind::Rejected, "TX_NOT_FOUND", "No transaction " + txId + " on any channel.");
}

} // namespace lx::cli
