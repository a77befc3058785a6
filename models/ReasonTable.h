#pragma once

#include <span>

// The tables behind ReasonCatalog, one file per group of contracts so each
// stays readable. Entries are QT_TRANSLATE_NOOP'd in the context
// "lx::models::ReasonCatalog"; ReasonCatalog translates them.
namespace lx::models::reasons {

struct Reason
{
    const char *code;
    const char *text;
};

// Forfaiting (FF_), guarantees (GT_), the quote board (QT_) and the gateway
// between channels.
std::span<const Reason> productReasons();

// What every product's maker-checker desk (chaincode/Desk.cpp) answers,
// keyed by the code's suffix: the desk builds "<prefix>_<suffix>" from the
// product's code prefix at run time.
std::span<const Reason> deskReasons();

// The products' code prefixes with a desk.
std::span<const char *const> deskPrefixes();

} // namespace lx::models::reasons
