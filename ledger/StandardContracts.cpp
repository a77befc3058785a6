#include "ledger/StandardContracts.h"

#include "chaincode/Registry.h"

namespace lx::ledger {

std::vector<std::pair<std::string, std::shared_ptr<chaincode::Contract>>> standardContracts()
{
    return {{"trust", std::make_shared<chaincode::Registry>()}};
}

} // namespace lx::ledger
