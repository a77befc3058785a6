#include "ledgerclient/Sandbox.h"

#include "chaincode/Registry.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "crypto/Random.h"
#include "ledger/DataFolder.h"
#include "ledger/Genesis.h"
#include "ledger/LedgerError.h"
#include "ledgerclient/BlockDecoder.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/SandboxCa.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/trust.pb.h"

#include <algorithm>
#include <cctype>
#include <fcntl.h>
#include <iterator>
#include <stdexcept>
#include <unistd.h>

namespace lx::client {

namespace fs = std::filesystem;

namespace {

constexpr const char *kOrdererMspId = "OrdererMSP";
constexpr const char *kOrdererOrgName = "Consortium Ordering Service";
constexpr std::string_view kStagingPrefix = ".sandbox-staging-";

SandboxOrg bank(std::string mspId, std::string name, std::string nameZh, int tier,
                const std::vector<std::string> &displayNames)
{
    // Every bank has the same desks: two makers, a checker, a manager and
    // the bank's administrator.
    static const std::pair<const char *, const char *> desks[] = {
        {"officer1", "officer"}, {"officer2", "officer"}, {"checker1", "checker"},
        {"manager1", "manager"}, {"admin1", "admin"}};
    SandboxOrg org{std::move(mspId), std::move(name), std::move(nameZh), "bank", tier, {}, {}};
    for (std::size_t i = 0; i < std::size(desks); ++i)
        org.users.push_back({desks[i].first, desks[i].second, displayNames.at(i)});
    return org;
}

void checkSpec(const SandboxSpec &spec)
{
    if (spec.orgs.empty())
        throw std::invalid_argument("A sandbox needs at least one organization.");
    for (const auto &org : spec.orgs) {
        if (org.mspId.empty() || org.mspId == kOrdererMspId || org.mspId.find('/') != std::string::npos)
            throw std::invalid_argument("Invalid sandbox MSP ID \"" + org.mspId + "\".");
        for (const auto &user : org.users) {
            if (!roleFromName(user.role))
                throw std::invalid_argument("Unknown role \"" + user.role + "\" for " + org.mspId + "/" + user.user);
        }
    }
}

void syncDir(const fs::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

lianxin::trust::Member::Kind memberKind(const std::string &kind)
{
    if (kind == "regulator")
        return lianxin::trust::Member::REGULATOR;
    if (kind == "secretariat")
        return lianxin::trust::Member::SECRETARIAT;
    return lianxin::trust::Member::BANK;
}

// The secretariat's administrator records every member in the trust
// channel's registry, through the same signed path as any user action.
void registerSandboxMembers(const fs::path &consortium, const Wallet &wallet, const SandboxSpec &spec)
{
    const bool hasTrust = std::find(spec.channels.begin(), spec.channels.end(), "trust") != spec.channels.end();
    const auto secretariat = std::find_if(spec.orgs.begin(), spec.orgs.end(), [](const SandboxOrg &org) {
        return org.mspId == chaincode::kSecretariatMsp;
    });
    if (!hasTrust || secretariat == spec.orgs.end())
        return;
    const auto admin = std::find_if(secretariat->users.begin(), secretariat->users.end(),
                                    [](const SandboxUser &u) { return u.role == "admin"; });
    if (admin == secretariat->users.end())
        return;
    Client client(openEmbeddedLedger(consortium), wallet.identity(secretariat->mspId + "/" + admin->user));
    registerMembers(client, spec);
}

// The organization's users, issued by its CA, into the wallet.
void addUsers(Wallet &wallet, const SandboxCa &ca, const SandboxOrg &org)
{
    for (const auto &user : org.users) {
        const IssuedIdentity issued = issueSandboxIdentity(ca, sandboxUserOus(user.role), user.user);
        WalletEntry entry;
        entry.label = org.mspId + "/" + user.user;
        entry.mspId = org.mspId;
        entry.user = user.user;
        entry.role = *roleFromName(user.role);
        entry.displayName = user.displayName;
        entry.certPem = issued.certPem;
        wallet.add(entry, issued.key);
    }
}

// Everything is generated under a staging folder and moved into place at
// the end, so an interrupted first run leaves no half-made sandbox that
// would block the next attempt.
void buildSandbox(const fs::path &staging, const std::string &passphrase, const SandboxSpec &spec)
{
    const fs::path consortium = staging / "consortium";
    // The only scrypt derivation of the whole run: keys are sealed under
    // the key derived here.
    Wallet wallet = Wallet::create(staging / "wallet", passphrase);

    std::vector<ledger::OrgConfig> members;
    for (const auto &org : spec.orgs) {
        const SandboxCa ca = createSandboxCa(consortium, org.mspId, org.name);
        members.push_back({org.mspId, ca.cert.toPem()});

        const IssuedIdentity peer = issueSandboxIdentity(ca, {"peer"}, "peer0." + lowerCase(org.mspId));
        ledger::writeNodeIdentity(ledger::peerDir(consortium, org.mspId), "peer",
                                  {org.mspId, peer.certPem, peer.key.toPem()});

        addUsers(wallet, ca, org);
    }

    const SandboxCa ordererCa = createSandboxCa(consortium, kOrdererMspId, kOrdererOrgName);
    const ledger::OrgConfig ordererOrg{kOrdererMspId, ordererCa.cert.toPem()};
    const IssuedIdentity ordererIssued =
        issueSandboxIdentity(ordererCa, {"orderer"}, "orderer0." + lowerCase(kOrdererMspId));
    const ledger::NodeIdentity orderer{kOrdererMspId, ordererIssued.certPem, ordererIssued.key.toPem()};
    ledger::writeNodeIdentity(ledger::ordererDir(consortium), "orderer", orderer);

    for (const auto &channel : spec.channels)
        ledger::createChannel(consortium, channel, members, ordererOrg, orderer);
    registerSandboxMembers(consortium, wallet, spec);
}

} // namespace

std::vector<std::string> sandboxUserOus(const std::string &role)
{
    if (role == "admin")
        return {"admin"};
    return {"client", role};
}

std::vector<Role> rolesFromOus(const std::vector<std::string> &ous)
{
    std::vector<Role> roles;
    for (Role role : {Role::Officer, Role::Checker, Role::Manager, Role::Admin, Role::Auditor}) {
        const std::vector<std::string> wanted = sandboxUserOus(roleName(role));
        if (std::all_of(wanted.begin(), wanted.end(),
                        [&](const std::string &ou) { return std::find(ous.begin(), ous.end(), ou) != ous.end(); }))
            roles.push_back(role);
    }
    return roles;
}

std::vector<std::string> registerMembers(Client &secretariatAdmin, const SandboxSpec &spec)
{
    lianxin::trust::MemberList registered;
    if (!registered.ParseFromString(
            secretariatAdmin.evaluate("trust", chaincode::Registry::kName, "ListMembers", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListMembers answered no member list.");
    std::vector<std::string> added;
    std::vector<Client::Pending> pending;
    for (const auto &org : spec.orgs) {
        const bool known = std::any_of(registered.members().begin(), registered.members().end(),
                                       [&](const lianxin::trust::Member &m) { return m.msp_id() == org.mspId; });
        if (known)
            continue;
        lianxin::trust::Member member;
        member.set_msp_id(org.mspId);
        member.set_name(org.name);
        member.set_name_zh(org.nameZh);
        member.set_kind(memberKind(org.kind));
        member.set_tier(org.tier);
        member.set_status(lianxin::trust::Member::ACTIVE);
        // A founding bank does every line of business; seats as the spec gives them.
        if (member.kind() == lianxin::trust::Member::BANK) {
            for (const auto line :
                {lianxin::trust::LINE_LC, lianxin::trust::LINE_FORFAITING, lianxin::trust::LINE_GUARANTEE})
                member.add_lines()->set_line(line);
            for (const std::string &seat : org.seats)
                member.add_seats(seat == "council" ? lianxin::trust::SEAT_COUNCIL : lianxin::trust::SEAT_EXPERT_COMMITTEE);
        } else {
            member.add_seats(member.kind() == lianxin::trust::Member::REGULATOR ? lianxin::trust::SEAT_REGULATOR
                                                                                : lianxin::trust::SEAT_SECRETARIAT);
        }
        pending.push_back(secretariatAdmin.submitNoWait("trust", chaincode::Registry::kName, "RegisterMember",
                                                        {member.SerializeAsString()}));
        added.push_back(org.mspId);
    }
    for (const auto &p : pending) {
        const SubmitResult result = secretariatAdmin.waitForCommit(p);
        if (result.code != protos::VALID)
            throw LedgerError(LedgerError::Kind::Unavailable, "SANDBOX_REGISTRY",
                              "registering a member failed with validation code " + validationCodeName(result.code));
    }
    // From now on members, seats and rules change only by council vote. A
    // spec with fewer than three council seats (a test's small consortium)
    // stays in its founding phase: the contract seals no smaller council.
    const auto councilSeats = std::count_if(spec.orgs.begin(), spec.orgs.end(), [](const SandboxOrg &org) {
        return std::find(org.seats.begin(), org.seats.end(), "council") != org.seats.end();
    });
    GovernanceWorkflow governance(secretariatAdmin);
    if (councilSeats >= 3 && !governance.rules().charter_sealed())
        governance.sealCharter();
    return added;
}

SandboxSpec defaultSandbox()
{
    SandboxSpec spec;
    spec.orgs.push_back(bank("HuaxiaBankMSP", "Huaxia Trade Bank", "华夏贸易银行", 1,
                             {"Wang Fang", "Li Wei", "Zhang Min", "Liu Yang", "Chen Jing"}));
    spec.orgs.push_back(bank("DongfangBankMSP", "Dongfang Commercial Bank", "东方商业银行", 1,
                             {"Zhao Lei", "Sun Li", "Zhou Qiang", "Wu Xia", "Zheng Hao"}));
    spec.orgs.push_back(bank("ChangjiangBankMSP", "Changjiang Industrial Bank", "长江实业银行", 2,
                             {"Huang Mei", "Lin Tao", "He Yun", "Gao Jun", "Ma Lan"}));
    spec.orgs.push_back(bank("NanhaiBankMSP", "Nanhai Development Bank", "南海发展银行", 2,
                             {"Luo Ping", "Xu Hui", "Guo Bin", "Tang Ying", "Feng Kai"}));
    spec.orgs.push_back(bank("BeiyuanBankMSP", "Beiyuan Merchants Bank", "北原招商银行", 3,
                             {"Song Jie", "Han Xue", "Deng Rui", "Cao Ning", "Peng Fei"}));
    // The founding charter: every founding bank sits on the council; two
    // of them also on the expert committee.
    for (SandboxOrg &org : spec.orgs) {
        org.seats = {"council"};
        if (org.mspId == "ChangjiangBankMSP" || org.mspId == "NanhaiBankMSP")
            org.seats.push_back("expert-committee");
    }

    SandboxOrg regulator{"RegulatorMSP", "Consortium Regulator", "联盟监管机构", "regulator", 1, {}, {}};
    regulator.users = {{"auditor1", "auditor", "Yang Zhen"}, {"admin1", "admin", "Xie Hong"}};
    spec.orgs.push_back(std::move(regulator));

    SandboxOrg secretariat{"SecretariatMSP", "Consortium Secretariat", "联盟秘书处", "secretariat", 1, {}, {}};
    secretariat.users = {{"admin1", "admin", "Jiang Wen"}, {"manager1", "manager", "Qian Yu"}};
    spec.orgs.push_back(std::move(secretariat));

    spec.channels = {"trust", "lc", "forfaiting", "guarantee"};
    return spec;
}

fs::path walletDir(const fs::path &dataDir) { return dataDir / "wallet"; }

fs::path consortiumDir(const fs::path &dataDir) { return dataDir / "consortium"; }

bool sandboxExists(const fs::path &dataDir) { return Wallet::exists(walletDir(dataDir)); }

namespace {

void createSandbox(const fs::path &dataDir, const std::string &passphrase, const SandboxSpec &spec,
                   const std::function<void(const fs::path &)> &populate)
{
    std::error_code ec;
    if (sandboxExists(dataDir) || fs::exists(consortiumDir(dataDir) / "channels", ec))
        throw ledger::LedgerError(ledger::LedgerError::Kind::Usage, "SANDBOX_EXISTS",
                                  "A sandbox exists already in " + dataDir.string() + ".");
    checkSpec(spec);
    // Folders made here are the owner's only; an existing one (the user's
    // choice) keeps its mode.
    ledger::createOwnerOnlyDirectories(dataDir);

    // Left-overs of an interrupted run are incomplete by construction.
    for (const auto &item : fs::directory_iterator(dataDir)) {
        if (item.path().filename().string().starts_with(kStagingPrefix))
            fs::remove_all(item.path(), ec);
    }

    const fs::path staging = dataDir / (std::string(kStagingPrefix) + toHex(crypto::randomBytes(8)));
    bool consortiumMoved = false;
    try {
        fs::create_directory(staging);
        fs::permissions(staging, fs::perms::owner_all);
        buildSandbox(staging, passphrase, spec);
        if (populate)
            populate(staging);
        // The consortium first, the wallet last: wallet.json is what
        // sandboxExists() looks for, so it appears only once all is in place.
        fs::rename(staging / "consortium", consortiumDir(dataDir));
        consortiumMoved = true;
        fs::rename(staging / "wallet", walletDir(dataDir));
        syncDir(dataDir);
    } catch (...) {
        // A consortium without its wallet would block every later attempt.
        if (consortiumMoved)
            fs::remove_all(consortiumDir(dataDir), ec);
        fs::remove_all(staging, ec);
        throw;
    }
    fs::remove_all(staging, ec);
}

} // namespace

void initSandbox(const fs::path &dataDir, const std::string &passphrase, const SandboxSpec &spec,
                 const std::function<void(const fs::path &)> &populate)
{
    // Callers of ledgerclient see its own error type only.
    try {
        createSandbox(dataDir, passphrase, spec, populate);
    } catch (const ledger::LedgerError &e) {
        // The staging folder named in the message is gone: name the data folder.
        if (e.reasonCode() == "DISK_FULL")
            throw LedgerError(LedgerError::Kind::Unavailable, e.reasonCode(), ledger::diskFullMessage(dataDir));
        const auto kind = e.kind() == ledger::LedgerError::Kind::Unavailable   ? LedgerError::Kind::Unavailable
                          : e.kind() == ledger::LedgerError::Kind::DataInvalid ? LedgerError::Kind::DataInvalid
                                                                               : LedgerError::Kind::Rejected;
        throw LedgerError(kind, e.reasonCode(), e.what());
    } catch (const LedgerError &e) {
        if (e.reasonCode() == "DISK_FULL")
            throw LedgerError(LedgerError::Kind::Unavailable, e.reasonCode(), ledger::diskFullMessage(dataDir));
        throw;
    }
}

SandboxOrg sandboxBank(const std::string &mspId, const std::string &name, const std::string &nameZh, int tier,
    const std::vector<std::string> &displayNames)
{
    return bank(mspId, name, nameZh, tier, displayNames);
}

std::string addSandboxBank(const fs::path &dataDir, const std::string &passphrase, const SandboxOrg &org)
{
    SandboxSpec spec;
    spec.orgs.push_back(org);
    checkSpec(spec);
    const fs::path consortium = consortiumDir(dataDir);
    std::error_code ec;
    if (fs::exists(consortium / "cas" / org.mspId, ec) || fs::exists(ledger::peerDir(consortium, org.mspId), ec))
        throw LedgerError(LedgerError::Kind::Rejected, "SANDBOX_ORG_EXISTS",
            "The sandbox in " + dataDir.string() + " has an organization " + org.mspId + " already.");
    // The wallet first: a wrong passphrase leaves nothing behind.
    Wallet wallet = Wallet::open(walletDir(dataDir), passphrase);
    const auto removePartial = [&] {
        fs::remove_all(consortium / "cas" / org.mspId, ec);
        fs::remove_all(ledger::peerDir(consortium, org.mspId), ec);
    };
    try {
        const SandboxCa ca = createSandboxCa(consortium, org.mspId, org.name);
        addUsers(wallet, ca, org);
        // The peer last: an organization with a peer in nodes/ is one the
        // embedded consortium will let endorse once a channel has it.
        const IssuedIdentity peer = issueSandboxIdentity(ca, {"peer"}, "peer0." + lowerCase(org.mspId));
        ledger::writeNodeIdentity(
            ledger::peerDir(consortium, org.mspId), "peer", {org.mspId, peer.certPem, peer.key.toPem()});
        return ca.cert.toPem();
    } catch (const ledger::LedgerError &e) {
        removePartial();
        throw LedgerError(e.kind() == ledger::LedgerError::Kind::Unavailable ? LedgerError::Kind::Unavailable
                                                                               : LedgerError::Kind::DataInvalid,
            e.reasonCode(), e.what());
    } catch (...) {
        removePartial();
        throw;
    }
}

} // namespace lx::client
