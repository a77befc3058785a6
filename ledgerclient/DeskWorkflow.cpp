#include "ledgerclient/DeskWorkflow.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <memory>
#include <stdexcept>

namespace lx::client {

const std::vector<DeskWorkflow::Product> &DeskWorkflow::products()
{
    static const std::vector<Product> all { { "lc", "lc", "lianxin.lc.LcAction" },
        { "forfaiting", "forfaiting", "lianxin.forfaiting.FfAction" },
        { "guarantee", "guarantee", "lianxin.guarantee.GtAction" },
        { "trust", "quotes", "lianxin.quotes.QuoteAction" }, { "trust", "kyc", "lianxin.trust.KycAttestation" } };
    return all;
}

const DeskWorkflow::Product &DeskWorkflow::product(const std::string &contract)
{
    for (const Product &product : products())
        if (product.contract == contract)
            return product;
    throw std::out_of_range("no product with a desk has the contract " + contract);
}

DeskWorkflow::DeskWorkflow(Client &client, Product product) : m_client(client), m_product(std::move(product)) { }

SubmitResult DeskWorkflow::submitValid(
    const std::string &function, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    SubmitResult result = m_client.submit(m_product.channel, m_product.contract, function, args, transient);
    if (result.code != protos::VALID)
        throw LedgerError(LedgerError::Kind::Rejected, "TX_INVALIDATED",
            "Transaction " + result.txId + " was ordered but not valid (" + protos::TxValidationCode_Name(result.code)
                + "); submit it again.");
    return result;
}

std::string DeskWorkflow::submitDraft(const Bytes &action)
{
    return submitValid("SubmitDraft", {}, { { "action", action } }).response.payload();
}

SubmitResult DeskWorkflow::approve(const std::string &draftId)
{
    lianxin::desk::Endorsers endorsers;
    if (!endorsers.ParseFromString(
            m_client.evaluate(m_product.channel, m_product.contract, "DraftEndorsers", { draftId }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "DraftEndorsers answered garbage");
    std::vector<Bytes> args { draftId };
    args.insert(args.end(), endorsers.msp_ids().begin(), endorsers.msp_ids().end());
    const std::map<std::string, Bytes> transient(
        endorsers.co_endorser_transient().begin(), endorsers.co_endorser_transient().end());
    return submitValid("ApproveDraft", args, transient);
}

SubmitResult DeskWorkflow::returnDraft(const std::string &draftId, const std::string &comment)
{
    return submitValid("ReturnDraft", { draftId }, { { "comment", comment } }); // the comment stays off the channel
}

lianxin::desk::DraftList DeskWorkflow::drafts()
{
    lianxin::desk::DraftList drafts;
    if (!drafts.ParseFromString(m_client.evaluate(m_product.channel, m_product.contract, "ListDrafts", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListDrafts answered garbage");
    return drafts;
}

namespace {

// The first singular text field set in message, looking depth levels of
// nested messages deep (an Issue action names its number inside the record).
std::string firstText(const google::protobuf::Message &message, int depth)
{
    using google::protobuf::FieldDescriptor;
    std::vector<const FieldDescriptor *> set;
    message.GetReflection()->ListFields(message, &set);
    for (const FieldDescriptor *field : set)
        if (field->type() == FieldDescriptor::TYPE_STRING && !field->is_repeated())
            return message.GetReflection()->GetString(message, field);
    if (depth > 0)
        for (const FieldDescriptor *field : set)
            if (field->type() == FieldDescriptor::TYPE_MESSAGE && !field->is_repeated())
                if (std::string text = firstText(message.GetReflection()->GetMessage(message, field), depth - 1);
                    !text.empty())
                    return text;
    return {};
}

} // namespace

DeskWorkflow::ActionSummary DeskWorkflow::summarize(const Product &product, const Bytes &action)
{
    using namespace google::protobuf;
    const Descriptor *type = DescriptorPool::generated_pool()->FindMessageTypeByName(product.actionMessage);
    if (!type)
        return {};
    std::unique_ptr<Message> message(MessageFactory::generated_factory()->GetPrototype(type)->New());
    if (!message->ParseFromString(action))
        return {};
    const Reflection *reflection = message->GetReflection();
    std::vector<const FieldDescriptor *> set;
    reflection->ListFields(*message, &set);
    // A product with one kind of action (a KYC attestation): the action is
    // the record itself.
    if (type->oneof_decl_count() == 0)
        return { "Attest", firstText(*message, 2) };
    for (const FieldDescriptor *field : set) {
        if (field->type() != FieldDescriptor::TYPE_MESSAGE)
            continue;
        return { field->message_type()->name(), firstText(reflection->GetMessage(*message, field), 2) };
    }
    return {};
}

std::optional<lianxin::desk::DraftList> DeskWorkflow::draftsIfServed()
{
    try {
        return drafts();
    } catch (const LedgerError &e) {
        if (e.reasonCode() == "CHAINCODE_UNKNOWN" || e.reasonCode() == "CHANNEL_UNKNOWN")
            return std::nullopt;
        throw;
    }
}

std::optional<DeskWorkflow::Product> DeskWorkflow::locate(Client &client, const std::string &draftId)
{
    for (const Product &product : products()) {
        const auto drafts = DeskWorkflow(client, product).draftsIfServed();
        if (!drafts)
            continue;
        for (const auto &draft : drafts->drafts())
            if (draft.id() == draftId)
                return product;
    }
    return std::nullopt;
}

} // namespace lx::client
