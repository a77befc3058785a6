#include "CliOptions.h"

#include "ledgerclient/Clock.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
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

namespace {

constexpr std::string_view kGlobalOptions[] { "--data", "--as", "--passphrase-file", "--json", "--date", "--network",
    "--peer", "--help" };

constexpr std::string_view kOptionsText
    = "Options (every command takes them):\n"
      "  --data DIR              data folder (default: the workstation's sandbox folder)\n"
      "  --as MSPID/USER         identity to act as (default: the wallet's first identity)\n"
      "  --passphrase-file FILE  wallet passphrase (else the LIANXIN_PASSPHRASE variable)\n"
      "  --json                  print protobuf's JSON mapping of the result; an error\n"
      "                          as {\"code\", \"reasonCode\", \"message\"} on stderr\n"
      "  --date YYYY-MM-DD       sign transactions as of that day (China time): the\n"
      "                          contracts' \"today\" for deadlines and maturities\n"
      "  --network PROFILE       use the Hyperledger Fabric network of this connection\n"
      "                          profile (JSON or YAML) instead of the sandbox's embedded\n"
      "                          ledger: its organization's first peer, through the peer's\n"
      "                          Gateway service; --data then holds the wallet only\n"
      "  --peer NAME             with --network: that peer of the profile instead\n"
      "  -h, --help              this text; after a command, that command's options\n"
      "A command refuses any other option (exit 2), naming it; numbers and dates that\n"
      "do not fit are refused too, never rounded or clamped. lianxin-cli --version\n"
      "prints the program's version.\n";

constexpr std::string_view kExitCodesText
    = "Exit codes: 0 done, 2 usage (a wrong command line, a --data folder without a\n"
      "consortium, an identity or channel that does not exist, an empty passphrase file),\n"
      "3 rejected (reason code and message), 4 ledger unavailable, 5 data invalid or tampered.\n";

} // namespace

const std::vector<VerbSpec> &verbs()
{
    // clang-format off
    static const std::vector<VerbSpec> table {
        { "sandbox init", { "--demo", "--letters" },
          "  sandbox init [--demo [--letters N]]\n"
          "                          create the sandbox consortium (banks, regulator, secretariat,\n"
          "                          identities, channels trust, lc, forfaiting, guarantee); --demo\n"
          "                          also loads a book of N (1 to 100000, default 300) L/Cs in every\n"
          "                          state, each step a maker's draft approved by a checker, dated over\n"
          "                          the ten months before today (or --date), then a forfaiting\n"
          "                          market, standing quotes and guarantees between the banks\n" },
        { "sandbox add-bank", { "--file" },
          "  sandbox add-bank --file BANK.json\n"
          "                          a bank applying to join (lianxin.trust.Member: mspId, name,\n"
          "                          nameZh, tier): its CA, peer and users (admin1, officer1, officer2,\n"
          "                          checker1, manager1) in the sandbox's data folder; on no channel\n"
          "                          until admitted (docs/channel-configuration.md); prints its root\n"
          "                          certificate's file for governance propose --root-cert\n" },
        { "identities", {}, "  identities              list the wallet's identities (no passphrase needed)\n" },
        { "identities import", { "--msp-id", "--user", "--msp-dir", "--replace" },
          "  identities import --msp-id ID --user NAME --msp-dir DIR [--replace]\n"
          "                          put an identity a bank's Fabric CA issued into the wallet as\n"
          "                          ID/NAME (passphrase needed): DIR in Fabric's MSP layout, exactly\n"
          "                          one certificate in signcerts/ and one ECDSA P-256 key (PEM,\n"
          "                          PKCS#8 or SEC1) in keystore/; the key must belong to the\n"
          "                          certificate, the certificate be valid now and its OUs give one\n"
          "                          role (client and officer|checker|manager|auditor, or admin);\n"
          "                          the CA in cacerts/ that issued it is kept. A name the wallet\n"
          "                          holds is refused (exit 2) unless --replace; a folder that does\n"
          "                          not pass is refused naming the file (exit 5); either way the\n"
          "                          wallet is left as it was (docs/wallet.md)\n" },
        { "identities export", { "--user", "--out" },
          "  identities export --user [MSPID/]NAME --out DIR\n"
          "                          write a wallet identity in Fabric's MSP layout (passphrase\n"
          "                          needed): signcerts/cert.pem, keystore/priv_sk (0600), and when\n"
          "                          its issuing CA is known cacerts/ca.pem with config.yaml (NodeOUs\n"
          "                          as network materials writes them); DIR must be new or empty\n"
          "                          (exit 2 otherwise); NAME alone when one MSP has it\n" },
        { "ledger info", { "--channel" }, "  ledger info [--channel NAME]  height and tip hash of every channel (or NAME)\n" },
        { "ledger verify", { "--channel" },
          "  ledger verify [--channel NAME]\n"
          "                          re-verify every block of every channel (or NAME): hash chain,\n"
          "                          data hashes, orderer and endorsement signatures, every\n"
          "                          validation code again, the commit hash chain; with --network\n"
          "                          the blocks come from the peer and are verified as Fabric's\n"
          "                          peers verify them, naming on stderr what cannot be checked\n"
          "  ledger verify state [--channel NAME]\n"
          "                          the same, then compare each channel's stored world state with\n"
          "                          the one its blocks produce, naming every key that differs\n" },
        { "ledger block", { "--channel" }, "  ledger block N [--channel NAME]  block N of NAME (default lc)\n" },
        { "ledger tx", { "--channel" }, "  ledger tx TXID [--channel NAME]  a transaction and its validation code\n" },
        { "notary verify", {},
          "  notary verify FILE      whether and where FILE's SHA-256 was notarized on trust, and\n"
          "                          the presentation (number, bank, receipt date) that holds it\n" },
        { "notary flags", {},
          "  notary flags            documents presented under two or more L/Cs: your bank's, or\n"
          "                          every bank's for the regulator\n" },
        { "network materials", { "--out" },
          "  network materials --out DIR\n"
          "                          Hyperledger Fabric crypto material from the sandbox in --data\n"
          "                          (passphrase needed): per organization its MSP (NodeOUs on), its\n"
          "                          peer (the sandbox's identity, a new TLS certificate), a new admin;\n"
          "                          the orderer; every wallet user under DIR/users/MSPID/USER/msp;\n"
          "                          TLS for the chaincode servers (docs/fabric-network.md)\n" },
        { "network register-members", {},
          "  network register-members\n"
          "                          with --network, as the secretariat's administrator (--as):\n"
          "                          register every organization of the sandbox in the network's\n"
          "                          trust registry that it does not hold yet (a network made from\n"
          "                          the sandbox by scripts/fabric-network.sh)\n" },
        { "chaincode invoke", { "--channel", "--name", "--arg", "--arg-b64", "--transient" },
          "  chaincode invoke --channel C --name CC (--arg TEXT | --arg-b64 B64)... [--transient KEY=B64]...\n"
          "                          one raw transaction of contract CC on channel C, as Fabric's\n"
          "                          peer chaincode invoke: the first argument is the function;\n"
          "                          prints {\"txId\", \"status\", \"reasonCode\", \"message\",\n"
          "                          \"payload\" (base64), \"validationCode\", \"block\"}; exit 3\n"
          "                          when the contract refuses (no validationCode: nothing sent) or\n"
          "                          the transaction is not VALID\n" },
        { "chaincode query", { "--channel", "--name", "--arg", "--arg-b64", "--transient" },
          "  chaincode query --channel C --name CC (--arg TEXT | --arg-b64 B64)... [--transient KEY=B64]...\n"
          "                          the same as a query (peer chaincode query): no transaction\n" },

        { "lc issue", { "--file" }, "  lc issue --file F.json           issue (lianxin.lc.LetterOfCredit)\n",
          "\n"
          "  Letters of credit: every bank action is a draft by an officer, approved by a\n"
          "  checker of the same bank (approvals); each prints the draft ID.\n" },
        { "lc advise", {}, "  lc advise LC                     advise to the beneficiary\n" },
        { "lc amend", { "--file" }, "  lc amend LC --file F.json        propose an amendment (lianxin.lc.Amendment)\n" },
        { "lc amendment", {}, "  lc amendment accept|reject LC N  the beneficiary's answer to amendment N\n" },
        { "lc present", { "--file", "--doc" },
          "  lc present LC --file F.json [--doc [TYPE=]PATH]...\n"
          "                                   present documents (lianxin.lc.Presentation; its\n"
          "                                   receivedDate is the day they came, by default the day\n"
          "                                   of approval, up to 3 business days back); each --doc\n"
          "                                   adds a file's SHA-256, e.g. --doc INVOICE=inv.pdf\n" },
        { "lc examine", { "--complying", "--discrepancy", "--comment" },
          "  lc examine LC P --complying | --discrepancy TEXT... [--comment TEXT]\n"
          "                                   --comment: what you found about documents presented\n"
          "                                   under other L/Cs too (required when there are any)\n" },
        { "lc refuse", { "--hold", "--return" }, "  lc refuse LC P --hold|--return   refuse a discrepant presentation\n" },
        { "lc waive", { "--consent" }, "  lc waive LC P --consent REF      record the applicant's waiver (its written acceptance)\n" },
        { "lc accept", {}, "  lc accept LC P                   confirm payment at maturity (deferred)\n" },
        { "lc pay", {}, "  lc pay LC P                      pay the presentation\n" },
        { "lc close", {}, "  lc close LC                      close the L/C once nothing is owed under it\n" },
        { "lc cancel", { "--consent" }, "  lc cancel LC [--consent REF]     cancel it (after advising: the beneficiary's consent)\n" },
        { "lc expire", {}, "  lc expire LC                     record its expiry, after the expiry date\n" },
        { "lc export", { "--out" }, "  lc export LC --out FILE          the original L/C as recorded at issue (notarized on trust)\n" },
        { "lc show", {}, "  lc show LC                       the L/C as JSON\n" },
        { "lc list", { "--state" }, "  lc list [--state S]              the L/Cs the bank sees (in state S)\n" },
        { "lc history", {}, "  lc history LC                    every version of the L/C\n" },

        { "forfaiting list", { "--inquiry", "--note" },
          "  forfaiting list LC P [--inquiry] [--note TEXT]\n"
          "                                   offer (or inquire on) the claim of presentation P;\n"
          "                                   the presenting bank first\n",
          "\n"
          "  Forfaiting (channel forfaiting): claims under accepted deferred L/C presentations.\n"
          "  Each bank action is a draft for the bank's checkers; with --json it prints the\n"
          "  draft ID and the IDs it concerns (claim \"LC/P\", listing \"LC/P/L1\", quote\n"
          "  \"LC/P/L1/MSPID\", deal \"LC/P/D1\"; forfaiting show CLAIM names the live ones).\n" },
        { "forfaiting resell", { "--inquiry", "--note" },
          "  forfaiting resell CLAIM [--inquiry] [--note TEXT]  the holder offers it again\n" },
        { "forfaiting quote", { "--rate", "--method", "--grace", "--fees", "--value-date", "--valid-until", "--file" },
          "  forfaiting quote LISTING --rate PERCENT --method straight|yield [--grace N]\n"
          "      [--fees FEN] [--value-date D] [--valid-until \"D HH:MM\"] [--file Quote.json]\n"
          "                                   price a listing (basis 360; grace 0 to 90 days; value\n"
          "                                   date default today, valid until 23:59 China time today\n"
          "                                   by default)\n" },
        { "forfaiting withdraw", {}, "  forfaiting withdraw LISTING|QUOTE\n" },
        { "forfaiting accept", {}, "  forfaiting accept QUOTE          the seller accepts (the buyer co-endorses the approval)\n" },
        { "forfaiting notify", {}, "  forfaiting notify DEAL           claim-transfer notice to the issuing bank (seller)\n" },
        { "forfaiting acknowledge", {}, "  forfaiting acknowledge DEAL      the issuing bank will pay the buyer at maturity\n" },
        { "forfaiting settle", {}, "  forfaiting settle DEAL           the buyer pays the net amount (the seller co-endorses)\n" },
        { "forfaiting pay", {}, "  forfaiting pay CLAIM             the issuing bank pays the holder, on or after maturity\n" },
        { "forfaiting overdue", {}, "  forfaiting overdue CLAIM         the holder records it unpaid after maturity + grace days\n" },
        { "forfaiting draft", { "--file" }, "  forfaiting draft --file F.json   any action (lianxin.forfaiting.FfAction)\n" },
        { "forfaiting show", {}, "  forfaiting show ID               a claim, listing, quote or deal\n" },
        { "forfaiting listings", { "--state" }, "  forfaiting listings [--state S]  the listings (in state S)\n" },
        { "forfaiting quotes", {}, "  forfaiting quotes LISTING        the quotes on a listing\n" },
        { "forfaiting deals", { "--bank" }, "  forfaiting deals [--bank MSPID]  the deals (of one bank)\n" },
        { "forfaiting portfolio", { "--bank" }, "  forfaiting portfolio [--bank MSPID]  claims the bank (default: yours) holds or owes\n" },
        { "forfaiting history", {}, "  forfaiting history ID\n" },
        { "forfaiting price", { "--face", "--rate", "--days", "--grace", "--method", "--fees" },
          "  forfaiting price --face YUAN --rate PERCENT --days N [--grace G] --method straight|yield\n"
          "      [--fees FEN]                 the price offline (no ledger, no passphrase), as a quote\n"
          "                                   prices it: N actual days from the value date to maturity\n"
          "                                   plus G grace days (0 to 90) are discounted\n" },

        { "approvals list", {}, "  approvals list                   the bank's open drafts, each with its action\n",
          "\n"
          "  Approvals: a checker's desk across every product (L/C, forfaiting, guarantees,\n"
          "  quotes); a draft is found by its ID wherever the bank's drafts hold it.\n" },
        { "approvals approve", {}, "  approvals approve ID             approve (and endorse with any bank the action needs)\n" },
        { "approvals return", { "--comment" }, "  approvals return ID --comment TEXT\n" },

        { "quotes post",
          { "--side", "--tier", "--obligor", "--tenor", "--rate", "--method", "--grace", "--fees", "--amount",
            "--valid-until", "--lc", "--face", "--maturity", "--file" },
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
          "                                   follows the maturity); with --file Q.json, the same from\n"
          "                                   a lianxin.quotes.Quote (options override it)\n",
          "\n"
          "  Quote board (統一報價, channel trust): a bank's quotes and deal reports are drafts\n"
          "  too, approved through approvals; quotes post prints the draft and the quote ID.\n" },
        { "quotes withdraw", {}, "  quotes withdraw ID               withdraw the bank's own live quote\n" },
        { "quotes deal", { "--file" }, "  quotes deal --file D.json        report a concluded deal's price (lianxin.quotes.DealReport)\n" },
        { "quotes board", { "--tier", "--tenor" },
          "  quotes board [--tier N] [--tenor BUCKET] [--json]\n"
          "                                   per bucket and tier: best bid (lowest rate), best offer\n"
          "                                   (highest rate), the banks quoting them, depth, deals of\n"
          "                                   the last 30 days; then the recent deals. Expired quotes\n"
          "                                   are gone as of now (or --date)\n" },
        { "quotes list", { "--side", "--tier", "--tenor", "--all" },
          "  quotes list [--side buy|sell] [--tier N] [--tenor BUCKET] [--all]\n"
          "                                   live quotes as JSON; --all adds withdrawn and expired\n" },
        { "quotes show", {}, "  quotes show ID                   one quote as JSON\n" },

        { "guarantee issue", { "--file" }, "  guarantee issue --file F.json     issue (lianxin.guarantee.Guarantee); the issuer's bank\n",
          "\n"
          "  Guarantees (URDG 758, channel guarantee): every bank action is a draft by an\n"
          "  officer, approved by a checker of the same bank (approvals); each prints the draft\n"
          "  ID. G is the guarantee number, N a demand or amendment number, amounts in fen.\n" },
        { "guarantee advise", {}, "  guarantee advise G                advise to the beneficiary; the advising bank\n" },
        { "guarantee amend", { "--file" }, "  guarantee amend G --file F.json   propose amendment (lianxin.guarantee.GtAmendment)\n" },
        { "guarantee answer", { "--accept", "--reject" },
          "  guarantee answer G N --accept|--reject\n"
          "                                    the beneficiary's answer to the whole amendment N\n" },
        { "guarantee demand", { "--amount", "--statement", "--extend-to", "--received", "--doc" },
          "  guarantee demand G --amount FEN --statement TEXT [--extend-to DATE] [--received DATE]\n"
          "                   [--doc [TYPE=]PATH]...\n"
          "                                    present a demand for the beneficiary (advising bank),\n"
          "                                    with the statement of breach; --extend-to makes it\n"
          "                                    \"extend or pay\"; --received: the day the demand came\n"
          "                                    (default: the day of approval; up to 3 business days\n"
          "                                    back); each --doc adds a file's SHA-256\n" },
        { "guarantee examine", { "--complying", "--discrepancy" },
          "  guarantee examine G N --complying | --discrepancy [CODE:]TEXT...\n"
          "                                    within 5 business days from the day after receipt; a\n"
          "                                    rejection lists every discrepancy in one notice\n" },
        { "guarantee suspend", { "--until" },
          "  guarantee suspend G N --until DATE\n"
          "                                    extend or pay: suspend payment of complying demand N,\n"
          "                                    at most 30 calendar days after its receipt\n" },
        { "guarantee extend", { "--to" }, "  guarantee extend G N [--to DATE]  extend instead of paying (default: the date asked for)\n" },
        { "guarantee pay", {}, "  guarantee pay G N                 pay demand N from the available amount\n" },
        { "guarantee reduce", { "--clause", "--amount", "--reason" },
          "  guarantee reduce G --clause N | --amount FEN --reason REF\n"
          "                                    by the schedule's clause N, or by the beneficiary's consent\n" },
        { "guarantee release", { "--reason" },
          "  guarantee release G [--reason REF]\n"
          "                                    released by the beneficiary (advising bank)\n" },
        { "guarantee expire", {}, "  guarantee expire G                record its expiry, after the expiry date (issuer)\n" },
        { "guarantee stop-payment", { "--court", "--order" },
          "  guarantee stop-payment G --court NAME --order NO\n"
          "                                    record a court's stop-payment order: freezes payment\n" },
        { "guarantee lift-stop", { "--order" }, "  guarantee lift-stop G --order NO  record the court's order lifting it\n" },
        { "guarantee show", {}, "  guarantee show G                  the guarantee as JSON\n" },
        { "guarantee list", { "--state" }, "  guarantee list [--state S]        the guarantees the bank sees (in state S)\n" },
        { "guarantee history", {}, "  guarantee history G               every version of the guarantee\n" },

        { "kyc attest", { "--file" },
          "  kyc attest --file F     draft this bank's KYC attestation (lianxin.trust.KycAttestation);\n"
          "                          a checker records it with approvals approve ID\n", "\n" },
        { "kyc show", {}, "  kyc show USCC           every bank's KYC attestations of a corporate\n" },
        { "registry settings", {},
          "  registry settings [flag|refuse]\n"
          "                          the consortium's rules: what the L/C contract does with a\n"
          "                          document presented under two L/Cs (default flag); with flag or\n"
          "                          refuse, the secretariat's administrator sets it while the charter\n"
          "                          is not sealed (then: governance propose SET_DUPLICATE_DOCUMENTS)\n" },

        { "governance list", { "--state" },
          "  governance list [--state open|passed|rejected|lapsed]\n"
          "                          the council's proposals with their tally and deadline\n",
          "\nConsortium governance on trust (docs/governance.md): the secretariat and council\n"
          "members propose, council members' administrators vote, the expert committee gives\n"
          "opinions; the deciding vote makes the change.\n" },
        { "governance show", {},
          "  governance show ID      a proposal: materials, opinions, electorate, votes\n" },
        { "governance propose", { "--file", "--doc", "--root-cert" },
          "  governance propose --file F.json [--doc TYPE=PATH]... [--root-cert PEM]...\n"
          "                          open a proposal (lianxin.trust.Proposal: kind, title, applicant\n"
          "                          or subjectMsp, lines, ...); each --doc adds a file's SHA-256 as\n"
          "                          a material, e.g. --doc MEMBERSHIP_AGREEMENT=agreement.pdf; each\n"
          "                          --root-cert adds a CA certificate of the applicant's MSP\n" },
        { "governance vote", {},
          "  governance vote ID yes|no|abstain\n"
          "                          a council member's vote, once, until the deadline's day ends\n" },
        { "governance opine", { "--comment" },
          "  governance opine ID in-favour|against|neutral --comment TEXT\n"
          "                          an expert committee member's opinion: recorded, not counted\n" },
        { "governance close", {},
          "  governance close ID     after the deadline: an open proposal lapses\n" },
        { "governance verify", {},
          "  governance verify ID FILE\n"
          "                          whether FILE is one of the proposal's documents (by SHA-256)\n" },
        { "governance rules", {},
          "  governance rules        threshold, voting days, Gas weights, whether the charter is sealed\n" },
        { "governance members", {},
          "  governance members      every member: status, kind, tier, seats, lines of business\n" },
        { "governance config", {},
          "  governance config ID    the configuration updates of a passed admission: per channel,\n"
          "                          the signatures recorded, what is missing, whether it is applied\n" },
        { "governance prepare-config", { "--channel" },
          "  governance prepare-config ID [--channel C]\n"
          "                          the secretariat's administrator records, for each channel the\n"
          "                          admitted bank needs (or C), the update adding it to the channel's\n"
          "                          configuration in force (docs/channel-configuration.md)\n" },
        { "governance sign-config", { "--channel" },
          "  governance sign-config ID [--channel C]\n"
          "                          a member's administrator signs the recorded updates (shown first)\n" },
        { "governance submit-config", { "--channel" },
          "  governance submit-config ID [--channel C]\n"
          "                          once the signatures meet the channel's policies, send each update\n"
          "                          to the ordering service and wait for its configuration block\n" },
        { "governance end-sandbox", {},
          "  governance end-sandbox MSP LC|FORFAITING|GUARANTEE\n"
          "                          the regulator's administrator ends a line's sandbox\n" },

        { "fees schedule", {},
          "  fees schedule           the membership fees of each year: the fee of each tier and the\n"
          "                          day it falls due\n",
          "\nMembership fees on trust (docs/governance.md, Fees): the secretariat sets each year's fee\n"
          "by tier and records what the banks pay; a bank owes its tier's fee for every scheduled\n"
          "year while a member, overdue after the due date (China time).\n" },
        { "fees set-schedule", { "--file" },
          "  fees set-schedule --file F.json\n"
          "                          the secretariat's administrator sets a year's fees\n"
          "                          (lianxin.trust.FeeSchedule: year, tierFeeFen for tiers 1 to 5 in\n"
          "                          fen, dueOn); again only while no payment of that year is recorded\n" },
        { "fees record", { "--amount", "--paid-on", "--reference" },
          "  fees record MSP YEAR --amount FEN --paid-on YYYY-MM-DD --reference REF\n"
          "                          the secretariat's administrator records a bank's payment towards\n"
          "                          the year's fee: at most what is outstanding, paid not after today\n"
          "                          nor before 1 January of the year before; REF 1 to 100 characters\n" },
        { "fees statement", {},
          "  fees statement [MSP]    what a bank owes, has paid and is overdue, year by year (default:\n"
          "                          your own bank); the secretariat and the regulator read any bank's\n" },
        { "fees list", {},
          "  fees list               every bank's outstanding and overdue fees (the secretariat and\n"
          "                          the regulator)\n" },
        { "gas compute", { "--out" },
          "  gas compute PERIOD [--out F.csv]\n"
          "                          a month's Gas (YYYY-MM) as it stands: counts from the committed\n"
          "                          blocks of every channel, the facts on trust, the weights in force\n",
          "\nGas incentives on trust (docs/gas.md): per month each member earns Gas for the\n"
          "endorsements its peers gave and the transactions its users submitted (valid, in the\n"
          "month, every channel), its nodes' signed availability and the node costs the council\n"
          "approved, at the council's weights (milli-Gas per unit).\n" },
        { "gas report", { "--out", "--file" },
          "  gas report PERIOD [--file F.json] [--out F.csv]\n"
          "                          the secretariat's administrator computes the ended month's Gas\n"
          "                          (or takes the report reviewed in F.json, as gas compute --json\n"
          "                          wrote it) and records it; the contract refuses figures that do\n"
          "                          not match the weights in force or the facts on trust\n" },
        { "gas show", { "--out" },
          "  gas show PERIOD [--out F.csv]\n"
          "                          the recorded report: each member's facts and Gas, the blocks\n"
          "                          they were counted from\n" },
        { "gas verify", {},
          "  gas verify PERIOD       recompute the recorded report from the blocks it names and the\n"
          "                          facts on trust; names the first difference (exit 5)\n" },
        { "gas list", {}, "  gas list                every recorded report: period, total, who recorded it\n" },
        { "gas balances", {}, "  gas balances            each member's Gas over every recorded month\n" },
        { "gas availability", { "--hours", "--msp-dir" },
          "  gas availability PERIOD --hours N [--msp-dir DIR]\n"
          "                          a member's administrator submits its node's statement of N hours\n"
          "                          available in the ended month, signed with the node's key: DIR is\n"
          "                          the node's MSP folder (on the sandbox, its own peer by default)\n" },
        { "gas statements", {},
          "  gas statements PERIOD   the nodes' availability statements of the month\n" },
        { "audit export", { "--channel", "--from", "--to", "--out" },
          "  audit export --channel C --from DATE --to DATE --out FILE\n"
          "                          the regulator's audit package: the channel's blocks made in\n"
          "                          the period (China time), its configuration, a manifest signed\n"
          "                          by the regulator's identity (docs/audit-package.md)\n",
          "\nThe regulator's audit (docs/audit-package.md).\n" },
        { "audit flag", { "--note" },
          "  audit flag lc|guarantee|forfaiting DEAL --note TEXT\n"
          "                          the regulator flags a deal with a note; the banks party to it\n"
          "                          see the flag\n" },
        { "audit flags", {},
          "  audit flags             the regulator's flags: all of them for the regulator and the\n"
          "                          secretariat, those on its own deals for a bank\n" },
        { "audit verify", {},
          "  audit verify FILE       check an audit package offline: the regulator's signature, every\n"
          "                          block's SHA-256, the hash chain, the orderer's signatures and\n"
          "                          configuration changes, the period; names the first problem (exit 5)\n" },
    };
    // clang-format on
    return table;
}

const VerbSpec *verbOf(const std::vector<std::string> &words)
{
    // Two words before one: "identities import" is not "identities".
    const VerbSpec *oneWord = nullptr;
    for (const VerbSpec &verb : verbs()) {
        const auto space = verb.words.find(' ');
        const std::string_view first = verb.words.substr(0, space);
        if (words.empty() || words[0] != first)
            continue;
        if (space == std::string_view::npos)
            oneWord = oneWord ? oneWord : &verb;
        else if (words.size() > 1 && words[1] == verb.words.substr(space + 1))
            return &verb;
    }
    return oneWord;
}

namespace {

std::string joined(const std::vector<std::string_view> &options)
{
    std::string out;
    for (const std::string_view option : options)
        out += (out.empty() ? "" : ", ") + std::string(option);
    return out;
}

} // namespace

std::string verbHelp(const VerbSpec &verb)
{
    return "Usage: lianxin-cli [options] " + std::string(verb.words) + " ...\n\n" + std::string(verb.help) + "\n"
        + (verb.options.empty() ? std::string("It takes no options of its own.\n")
                                : "Its options: " + joined(verb.options) + ".\n")
        + "\n" + std::string(kOptionsText) + "\n" + std::string(kExitCodesText);
}

const char *usageText()
{
    static const std::string text = [] {
        std::string out = "Usage: lianxin-cli [options] COMMAND [ARGS]\n\n" + std::string(kOptionsText)
            + "\nCommands (lianxin-cli COMMAND --help: the options one takes):\n";
        for (const VerbSpec &verb : verbs())
            out += std::string(verb.heading) + std::string(verb.help);
        return out + "\n" + std::string(kExitCodesText);
    }();
    return text.c_str();
}

std::int64_t parseWhole(std::string_view text, const std::string &what, std::int64_t low, std::int64_t high)
{
    std::int64_t n = 0;
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, n);
    // from_chars takes a leading minus; a sign, spaces and anything after the
    // digits are refused, and so is a number beyond int64 (never saturated).
    if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front())) || error != std::errc() || stop != end
        || n < low || n > high)
        throw UsageError(what + " wants a whole number from " + std::to_string(low) + " to " + std::to_string(high)
                + ", not \"" + std::string(text) + "\"",
            "CLI_BAD_NUMBER");
    return n;
}

std::chrono::year_month_day parseDay(std::string_view text, const std::string &option)
{
    if (const auto day = client::parseCalendarDay(text))
        return *day;
    throw UsageError(option + " wants a calendar day YYYY-MM-DD, not \"" + std::string(text) + "\"", "CLI_BAD_DATE");
}

namespace {

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

// Refuses an option the command does not take, naming both.
void checkOptionsTaken(const CliOptions &o)
{
    const VerbSpec *verb = verbOf(o.words);
    if (!verb)
        return; // run() reports the unknown command
    for (const std::string &option : o.given) {
        const auto in
            = [&](const auto &list) { return std::find(std::begin(list), std::end(list), option) != std::end(list); };
        if (in(kGlobalOptions) || in(verb->options))
            continue;
        throw UsageError(std::string(verb->words) + " does not take " + option + "; "
                + (verb->options.empty() ? std::string("it takes no options of its own")
                                         : "its options are " + joined(verb->options))
                + " (lianxin-cli " + std::string(verb->words) + " --help)",
            "CLI_OPTION_NOT_TAKEN");
    }
}

} // namespace

CliOptions parseOptions(int argc, char **argv)
{
    CliOptions o;
    o.dataDir = defaultDataDir();
    // Values checked once the command is known to take the option, so that
    // "does not take" is said first.
    std::vector<std::function<void()>> later;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool isOption = arg.size() > 1 && arg[0] == '-';
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw UsageError(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--data")
            o.dataDir = value();
        else if (arg == "--network")
            o.network = value();
        else if (arg == "--peer")
            o.peer = value();
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
        else if (arg == "--name")
            o.chaincodeName = value();
        else if (arg == "--arg" || arg == "--arg-b64")
            o.chaincodeArgs.emplace_back(arg, value());
        else if (arg == "--transient")
            o.transient.push_back(value());
        else if (arg == "--date")
            later.push_back([&o, arg, v = value()] { o.date = parseDay(v, arg); });
        else if (arg == "--amount")
            later.push_back([&o, arg, v = value()] { o.amount = parseWhole(v, arg, 1, kMaxOptionFen); });
        else if (arg == "--hours")
            later.push_back([&o, arg, v = value()] { o.hours = static_cast<int>(parseWhole(v, arg, 0, 744)); });
        else if (arg == "--statement")
            o.statement = value();
        else if (arg == "--extend-to")
            later.push_back([&o, arg, v = value()] { o.extendTo = parseDay(v, arg); });
        else if (arg == "--received")
            later.push_back([&o, arg, v = value()] { o.received = parseDay(v, arg); });
        else if (arg == "--until")
            later.push_back([&o, arg, v = value()] { o.until = parseDay(v, arg); });
        else if (arg == "--to")
            later.push_back([&o, arg, v = value()] { o.to = parseDay(v, arg); });
        else if (arg == "--from")
            later.push_back([&o, arg, v = value()] { o.from = parseDay(v, arg); });
        else if (arg == "--paid-on")
            later.push_back([&o, arg, v = value()] { o.paidOn = parseDay(v, arg); });
        else if (arg == "--reference")
            o.reference = value();
        else if (arg == "--accept")
            o.accept = true;
        else if (arg == "--reject")
            o.reject = true;
        else if (arg == "--reason")
            o.reason = value();
        else if (arg == "--clause")
            later.push_back([&o, arg, v = value()] { o.clause = static_cast<int>(parseWhole(v, arg, 1, 1000)); });
        else if (arg == "--court")
            o.court = value();
        else if (arg == "--order")
            o.order = value();
        else if (arg == "--msp-id")
            o.mspId = value();
        else if (arg == "--user")
            o.user = value();
        else if (arg == "--msp-dir")
            o.mspDir = value();
        else if (arg == "--root-cert")
            o.rootCerts.push_back(value());
        else if (arg == "--replace")
            o.replace = true;
        else if (arg == "--demo")
            o.demo = true;
        else if (arg == "--letters")
            later.push_back([&o, arg, v = value()] { o.letters = static_cast<int>(parseWhole(v, arg, 1, 100000)); });
        else if (const auto term = quoteTerm(o.quote, arg))
            *term = value();
        else if (arg == "--all")
            o.quote.all = true;
        else if (arg == "--json")
            o.json = true;
        else if (arg == "-h" || arg == "--help")
            o.help = true;
        else if (arg.size() > 1 && arg[0] == '-')
            throw UsageError("unknown option " + arg, "CLI_OPTION_UNKNOWN");
        else
            o.words.push_back(arg);
        if (isOption)
            o.given.push_back(arg == "-h" ? "--help" : arg);
    }
    checkOptionsTaken(o);
    for (const auto &check : later)
        check();
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
        if (text.empty())
            throw UsageError("the passphrase file " + *passphraseFile + " is empty", "CLI_PASSPHRASE_EMPTY");
        return text;
    }
    if (const char *env = std::getenv("LIANXIN_PASSPHRASE"); env && *env)
        return env;
    throw UsageError("this command needs the wallet passphrase: give --passphrase-file FILE or set LIANXIN_PASSPHRASE");
}

} // namespace lx::cli
