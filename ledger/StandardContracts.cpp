#include "ledger/StandardContracts.h"

#include "chaincode/Registry.h"
#include "chaincode/forfaiting/FfContract.h"
#include "chaincode/guarantee/GtContract.h"
#include "chaincode/lc/LcContract.h"
#include "chaincode/quotes/QuoteContract.h"
#include "chaincode/trust/KycContract.h"
#include "chaincode/trust/NotaryContract.h"

namespace lx::ledger {

std::vector<std::pair<std::string, std::shared_ptr<chaincode::Contract>>> standardContracts()
{
    return { { "trust", std::make_shared<chaincode::Registry>() },
        { "trust", std::make_shared<chaincode::trust::NotaryContract>() },
        { "trust", std::make_shared<chaincode::trust::KycContract>() },
        { "trust", std::make_shared<chaincode::quotes::QuoteContract>() },
        { "lc", std::make_shared<chaincode::LcContract>() },
        { "guarantee", std::make_shared<chaincode::GuaranteeContract>() },
        { "forfaiting", std::make_shared<chaincode::ForfaitingContract>() } };
}

} // namespace lx::ledger
