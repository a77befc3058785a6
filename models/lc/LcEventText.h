#pragma once

#include "lianxin/lc.pb.h"

#include <QCoreApplication>
#include <QString>

namespace lx::models {

// What an event of an L/C's timeline did, in the current language, written
// from its facts (lianxin.lc.EventFacts): amounts in the locale's money,
// dates as the desk writes them. The contract's own summary stays on the
// record in English for the tools that read it; the screens show this.
class LcEventText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::LcEventText)

public:
    // An event recorded before events carried facts reads as the contract
    // wrote it in English, and as the action's name in other languages.
    static QString summary(const lianxin::lc::LcEvent &event);
    // Facts of one action ("Issue", "Present", ...) as that sentence.
    static QString summary(const QString &action, const lianxin::lc::EventFacts &facts);
    // A contract date as the desk writes it; empty when unset.
    static QString date(const lianxin::lc::Date &date);
    // Text of an event written without facts: the contract's summary for
    // an English reader, the action's name otherwise.
    static QString withoutFacts(const QString &actionName, const std::string &contractSummary);
};

} // namespace lx::models
