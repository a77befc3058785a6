#include "CliOptions.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace lx::cli {

std::filesystem::path defaultDataDir()
{
    // The same folder the workstation uses (Qt's AppLocalDataLocation for
    // organization and application "LianXin").
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "LianXin" / "LianXin" / "sandbox";
    const char *home = std::getenv("HOME");
    return std::filesystem::path(home ? home : ".") / ".local" / "share" / "LianXin" / "LianXin" / "sandbox";
}

const char *usageText()
{
    return "Usage: lianxin-cli [options] COMMAND [ARGS]\n"
           "\n"
           "Options:\n"
           "  --data DIR              data folder (default: the workstation's sandbox folder)\n"
           "  --as MSPID/USER         identity to act as (default: the wallet's first identity)\n"
           "  --passphrase-file FILE  wallet passphrase (else the LIANXIN_PASSPHRASE variable)\n"
           "  --channel NAME          channel for ledger block/tx (default: all, or lc for block)\n"
           "  --file F.json           input message in protobuf's JSON mapping\n"
           "  --out FILE              where lc export writes\n"
           "  --json                  print protobuf's JSON mapping of the result\n"
           "  --date YYYY-MM-DD       sign transactions as of that day (China time): the\n"
           "                          contracts' \"today\" for deadlines and maturities\n"
           "  -h, --help              this text\n"
           "\n"
           "Commands:\n"
           "  sandbox init [--demo [--letters N]]\n"
           "                          create the sandbox consortium (banks, regulator, secretariat,\n"
           "                          identities, channels trust, lc, forfaiting, guarantee); --demo\n"
           "                          also loads a book of N (default 300) L/Cs in every state,\n"
           "                          each step a maker's draft approved by a checker, dated over\n"
           "                          the ten months before today (or --date), then a forfaiting\n"
           "                          market, standing quotes and guarantees between the banks\n"
           "  identities              list the wallet's identities (no passphrase needed)\n"
           "  ledger info             height and tip hash of every channel\n"
           "  ledger verify           re-verify every block of every channel (hash chain, data\n"
           "                          hashes, orderer and endorsement signatures, filters)\n"
           "  ledger block N          block N of --channel (default lc)\n"
           "  ledger tx TXID          a transaction and its validation code\n"
           "  notary verify FILE      whether and where FILE's SHA-256 was notarized on trust\n"
           "\n"
           "  Letters of credit: every bank action is a draft by an officer, approved by a\n"
           "  checker of the same bank (approvals); each prints the draft ID.\n"
           "  lc issue --file F.json           issue (lianxin.lc.LetterOfCredit)\n"
           "  lc advise LC                     advise to the beneficiary\n"
           "  lc amend LC --file F.json        propose an amendment (lianxin.lc.Amendment)\n"
           "  lc amendment accept|reject LC N  the beneficiary's answer to amendment N\n"
           "  lc present LC --file F.json [--doc [TYPE=]PATH]...\n"
           "                                   present documents (lianxin.lc.Presentation); each --doc\n"
           "                                   adds a file's SHA-256, e.g. --doc INVOICE=inv.pdf\n"
           "  lc examine LC P --complying | --discrepancy TEXT...\n"
           "  lc refuse LC P --hold|--return   refuse a discrepant presentation\n"
           "  lc waive LC P --consent REF      record the applicant's waiver (its written acceptance)\n"
           "  lc accept LC P                   confirm payment at maturity (deferred)\n"
           "  lc pay LC P                      pay the presentation\n"
           "  lc close LC                      close the L/C once nothing is owed under it\n"
           "  lc cancel LC [--consent REF]     cancel it (after advising: the beneficiary's consent)\n"
           "  lc expire LC                     record its expiry, after the expiry date\n"
           "  lc export LC --out FILE          the original L/C as recorded at issue (notarized on trust)\n"
           "  lc show LC | lc list [--state S] | lc history LC\n"
           "\n"
           "  Forfaiting (channel forfaiting): claims under accepted deferred L/C presentations.\n"
           "  Each bank action is a draft for the bank's checkers; with --json it prints the\n"
           "  draft ID and the IDs it concerns (claim \"LC/P\", listing \"LC/P/L1\", quote\n"
           "  \"LC/P/L1/MSPID\", deal \"LC/P/D1\"; forfaiting show CLAIM names the live ones).\n"
           "  forfaiting list LC P [--inquiry] [--note TEXT]\n"
           "                                   offer (or inquire on) the claim of presentation P;\n"
           "                                   the presenting bank first\n"
           "  forfaiting resell CLAIM [--inquiry] [--note TEXT]  the holder offers it again\n"
           "  forfaiting quote LISTING --rate PERCENT --method straight|yield [--grace N]\n"
           "      [--fees FEN] [--value-date D] [--valid-until \"D HH:MM\"] [--file Quote.json]\n"
           "                                   price a listing (basis 360; value date default today,\n"
           "                                   valid until 23:59 China time today by default)\n"
           "  forfaiting withdraw LISTING|QUOTE\n"
           "  forfaiting accept QUOTE          the seller accepts (the buyer co-endorses the approval)\n"
           "  forfaiting notify DEAL           claim-transfer notice to the issuing bank (seller)\n"
           "  forfaiting acknowledge DEAL      the issuing bank will pay the buyer at maturity\n"
           "  forfaiting settle DEAL           the buyer pays the net amount (the seller co-endorses)\n"
           "  forfaiting pay CLAIM             the issuing bank pays the holder, on or after maturity\n"
           "  forfaiting overdue CLAIM         the holder records it unpaid after maturity + grace days\n"
           "  forfaiting draft --file F.json   any action (lianxin.forfaiting.FfAction)\n"
           "  forfaiting show ID | listings [--state S] | quotes LISTING | deals [--bank MSPID]\n"
           "  forfaiting portfolio [--bank MSPID]  claims the bank (default: yours) holds or owes\n"
           "  forfaiting history ID\n"
           "  forfaiting price --face YUAN --rate PERCENT --days N --method straight|yield [--fees FEN]\n"
           "                                   the price offline (no ledger, no passphrase)\n"
           "\n"
           "  Approvals: a checker's desk across every product (L/C, forfaiting, guarantees,\n"
           "  quotes); a draft is found by its ID wherever the bank's drafts hold it.\n"
           "  approvals list                   the bank's open drafts, each with its action\n"
           "  approvals approve ID             approve (and endorse with any bank the action needs)\n"
           "  approvals return ID --comment TEXT\n"
           "\n"
           "  Quote board (統一報價, channel trust): a bank's quotes and deal reports are drafts\n"
           "  too, approved through approvals; quotes post prints the draft and the quote ID.\n"
           "  quotes post --side buy|sell --tier N|--obligor MSP --tenor BUCKET --rate PCT\n"
           "              --method straight|yield [--grace N] [--fees FEN] --amount FEN\n"
           "              --valid-until DATETIME [--lc LC --face FEN --maturity YYYY-MM-DD]\n"
           "                                   post a quote: buy = the bank buys claims at this\n"
           "                                   discount rate, sell = it offers them; the obligor's\n"
           "                                   tier (1 strongest .. 5) or the obligor bank, whose tier\n"
           "                                   the registry gives; BUCKET is remaining days 1-30,\n"
           "                                   31-90, 91-180, 181-270 or 271-366; PCT per annum, e.g.\n"
           "                                   3.05; basis 360; DATETIME in China time, YYYY-MM-DD\n"
           "                                   (through that day) or YYYY-MM-DDTHH:MM; --lc, --face and\n"
           "                                   --maturity make a quote on one L/C's claim (its bucket\n"
           "                                   follows the maturity)\n"
           "  quotes post --file Q.json        the same from a lianxin.quotes.Quote (options override it)\n"
           "  quotes withdraw ID               withdraw the bank's own live quote\n"
           "  quotes deal --file D.json        report a concluded deal's price (lianxin.quotes.DealReport)\n"
           "  quotes board [--tier N] [--tenor BUCKET] [--json]\n"
           "                                   per bucket and tier: best bid (lowest rate), best offer\n"
           "                                   (highest rate), the banks quoting them, depth, deals of\n"
           "                                   the last 30 days; then the recent deals. Expired quotes\n"
           "                                   are gone as of now (or --date)\n"
           "  quotes list [--side buy|sell] [--tier N] [--tenor BUCKET] [--all]\n"
           "                                   live quotes as JSON; --all adds withdrawn and expired\n"
           "  quotes show ID                   one quote as JSON\n"
           "\n"
           "  Guarantees (URDG 758, channel guarantee): every bank action is a draft by an\n"
           "  officer, approved by a checker of the same bank (approvals); each prints the draft\n"
           "  ID. G is the guarantee number, N a demand or amendment number, amounts in fen.\n"
           "  guarantee issue --file F.json     issue (lianxin.guarantee.Guarantee); the issuer's bank\n"
           "  guarantee advise G                advise to the beneficiary; the advising bank\n"
           "  guarantee amend G --file F.json   propose amendment (lianxin.guarantee.GtAmendment)\n"
           "  guarantee answer G N --accept|--reject\n"
           "                                    the beneficiary's answer to the whole amendment N\n"
           "  guarantee demand G --amount FEN --statement TEXT [--extend-to DATE] [--doc [TYPE=]PATH]...\n"
           "                                    present a demand for the beneficiary (advising bank),\n"
           "                                    with the statement of breach; --extend-to makes it\n"
           "                                    \"extend or pay\"; each --doc adds a file's SHA-256\n"
           "  guarantee examine G N --complying | --discrepancy [CODE:]TEXT...\n"
           "                                    within 5 business days from the day after receipt; a\n"
           "                                    rejection lists every discrepancy in one notice\n"
           "  guarantee suspend G N --until DATE\n"
           "                                    extend or pay: suspend payment of complying demand N,\n"
           "                                    at most 30 calendar days after its receipt\n"
           "  guarantee extend G N [--to DATE]  extend instead of paying (default: the date asked for)\n"
           "  guarantee pay G N                 pay demand N from the available amount\n"
           "  guarantee reduce G --clause N | --amount FEN --reason REF\n"
           "                                    by the schedule's clause N, or by the beneficiary's consent\n"
           "  guarantee release G [--reason REF]\n"
           "                                    released by the beneficiary (advising bank)\n"
           "  guarantee expire G                record its expiry, after the expiry date (issuer)\n"
           "  guarantee stop-payment G --court NAME --order NO\n"
           "                                    record a court's stop-payment order: freezes payment\n"
           "  guarantee lift-stop G --order NO  record the court's order lifting it\n"
           "  guarantee show G | guarantee list [--state S] | guarantee history G\n"
           "\n"
           "  kyc attest --file F     record this bank's KYC attestation (lianxin.trust.KycAttestation)\n"
           "  kyc show USCC           every bank's KYC attestations of a corporate\n"
           "\n"
           "Exit codes: 0 done, 2 usage, 3 rejected (reason code and message), 4 ledger\n"
           "unavailable, 5 data invalid or tampered.\n";
}

namespace {

std::chrono::year_month_day parseDate(const std::string &text, const std::string &option = "--date")
{
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        throw UsageError(option + " wants YYYY-MM-DD, not \"" + text + "\"");
    const std::chrono::year_month_day day { std::chrono::year(y), std::chrono::month(m), std::chrono::day(d) };
    if (!day.ok())
        throw UsageError(option + " " + text + " is not a calendar day");
    return day;
}

// Where a quotes option's value goes; null for other options.
std::optional<std::string> *quoteTerm(QuoteTerms &q, const std::string &arg)
{
    const std::pair<const char *, std::optional<std::string> *> terms[] { { "--side", &q.side }, { "--tier", &q.tier },
        { "--obligor", &q.obligor }, { "--tenor", &q.tenor }, { "--lc", &q.lcNo }, { "--maturity", &q.maturity } };
    for (const auto &[name, term] : terms)
        if (arg == name)
            return term;
    return nullptr;
}

// A whole number within [low, high]; UsageError naming the option otherwise.
std::int64_t parseNumber(const std::string &text, const std::string &option, std::int64_t low, std::int64_t high)
{
    char *end = nullptr;
    errno = 0;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || n < low || n > high)
        throw UsageError(option + " wants a whole number from " + std::to_string(low) + " to " + std::to_string(high)
            + ", not \"" + text + "\"");
    return n;
}

} // namespace

CliOptions parseOptions(int argc, char **argv)
{
    CliOptions o;
    o.dataDir = defaultDataDir();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw UsageError(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--data")
            o.dataDir = value();
        else if (arg == "--as")
            o.as = value();
        else if (arg == "--passphrase-file")
            o.passphraseFile = value();
        else if (arg == "--channel")
            o.channel = value();
        else if (arg == "--file")
            o.file = value();
        else if (arg == "--out")
            o.out = value();
        else if (arg == "--doc")
            o.docs.push_back(value());
        else if (arg == "--discrepancy")
            o.discrepancies.push_back(value());
        else if (arg == "--complying")
            o.complying = true;
        else if (arg == "--hold")
            o.hold = true;
        else if (arg == "--return")
            o.giveBack = true;
        else if (arg == "--state")
            o.state = value();
        else if (arg == "--comment")
            o.comment = value();
        else if (arg == "--consent")
            o.consent = value();
        else if (arg == "--inquiry")
            o.inquiry = true;
        else if (arg == "--note")
            o.note = value();
        else if (arg == "--rate")
            o.rate = value();
        else if (arg == "--method")
            o.method = value();
        else if (arg == "--grace")
            o.grace = value();
        else if (arg == "--fees")
            o.fees = value();
        else if (arg == "--value-date")
            o.valueDate = value();
        else if (arg == "--valid-until")
            o.validUntil = value();
        else if (arg == "--face")
            o.face = value();
        else if (arg == "--days")
            o.days = value();
        else if (arg == "--bank")
            o.bank = value();
        else if (arg == "--date")
            o.date = parseDate(value());
        else if (arg == "--amount")
            o.amount = parseNumber(value(), arg, 1, 999'999'999'999'999);
        else if (arg == "--statement")
            o.statement = value();
        else if (arg == "--extend-to")
            o.extendTo = parseDate(value(), arg);
        else if (arg == "--until")
            o.until = parseDate(value(), arg);
        else if (arg == "--to")
            o.to = parseDate(value(), arg);
        else if (arg == "--accept")
            o.accept = true;
        else if (arg == "--reject")
            o.reject = true;
        else if (arg == "--reason")
            o.reason = value();
        else if (arg == "--clause")
            o.clause = static_cast<int>(parseNumber(value(), arg, 1, 1000));
        else if (arg == "--court")
            o.court = value();
        else if (arg == "--order")
            o.order = value();
        else if (arg == "--demo")
            o.demo = true;
        else if (arg == "--letters") {
            const std::string text = value();
            char *end = nullptr;
            const long n = std::strtol(text.c_str(), &end, 10);
            if (text.empty() || *end != '\0' || n < 1 || n > 100000)
                throw UsageError("--letters wants a number of L/Cs from 1 to 100000, not \"" + text + "\"");
            o.letters = static_cast<int>(n);
        } else if (const auto term = quoteTerm(o.quote, arg))
            *term = value();
        else if (arg == "--all")
            o.quote.all = true;
        else if (arg == "--json")
            o.json = true;
        else if (arg.size() > 1 && arg[0] == '-' && arg != "-h" && arg != "--help")
            throw UsageError("unknown option " + arg);
        else
            o.words.push_back(arg);
    }
    return o;
}

std::string CliOptions::passphrase() const
{
    if (passphraseFile) {
        std::ifstream in(*passphraseFile, std::ios::binary);
        if (!in)
            throw UsageError("cannot read the passphrase file " + *passphraseFile);
        std::ostringstream s;
        s << in.rdbuf();
        std::string text = s.str();
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.pop_back();
        return text;
    }
    if (const char *env = std::getenv("LIANXIN_PASSPHRASE"); env && *env)
        return env;
    throw UsageError("this command needs the wallet passphrase: give --passphrase-file FILE or set LIANXIN_PASSPHRASE");
}

} // namespace lx::cli
