#pragma once

#include "CliOptions.h"

#include <string>

namespace lx::cli {

// The trust channel's notary and KYC services.
int notaryVerify(const CliOptions &options, const std::string &file);
// Documents presented under two or more L/Cs: the bank's own, or every
// bank's for the regulator.
int notaryFlags(const CliOptions &options);
// The consortium's rules in the registry; with a rule ("flag" or "refuse"),
// the secretariat's administrator sets what the L/C contract does with a
// document presented under two L/Cs.
int registrySettings(const CliOptions &options, const std::string &duplicateRule);
int kycAttest(const CliOptions &options, const std::string &jsonFile);
int kycShow(const CliOptions &options, const std::string &uscc);

} // namespace lx::cli
