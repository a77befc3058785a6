#pragma once

#include "lianxin/lc.pb.h"

#include <string>

namespace lx::test {

lianxin::lc::Date date(int year, int month, int day);

// A valid 18-character unified social credit code (Shanghai, market
// regulation) built around an 8-digit organization code.
std::string usccFrom(const std::string &eightDigits);

// Terms that pass every rule of the contract, issued by `issuing` and
// advised by `advising`: CNY 1,000,000.00 at sight, +/-5% tolerance, expiry
// 2026-12-31, latest shipment 2026-12-15, presentation within 15 days of
// shipment, partial shipments allowed, invoice and transport document.
lianxin::lc::LetterOfCredit validTerms(
    const std::string &lcNo, const std::string &issuing, const std::string &advising);

} // namespace lx::test
