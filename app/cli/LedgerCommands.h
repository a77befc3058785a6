#pragma once

#include "CliOptions.h"

namespace lx::cli {

// Each returns an ExitCode; results go to stdout, diagnostics to stderr.
int sandboxInit(const CliOptions &options);
int sandboxAddBank(const CliOptions &options);
int listIdentities(const CliOptions &options);
int ledgerInfo(const CliOptions &options);
int ledgerVerify(const CliOptions &options);
// ledger verify, then each channel's stored state against its blocks.
int ledgerVerifyState(const CliOptions &options);
int ledgerBlock(const CliOptions &options, const std::string &number);
int ledgerTransaction(const CliOptions &options, const std::string &txId);

} // namespace lx::cli
