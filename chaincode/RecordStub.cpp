#include "chaincode/RecordStub.h"

#include <stdexcept>

namespace lx::chaincode {

RecordStub::RecordStub(
    std::string channel, std::map<std::string, Bytes> state, const std::string &bankMsp, std::int64_t nowSeconds)
    : m_channel(std::move(channel)), m_state(std::move(state)), m_now(nowSeconds)
{
    m_creator.mspId = bankMsp;
}

std::optional<Bytes> RecordStub::getState(const std::string &key)
{
    const auto found = m_state.find(key);
    if (found == m_state.end())
        return std::nullopt;
    return found->second;
}

std::vector<KeyValue> RecordStub::getStateByRange(const std::string &startKey, const std::string &endKey)
{
    std::vector<KeyValue> out;
    for (auto it = m_state.lower_bound(startKey); it != m_state.end() && (endKey.empty() || it->first < endKey); ++it)
        out.push_back({ it->first, it->second });
    return out;
}

Response RecordStub::invokeChaincode(const std::string &channel, const std::string &, const std::vector<Bytes> &)
{
    return Response::reject(BadRequest, "CHANNEL_UNREACHABLE",
        "A dry run sees only the records it was given, not channel " + channel + ".");
}

void RecordStub::refuseWrite()
{
    throw std::logic_error("a dry run does not write");
}

} // namespace lx::chaincode
