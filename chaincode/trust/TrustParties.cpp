#include "chaincode/trust/TrustParties.h"

#include "chaincode/Registry.h"

namespace lx::chaincode::trust {

bool isRegulator(const Creator &creator)
{
    return creator.mspId == kRegulatorMsp;
}

bool isSecretariat(const Creator &creator)
{
    return creator.mspId == Registry::kSecretariatMsp;
}

std::optional<Response> rejectUnlessBankDesk(
    const Creator &creator, const std::string &readOnlyReason, const std::string &rolePrefix, const std::string &what)
{
    if (isRegulator(creator) || isSecretariat(creator))
        return Response::reject(Forbidden, readOnlyReason,
            creator.mspId + " reads the trust channel but may not " + what
                + "; a member bank's officer or checker does.");
    if (!creator.hasRole("officer") && !creator.hasRole("checker"))
        return Response::reject(Forbidden, rolePrefix + "_ROLE",
            "Only a bank's officer or checker may " + what + "; sign in with such an identity.");
    return std::nullopt;
}

std::string hexOf(const Bytes &bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out.push_back(kDigits[c >> 4]);
        out.push_back(kDigits[c & 0x0f]);
    }
    return out;
}

std::optional<Bytes> sha256Argument(const Bytes &arg)
{
    if (arg.size() == 32)
        return arg;
    if (arg.size() != 64)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    Bytes out;
    for (std::size_t i = 0; i < arg.size(); i += 2) {
        const int hi = nibble(arg[i]);
        const int lo = nibble(arg[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<char>(hi * 16 + lo));
    }
    return out;
}

} // namespace lx::chaincode::trust
