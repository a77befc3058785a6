#pragma once

#include "models/BankIdentity.h"

#include "lianxin/lc.pb.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace lx::models {

// An action the signed-in user may draft on an L/C now, with its button
// text and a stable key for objectNames ("advise", "pay-1", ...).
struct DeskAction
{
    lianxin::lc::LcAction action;
    QString title;
    QString key;
};

// The actions of the L/C desk that need nothing more than a click (advise,
// answer an amendment, accept or pay a presentation, close, expire, cancel
// before advising), offered only when the contract's own dry run
// (chaincode::lc::dryRunRejection) accepts them for this bank now, and only
// to a bank's officer: makers draft, checkers approve, others read.
QList<DeskAction> availableDeskActions(
    const lianxin::lc::LetterOfCredit &lc, const BankIdentity &identity, std::int64_t nowSeconds);

} // namespace lx::models
