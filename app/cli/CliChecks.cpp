#include "CliChecks.h"

#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace lx::cli {

namespace {

namespace fs = std::filesystem;

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
    const bool init = w.size() >= 2 && w[0] == "sandbox" && w[1] == "init";
    const bool offline = w.size() >= 2 && w[0] == "forfaiting" && w[1] == "price";
    if (offline)
        return;
    checkDataFolder(options, !init);
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
        if (std::find(channels.begin(), channels.end(), options.channel) == channels.end()) {
            std::string list;
            for (const std::string &channel : channels)
                list += (list.empty() ? "" : ", ") + channel;
            throw UsageError("no channel " + options.channel + " in this consortium (channels: " + list + ")",
                "CLI_CHANNEL_UNKNOWN");
        }
    }
}

} // namespace lx::cli
