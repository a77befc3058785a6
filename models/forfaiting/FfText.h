#pragma once

#include "lianxin/forfaiting.pb.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>

namespace lx::models {

// How forfaiting values read on screen, in the current language.
class FfText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::FfText)

public:
    static QString claimState(int state); // Claim.State number
    static QString listingState(int state);
    static QString quoteState(int state);
    static QString dealState(int state);
    static QString method(int method); // "Straight discount" / "直接贴现"
    static QString market(int market); // "Primary" / "一级市场"
    static QString action(const QString &contractName); // "AcceptQuote" -> "Accept quote"
    static QString rate(std::int64_t rateMicros); // "3.00%"
    static QString bank(const std::string &mspId);
    static QString day(int day); // a day number as a date
    static QString dateTime(std::int64_t unixSeconds); // China time
    static int obligorTier(const std::string &mspId); // the consortium's tier, 0 when unknown
};

} // namespace lx::models
