#include "chaincode/Stub.h"

#include <algorithm>

namespace lx::chaincode {

bool Creator::hasRole(const std::string &role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string implicitCollection(const std::string &mspId)
{
    return "_implicit_org_" + mspId;
}

std::string privateTransientKey(const std::string &collection, const std::string &key)
{
    return kPrivateTransientPrefix + collection + "/" + key;
}

} // namespace lx::chaincode
