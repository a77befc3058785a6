#pragma once

#include "chaincode/trust/Uscc.h"

#include "lianxin/lc.pb.h"

#include <string>

namespace lx::test {

inline lianxin::lc::Date date(int year, int month, int day)
{
    lianxin::lc::Date d;
    d.set_year(year);
    d.set_month(month);
    d.set_day(day);
    return d;
}

// A valid 18-character unified social credit code (Shanghai, market
// regulation) built around an 8-digit organization code.
inline std::string usccFrom(const std::string &eightDigits)
{
    const std::string first17
        = "91310000" + eightDigits + chaincode::trust::organizationCodeCheckCharacter(eightDigits);
    return first17 + chaincode::trust::usccCheckCharacter(first17);
}

} // namespace lx::test
