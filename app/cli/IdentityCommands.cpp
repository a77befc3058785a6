#include "IdentityCommands.h"

#include "CliSupport.h"

#include "ledgerclient/Ledger.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

namespace lx::cli {

namespace {

namespace fs = std::filesystem;

const std::string &needed(const std::optional<std::string> &value, const std::string &what)
{
    if (!value || value->empty())
        throw UsageError(what);
    return *value;
}

// An MSP ID or user name becomes half of a label "MSPID/USER".
void checkName(const std::string &name, const std::string &option)
{
    const bool bad
        = std::any_of(name.begin(), name.end(), [](unsigned char c) { return c == '/' || c <= ' ' || c == 0x7f; });
    if (bad)
        throw UsageError(option + " \"" + name + "\" may not hold \"/\", spaces or control characters", "CLI_BAD_NAME");
}

// The wallet's refusals that are about the command line (exit 2), keeping
// their reason code.
template<typename Action> auto asUsage(Action action)
{
    try {
        return action();
    } catch (const client::LedgerError &e) {
        if (e.reasonCode() == "MSP_IDENTITY_EXISTS" || e.reasonCode() == "MSP_EXPORT_NOT_EMPTY")
            throw UsageError(e.what(), e.reasonCode());
        throw;
    }
}

} // namespace

int identitiesImport(const CliOptions &options)
{
    const std::string &mspId = needed(options.mspId, "identities import needs --msp-id ID (the identity's MSP)");
    const std::string &user = needed(options.user, "identities import needs --user NAME (its name in the wallet)");
    const std::string &dir = needed(options.mspDir, "identities import needs --msp-dir DIR (Fabric's MSP folder)");
    checkName(mspId, "--msp-id");
    checkName(user, "--user");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw UsageError("--msp-dir " + dir + " is not a folder", "CLI_MSP_DIR_MISSING");
    const std::string label = mspId + "/" + user;
    const auto entries = client::Wallet::exists(client::walletDir(options.dataDir))
        ? client::Wallet::listEntries(client::walletDir(options.dataDir))
        : std::vector<client::WalletEntry>();
    if (!options.replace
        && std::any_of(entries.begin(), entries.end(), [&](const auto &e) { return e.label == label; }))
        throw UsageError(
            "the wallet holds " + label + " already; nothing was changed (--replace renews it)", "MSP_IDENTITY_EXISTS");
    const std::string passphrase = options.passphrase();

    // Checked before the wallet is unlocked: a folder that does not pass
    // costs no key derivation, and the wallet is not touched.
    const client::MspFolderIdentity identity = client::readMspFolder(dir, std::chrono::system_clock::now());
    // A data folder joining a network starts with no wallet: the first
    // import makes one sealed by this passphrase, and takes it away again
    // if the import fails, so that nothing half-made stays.
    const fs::path walletDir = client::walletDir(options.dataDir);
    const bool fresh = !client::Wallet::exists(walletDir);
    client::Wallet wallet
        = fresh ? client::Wallet::create(walletDir, passphrase) : client::Wallet::open(walletDir, passphrase);
    client::WalletEntry entry;
    try {
        entry = asUsage([&] { return client::importMspIdentity(wallet, mspId, user, identity, options.replace); });
    } catch (...) {
        if (fresh)
            fs::remove_all(walletDir, ec);
        throw;
    }
    if (options.json)
        std::cout << "{\"label\": " << jsonString(entry.label) << ", \"mspId\": " << jsonString(entry.mspId)
                  << ", \"user\": " << jsonString(entry.user)
                  << ", \"role\": " << jsonString(client::roleName(entry.role))
                  << ", \"displayName\": " << jsonString(entry.displayName)
                  << ", \"issuingCa\": " << (entry.caCertPem.empty() ? "false" : "true") << "}\n";
    else
        std::cout << "Imported " << entry.label << " (" << client::roleName(entry.role) << ", " << entry.displayName
                  << ")" << (entry.caCertPem.empty() ? "; no CA in cacerts/ issued it" : "") << "\n";
    return Done;
}

int identitiesExport(const CliOptions &options)
{
    const std::string &user = needed(options.user, "identities export needs --user [MSPID/]NAME");
    const std::string &out = needed(options.out, "identities export needs --out DIR (a new or empty folder)");
    const auto entries = client::Wallet::listEntries(client::walletDir(options.dataDir));
    std::vector<client::WalletEntry> found;
    for (const auto &e : entries) {
        if (e.label == user || (user.find('/') == std::string::npos && e.user == user))
            found.push_back(e);
    }
    if (found.empty())
        throw UsageError(
            "the wallet holds no identity " + user + " (lianxin-cli identities lists them)", "CLI_IDENTITY_UNKNOWN");
    if (found.size() > 1) {
        std::string labels;
        for (const auto &e : found)
            labels += (labels.empty() ? "" : ", ") + e.label;
        throw UsageError("several identities are named " + user + " (" + labels + "); give --user MSPID/" + user,
            "CLI_IDENTITY_AMBIGUOUS");
    }
    const client::WalletEntry &entry = found.front();
    std::error_code ec;
    if (fs::exists(out, ec) && (!fs::is_directory(out, ec) || !fs::is_empty(out, ec)))
        throw UsageError(out + " exists and is not an empty folder; nothing was written (choose a new folder)",
            "MSP_EXPORT_NOT_EMPTY");

    const client::Wallet wallet = client::Wallet::open(client::walletDir(options.dataDir), options.passphrase());
    // The unlocked wallet's entry: authenticated, unlike the listing's.
    const auto unlocked = wallet.entries();
    const auto it
        = std::find_if(unlocked.begin(), unlocked.end(), [&](const auto &e) { return e.label == entry.label; });
    if (it == unlocked.end())
        throw UsageError("the wallet holds no identity " + entry.label, "CLI_IDENTITY_UNKNOWN");
    const std::string caPem = client::issuingCaPem(*it, client::consortiumDir(options.dataDir));
    asUsage([&] {
        client::exportMspIdentity(wallet, it->label, out, caPem);
        return 0;
    });
    if (options.json)
        std::cout << "{\"label\": " << jsonString(it->label) << ", \"out\": " << jsonString(out)
                  << ", \"cacerts\": " << (caPem.empty() ? "false" : "true") << "}\n";
    else
        std::cout << "Exported " << it->label << " to " << out
                  << (caPem.empty() ? " (its issuing CA is unknown: no cacerts/ and no config.yaml)" : "") << "\n";
    return Done;
}

} // namespace lx::cli
