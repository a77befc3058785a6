#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace lx::models {

// How the quote board's values read on screen, in the current language.
class QuoteText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::QuoteText)

public:
    // lianxin.quotes.Side number -> "Bid (buy)" / "买入报价".
    static QString sideName(int side);
    // lianxin.quotes.Method number -> "Straight discount" / "直接贴现".
    static QString methodName(int method);
    // 2 -> "Tier 2" / "二级" ...
    static QString tierName(int tier);
    // lianxin.quotes.TenorBucket number -> "91-180 days" / "91-180天".
    static QString bucketName(int bucket);
    // 31250 -> "3.125%"; empty for 0 (no quote on that side).
    static QString rate(std::int64_t rateMicros);
    // A Unix time as the China date and time of day it is there.
    static QString chinaDateTime(std::int64_t unixSeconds);
};

} // namespace lx::models
