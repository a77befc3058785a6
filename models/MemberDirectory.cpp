#include "models/MemberDirectory.h"

#include "chaincode/Registry.h"
#include "chaincode/quotes/QuoteDryRun.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/trust.pb.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace lx::models {

namespace {

std::mutex &directoryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<Member> &directory()
{
    static std::vector<Member> members;
    return members;
}

QString kindName(lianxin::trust::Member::Kind kind)
{
    switch (kind) {
    case lianxin::trust::Member::REGULATOR:
        return QStringLiteral("regulator");
    case lianxin::trust::Member::SECRETARIAT:
        return QStringLiteral("secretariat");
    default:
        return QStringLiteral("bank");
    }
}

lianxin::trust::Member::Kind kindOf(const QString &kind)
{
    if (kind == QLatin1String("regulator"))
        return lianxin::trust::Member::REGULATOR;
    if (kind == QLatin1String("secretariat"))
        return lianxin::trust::Member::SECRETARIAT;
    return lianxin::trust::Member::BANK;
}

lianxin::trust::Member toRecord(const Member &member)
{
    lianxin::trust::Member record;
    record.set_msp_id(member.mspId.toStdString());
    record.set_name(member.name.toStdString());
    record.set_name_zh(member.nameZh.toStdString());
    record.set_kind(kindOf(member.kind));
    record.set_tier(member.tier);
    record.set_status(member.active ? lianxin::trust::Member::ACTIVE : lianxin::trust::Member::SUSPENDED);
    return record;
}

} // namespace

QString Member::displayName(bool chinese) const
{
    const QString &first = chinese ? nameZh : name;
    const QString &second = chinese ? name : nameZh;
    return !first.isEmpty() ? first : !second.isEmpty() ? second : mspId;
}

std::vector<Member> MemberDirectory::fromRegistry(client::Client &client)
{
    const protos::Response response = client.evaluate("trust", chaincode::Registry::kName, "ListMembers", {});
    return parse(response.payload());
}

std::vector<Member> MemberDirectory::parse(const std::string &memberList)
{
    lianxin::trust::MemberList list;
    if (!list.ParseFromString(memberList))
        throw std::runtime_error("the registry's member list is unreadable");
    std::vector<Member> members;
    members.reserve(static_cast<std::size_t>(list.members_size()));
    for (const auto &record : list.members()) {
        Member member;
        member.mspId = QString::fromStdString(record.msp_id());
        member.name = QString::fromStdString(record.name());
        member.nameZh = QString::fromStdString(record.name_zh());
        member.kind = kindName(record.kind());
        member.tier = record.tier();
        // Applicants, suspended and expelled members keep their names on
        // screen but are no counterparties.
        member.active = record.status() == lianxin::trust::Member::ACTIVE
            || record.status() == lianxin::trust::Member::STATUS_UNSPECIFIED;
        if (!member.mspId.isEmpty())
            members.push_back(std::move(member));
    }
    return members;
}

std::string MemberDirectory::serialize(const std::vector<Member> &members)
{
    lianxin::trust::MemberList list;
    for (const Member &member : members)
        *list.add_members() = toRecord(member);
    return list.SerializeAsString();
}

std::filesystem::path MemberDirectory::fileOf(const std::filesystem::path &dataDir)
{
    return dataDir / "members.pb";
}

std::optional<std::vector<Member>> MemberDirectory::readFile(const std::filesystem::path &dataDir)
{
    QFile file(QString::fromStdString(fileOf(dataDir).string()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    try {
        return parse(file.readAll().toStdString());
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

bool MemberDirectory::writeFile(const std::filesystem::path &dataDir, const std::vector<Member> &members)
{
    QSaveFile file(QString::fromStdString(fileOf(dataDir).string()));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Owner-only, as everything LianXin writes in a data folder.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string bytes = serialize(members);
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
        return false;
    return file.commit();
}

std::vector<Member> MemberDirectory::seedFromSandbox(
    const std::filesystem::path &dataDir, const std::string &passphrase)
{
    const client::Wallet wallet = client::Wallet::open(client::walletDir(dataDir), passphrase);
    const auto entries = wallet.entries();
    if (entries.empty())
        throw std::runtime_error("the sandbox's wallet holds no identity");
    client::Client reader(
        client::openEmbeddedLedger(client::consortiumDir(dataDir)), wallet.identity(entries.front().label));
    std::vector<Member> members = fromRegistry(reader);
    writeFile(dataDir, members);
    return members;
}

std::vector<Member> MemberDirectory::current()
{
    const std::lock_guard lock(directoryMutex());
    return directory();
}

void MemberDirectory::setCurrent(std::vector<Member> members)
{
    const std::lock_guard lock(directoryMutex());
    directory() = std::move(members);
}

std::optional<Member> MemberDirectory::find(const QString &mspId)
{
    const std::lock_guard lock(directoryMutex());
    const auto &members = directory();
    const auto found = std::find_if(members.begin(), members.end(), [&](const Member &m) { return m.mspId == mspId; });
    if (found == members.end())
        return std::nullopt;
    return *found;
}

QString MemberDirectory::name(const QString &mspId, bool chinese)
{
    const std::optional<Member> member = find(mspId);
    return member ? member->displayName(chinese) : mspId;
}

std::vector<QString> MemberDirectory::banks()
{
    std::vector<QString> out;
    const std::lock_guard lock(directoryMutex());
    for (const Member &member : directory()) {
        if (member.kind == QLatin1String("bank") && member.active)
            out.push_back(member.mspId);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> MemberDirectory::records()
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const Member &member : current())
        out.emplace_back(
            chaincode::quotes::memberRecordKey(member.mspId.toStdString()), toRecord(member).SerializeAsString());
    return out;
}

} // namespace lx::models
