#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lx::models {

struct LcDetailRecord;
struct GuaranteeDetailRecord;

// The printed documents of the desk, as HTML for TableExport::printPdf:
// terms under their SWIFT field tags, the amount in figures and words,
// parties and banks by name, the ledger references (the transactions and
// blocks of the issue and of the latest change, the notarized document
// hashes) and the printing bank's details. Pure: built from a record the
// window already read from the cache.
class LcAdvice
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::LcAdvice)

public:
    // The L/C advice (MT700 terms as the advising bank advises them).
    static QString html(const LcDetailRecord &record, const QString &bankMsp, const QDate &today);
};

class GuaranteeDocument
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::GuaranteeDocument)

public:
    // The guarantee (MT760 terms).
    static QString html(const GuaranteeDetailRecord &record, const QString &bankMsp, const QDate &today);
};

} // namespace lx::models
