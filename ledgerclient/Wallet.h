#pragma once

#include "crypto/Bytes.h"
#include "ledgerclient/SigningIdentity.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lx::client {

class WalletError : public std::runtime_error
{
public:
    enum class Kind { WrongPassphrase, NotFound, Damaged, Io };
    WalletError(Kind kind, const std::string &message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Roles a user certificate carries as OUs (besides Fabric's "client").
enum class Role { Officer, Checker, Manager, Admin, Auditor };
std::string roleName(Role role);                       // "officer", ...
std::optional<Role> roleFromName(const std::string &name);

struct WalletEntry
{
    std::string label;   // "MSPID/user", e.g. "ICBKMSP/officer1"
    std::string mspId;
    std::string user;
    Role role = Role::Officer;
    std::string displayName;  // e.g. "Wang Fang"
    std::string certPem;
    // The issuing CA's certificate when the identity came with it (an
    // imported MSP folder's cacerts/); empty otherwise.
    std::string caCertPem;
};

// The user identities of one workstation, in one file (wallet.json) in the
// wallet folder. Private keys are sealed with AES-256-GCM under a key derived
// from the passphrase with scrypt (N=2^15, r=8, p=1, random salt); the entry
// label is the associated data, so keys cannot be swapped between entries.
// Certificates and labels are public and readable without the passphrase
// (listEntries, for the sign-in list); open() checks an HMAC over the whole
// file, so everything a Wallet returns after unlocking is authenticated
// (docs/wallet.md).
class Wallet
{
public:
    static bool exists(const std::filesystem::path &dir);
    // Throws WalletError(Io) if one exists already.
    static Wallet create(const std::filesystem::path &dir, const std::string &passphrase);
    // Throws WalletError(WrongPassphrase) with a clear message; nothing is
    // changed on disk. Throws WalletError(Damaged) when any field of the file
    // was altered. A version 1 file (no integrity code) is checked as far as
    // it can be and rewritten as version 2.
    static Wallet open(const std::filesystem::path &dir, const std::string &passphrase);
    // Entries without unlocking (for the sign-in list).
    static std::vector<WalletEntry> listEntries(const std::filesystem::path &dir);

    std::vector<WalletEntry> entries() const;
    void add(const WalletEntry &entry, const crypto::PrivateKey &key); // writes the file atomically
    SigningIdentity identity(const std::string &label) const;           // throws WalletError(NotFound)
    void changePassphrase(const std::string &newPassphrase);            // rewraps every key, atomically

private:
    Wallet() = default;
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace lx::client
