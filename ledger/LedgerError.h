#pragma once

#include <stdexcept>
#include <string>

namespace lx::ledger {

// Kinds follow the CLI's exit codes (app/ maps them): a proposal rejected by
// a contract or a rule, the ledger unavailable, stored data invalid or
// tampered with.
class LedgerError : public std::runtime_error
{
public:
    enum class Kind { Rejected, Unavailable, DataInvalid, Usage };

    LedgerError(Kind kind, std::string reasonCode, const std::string &message)
        : std::runtime_error(message), m_kind(kind), m_reasonCode(std::move(reasonCode))
    {
    }
    Kind kind() const { return m_kind; }
    const std::string &reasonCode() const { return m_reasonCode; }

private:
    Kind m_kind;
    std::string m_reasonCode;
};

} // namespace lx::ledger
