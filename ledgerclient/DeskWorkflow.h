#pragma once

#include "ledgerclient/Client.h"

#include "lianxin/desk.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace lx::client {

// The four eyes of any product contract (chaincode/Desk.h) as a bank's
// staff drive them: an officer submits an action as a draft, a checker of
// the same bank approves or returns it. The action is the product's own
// message (lianxin.lc.LcAction, ...), serialized.
//
// Every call throws LedgerError: Rejected with the contract's reason code,
// or Rejected/"TX_INVALIDATED" when the ordered transaction was not valid.
class DeskWorkflow
{
public:
    // A product contract with a desk, on its channel.
    struct Product
    {
        std::string channel;
        std::string contract;
        std::string actionMessage; // full name of the product's action message
    };
    // The consortium's products with a desk: the L/C, forfaiting,
    // guarantees, the unified quote board and KYC attestations (the last
    // two on channel trust).
    static const std::vector<Product> &products();
    // The product whose contract is named so; throws std::out_of_range
    // for a name not in products().
    static const Product &product(const std::string &contract);

    DeskWorkflow(Client &client, Product product);

    // The draft's ID (the SubmitDraft transaction's ID). The action rides
    // in the transient map: blocks never carry a draft.
    std::string submitDraft(const Bytes &action);
    // Asks the contract which other banks must endorse the approval
    // (DraftEndorsers), then approves with them.
    SubmitResult approve(const std::string &draftId);
    SubmitResult returnDraft(const std::string &draftId, const std::string &comment);
    // The caller's bank's open drafts.
    lianxin::desk::DraftList drafts();
    // The same, or nullopt when the ledger has no such channel or contract
    // (a network without this product); other failures throw.
    std::optional<lianxin::desk::DraftList> draftsIfServed();

    const Product &product() const { return m_product; }

    // A drafted action in a line's worth: its kind (the action message's
    // set field's type, e.g. "Issue", "AcceptQuote") and its subject (the
    // first text the action names: the L/C, listing, deal or guarantee
    // number). Empty when this build does not know the message.
    struct ActionSummary
    {
        std::string kind;
        std::string subject;
    };
    static ActionSummary summarize(const Product &product, const Bytes &action);

    // The product whose desk holds draftId for the caller's bank, among
    // those whose contract the ledger has; nullopt when none does.
    static std::optional<Product> locate(Client &client, const std::string &draftId);

private:
    SubmitResult submitValid(
        const std::string &function, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient);

    Client &m_client;
    Product m_product;
};

} // namespace lx::client
