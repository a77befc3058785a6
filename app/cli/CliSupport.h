#pragma once

#include "CliOptions.h"

#include "chaincode/TextRules.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/lc.pb.h"

#include <google/protobuf/message.h>
#include <string>
#include <string_view>

namespace lx::cli {

// A JSON string literal, quotes included; control and bidirectional
// characters escaped (\u000a, \u202e).
std::string jsonString(std::string_view text);
// Stored text in human-readable output: hidden characters written out
// (chaincode::visible), so no record can forge a line or move the cursor.
inline std::string shown(std::string_view text)
{
    return chaincode::visible(text);
}
// protobuf's JSON mapping, indented; hidden characters escaped as in jsonString.
std::string toJson(const google::protobuf::Message &message);
// Reads a file of protobuf's JSON mapping into message; UsageError naming
// the file and the parser's complaint when it does not fit.
void readJsonFile(const std::string &file, google::protobuf::Message &message);
// "2026-12-07 02:00:00 UTC"
std::string utcTime(std::int64_t seconds);
// A file's bytes; UsageError naming the file when it cannot be read.
Bytes fileContent(const std::string &path);
// "--doc INVOICE=inv.pdf" or "--doc inv.pdf" (type OTHER): the file's type,
// name and SHA-256; the file itself never goes on the ledger.
lianxin::lc::Document documentArgument(const std::string &argument);
// The ledger the command line names: the Fabric network of --network's
// profile (its organization's first peer, or --peer), else the embedded
// consortium in --data (for writing: its writer lock, exit 4 with
// LEDGER_IN_USE naming the other process when it is taken).
// NetworkProfileError for a profile that cannot be used.
std::shared_ptr<client::Ledger> openLedger(const CliOptions &options, bool forWriting);
// The user's client on that ledger: --as, else the wallet's first
// identity; the passphrase from --passphrase-file or LIANXIN_PASSPHRASE.
client::Client openClient(const CliOptions &options);
// The same for verbs that only read: the embedded ledger opened read-only,
// so they work while the workstation or another lianxin-cli writes.
client::Client openReader(const CliOptions &options);
// A query function of a product's contract, as the user's reading client; the
// answer parsed into answer (LedgerError DataInvalid when it does not parse).
void queryInto(const CliOptions &options, const client::DeskWorkflow::Product &product, const std::string &function,
    const std::vector<Bytes> &args, google::protobuf::Message &answer);
// The same, printed as protobuf's JSON mapping; returns Done.
int printQuery(const CliOptions &options, const client::DeskWorkflow::Product &product, const std::string &function,
    const std::vector<Bytes> &args, google::protobuf::Message &answer);

} // namespace lx::cli
