#pragma once

#include "ledgerclient/Wallet.h"
#include "models/MemberDirectory.h"
#include "models/TranslationCatalog.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace lx::models {

// A wallet identity as people see it: which bank (or consortium body), who,
// and at which desk. Public data only; no key material.
struct BankIdentity
{
    Q_DECLARE_TR_FUNCTIONS(BankIdentity)

public:
    QString label; // "HuaxiaBankMSP/officer1", the wallet's key
    QString mspId;
    QString bankNameEn;
    QString bankNameZh;
    QString orgKind; // "bank" | "regulator" | "secretariat"
    QString userId; // "officer1"
    QString displayName; // "Wang Fang"
    client::Role role = client::Role::Officer;

    bool isValid() const { return !label.isEmpty(); }
    // A bank's officer: the maker, the only one who drafts actions.
    bool isMaker() const { return isValid() && orgKind == QLatin1String("bank") && role == client::Role::Officer; }
    QString bankName(TranslationCatalog::Language language) const;
    QString roleTitle() const { return roleTitle(role); }

    static QString roleTitle(client::Role role); // translated: "Officer" / 经办
    static QString roleKey(client::Role role); // "officer", as in certificates

    // Joins wallet entries with the registry's member names; an MSP the
    // registry does not know keeps its MSP ID as its name.
    static std::vector<BankIdentity> fromWallet(
        const std::vector<client::WalletEntry> &entries, const std::vector<Member> &members);
};

} // namespace lx::models
