#pragma once

#include "chaincode/calendar/BusinessCalendar.h"
#include "ledgerclient/Client.h"

#include "lianxin/audit.pb.h"

#include <optional>
#include <string>

namespace lx::client {

// The regulator's audit package of a channel and a period
// (docs/audit-package.md): the blocks made in the period (China time, by
// their transactions' timestamps), the genesis block and the configuration
// block in force before the first of them, and a manifest naming every
// block by its SHA-256, signed by the regulator's identity. Anyone verifies
// it offline.

// Reads the channel's blocks through the client (qscc) and signs the
// manifest with the client's identity, which must be the regulator's
// (LedgerError(Rejected, AUDIT_NOT_REGULATOR) otherwise). Throws
// LedgerError(Rejected, AUDIT_PERIOD_EMPTY) when no block falls in the
// period, AUDIT_PERIOD_INVALID when from is after to.
lianxin::audit::AuditPackage exportAuditPackage(
    Client &regulator, const std::string &channel, chaincode::calendar::Date from, chaincode::calendar::Date to);

// What a verification found: the manifest (when it could be read) and the
// first problem, if any: the manifest's signature and signer (an identity
// of the regulator's MSP under the package's configuration), each block's
// SHA-256, numbering and hash chain, the orderer's signatures and every
// configuration change (ledger/ChainVerifier at block depth), the period.
struct AuditVerification
{
    std::optional<lianxin::audit::AuditManifest> manifest;
    std::optional<std::string> problem;
};
AuditVerification verifyAuditPackage(const lianxin::audit::AuditPackage &package);

} // namespace lx::client
