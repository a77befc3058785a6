#pragma once

#include "CliOptions.h"

namespace lx::cli {

// `chaincode invoke|query`: one raw call of a contract on the embedded
// ledger, the counterpart of Fabric's `peer chaincode invoke|query`, so a
// test drives both ledgers with the same function, arguments and transient
// entries. Prints the contract's response as JSON; returns an ExitCode.
int chaincodeCommand(const CliOptions &options);

} // namespace lx::cli
