#pragma once

#include "models/BankIdentity.h"

#include "lianxin/guarantee.pb.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace lx::models {

// An action the signed-in user may draft on a guarantee with one click,
// with its button text and a stable key for objectNames ("advise",
// "pay-1", "accept-amendment-2", ...).
struct GuaranteeDeskAction
{
    lianxin::guarantee::GtAction action;
    QString title;
    QString key;
};

// The one-click actions (advise, answer an amendment, pay a demand, record
// the expiry), offered only to a bank's officer and only when the
// contract's own dry run (chaincode::guarantee::dryRunRejection) accepts
// them for this bank now.
QList<GuaranteeDeskAction> availableGuaranteeActions(
    const lianxin::guarantee::Guarantee &g, const BankIdentity &identity, std::int64_t nowSeconds);

// The contract's dry run of action on g for bankMsp now: empty when it
// would be accepted, else the reason in the user's language.
QString guaranteeRejection(const lianxin::guarantee::Guarantee &g, const lianxin::guarantee::GtAction &action,
    const QString &bankMsp, std::int64_t nowSeconds);

} // namespace lx::models
