#pragma once

#include "lianxin/lc.pb.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lx::models {

// One line of what a draft would change: the term, its value on the L/C
// now (empty for a new L/C) and the value the draft proposes.
struct TermChange
{
    QString term;
    QString current;
    QString proposed;
};

// What the checker compares before approving: for a new L/C its main
// terms; for an amendment each changed term before and after (the
// contract's own applyAmendment); for the other actions the L/C's state
// and the action's particulars (amounts, presentation, discrepancies).
class DraftComparison
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::DraftComparison)

public:
    static QList<TermChange> compare(
        const lianxin::lc::LcAction &action, const std::optional<lianxin::lc::LetterOfCredit> &current);

    // Shared with the L/C's detail.
    static QString termTitle(const std::string &term); // "expiry_date" -> "Expiry date"
    static QString termText(const lianxin::lc::LetterOfCredit &lc, const std::string &term);
    static QString paymentText(const lianxin::lc::PaymentTerm &term);
    static QString dateText(const lianxin::lc::Date &date);
};

} // namespace lx::models
