#pragma once

#include "cache/Outbox.h"

#include "ledgerclient/DeskWorkflow.h"

#include <string>

namespace lx::cache {

// Another product's desk actions (forfaiting, guarantees, quotes) as
// outbox entries, signed by the acting user's client when created (so their
// transaction IDs are fixed). The entry's lcNo holds the action's subject
// (listing, deal, guarantee or quote number). identity is the signer's
// wallet label.
Outbox::NewEntry deskDraftEntry(client::Client &client, const std::string &identity,
    const client::DeskWorkflow::Product &product, const Bytes &action);
// Asks the contract which banks must co-endorse the approval
// (DraftEndorsers, a query to the ledger: call it off the GUI thread) and
// names them in the signed proposal.
Outbox::NewEntry deskApprovalEntry(client::Client &client, const std::string &identity,
    const client::DeskWorkflow::Product &product, const std::string &draftId, const std::string &subject);
Outbox::NewEntry deskReturnEntry(client::Client &client, const std::string &identity,
    const client::DeskWorkflow::Product &product, const std::string &draftId, const std::string &subject,
    const std::string &comment);

} // namespace lx::cache
