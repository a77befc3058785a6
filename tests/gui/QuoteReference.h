#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace lx::test {

// A quote as the quote board test posts it through the form.
struct Posted
{
    int side = 0; // lianxin.quotes.Side
    int tier = 0;
    int bucket = 0; // lianxin.quotes.TenorBucket
    QString rate; // percent, as typed
    std::int64_t amountFen = 0;
    QString bank;
    bool shortLived = false; // valid for two hours only
    QString id; // once on the board
};

Posted quote(int side, int tier, int bucket, const QString &rate, std::int64_t amountFen, const QString &bank,
    bool shortLived = false);

// One side of a board cell as the test computes it itself.
struct ReferenceSide
{
    std::int64_t best = 0;
    std::set<QString> banks;
    int depth = 0;
    std::int64_t amount = 0;
};

// (bucket, tier) -> (bids, offers).
using QuoteReference = std::map<std::pair<int, int>, std::pair<ReferenceSide, ReferenceSide>>;

// The board of the live quotes, computed independently of the contract's
// buildBoard from DESIGN 4.2 and docs/quote-board.md: the best bid is the
// lowest rate, the best offer the highest, every bank at the best rate,
// the depth counts and sums every quote; a cell also stands for reported deals.
QuoteReference referenceBoard(const std::vector<Posted> &live, const std::map<std::pair<int, int>, int> &deals);

} // namespace lx::test
