#pragma once

#include <QString>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lx::client {
class Client;
} // namespace lx::client

namespace lx::models {

// A member of the consortium as the trust channel's registry records it
// (lianxin.trust.Member): banks, the regulator, the secretariat.
struct Member
{
    QString mspId;
    QString name; // English
    QString nameZh; // Simplified Chinese; may be empty
    QString kind; // "bank" | "regulator" | "secretariat"
    int tier = 0; // obligor tier, 1 = strongest; 0 when not a bank
    bool active = true;

    // In the language asked for, falling back to the other name, then the MSP ID.
    QString displayName(bool chinese) const;
};

// Who is who in the consortium: the member list of the registry contract
// (channel trust, ListMembers), never the sandbox's definition, so that a
// network of other banks shows their names. Loaded from the ledger on a
// worker (fromRegistry), kept as the registry's own answer in the data folder
// (members.pb, public like the ledger it comes from) so that the next start
// shows names at once, and held process-wide for the text helpers (LcText,
// FfText) that name a bank from its MSP ID. docs/fabric-gateway.md,
// "The workstation on a network".
class MemberDirectory
{
public:
    // The registry's members through client: blocks, workers only. Throws
    // LedgerError when the ledger does not answer.
    static std::vector<Member> fromRegistry(client::Client &client);
    // A serialized lianxin.trust.MemberList; throws std::runtime_error when unreadable.
    static std::vector<Member> parse(const std::string &memberList);
    static std::string serialize(const std::vector<Member> &members);

    // The copy in the data folder: nullopt when there is none or it is unreadable.
    static std::optional<std::vector<Member>> readFile(const std::filesystem::path &dataDir);
    // Written whole (a temporary file renamed into place), owner-only; false on an I/O error.
    static bool writeFile(const std::filesystem::path &dataDir, const std::vector<Member> &members);
    static std::filesystem::path fileOf(const std::filesystem::path &dataDir);
    // After a sandbox is created: its registry (seeded by sandbox init),
    // read through the embedded ledger as the wallet's first identity, into
    // the data folder's copy, so the sign-in list names the banks at once.
    // Throws what the wallet or the ledger throws.
    static std::vector<Member> seedFromSandbox(const std::filesystem::path &dataDir, const std::string &passphrase);

    // The directory this process knows (thread-safe). Empty until set.
    static std::vector<Member> current();
    static void setCurrent(std::vector<Member> members);
    static std::optional<Member> find(const QString &mspId);
    // The name in the language asked for; the MSP ID for one the registry does not know.
    static QString name(const QString &mspId, bool chinese);
    // The member banks in good standing (the counterparties a form offers), in the registry's order.
    static std::vector<QString> banks();
    // The registry as the contracts read it (chaincode dry runs of the quote
    // board): key memberRecordKey(mspId) -> serialized Member.
    static std::vector<std::pair<std::string, std::string>> records();
};

} // namespace lx::models
