#pragma once

#include "cache/LcRecords.h"

#include <map>
#include <string>
#include <vector>

namespace lx::client {
class Client;
} // namespace lx::client

namespace lx::models {

// Who signed a transaction of an L/C's timeline and whether the ledger's
// copy still verifies: the creator's signature over the transaction and
// every endorser's over the proposal response, against the channel's
// members (its genesis block).
struct TxSignatures
{
    std::string creator; // "officer1@HuaxiaBankMSP"
    std::vector<std::string> endorsers; // MSP IDs
    bool verified = false; // creator and every endorsement
    std::string problem; // why not, when not
};

// Reads each entry's block through the client (blocks shared by several
// entries are read once). Runs on a worker thread; throws on ledger errors.
std::map<std::string, TxSignatures> verifyTimeline(
    client::Client &client, const std::vector<cache::LcTimelineEntry> &timeline, const std::string &channel = "lc");

} // namespace lx::models
