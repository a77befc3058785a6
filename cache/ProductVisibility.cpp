#include "cache/LedgerSync.h"

namespace lx::cache {

bool mayViewRecord(const Viewer &viewer, const std::string &channel, const std::string &key, const Bytes &value)
{
    (void)key;
    (void)value;
    if (viewer.seesEverything)
        return true;
    // The forfaiting market and the quote board are open to every member.
    return channel != "guarantee";
}

} // namespace lx::cache
