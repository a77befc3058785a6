#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>

namespace lx::models {

// How the L/C desk's values read on screen, in the current language (the
// default QLocale, which TranslationCatalog sets with the language).
class LcText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::LcText)

public:
    // LetterOfCredit.State number -> "Advised" / "已通知".
    static QString stateName(int state);
    // cache::WorkKind number -> "Examine documents" / "审单".
    static QString workKindName(int kind);
    // The contract's action name ("Issue", "AnswerAmendment", ...) as the
    // desk says it; an unknown name reads as itself.
    static QString actionName(const QString &contractName);
    // A discrepancy's code as the examiner reads it: the usual codes
    // ("LATE_SHIPMENT") by name in the current language, any other as the
    // examiner wrote it.
    static QString discrepancyName(const QString &code);
    // A consortium member's name (Chinese or English) by MSP ID; an unknown
    // MSP ID reads as itself.
    static QString bankName(const QString &mspId);
    // The consortium's member banks (MSP IDs, in the registry's order).
    static QStringList memberBanks();
    // The cache's day numbers (days since 1970-01-01) as dates.
    static QDate dateOfDay(int day);
    static int dayOfDate(const QDate &date);
    static QString dateText(const std::optional<int> &day); // empty when unset
    // An amount with its currency, as the locale writes it ("CNY 1,000.00", "¥1,000.00").
    static QString money(std::int64_t fen);
    // Text a bank stored (a name, a file name), safe on a screen: control
    // and bidirectional characters written out (chaincode::visible).
    static QString shown(const std::string &stored);
};

} // namespace lx::models
