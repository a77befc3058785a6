#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace lx::models {

struct DraftTerm
{
    QString term;
    QString value;
};

// What a desk draft of another product than the L/C would do, read from
// its action message by protobuf reflection: each field set, labelled in
// the current language (ProductDraftText), money as amounts, rates as
// percentages, dates as dates, banks by name, enums in words. The same for
// the record the action concerns, as the cache holds it now.
class DraftTerms
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::DraftTerms)

public:
    // actionMessage: the product's action message by its full name
    // (client::DeskWorkflow::Product::actionMessage). Empty when the
    // message is unknown or action does not parse.
    static QList<DraftTerm> ofAction(const std::string &actionMessage, const std::string &action);
    // recordMessage: the record's full message name; its history is left out.
    static QList<DraftTerm> ofRecord(const std::string &recordMessage, const std::string &value);

    // The existing record an action concerns (a guarantee, listing, quote,
    // deal or claim): where the cache keeps it and which message it is.
    struct RecordRef
    {
        std::string channel;
        std::string key;
        std::string message;
    };
    static std::optional<RecordRef> concernedRecord(
        const std::string &contract, const std::string &actionMessage, const std::string &action);
};

} // namespace lx::models
