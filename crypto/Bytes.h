#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lx {

// Binary data travels as std::string, the type protobuf uses for bytes
// fields, so no copies are needed at the wire boundary.
using Bytes = std::string;

std::string toHex(std::string_view bytes);
std::optional<Bytes> fromHex(std::string_view hex);

} // namespace lx
