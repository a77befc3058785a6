#pragma once

#include "chaincode/trust/Gas.h"
#include "crypto/EcKey.h"
#include "ledgerclient/Client.h"

#include "lianxin/governance.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace lx::client {

// A period's Gas from the chain (docs/gas.md). The counts come from the
// committed blocks of every channel (chaincode::gas::countedChannels):
// valid endorser transactions whose timestamp falls in the period (China
// time); each credits its creator's organization one transaction and each
// endorsing organization one endorsement. The facts kept on trust
// (available hours, approved costs) and the weights in force come from the
// registry (GetGasFacts).

// The period's report as the secretariat records it: every channel read
// from block 0 to its tip now. Throws LedgerError (GAS_PERIOD_INVALID for a
// period that is not YYYY-MM, the ledger's own errors).
lianxin::trust::GasReport computeGasReport(Client &client, const std::string &period);

// What a recomputation of a recorded report found: the report recomputed
// over exactly the blocks it names, and the first difference, if any (a
// block that is not the one named, a count, an availability statement whose
// node is not its member's or whose signature fails, a cost, the
// arithmetic).
struct GasVerification
{
    lianxin::trust::GasReport recomputed;
    std::optional<std::string> problem;
    int blocksRead = 0;
    int statementsChecked = 0;
};
GasVerification verifyGasReport(Client &client, const lianxin::trust::GasReport &recorded);

// A node's statement of its availability, signed with the node's key; the
// signer is the node's certificate as an identity of mspId.
lianxin::trust::AvailabilityReport signAvailability(const crypto::PrivateKey &nodeKey, const std::string &nodeCertPem,
    const std::string &mspId, const std::string &period, int availableHours);

// The registry's answers on trust.
lianxin::trust::GasReport recordedGasReport(Client &client, const std::string &period);
std::vector<lianxin::trust::GasReport> gasReports(Client &client);
std::vector<lianxin::trust::GasBalance> gasBalances(Client &client);
std::vector<lianxin::trust::AvailabilityReport> availabilityReports(Client &client, const std::string &period);

// milli-Gas as Gas with three decimals ("1234.500"), as the CLI and the
// CSV write it.
std::string gasText(std::int64_t milliGas);

// A report as CSV (UTF-8, one line per member, then the sources), for the
// CLI and the screens' exports.
std::string gasReportCsv(const lianxin::trust::GasReport &report);

} // namespace lx::client
