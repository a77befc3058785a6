// bench_ledger: committed transactions per second through the embedded
// consortium's full path (DESIGN section 6), against the bound that ECDSA
// P-256 alone puts on this machine. Prints one JSON object to stdout;
// progress and a per-phase breakdown of the client side go to stderr.
//
// Per transaction the path does
//   client:      build the proposal, sign it                       (1 sign)
//   endorse:     check the proposal signature                      (1 verify)
//                simulate, two organizations' peers sign           (2 signs)
//   client:      sign the prepared transaction                     (1 sign)
//   submit:      order into blocks; validate the creator signature (1 verify)
//                and both endorsements + policy, MVCC              (2 verifies)
//                append the block (fdatasync), apply the state (SQLite)
// so 4 signs and 4 verifies; the orderer's block signature is per block and
// left out.

#include "BenchArgs.h"
#include "CryptoRates.h"
#include "ProcessStats.h"

#include "chaincode/Contract.h"
#include "crypto/Bytes.h"
#include "crypto/EcKey.h"
#include "crypto/Random.h"
#include "ledger/Channel.h"
#include "ledger/Consortium.h"
#include "ledger/LedgerError.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/SigningIdentity.h"
#include "ledgerclient/TransactionBuilder.h"
#include "ledgerclient/Wallet.h"

#include "peer/transaction.pb.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <iterator>
#include <latch>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using lx::bench::Clock;
using lx::bench::CryptoRates;
using lx::bench::loadAverage;
using lx::bench::measureCrypto;
using lx::bench::processCpuSeconds;
using lx::bench::secondsBetween;
using lx::bench::taskCpuSeconds;
using lx::bench::threadCpuSeconds;
namespace fs = std::filesystem;
using namespace lx;

constexpr int kSignsPerTx = 4;
constexpr int kVerifiesPerTx = 4;
constexpr double kTargetTxPerSecond = 6000.0;
const char *const kPassphrase = "bench passphrase, not a secret";
const char *const kChannel = "lc";

// ---- The bench contract ----------------------------------------------------

// put(key, value, otherOrgMsp): one blind write; endorsed by the creator's
// organization AND otherOrgMsp, so every transaction carries two
// endorsements from two organizations.
class BenchContract : public chaincode::Contract
{
public:
    std::string name() const override { return "bench"; }

    chaincode::Response invoke(chaincode::Stub &stub) const override
    {
        const std::vector<Bytes> &a = stub.args();
        if (a.size() != 4 || a[0] != "put")
            return chaincode::Response::reject(
                chaincode::BadRequest, "BENCH_BAD_CALL", "The bench contract takes put(key, value, otherOrgMsp).");
        if (a[3] == stub.creator().mspId)
            return chaincode::Response::reject(chaincode::BadRequest, "BENCH_SAME_ORG",
                "The second endorsing organization must differ from the creator's.");
        stub.putState(a[1], a[2]);
        return chaincode::Response::ok();
    }

    chaincode::EndorsementPolicy endorsementPolicy(const chaincode::Invocation &invocation) const override
    {
        chaincode::EndorsementPolicy policy;
        policy.allOf.push_back(invocation.creatorMspId);
        if (invocation.function == "put" && invocation.args.size() == 3
            && invocation.args[2] != invocation.creatorMspId)
            policy.allOf.push_back(invocation.args[2]);
        return policy;
    }

    bool isQuery(const std::string &) const override { return false; }
};

// ---- Options ---------------------------------------------------------------

struct Options
{
    std::size_t count = 20000; // committed transactions per run
    unsigned threadsMax = 4; // runs at 1, 2 and threadsMax client threads
    unsigned threadsOnly = 0; // if set, one run at this many client threads
    std::size_t window = 512; // submissions in flight per client thread
    std::size_t cryptoOps = 20000; // signs and verifies for the crypto rates
    std::size_t valueBytes = 128; // size of each written value
    bool skipCrypto = false;
    bool keep = false; // keep the sandboxes for inspection
};

void printUsage(std::ostream &out)
{
    out << "Usage: bench_ledger [options]\n"
           "\n"
           "Measures committed transactions per second of the embedded consortium through the\n"
           "full path (client proposal signature, two-organization endorsement, client\n"
           "transaction signature, ordering, validation, block append with fdatasync, SQLite\n"
           "state), at 1, 2 and N client threads, and the single-thread ECDSA P-256 sign and\n"
           "verify rates that bound it. Prints one JSON object to stdout; progress to stderr.\n"
           "\n"
           "Options:\n"
           "  --count N         transactions per run (default 20000)\n"
           "  --threads-max N   largest client thread count (default 4)\n"
           "  --threads N       a single run at N client threads instead (for profiling)\n"
           "  --window N        submissions in flight per client thread (default 512)\n"
           "  --crypto-ops N    signs and verifies timed for the crypto bound (default 20000)\n"
           "  --value-bytes N   size of each written value (default 128)\n"
           "  --skip-crypto     do not time the crypto (bound reported as 0)\n"
           "  --keep            keep the temporary sandboxes (their paths go to stderr)\n"
           "  --help            this text\n";
}

std::size_t parseCount(const std::string &flag, const char *text, std::size_t min)
{
    return static_cast<std::size_t>(bench::wholeArg(flag, text, static_cast<std::int64_t>(min), 100000000));
}

// nullopt: --help was asked for.
std::optional<Options> parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> const char * {
            if (i + 1 >= argc)
                throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h")
            return std::nullopt;
        else if (arg == "--count")
            o.count = parseCount(arg, value(), 1);
        else if (arg == "--threads-max")
            o.threadsMax = static_cast<unsigned>(parseCount(arg, value(), 1));
        else if (arg == "--threads")
            o.threadsOnly = static_cast<unsigned>(parseCount(arg, value(), 1));
        else if (arg == "--window")
            o.window = parseCount(arg, value(), 1);
        else if (arg == "--crypto-ops")
            o.cryptoOps = parseCount(arg, value(), 1);
        else if (arg == "--value-bytes")
            o.valueBytes = parseCount(arg, value(), 0);
        else if (arg == "--skip-crypto")
            o.skipCrypto = true;
        else if (arg == "--keep")
            o.keep = true;
        else
            throw std::invalid_argument("unknown option " + arg);
    }
    return o;
}

// ---- Ledger runs -------------------------------------------------------------

struct Phases
{
    double propose = 0; // build + sign the proposal
    double endorse = 0; // Consortium::endorse
    double signTx = 0; // sign the prepared transaction
    double submit = 0; // Consortium::submit (queueing)
    double wait = 0; // blocked on the oldest in-flight commit
    void add(const Phases &o)
    {
        propose += o.propose;
        endorse += o.endorse;
        signTx += o.signTx;
        submit += o.submit;
        wait += o.wait;
    }
};

struct RunResult
{
    unsigned threads = 0;
    std::size_t valid = 0;
    std::size_t invalid = 0; // committed with another validation code
    std::size_t rejected = 0; // endorsement refused
    double seconds = 0;
    std::uint64_t blocks = 0;
    double cpuSeconds = 0; // whole process, during the timed part
    double clientCpuSeconds = 0; // the client threads (proposal, endorsement, signing, submit)
    double ordererCpuSeconds = 0; // the channel's orderer/committer thread (ticks, coarse)
    Phases phases; // summed over the client threads
};

struct Member
{
    std::string mspId;
    client::SigningIdentity identity;
};

std::string officerOf(const client::SandboxOrg &org)
{
    for (const auto &user : org.users)
        if (user.role == "officer")
            return user.user;
    throw std::runtime_error("organization " + org.mspId + " has no officer in the sandbox");
}

class Client
{
public:
    Client(ledger::Consortium &consortium, const Member &self, const std::string &otherMsp, std::size_t window)
        : m_consortium(consortium), m_self(self), m_otherMsp(otherMsp), m_window(window)
    {
    }

    // Endorse, sign, submit; pipelined through the in-flight window.
    void put(const std::string &key, const Bytes &value)
    {
        auto t0 = Clock::now();
        const client::SignedProposalBuild proposal
            = client::buildSignedProposal(m_self.identity, kChannel, "bench", "put", { key, value, m_otherMsp });
        auto t1 = Clock::now();
        const ledger::Endorsed endorsed = m_consortium.endorse(proposal.signedProposal);
        auto t2 = Clock::now();
        m_phases.propose += secondsBetween(t0, t1);
        m_phases.endorse += secondsBetween(t1, t2);
        if (endorsed.result.status() != chaincode::Ok || endorsed.responses.size() != 2) {
            if (m_rejected++ == 0)
                std::cerr << "bench: endorsement refused: " << endorsed.result.message() << "\n";
            return;
        }
        const common::Envelope transaction = client::signTransaction(m_self.identity, endorsed.preparedTransaction);
        auto t3 = Clock::now();
        m_phases.signTx += secondsBetween(t2, t3);
        while (m_inFlight.size() >= m_window)
            settleOldest();
        auto t4 = Clock::now();
        m_inFlight.push_back(m_consortium.submit(transaction));
        m_phases.submit += secondsBetween(t4, Clock::now());
    }

    void drain()
    {
        while (!m_inFlight.empty())
            settleOldest();
    }

    std::size_t valid() const { return m_valid; }
    std::size_t invalid() const { return m_invalid; }
    std::size_t rejected() const { return m_rejected; }
    const Phases &phases() const { return m_phases; }

private:
    void settleOldest()
    {
        const auto t0 = Clock::now();
        const ledger::CommitResult &result = m_inFlight.front().get();
        m_phases.wait += secondsBetween(t0, Clock::now());
        if (result.validationCode == protos::VALID)
            ++m_valid;
        else if (m_invalid++ == 0)
            std::cerr << "bench: a transaction committed with validation code " << result.validationCode << "\n";
        m_inFlight.pop_front();
    }

    ledger::Consortium &m_consortium;
    const Member &m_self;
    std::string m_otherMsp;
    std::size_t m_window;
    std::deque<std::shared_future<ledger::CommitResult>> m_inFlight;
    std::size_t m_valid = 0;
    std::size_t m_invalid = 0;
    std::size_t m_rejected = 0;
    Phases m_phases;
};

RunResult runLedger(const Options &options, unsigned threads, const fs::path &dataDir)
{
    std::cerr << "bench: creating sandbox in " << dataDir.string() << "\n";
    client::initSandbox(dataDir, kPassphrase);
    const client::SandboxSpec spec = client::defaultSandbox();
    if (spec.orgs.size() < 2)
        throw std::runtime_error("the default sandbox has fewer than two organizations");
    const client::Wallet wallet = client::Wallet::open(client::walletDir(dataDir), kPassphrase);
    std::vector<Member> members;
    for (std::size_t i = 0; i < 2; ++i) {
        const auto &org = spec.orgs[i];
        members.push_back(Member { org.mspId, wallet.identity(org.mspId + "/" + officerOf(org)) });
    }

    ledger::OrdererSettings settings;
    settings.maxTransactionsPerBlock = 500;
    settings.batchTimeout = std::chrono::milliseconds(20);
    ledger::Consortium consortium(client::consortiumDir(dataDir), settings);
    consortium.installContract(kChannel, std::make_shared<BenchContract>());
    ledger::Channel &channel = consortium.channel(kChannel);

    const Bytes value(options.valueBytes, 'v');
    {
        // One transaction through the whole path before timing: fails fast
        // with a clear message if the path is broken.
        Client warmup(consortium, members[0], members[1].mspId, 1);
        warmup.put("warmup", value);
        warmup.drain();
        if (warmup.valid() != 1)
            throw std::runtime_error("the warm-up transaction did not commit as valid");
    }
    const std::uint64_t startHeight = channel.height();

    std::vector<std::unique_ptr<Client>> clients;
    for (unsigned t = 0; t < threads; ++t) {
        const Member &self = members[t % 2];
        const Member &other = members[(t + 1) % 2];
        clients.push_back(std::make_unique<Client>(consortium, self, other.mspId, options.window));
    }
    std::vector<Clock::time_point> finished(threads);
    std::vector<double> clientCpu(threads, 0.0);
    std::vector<std::exception_ptr> failures(threads);
    std::latch ready(threads);
    std::latch go(1);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        const std::size_t share = options.count / threads + (t < options.count % threads ? 1 : 0);
        pool.emplace_back([&, t, share] {
            ready.count_down();
            go.wait();
            const double threadCpuStart = threadCpuSeconds();
            try {
                Client &c = *clients[t];
                const std::string prefix = "k/" + std::to_string(t) + "/";
                for (std::size_t i = 0; i < share; ++i)
                    c.put(prefix + std::to_string(i), value);
                c.drain();
            } catch (...) {
                failures[t] = std::current_exception();
            }
            finished[t] = Clock::now();
            clientCpu[t] = threadCpuSeconds() - threadCpuStart;
        });
    }
    ready.wait();
    const std::map<long, double> tasksBefore = taskCpuSeconds();
    const double cpuStart = processCpuSeconds();
    const auto start = Clock::now();
    go.count_down();
    for (auto &thread : pool)
        thread.join();
    const double cpuSeconds = processCpuSeconds() - cpuStart;
    // The busiest thread that lived through the run, other than this one,
    // is the channel's orderer (it also validates a share of each block).
    double ordererCpu = 0;
    for (const auto &[tid, cpu] : taskCpuSeconds())
        if (const auto before = tasksBefore.find(tid);
            before != tasksBefore.end() && tid != static_cast<long>(getpid()))
            ordererCpu = std::max(ordererCpu, cpu - before->second);
    for (const auto &failure : failures)
        if (failure)
            std::rethrow_exception(failure);

    RunResult r;
    r.threads = threads;
    r.seconds = secondsBetween(start, *std::max_element(finished.begin(), finished.end()));
    r.blocks = channel.height() - startHeight;
    r.cpuSeconds = cpuSeconds;
    r.ordererCpuSeconds = ordererCpu;
    for (const double c : clientCpu)
        r.clientCpuSeconds += c;
    for (const auto &c : clients) {
        r.valid += c->valid();
        r.invalid += c->invalid();
        r.rejected += c->rejected();
        r.phases.add(c->phases());
    }
    return r;
}

void reportPhases(const RunResult &r)
{
    const std::size_t n = std::max<std::size_t>(1, r.valid + r.invalid + r.rejected);
    const auto us = [n](double seconds) { return seconds * 1e6 / static_cast<double>(n); };
    char line[512];
    std::snprintf(line, sizeof line,
        "bench:   client time per tx (summed over %u threads): propose %.1f us, endorse %.1f us,"
        " sign tx %.1f us, submit %.1f us, waiting for commits %.1f us; %.0f tx per block\n",
        r.threads, us(r.phases.propose), us(r.phases.endorse), us(r.phases.signTx), us(r.phases.submit),
        us(r.phases.wait), r.blocks ? static_cast<double>(r.valid + r.invalid) / static_cast<double>(r.blocks) : 0.0);
    std::cerr << line;
    std::snprintf(line, sizeof line,
        "bench:   CPU per tx %.1f us (client threads %.1f, ledger threads %.1f, of which the orderer"
        " thread %.1f); orderer thread on CPU %.0f%% of the run\n",
        us(r.cpuSeconds), us(r.clientCpuSeconds), us(r.cpuSeconds - r.clientCpuSeconds), us(r.ordererCpuSeconds),
        r.seconds > 0 ? 100.0 * r.ordererCpuSeconds / r.seconds : 0.0);
    std::cerr << line;
}

// ---- JSON --------------------------------------------------------------------

std::string number(double v, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

std::string toJson(const Options &o, unsigned cores, double load, const CryptoRates &rates, double bound,
    const std::vector<RunResult> &runs)
{
    const double cryptoUsPerTx = rates.signPerSecond > 0 && rates.verifyPerSecond > 0
        ? 1e6 * (kSignsPerTx / rates.signPerSecond + kVerifiesPerTx / rates.verifyPerSecond)
        : 0.0;
    std::ostringstream j;
    j << "{\"benchmark\":\"ledger_commit\""
      << ",\"machine\":{\"cores\":" << cores << ",\"load_average_1m_at_start\":" << number(load, 2) << "}"
      << ",\"settings\":{\"max_transactions_per_block\":500,\"batch_timeout_ms\":20,\"signature_checks\":\"on_submit\""
      << ",\"window_per_thread\":" << o.window << ",\"transactions_per_run\":" << o.count
      << ",\"value_bytes\":" << o.valueBytes << ",\"endorsing_orgs\":2}"
      << ",\"crypto\":{\"sign_per_s\":" << number(rates.signPerSecond, 0)
      << ",\"verify_per_s\":" << number(rates.verifyPerSecond, 0) << ",\"signs_per_tx\":" << kSignsPerTx
      << ",\"verifies_per_tx\":" << kVerifiesPerTx << ",\"crypto_cpu_us_per_tx\":" << number(cryptoUsPerTx, 1)
      << ",\"bound_tx_per_s\":" << number(bound, 0) << "}"
      << ",\"runs\":[";
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RunResult &r = runs[i];
        const double rate = r.seconds > 0 ? static_cast<double>(r.valid) / r.seconds : 0.0;
        const auto perTx
            = [&r](double seconds) { return r.valid > 0 ? seconds * 1e6 / static_cast<double>(r.valid) : 0.0; };
        j << (i ? "," : "") << "{\"client_threads\":" << r.threads << ",\"transactions\":" << r.valid
          << ",\"invalid\":" << r.invalid << ",\"rejected\":" << r.rejected << ",\"seconds\":" << number(r.seconds, 3)
          << ",\"tx_per_s\":" << number(rate, 0) << ",\"blocks\":" << r.blocks
          << ",\"ratio_to_bound\":" << number(bound > 0 ? rate / bound : 0.0, 3)
          << ",\"cpu_utilization\":" << number(r.seconds > 0 ? r.cpuSeconds / (r.seconds * cores) : 0.0, 3)
          << ",\"cpu_us_per_tx\":" << number(perTx(r.cpuSeconds), 1)
          << ",\"client_threads_cpu_us_per_tx\":" << number(perTx(r.clientCpuSeconds), 1)
          << ",\"ledger_threads_cpu_us_per_tx\":" << number(perTx(r.cpuSeconds - r.clientCpuSeconds), 1) << "}";
    }
    j << "],\"target_tx_per_s\":" << number(kTargetTxPerSecond, 0) << "}";
    return j.str();
}

int run(const Options &options)
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const double load = loadAverage();

    CryptoRates rates;
    double bound = 0;
    if (!options.skipCrypto) {
        std::cerr << "bench: timing " << options.cryptoOps << " ECDSA P-256 signs and verifies\n";
        rates = measureCrypto(options.cryptoOps);
        bound
            = static_cast<double>(cores) / (kSignsPerTx / rates.signPerSecond + kVerifiesPerTx / rates.verifyPerSecond);
        std::cerr << "bench:   sign " << number(rates.signPerSecond, 0) << "/s, verify "
                  << number(rates.verifyPerSecond, 0) << "/s; bound on " << cores << " cores " << number(bound, 0)
                  << " tx/s\n";
    }

    std::vector<unsigned> threadCounts { 1, 2, options.threadsMax };
    std::sort(threadCounts.begin(), threadCounts.end());
    threadCounts.erase(std::unique(threadCounts.begin(), threadCounts.end()), threadCounts.end());
    threadCounts.erase(
        std::remove_if(threadCounts.begin(), threadCounts.end(), [&](unsigned t) { return t > options.threadsMax; }),
        threadCounts.end());
    if (options.threadsOnly > 0)
        threadCounts = { options.threadsOnly };

    const fs::path root = fs::temp_directory_path() / ("lianxin-bench-" + toHex(crypto::randomBytes(6)));
    fs::create_directories(root);
    std::vector<RunResult> runs;
    try {
        for (const unsigned threads : threadCounts) {
            // A fresh sandbox per run: every run starts from the same state.
            const fs::path dataDir = root / ("run-" + std::to_string(threads) + "-threads");
            std::cerr << "bench: " << options.count << " transactions with " << threads << " client thread(s)\n";
            RunResult r = runLedger(options, threads, dataDir);
            std::cerr << "bench:   " << r.valid << " valid, " << r.invalid << " invalid, " << r.rejected
                      << " refused in " << number(r.seconds, 3)
                      << " s = " << number(r.seconds > 0 ? static_cast<double>(r.valid) / r.seconds : 0.0, 0)
                      << " tx/s, " << r.blocks << " blocks\n";
            reportPhases(r);
            runs.push_back(r);
            if (!options.keep) {
                std::error_code ec;
                fs::remove_all(dataDir, ec);
            }
        }
    } catch (...) {
        if (!options.keep) {
            std::error_code ec;
            fs::remove_all(root, ec);
        }
        throw;
    }
    if (options.keep) {
        std::cerr << "bench: sandboxes kept in " << root.string() << "\n";
    } else {
        std::error_code ec;
        fs::remove_all(root, ec);
    }

    std::cout << toJson(options, cores, load, rates, bound, runs) << std::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::optional<Options> options;
    try {
        options = parseOptions(argc, argv);
    } catch (const std::exception &e) {
        std::cerr << "bench_ledger: " << e.what() << "\n\n";
        printUsage(std::cerr);
        return 2;
    }
    if (!options) {
        printUsage(std::cout);
        return 0;
    }
    try {
        return run(*options);
    } catch (const ledger::LedgerError &e) {
        std::cerr << "bench_ledger: ledger error " << e.reasonCode() << ": " << e.what() << "\n";
    } catch (const client::WalletError &e) {
        std::cerr << "bench_ledger: wallet error: " << e.what() << "\n";
    } catch (const std::exception &e) {
        std::cerr << "bench_ledger: " << e.what() << "\n";
    }
    return 1;
}
