#include "cache/LedgerSync.h"

#include "lianxin/guarantee.pb.h"

namespace lx::cache {

bool mayViewRecord(const Viewer &viewer, const std::string &channel, const std::string &key, const Bytes &value)
{
    (void)key;
    if (viewer.seesEverything)
        return true;
    if (channel == "guarantee") {
        // A guarantee concerns its issuer and its advising bank only.
        lianxin::guarantee::Guarantee guarantee;
        if (!guarantee.ParseFromString(value))
            return false;
        return guarantee.issuer_msp() == viewer.mspId || guarantee.advising_bank_msp() == viewer.mspId;
    }
    // The forfaiting market and the quote board are open to every member.
    return true;
}

} // namespace lx::cache
