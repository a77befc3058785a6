#include "chaincode/Contract.h"

namespace lx::chaincode {

Response Response::ok(Bytes payload)
{
    Response r;
    r.payload = std::move(payload);
    return r;
}

Response Response::reject(std::int32_t status, std::string reasonCode, std::string message)
{
    Response r;
    r.status = status;
    r.reasonCode = std::move(reasonCode);
    r.message = std::move(message);
    return r;
}

std::string Response::wireMessage() const
{
    if (reasonCode.empty())
        return message;
    return reasonCode + ": " + message;
}

} // namespace lx::chaincode
