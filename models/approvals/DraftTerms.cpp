#include "models/approvals/DraftTerms.h"

#include "chaincode/forfaiting/FfStateMachine.h"
#include "chaincode/guarantee/GtStateMachine.h"
#include "chaincode/quotes/QuoteActions.h"
#include "chaincode/trust/KycContract.h"
#include "models/ProductDraftText.h"
#include "models/lc/LcText.h"

#include "lianxin/lc.pb.h"

#include <QDateTime>
#include <QLocale>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <memory>
#include <vector>

namespace lx::models {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

std::unique_ptr<Message> parse(const std::string &type, const std::string &bytes)
{
    using namespace google::protobuf;
    const Descriptor *descriptor = DescriptorPool::generated_pool()->FindMessageTypeByName(type);
    if (!descriptor)
        return nullptr;
    std::unique_ptr<Message> message(MessageFactory::generated_factory()->GetPrototype(descriptor)->New());
    if (!message->ParseFromString(bytes))
        return nullptr;
    return message;
}

// The message the action's oneof holds (GtAction.issue -> Issue); an
// action of a product with one kind of action (a KYC attestation) is its
// own terms.
const Message *chosenAction(const Message &action)
{
    if (action.GetDescriptor()->oneof_decl_count() == 0)
        return &action;
    std::vector<const FieldDescriptor *> set;
    action.GetReflection()->ListFields(action, &set);
    for (const FieldDescriptor *field : set) {
        if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE && !field->is_repeated())
            return &action.GetReflection()->GetMessage(action, field);
    }
    return nullptr;
}

QString rateText(qint64 micros)
{
    // Millionths per annum: 30500 = 3.05%; two decimals at least, four at most.
    const QLocale locale;
    QString text = locale.toString(static_cast<double>(micros) / 10000.0, 'f', 4);
    const QChar point = locale.decimalPoint().front();
    while (text.endsWith(QLatin1Char('0')) && text.indexOf(point) >= 0 && text.size() - text.indexOf(point) > 3)
        text.chop(1);
    return text + QLatin1Char('%');
}

QString dateText(const lianxin::lc::Date &date)
{
    const QDate day(date.year(), date.month(), date.day());
    return day.isValid() ? LcText::dateText(LcText::dayOfDate(day)) : QString();
}

QString integerText(const FieldDescriptor *field, qint64 value)
{
    const QString name = QString::fromStdString(field->name());
    if (name.endsWith(QLatin1String("_fen")))
        return LcText::money(value);
    if (name.endsWith(QLatin1String("_micros")))
        return rateText(value);
    if (name.endsWith(QLatin1String("_seconds")))
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(value), QLocale::ShortFormat);
    return QLocale().toString(value);
}

QString messageText(const Message &message);

// One value of field (index -1: the singular one).
QString valueText(const Message &message, const FieldDescriptor *field, int index)
{
    const auto *r = message.GetReflection();
    const bool one = index < 0;
    switch (field->cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
        return integerText(field, one ? r->GetInt32(message, field) : r->GetRepeatedInt32(message, field, index));
    case FieldDescriptor::CPPTYPE_INT64:
        return integerText(field, one ? r->GetInt64(message, field) : r->GetRepeatedInt64(message, field, index));
    case FieldDescriptor::CPPTYPE_UINT32:
        return QLocale().toString(one ? r->GetUInt32(message, field) : r->GetRepeatedUInt32(message, field, index));
    case FieldDescriptor::CPPTYPE_UINT64:
        return QLocale().toString(
            static_cast<qulonglong>(one ? r->GetUInt64(message, field) : r->GetRepeatedUInt64(message, field, index)));
    case FieldDescriptor::CPPTYPE_BOOL:
        return (one ? r->GetBool(message, field) : r->GetRepeatedBool(message, field, index)) ? DraftTerms::tr("Yes")
                                                                                              : DraftTerms::tr("No");
    case FieldDescriptor::CPPTYPE_ENUM:
        return ProductDraftText::enumValue(
            QString::fromStdString(
                (one ? r->GetEnum(message, field) : r->GetRepeatedEnum(message, field, index))->name()),
            QString::fromStdString(field->enum_type()->full_name()));
    case FieldDescriptor::CPPTYPE_STRING: {
        const std::string text = one ? r->GetString(message, field) : r->GetRepeatedString(message, field, index);
        if (field->type() == FieldDescriptor::TYPE_BYTES) // a hash
            return QString::fromLatin1(QByteArray::fromStdString(text).toHex().left(16)) + QChar(0x2026);
        if (QString::fromStdString(field->name()).endsWith(QLatin1String("_msp")))
            return LcText::bankName(QString::fromStdString(text));
        return LcText::shown(text);
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
        return messageText(one ? r->GetMessage(message, field) : r->GetRepeatedMessage(message, field, index));
    default:
        return {};
    }
}

// A nested message on one line: a date, a party by name, else its values.
QString messageText(const Message &message)
{
    if (const auto *date = dynamic_cast<const lianxin::lc::Date *>(&message))
        return dateText(*date);
    if (const auto *party = dynamic_cast<const lianxin::lc::Party *>(&message))
        return party->uscc().empty() ? LcText::shown(party->name())
                                     : QStringLiteral("%1 (%2)").arg(
                                         LcText::shown(party->name()), LcText::shown(party->uscc()));
    std::vector<const FieldDescriptor *> set;
    message.GetReflection()->ListFields(message, &set);
    QStringList parts;
    for (const FieldDescriptor *field : set) {
        if (field->is_repeated())
            continue;
        parts << valueText(message, field, -1);
    }
    return parts.join(QStringLiteral(", "));
}

bool isLeafMessage(const FieldDescriptor *field)
{
    const std::string &type = field->message_type()->full_name();
    return type == "lianxin.lc.Date" || type == "lianxin.lc.Party";
}

// Each field set as rows; nested records are opened up to depth 2, their
// rows named "Parent: Field" below the first level.
void addFields(QList<DraftTerm> &out, const Message &message, const QString &prefix, int depth, bool record)
{
    std::vector<const FieldDescriptor *> set;
    message.GetReflection()->ListFields(message, &set);
    const auto *r = message.GetReflection();
    for (const FieldDescriptor *field : set) {
        if (record && (field->name() == "history" || field->name() == "lc_version"))
            continue;
        QString label = ProductDraftText::fieldLabel(QString::fromStdString(field->name()));
        if (!prefix.isEmpty())
            label = DraftTerms::tr("%1: %2").arg(prefix, label);
        const bool isMessage = field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
        if (field->is_repeated()) {
            const int size = r->FieldSize(message, field);
            if (isMessage && record) {
                out.push_back({ label, QLocale().toString(size) });
                continue;
            }
            for (int i = 0; i < size; ++i)
                out.push_back({ size == 1 ? label : QStringLiteral("%1 %2").arg(label).arg(i + 1),
                    valueText(message, field, i) });
        } else if (isMessage && !isLeafMessage(field) && depth < 2) {
            addFields(out, r->GetMessage(message, field), depth == 0 ? QString() : label, depth + 1, record);
        } else {
            out.push_back({ label, valueText(message, field, -1) });
        }
    }
}

} // namespace

QList<DraftTerm> DraftTerms::ofAction(const std::string &actionMessage, const std::string &action)
{
    QList<DraftTerm> out;
    const auto message = parse(actionMessage, action);
    if (const Message *chosen = message ? chosenAction(*message) : nullptr)
        addFields(out, *chosen, QString(), 0, false);
    return out;
}

QList<DraftTerm> DraftTerms::ofRecord(const std::string &recordMessage, const std::string &value)
{
    QList<DraftTerm> out;
    const auto message = parse(recordMessage, value);
    if (!message)
        return out;
    // Where it stands first (its state, what is left of it), then its terms.
    QList<DraftTerm> standing;
    for (const char *name : { "state", "status", "available_fen", "frozen", "holder_msp" }) {
        const FieldDescriptor *field = message->GetDescriptor()->FindFieldByName(name);
        if (field && !field->is_repeated() && message->GetReflection()->HasField(*message, field))
            standing.push_back(
                { ProductDraftText::fieldLabel(QString::fromLatin1(name)), valueText(*message, field, -1) });
    }
    addFields(out, *message, QString(), 1, true);
    for (const DraftTerm &term : standing) {
        out.removeIf([&term](const DraftTerm &t) { return t.term == term.term && t.value == term.value; });
    }
    return standing + out;
}

std::optional<DraftTerms::RecordRef> DraftTerms::concernedRecord(
    const std::string &contract, const std::string &actionMessage, const std::string &action)
{
    const auto message = parse(actionMessage, action);
    const Message *chosen = message ? chosenAction(*message) : nullptr;
    if (!chosen)
        return std::nullopt;
    const auto text = [chosen](const char *name) -> std::string {
        const FieldDescriptor *field = chosen->GetDescriptor()->FindFieldByName(name);
        return field && field->cpp_type() == FieldDescriptor::CPPTYPE_STRING
            ? chosen->GetReflection()->GetString(*chosen, field)
            : std::string();
    };
    namespace ff = chaincode::forfaiting;
    if (contract == "guarantee") {
        if (const std::string no = text("guarantee_no"); !no.empty())
            return RecordRef { "guarantee", chaincode::guarantee::guaranteeKey(no), "lianxin.guarantee.Guarantee" };
    } else if (contract == "quotes") {
        if (const std::string id = text("quote_id"); !id.empty())
            return RecordRef { "trust", chaincode::quotes::quoteKey(id), "lianxin.quotes.Quote" };
    } else if (contract == "kyc") {
        if (const std::string uscc = text("uscc"), bank = text("attesting_msp"); !uscc.empty() && !bank.empty())
            return RecordRef { "trust", chaincode::trust::kycKey(uscc, bank), "lianxin.trust.KycAttestation" };
    } else if (contract == "forfaiting") {
        if (const std::string id = text("deal_id"); !id.empty())
            return RecordRef { "forfaiting", ff::dealKey(id), "lianxin.forfaiting.Deal" };
        if (const std::string id = text("quote_id"); !id.empty())
            return RecordRef { "forfaiting", ff::quoteKey(id), "lianxin.forfaiting.Quote" };
        if (const std::string id = text("listing_id"); !id.empty())
            return RecordRef { "forfaiting", ff::listingKey(id), "lianxin.forfaiting.Listing" };
        if (const std::string id = text("claim_id"); !id.empty())
            return RecordRef { "forfaiting", ff::claimKey(id), "lianxin.forfaiting.Claim" };
        if (const std::string lcNo = text("lc_no"); !lcNo.empty()) { // a listing: the claim, when held already
            const FieldDescriptor *number = chosen->GetDescriptor()->FindFieldByName("presentation_no");
            if (number && number->cpp_type() == FieldDescriptor::CPPTYPE_INT32)
                return RecordRef { "forfaiting",
                    ff::claimKey(ff::claimId(lcNo, chosen->GetReflection()->GetInt32(*chosen, number))),
                    "lianxin.forfaiting.Claim" };
        }
    }
    return std::nullopt;
}

} // namespace lx::models
