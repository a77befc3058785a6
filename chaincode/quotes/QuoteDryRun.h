#pragma once

#include "crypto/Bytes.h"

#include "lianxin/quotes.pb.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lx::chaincode::quotes {

// The contract's own answer to "would this quote-board action be accepted
// now?" over records the caller already holds (the workstation's cache),
// without a ledger: records maps state keys of the quotes contract
// ("quote/<id>", "deal/<id>") to their values, and may hold registry
// members as "member/<mspId>" (a lianxin.trust.Member), which answer the
// contract's GetMember on channel "trust"; a bank not held reads as not
// registered. Evaluated as of nowSeconds for bankMsp acting through a maker
// and a checker; nothing is written. Empty when accepted; otherwise the
// contract's "CODE: details".
std::optional<std::string> dryRunRejection(const std::map<std::string, Bytes> &records,
    const lianxin::quotes::QuoteAction &action, const std::string &bankMsp, std::int64_t nowSeconds);

// The key a registry member is held under for dryRunRejection.
std::string memberRecordKey(const std::string &mspId);

} // namespace lx::chaincode::quotes
