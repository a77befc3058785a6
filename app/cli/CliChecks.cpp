#include "CliChecks.h"

#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <string_view>
#include <system_error>

namespace lx::cli {

namespace {

namespace fs = std::filesystem;

std::string joinedWords(const std::vector<std::string> &words)
{
    std::string out;
    for (const std::string &word : words)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

std::string sandboxHint(const CliOptions &options)
{
    return " (run lianxin-cli sandbox init"
        + (options.dataDir == defaultDataDir() ? std::string() : " --data " + options.dataDir.string()) + ")";
}

void checkDataFolder(const CliOptions &options, bool needsConsortium)
{
    std::error_code ec;
    const fs::path &dir = options.dataDir;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw UsageError("the data folder " + dir.string() + " is a file, not a folder", "CLI_NO_CONSORTIUM");
    if (!needsConsortium)
        return;
    if (!fs::is_directory(dir, ec))
        throw UsageError("no consortium in " + dir.string() + ": the folder does not exist" + sandboxHint(options),
            "CLI_NO_CONSORTIUM");
    if (!fs::is_directory(client::consortiumDir(dir) / "channels", ec)
        || !client::Wallet::exists(client::walletDir(dir)))
        throw UsageError("no consortium in " + dir.string() + sandboxHint(options), "CLI_NO_CONSORTIUM");
}

} // namespace

std::vector<std::string> consortiumChannels(const CliOptions &options)
{
    if (options.network) {
        std::vector<std::string> out = client::readNetworkProfile(*options.network).channels;
        std::sort(out.begin(), out.end());
        return out;
    }
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(client::consortiumDir(options.dataDir) / "channels", ec), end; !ec && it != end;
         it.increment(ec))
        if (it->is_directory(ec))
            out.push_back(it->path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

void checkNamedThings(const CliOptions &options)
{
    const auto &w = options.words;
    const auto is = [&](std::initializer_list<std::string_view> words) {
        return std::equal(w.begin(), w.end(), words.begin(), words.end());
    };
    const bool init = is({ "sandbox", "init" });
    const bool offline = is({ "forfaiting", "price" }) || (w.size() == 3 && w[0] == "audit" && w[1] == "verify");
    if (offline)
        return;
    if (!options.peer.empty() && !options.network)
        throw UsageError("--peer names a peer of a network: give --network PROFILE too", "CLI_PEER_WITHOUT_NETWORK");
    if (options.network) {
        // What works on the embedded consortium's own files only.
        if (init || is({ "sandbox", "add-bank" }) || is({ "network", "materials" }) || is({ "ledger", "verify", "state" }))
            throw UsageError(joinedWords(w) + " works on the sandbox's embedded ledger in --data, not on a network"
                    + " (without --network it does)",
                "CLI_NOT_ON_NETWORK");
        // The profile is read first: a wrong one is the first thing to fix.
        const client::NetworkProfile profile = client::readNetworkProfile(*options.network);
        if (!options.peer.empty())
            (void)profile.peer(options.peer);
        // On a network the data folder holds the wallet alone; the first
        // identities import creates it.
        checkDataFolder(options, false);
        if (!is({ "identities", "import" }) && !client::Wallet::exists(client::walletDir(options.dataDir)))
            throw UsageError("no wallet in " + options.dataDir.string()
                    + " (lianxin-cli identities import puts a bank's identity into a new one)",
                "CLI_NO_WALLET");
    } else {
        checkDataFolder(options, !init);
    }
    if (init)
        return;
    const bool identities = w.size() == 1 && w[0] == "identities";
    if (!options.as.empty() && !identities) {
        const auto entries = client::Wallet::listEntries(client::walletDir(options.dataDir));
        if (std::none_of(entries.begin(), entries.end(), [&](const auto &e) { return e.label == options.as; }))
            throw UsageError("the wallet holds no identity " + options.as + " (lianxin-cli identities lists them)",
                "CLI_IDENTITY_UNKNOWN");
    }
    if (!options.channel.empty()) {
        const auto channels = consortiumChannels(options);
        const bool open = options.network && channels.empty(); // a profile that lists none
        if (!open && std::find(channels.begin(), channels.end(), options.channel) == channels.end()) {
            std::string list;
            for (const std::string &channel : channels)
                list += (list.empty() ? "" : ", ") + channel;
            throw UsageError("no channel " + options.channel + (options.network ? " in the profile" : " in this consortium")
                    + " (channels: " + list + ")",
                "CLI_CHANNEL_UNKNOWN");
        }
    }
}

} // namespace lx::cli
