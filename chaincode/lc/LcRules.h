#pragma once

#include "chaincode/lc/LcDates.h"

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lx::chaincode::lc {

// One broken rule: a stable reason code (the UI translates by it), the
// field it concerns (proto field name, for highlighting) and an English
// message that says what to correct.
struct Violation
{
    std::string reasonCode;
    std::string field;
    std::string message;
};

// The validators of DESIGN 4.1, pure functions of their arguments so the
// UI gives the same answer before sending as the contract gives after.
// An empty result means the input passes.

inline constexpr int kDefaultPresentationPeriodDays = 21; // (check) when the L/C states none
inline constexpr int kMaxDeferredDays = 365;
inline constexpr int kDecisionBusinessDays = 5;

// Every mandatory term of an L/C to be issued on issueDate.
std::vector<Violation> validateTerms(const lianxin::lc::LetterOfCredit &lc, Date issueDate);

// The changes an amendment makes, by name ("amount", "expiry_date", ...).
std::vector<std::string> amendmentChanges(const lianxin::lc::Amendment &amendment);
// The L/C with the amendment's changes applied (terms only; the amount in
// words follows the new amount).
lianxin::lc::LetterOfCredit applyAmendment(
    const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::Amendment &amendment);
// An amendment proposed today must change something, set no expiry date in
// the past, and leave terms that still pass.
std::vector<Violation> validateAmendment(
    const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::Amendment &amendment, Date today);
// A whole answer: no accepted_changes, or exactly all the amendment's changes.
std::vector<Violation> validateAmendmentAnswer(
    const lianxin::lc::Amendment &amendment, const lianxin::lc::LcAction::AnswerAmendment &answer);

// The receipt date the presenting bank's maker recorded (received_date;
// unset means today), judged on the day of approval `today`: a real day,
// not after today, at most kMaxReceiptAgeBusinessDays business days before
// it (LcDates.h), and not before the L/C was issued.
std::vector<Violation> validateReceipt(const lianxin::lc::LetterOfCredit &lc,
    const lianxin::lc::Presentation &presentation, Date today, const calendar::BusinessCalendar &calendar);
// The day the documents count as received: the recorded receipt date, or
// today when none is recorded (or it is not a real day).
Date receiptDay(const lianxin::lc::Presentation &presentation, Date today);
// A presentation received on `received` under the L/C: expiry and the
// presentation period are judged on the day of receipt.
std::vector<Violation> validatePresentation(
    const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::Presentation &presentation, Date received);
// The issuing bank's decision on a presentation whose deadline is given.
std::vector<Violation> validateExamination(
    const lianxin::lc::LcAction::Examine &examine, const lianxin::lc::Date &deadline, Date today);

int presentationPeriodDays(const lianxin::lc::LetterOfCredit &lc);
// Available balance plus the plus-tolerance on the L/C amount.
std::int64_t maxPresentableFen(const lianxin::lc::LetterOfCredit &lc);
// When a deferred payment falls due for this presentation; nullopt for sight.
std::optional<Date> maturityDate(const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::Presentation &presentation);
// "CNY 1,234,567.89"
std::string formatFen(std::int64_t fen);

} // namespace lx::chaincode::lc
