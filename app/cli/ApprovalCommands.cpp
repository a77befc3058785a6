#include "ApprovalCommands.h"

#include "CliSupport.h"

#include "chaincode/Desk.h"
#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/LcWorkflow.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <iostream>
#include <memory>

namespace lx::cli {

namespace {

// {"drafts": [{"channel", "contract", "draft" (without its action), "action"}]}
int listDrafts(const CliOptions &o)
{
    client::Client client = openReader(o);
    std::string out;
    for (const auto &product : client::DeskWorkflow::products()) {
        const auto drafts = client::DeskWorkflow(client, product).draftsIfServed();
        if (!drafts)
            continue;
        for (auto draft : drafts->drafts()) {
            std::string action = "null";
            if (const auto *type
                = google::protobuf::DescriptorPool::generated_pool()->FindMessageTypeByName(product.actionMessage)) {
                std::unique_ptr<google::protobuf::Message> message(
                    google::protobuf::MessageFactory::generated_factory()->GetPrototype(type)->New());
                if (message->ParseFromString(draft.action()))
                    action = toJson(*message);
            }
            draft.clear_action();
            out += std::string(out.empty() ? "" : ",\n") + "{\"channel\": " + jsonString(product.channel)
                + ", \"contract\": " + jsonString(product.contract) + ",\n\"draft\": " + toJson(draft)
                + ",\n\"action\": " + action + "}";
        }
    }
    std::cout << "{\"drafts\": [" << out << "]}\n";
    return Done;
}

// The desk's own rule (chaincode::desk::rejectUnlessBankRole) for whoever
// cannot approve or return any bank's draft, the regulator and the
// secretariat: said before looking for the draft, which their own empty
// collections never hold. Reason codes DESK_REGULATOR_READ_ONLY and
// DESK_NOT_A_BANK: the desk's, for the desk across every product.
void refuseUnlessBank(const client::Client &client)
{
    static const chaincode::DeskProduct anyProduct { "DESK", "Desk", "the desk's products",
        "lc, forfaiting, guarantee or trust", "", lianxin::trust::LINE_UNSPECIFIED, {} };
    chaincode::Creator creator;
    creator.mspId = client.identity().mspId();
    if (!creator.isRegulator() && !creator.isSecretariat())
        return; // a bank user: the product's desk decides, with its own codes
    if (const auto refused = chaincode::desk::rejectUnlessBankRole(creator, "checker", anyProduct))
        throw client::LedgerError(client::LedgerError::Kind::Rejected, refused->reasonCode, refused->message);
}

} // namespace

int approvalsCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    if (verb == "list" && w.size() == 2)
        return listDrafts(o);
    if ((verb == "approve" || verb == "return") && w.size() == 3) {
        if (verb == "return" && (!o.comment || o.comment->empty()))
            throw UsageError("approvals return needs --comment TEXT saying what the maker must change");
        client::Client client = openClient(o);
        refuseUnlessBank(client);
        const auto product = client::DeskWorkflow::locate(client, w[2]);
        if (!product)
            throw client::LedgerError(client::LedgerError::Kind::Rejected, "DRAFT_UNKNOWN",
                "Your bank, " + client.identity().mspId() + ", has no open draft " + w[2] + " on any product.");
        client::SubmitResult result;
        int notarized = 0;
        if (verb == "return") {
            result = client::DeskWorkflow(client, *product).returnDraft(w[2], *o.comment);
        } else if (product->contract == client::LcWorkflow::kContract) {
            // A presentation's documents are notarized on trust first, an
            // issued L/C's record after the issue.
            const auto approval = client::LcWorkflow(client).approve(w[2]);
            result = approval.result;
            notarized = approval.notarized;
            for (const std::string &error : approval.notarizationErrors)
                std::cerr << "lianxin-cli: approved, but not notarized on trust: " << error << "\n";
        } else {
            result = client::DeskWorkflow(client, *product).approve(w[2]);
        }
        if (o.json)
            std::cout << "{\"txId\": " << jsonString(result.txId) << ", \"block\": " << result.blockNumber
                      << ", \"channel\": " << jsonString(product->channel) << ", \"notarized\": " << notarized << "}\n";
        else
            std::cout << (verb == "approve" ? "Approved" : "Returned") << " draft " << w[2] << " on "
                      << product->channel << " in block " << result.blockNumber << ", transaction " << result.txId
                      << "." << (notarized ? " " + std::to_string(notarized) + " record(s) notarized on trust." : "")
                      << "\n";
        return Done;
    }
    throw UsageError("usage: lianxin-cli approvals list | approvals approve ID | approvals return ID --comment TEXT");
}

} // namespace lx::cli
