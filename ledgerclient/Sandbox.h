#pragma once

#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace lx::client {

struct SandboxUser
{
    std::string user;        // "officer1"
    std::string role;        // "officer" | "checker" | "manager" | "admin" | "auditor"
    std::string displayName; // "Wang Fang"
};

struct SandboxOrg
{
    std::string mspId;       // "HuaxiaTradeBankMSP"
    std::string name;        // English name
    std::string nameZh;      // Simplified Chinese name
    std::string kind;        // "bank" | "regulator" | "secretariat"
    int tier = 1;
    std::vector<SandboxUser> users;
    // A founding bank's seats in the consortium's bodies: "council",
    // "expert-committee" (docs/governance.md). The secretariat and the
    // regulator hold their own seats.
    std::vector<std::string> seats;
};

struct SandboxSpec
{
    std::vector<SandboxOrg> orgs;
    std::vector<std::string> channels; // "trust", "lc", "forfaiting", "guarantee"
};

// The certificate OUs of a sandbox user with the given role. Fabric's NodeOUs
// require every identity to carry exactly one of client, peer, admin and
// orderer: an administrator carries "admin" alone, every other user "client"
// and its role.
std::vector<std::string> sandboxUserOus(const std::string &role);
// The other way round, for a certificate LianXin did not issue (an identity
// imported from a bank's Fabric CA): every role whose sandboxUserOus the
// certificate's OUs all carry, in Role order. Other OUs (a Fabric CA's
// affiliation) are ignored. One role is a LianXin user; none or several
// is not one the wallet can hold.
std::vector<Role> rolesFromOus(const std::vector<std::string> &ous);

// Registers every organization of spec that the trust channel's registry
// does not hold yet, as the secretariat's administrator (the client's
// identity), all in flight at once; returns the MSP IDs it registered.
// Then it seals the charter when the spec gives three or more council
// seats: from then on members join by council vote (docs/governance.md).
// On the sandbox, initSandbox does it; on a Fabric network made from the
// sandbox (scripts/fabric-network.sh), lianxin-cli network register-members.
// Throws LedgerError as the client does, Unavailable SANDBOX_REGISTRY when
// a registration is not VALID.
class Client;
std::vector<std::string> registerMembers(Client &secretariatAdmin, const SandboxSpec &spec);

// Five fictional banks, the regulator and the secretariat, each with a CA,
// a peer and users in every role; the four channels.
SandboxSpec defaultSandbox();

// Layout of a LianXin data folder:
//   wallet/wallet.json        user identities (keys sealed by the passphrase)
//   consortium/               the embedded consortium (see ledger/Genesis.h)
//   consortium/cas/<MSPID>/   each organization's CA certificate (ca-cert.pem);
//                             in the sandbox also its key (ca-key.pem, 0600,
//                             sandbox-only material, never in the wallet)
std::filesystem::path walletDir(const std::filesystem::path &dataDir);
std::filesystem::path consortiumDir(const std::filesystem::path &dataDir);

bool sandboxExists(const std::filesystem::path &dataDir);

// Creates the sandbox: per organization a CA (self-signed, ECDSA P-256), a
// peer identity (OU "peer") and its users (OUs from sandboxUserOus); an
// orderer organization with its orderer; the wallet sealed with passphrase;
// every channel with its genesis block; the secretariat's administrator
// then registers every member in the trust channel's registry. Throws
// LedgerError(Rejected, "SANDBOX_EXISTS") if a sandbox exists already,
// std::invalid_argument for a spec with an unknown role. Everything is built
// in a staging folder and moved into place, so a failed run leaves nothing.
// populate, when given, runs on the staging data folder (wallet/ and
// consortium/ in place) before the move, so that what it adds (the demo
// book) is part of the same all-or-nothing step: if it throws (a full
// disk), nothing is left and the next run starts afresh.
void initSandbox(const std::filesystem::path &dataDir, const std::string &passphrase,
                 const SandboxSpec &spec = defaultSandbox(),
                 const std::function<void(const std::filesystem::path &stagingDataDir)> &populate = {});

// A bank of the given names with the desks of every sandbox bank (two
// officers, a checker, a manager, an administrator), its users' display
// names given in that order.
SandboxOrg sandboxBank(const std::string &mspId, const std::string &name, const std::string &nameZh, int tier,
    const std::vector<std::string> &displayNames);

// A bank applying to join the sandbox's consortium
// (docs/channel-configuration.md): its CA, its endorsing peer and its users
// are made in the data folder as the founders' were (the wallet sealed
// with passphrase), but the bank is on no channel: its transactions are
// refused until the council admits it and the channels' administrators
// sign the configuration update that adds it. Returns its root CA
// certificate (PEM), which its application carries. Throws
// LedgerError(Rejected, SANDBOX_ORG_EXISTS) when the data folder has that
// organization already, std::invalid_argument for a bad MSP ID or role.
std::string addSandboxBank(const std::filesystem::path &dataDir, const std::string &passphrase, const SandboxOrg &org);

} // namespace lx::client
