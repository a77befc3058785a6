#include "models/BankIdentity.h"

#include <algorithm>

namespace lx::models {

QString BankIdentity::bankName(TranslationCatalog::Language language) const
{
    const QString &name = language == TranslationCatalog::Language::SimplifiedChinese ? bankNameZh : bankNameEn;
    return name.isEmpty() ? mspId : name;
}

QString BankIdentity::roleTitle(client::Role role)
{
    switch (role) {
    case client::Role::Officer:
        //: Role of a maker at a trade-finance desk (zh: 经办)
        return tr("Officer");
    case client::Role::Checker:
        //: Four-eyes role that approves a maker's draft (zh: 复核)
        return tr("Checker");
    case client::Role::Manager:
        //: Desk or department manager (zh: 主管)
        return tr("Manager");
    case client::Role::Admin:
        //: The organization's administrator (zh: 管理员)
        return tr("Administrator");
    case client::Role::Auditor:
        //: Regulator's read-only role (zh: 审计)
        return tr("Auditor");
    }
    return QString();
}

QString BankIdentity::roleKey(client::Role role)
{
    return QString::fromStdString(client::roleName(role));
}

std::vector<BankIdentity> BankIdentity::fromWallet(
    const std::vector<client::WalletEntry> &entries, const std::vector<Member> &members)
{
    std::vector<BankIdentity> identities;
    identities.reserve(entries.size());
    for (const auto &entry : entries) {
        BankIdentity identity;
        identity.label = QString::fromStdString(entry.label);
        identity.mspId = QString::fromStdString(entry.mspId);
        identity.userId = QString::fromStdString(entry.user);
        identity.displayName = QString::fromStdString(entry.displayName);
        identity.role = entry.role;
        const auto member = std::find_if(
            members.begin(), members.end(), [&](const Member &m) { return m.mspId == identity.mspId; });
        if (member != members.end()) {
            identity.bankNameEn = member->name;
            identity.bankNameZh = member->nameZh;
            identity.orgKind = member->kind;
        }
        identities.push_back(std::move(identity));
    }
    return identities;
}

} // namespace lx::models
