#pragma once

#include "chaincode/Contract.h"

#include <optional>
#include <string>

namespace lx::chaincode::trust {

// Trust-channel writes come from a member bank's officer (maker) or checker.
// The regulator and the secretariat read only: readOnlyReason is returned
// to them, e.g. "NOTARY_READ_ONLY"; other desks get "<prefix>_ROLE".
std::optional<Response> rejectUnlessBankDesk(
    const Creator &creator, const std::string &readOnlyReason, const std::string &rolePrefix, const std::string &what);

// A SHA-256 argument: 32 raw bytes, or 64 hex digits as a person might paste.
std::optional<Bytes> sha256Argument(const Bytes &arg);

} // namespace lx::chaincode::trust
