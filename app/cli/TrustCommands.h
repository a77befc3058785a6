#pragma once

#include "CliOptions.h"

#include <string>

namespace lx::cli {

// The trust channel's notary and KYC services.
int notaryVerify(const CliOptions &options, const std::string &file);
// Documents presented under two or more L/Cs: the bank's own, or every
// bank's for the regulator.
int notaryFlags(const CliOptions &options);
int kycAttest(const CliOptions &options, const std::string &jsonFile);
int kycShow(const CliOptions &options, const std::string &uscc);

} // namespace lx::cli
