#pragma once

#include <QString>
#include <QStringList>

namespace lx::models {

// What each stable reason code of the contracts and the ledger means, in
// the user's language. Contracts answer "CODE: English details"; the
// workstation shows this sentence first (translated, saying what to do)
// and, to an English reader, the contract's details beneath it. A test
// checks that every code the contracts can return has an entry here.
class ReasonCatalog
{
public:
    // The translated sentence for code; empty when the code is unknown.
    static QString text(const QString &code);
    // The sentence, or a general one naming the code, followed by the
    // contract's own details (English) when they add something and the
    // reader reads English.
    static QString describe(const QString &code, const QString &details);
    static QStringList codes();
};

} // namespace lx::models
