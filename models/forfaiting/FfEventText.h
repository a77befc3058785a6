#pragma once

#include "lianxin/forfaiting.pb.h"

#include <QCoreApplication>
#include <QString>

namespace lx::models {

// What a forfaiting event did, in the current language, written from its
// facts (lianxin.forfaiting.FfEventFacts) with the banks' names; the
// contract's English summary stays on the record for other tools.
class FfEventText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::FfEventText)

public:
    // An event recorded before events carried facts reads as the contract
    // wrote it in English, and as the action's name in other languages.
    static QString summary(const lianxin::forfaiting::FfEvent &event);
    static QString summary(const QString &action, const lianxin::forfaiting::FfEventFacts &facts);
};

} // namespace lx::models
