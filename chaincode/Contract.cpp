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

Response Response::fromWire(std::int32_t status, const std::string &message, Bytes payload)
{
    Response r;
    r.status = status;
    r.payload = std::move(payload);
    const auto colon = message.find(": ");
    bool coded = colon != std::string::npos && colon > 0;
    for (std::size_t i = 0; coded && i < colon; ++i)
        coded
            = (message[i] >= 'A' && message[i] <= 'Z') || (message[i] >= '0' && message[i] <= '9') || message[i] == '_';
    if (coded) {
        r.reasonCode = message.substr(0, colon);
        r.message = message.substr(colon + 2);
    } else {
        r.message = message;
    }
    return r;
}

} // namespace lx::chaincode
