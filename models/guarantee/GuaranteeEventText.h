#pragma once

#include "lianxin/guarantee.pb.h"

#include <QCoreApplication>
#include <QString>

namespace lx::models {

// What an event of a guarantee's timeline did, in the current language,
// written from its facts (lianxin.lc.EventFacts) and the guarantee's type;
// the contract's English summary stays on the record for other tools.
class GuaranteeEventText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::GuaranteeEventText)

public:
    // An event recorded before events carried facts reads as the contract
    // wrote it in English, and as the action's name in other languages.
    static QString summary(const lianxin::guarantee::GtEvent &event, const lianxin::guarantee::Guarantee &g);
    static QString summary(const QString &action, const lianxin::lc::EventFacts &facts, int guaranteeType);
};

} // namespace lx::models
