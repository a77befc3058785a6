#pragma once

#include "cache/Outbox.h"

#include "lianxin/lc.pb.h"

#include <string>
#include <vector>

namespace lx::cache {

// The L/C desk's actions as outbox entries, signed by the acting user's
// client when created (so their transaction IDs are fixed), and what an
// approved action owes afterwards. identity is the signer's wallet label.
Outbox::NewEntry lcDraftEntry(client::Client &client, const std::string &identity, const lianxin::lc::LcAction &action);
Outbox::NewEntry lcApprovalEntry(
    client::Client &client, const std::string &identity, const std::string &draftId, const std::string &lcNo);
Outbox::NewEntry lcReturnEntry(client::Client &client, const std::string &identity, const std::string &draftId,
    const std::string &lcNo, const std::string &comment);

// Before an approval leaves: a presentation's documents notarized on trust
// (the contract refuses the presentation otherwise), signed by the
// approving checker and waited for. Repeating it records nothing twice.
void lcBeforeSending(const OutboxEntry &entry, client::Client &client);
// After a committed approval of an issue: the issued L/C's notarization on
// trust, signed by the approving checker.
std::vector<Outbox::NewEntry> lcFollowUps(const OutboxEntry &entry, client::Client &client);

} // namespace lx::cache
