#pragma once

#include "lianxin/lc.pb.h"

#include <QDate>
#include <QList>
#include <QString>

#include <chrono>
#include <cstdint>

namespace lx::models {

// One term to correct before an L/C can be issued.
struct LcTermProblem
{
    QString field; // the proto field name the contract names: "beneficiary.uscc", "expiry_date"
    QString reasonCode; // the contract's stable code: "LC_PARTY_USCC"
    QString sentence; // translated, what to correct, with the contract's details beneath
};

// The contract's own L/C validators, run in the workstation so the maker
// sees before submitting exactly what the contract would refuse after
// (DESIGN 4.1). Pure functions; no ledger call.
class LcTermsCheck
{
public:
    // Every problem of lc issued on issueDate; empty when it passes.
    // issueDate must be valid.
    static QList<LcTermProblem> check(const lianxin::lc::LetterOfCredit &lc, const QDate &issueDate);

    // "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", written by the contract's
    // function; empty for a negative amount.
    static QString amountInWords(std::int64_t fen);

    // Between Qt dates and the contract's dates. An invalid QDate becomes
    // an unset proto date (year 0), and back.
    static std::chrono::year_month_day civilDate(const QDate &date);
    static lianxin::lc::Date protoDate(const QDate &date);
    static QDate fromProto(const lianxin::lc::Date &date);
};

} // namespace lx::models
