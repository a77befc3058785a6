#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lx::cli {

// Exit codes, stable for scripts (documented in --help and docs/cli.md).
enum ExitCode { Done = 0, Usage = 2, Rejected = 3, Unavailable = 4, DataInvalid = 5 };

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The terms of lianxin-cli quotes post, as typed; QuoteCommands parses
// them (and --tier/--tenor/--side filter quotes board and quotes list).
struct QuoteTerms
{
    // --rate, --method, --grace, --fees, --valid-until, --face and --amount
    // are CliOptions' own (shared with forfaiting and guarantee).
    std::optional<std::string> side, tier, obligor, tenor;
    std::optional<std::string> lcNo, maturity; // a deal quote
    bool all = false; // quotes list --all: withdrawn and expired too
};

struct CliOptions
{
    std::filesystem::path dataDir;
    std::string as;             // "MSPID/USER"; empty: the wallet's first identity
    std::optional<std::string> passphraseFile;
    bool json = false;
    std::string channel;        // --channel
    std::optional<std::string> file; // --file: an input message in protobuf's JSON mapping
    std::optional<std::string> out;  // --out: where lc export writes
    std::vector<std::string> docs;          // lc present --doc [TYPE=]PATH (repeatable)
    std::vector<std::string> discrepancies; // lc examine --discrepancy TEXT (repeatable)
    bool complying = false;                 // lc examine --complying
    bool hold = false;                      // lc refuse --hold
    bool giveBack = false;                  // lc refuse --return
    std::string state;                      // lc list --state S
    std::optional<std::string> comment;     // approvals return --comment TEXT
    std::string consent;                    // lc waive/cancel --consent REF (the written consent)
    // guarantee ...
    std::optional<std::int64_t> amount;     // --amount FEN (demand, reduce, quotes post)
    std::string statement;                  // demand --statement TEXT (the beneficiary's statement of breach)
    std::optional<std::chrono::year_month_day> extendTo; // demand --extend-to DATE (extend or pay)
    std::optional<std::chrono::year_month_day> until;    // suspend --until DATE
    std::optional<std::chrono::year_month_day> to;       // extend --to DATE
    bool accept = false;                    // answer --accept
    bool reject = false;                    // answer --reject
    std::string reason;                     // reduce --reason REF (consent), release --reason REF
    int clause = 0;                         // reduce --clause N (the reduction schedule's clause)
    std::string court;                      // stop-payment --court NAME
    std::string order;                      // stop-payment / lift-stop --order NO
    // forfaiting: list/resell --inquiry --note; quote --rate --method --grace
    // --fees --value-date --valid-until; deals/portfolio --bank; price --face --days
    bool inquiry = false;
    std::string note;
    std::optional<std::string> rate;       // percent per annum, "3.00"
    std::string method;                    // straight | yield
    std::optional<std::string> grace;      // grace days
    std::optional<std::string> fees;       // fen
    std::optional<std::string> valueDate;  // YYYY-MM-DD
    std::optional<std::string> validUntil; // "YYYY-MM-DD HH:MM", China time
    std::optional<std::string> face;       // yuan, for price
    std::optional<std::string> days;       // for price
    std::string bank;                      // MSP ID
    std::optional<std::chrono::year_month_day> date; // --date: sign as of this day (the sandbox's clock seam)
    bool demo = false;    // sandbox init --demo: also load the demo book
    int letters = 300;    // --letters N: the demo book's size
    QuoteTerms quote;     // quotes post/board/list --side, --tier, ...
    std::vector<std::string> words; // the verb and its operands

    // The passphrase from --passphrase-file or LIANXIN_PASSPHRASE; throws
    // UsageError when neither is given.
    std::string passphrase() const;
};

// Throws UsageError on unknown options or missing values.
CliOptions parseOptions(int argc, char **argv);
std::filesystem::path defaultDataDir();
const char *usageText();

} // namespace lx::cli
