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

// After a committed approval: the notarizations on trust (the issued L/C,
// or the documents just presented), signed by the approving checker.
std::vector<Outbox::NewEntry> lcFollowUps(const OutboxEntry &entry, client::Client &client);

} // namespace lx::cache
