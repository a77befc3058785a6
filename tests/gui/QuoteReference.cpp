#include "QuoteReference.h"

#include "chaincode/Rate.h"

#include "lianxin/quotes.pb.h"

namespace lx::test {

Posted quote(int side, int tier, int bucket, const QString &rate, std::int64_t amountFen, const QString &bank,
    bool shortLived)
{
    Posted out;
    out.side = side;
    out.tier = tier;
    out.bucket = bucket;
    out.rate = rate;
    out.amountFen = amountFen;
    out.bank = bank;
    out.shortLived = shortLived;
    return out;
}

QuoteReference referenceBoard(const std::vector<Posted> &live, const std::map<std::pair<int, int>, int> &deals)
{
    QuoteReference out;
    for (const auto &[cell, count] : deals)
        out[cell];
    for (const Posted &p : live) {
        auto &cell = out[{ p.bucket, p.tier }];
        ReferenceSide &side = p.side == lianxin::quotes::BUY ? cell.first : cell.second;
        const std::int64_t rate = chaincode::parseRatePercent(p.rate.toStdString()).value_or(0);
        const bool better = side.depth == 0 || (p.side == lianxin::quotes::BUY ? rate < side.best : rate > side.best);
        if (better) {
            side.best = rate;
            side.banks.clear();
        }
        if (rate == side.best)
            side.banks.insert(p.bank);
        side.depth += 1;
        side.amount += p.amountFen;
    }
    return out;
}

} // namespace lx::test
