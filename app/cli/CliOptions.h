#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lx::cli {

// Exit codes, stable for scripts (documented in --help and docs/cli.md).
enum ExitCode { Done = 0, Usage = 2, Rejected = 3, Unavailable = 4, DataInvalid = 5 };

// A command line that cannot be carried out as typed (exit 2). The reason
// code is the command line's own (CLI_..., docs/cli.md): what --json prints.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const std::string &message, std::string reasonCode = "CLI_USAGE")
        : std::runtime_error(message), m_reasonCode(std::move(reasonCode))
    {
    }
    const std::string &reasonCode() const { return m_reasonCode; }

private:
    std::string m_reasonCode;
};

// The largest amount in fen an option takes (999,999,999,999,999 fen: ten
// trillion yuan less a fen), as --amount always did.
inline constexpr std::int64_t kMaxOptionFen = 999'999'999'999'999;

// A whole number in decimal digits (no sign, no spaces) within [low, high];
// otherwise UsageError naming what ("--fees") and the range. Never saturates.
std::int64_t parseWhole(std::string_view text, const std::string &what, std::int64_t low, std::int64_t high);
// A calendar day YYYY-MM-DD, exactly; UsageError naming the option otherwise.
std::chrono::year_month_day parseDay(std::string_view text, const std::string &option);

// One command of lianxin-cli: the words that name it, the options it takes
// besides the global ones (--data, --as, --passphrase-file, --json, --date,
// --network, --peer, --help), and its lines of --help. The same table
// drives --help and the check that refuses an option the command does not
// take.
struct VerbSpec
{
    std::string_view words; // "forfaiting price"
    std::vector<std::string_view> options; // "--face", ...
    std::string_view help; // its lines in lianxin-cli --help, from "  forfaiting price ..."
    std::string_view heading = {}; // printed before it: a product's introduction
};
const std::vector<VerbSpec> &verbs();
// The command the words name (their first one or two), or null.
const VerbSpec *verbOf(const std::vector<std::string> &words);
// lianxin-cli VERB --help: the command's lines, the options it takes and the global ones.
std::string verbHelp(const VerbSpec &verb);

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
    // --network PROFILE [--peer NAME]: a Fabric network instead of the
    // embedded ledger in dataDir (which then holds the wallet only).
    std::optional<std::filesystem::path> network;
    std::string peer;
    std::string as;             // "MSPID/USER"; empty: the wallet's first identity
    std::optional<std::string> passphraseFile;
    bool json = false;
    std::string channel;        // --channel
    std::optional<std::string> file; // --file: an input message in protobuf's JSON mapping
    std::optional<std::string> out;  // --out: where lc export writes; network materials' folder
    std::vector<std::string> docs;          // lc present --doc [TYPE=]PATH (repeatable)
    std::vector<std::string> rootCerts;     // governance propose --root-cert PEM (repeatable)
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
    std::optional<std::chrono::year_month_day> received; // demand --received DATE (the day of receipt)
    std::optional<std::chrono::year_month_day> until;    // suspend --until DATE
    std::optional<std::chrono::year_month_day> to;       // extend --to DATE; audit export --to DATE
    std::optional<std::chrono::year_month_day> from;     // audit export --from DATE
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
    // fees record --paid-on DATE --reference REF (and --amount FEN)
    std::optional<std::chrono::year_month_day> paidOn;
    std::optional<std::string> reference;
    std::optional<int> hours; // gas availability --hours N (0 to 744)
    std::optional<std::chrono::year_month_day> date; // --date: sign as of this day (the sandbox's clock seam)
    bool demo = false;    // sandbox init --demo: also load the demo book
    int letters = 300;    // --letters N: the demo book's size
    QuoteTerms quote;     // quotes post/board/list --side, --tier, ...
    // chaincode invoke|query: --name CC, the arguments as typed (--arg TEXT
    // or --arg-b64 B64, in order: the function first), --transient KEY=B64
    std::string chaincodeName;
    std::vector<std::pair<std::string, std::string>> chaincodeArgs;
    std::vector<std::string> transient;
    // identities import --msp-id ID --user NAME --msp-dir DIR [--replace];
    // identities export --user NAME --out DIR
    std::optional<std::string> mspId, user, mspDir;
    bool replace = false;
    bool help = false;    // -h, --help
    std::vector<std::string> words; // the verb and its operands
    std::vector<std::string> given; // the options as typed, in order

    // The passphrase from --passphrase-file or LIANXIN_PASSPHRASE; throws
    // UsageError when neither is given, or the file is empty.
    std::string passphrase() const;
};

// Throws UsageError on unknown options, missing values, values that do not
// parse, and options the command (verbOf(words)) does not take.
CliOptions parseOptions(int argc, char **argv);
std::filesystem::path defaultDataDir();
const char *usageText();

} // namespace lx::cli
