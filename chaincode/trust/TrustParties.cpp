#include "chaincode/trust/TrustParties.h"

namespace lx::chaincode::trust {

std::optional<Response> rejectUnlessBankDesk(
    const Creator &creator, const std::string &readOnlyReason, const std::string &rolePrefix, const std::string &what)
{
    if (creator.isRegulator() || creator.isSecretariat())
        return Response::reject(Forbidden, readOnlyReason,
            creator.mspId + " reads the trust channel but may not " + what
                + "; a member bank's officer or checker does.");
    if (!creator.hasRole("officer") && !creator.hasRole("checker"))
        return Response::reject(Forbidden, rolePrefix + "_ROLE",
            "Only a bank's officer or checker may " + what + "; sign in with such an identity.");
    return std::nullopt;
}

std::optional<Bytes> sha256Argument(const Bytes &arg)
{
    if (arg.size() == 32)
        return arg;
    if (arg.size() != 64)
        return std::nullopt;
    return fromHex(arg);
}

} // namespace lx::chaincode::trust
