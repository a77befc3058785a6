// bench_gateway: our Fabric Gateway client against Hyperledger's official
// Node client (npm @hyperledger/fabric-gateway), in one run on the same
// network, peer, identity and contract functions, at the same number of
// calls in flight: an evaluate (the notary's Verify of a recorded document)
// and a submit waited for until committed (the notary's Record of a fresh
// document hash: one key of its own per call, so no two calls conflict).
// For each level and operation, first ours (ledgerclient's Client over
// FabricGateway, one thread per call in flight, one gRPC channel), then the
// Node client (bench/gateway-node/bench.js: as many async loops in one Node
// process, one gRPC channel), each after one warm-up call. Prints one JSON
// object to stdout: throughput, p50/p95/p99 latency, client CPU per call,
// and the ratios ours/Node (throughput: ours over theirs; latency: theirs
// over ours, so that >= 1.0 means ours is at least as fast); progress to
// stderr. Without node or npm it says so and measures ours only.

#include "BenchArgs.h"
#include "ProcessStats.h"

#include "crypto/Random.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EndorsementPlan.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/SigningIdentity.h"
#include "ledgerclient/TransactionBuilder.h"

#include "lianxin/notary.pb.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using lx::bench::Clock;
using lx::bench::secondsBetween;
namespace fs = std::filesystem;
using namespace lx;

// The contract functions both clients call.
const std::string kChannel = "trust";
const std::string kChaincode = "notary";
const std::string kEvaluate = "Verify";
const std::string kSubmit = "Record";

struct Options
{
    fs::path network;
    std::string bank = "HuaxiaBankMSP";
    std::string user = "officer1";
    std::vector<int> inFlight { 1, 8, 32 };
    int seconds = 10;
    std::vector<std::string> ops { "evaluate", "submit" };
    int rounds = 1;
    fs::path nodeDir; // empty: gateway-node beside this program
    bool node = true;
    bool nodeNamesOrgs = true; // false: the gateway plans the Node client's calls
    std::string nodeSigner = "noble"; // or "openssl" (bench/gateway-node/bench.js)
};

void printUsage(std::ostream &out)
{
    out << "Usage: bench_gateway --network DIR [options]\n"
           "\n"
           "Compares our Fabric Gateway client (ledgerclient's Client over FabricGateway) with\n"
           "Hyperledger's official Node client (npm @hyperledger/fabric-gateway) on the network\n"
           "in DIR (scripts/fabric-network.sh up DIR): the same peer, identity and contract\n"
           "functions at the same number of calls in flight. evaluate: the notary's Verify of a\n"
           "recorded document; submit: the notary's Record of a fresh document hash, waited for\n"
           "until committed (CommitStatus). Both clients name the same endorsing organizations.\n"
           "For each level and operation ours runs first, then the Node client. Prints one JSON\n"
           "object to stdout (tx/s, p50/p95/p99 latency, client CPU per call, ratios ours/Node:\n"
           ">= 1.0 means ours is at least as fast); progress to stderr. Without node and npm it\n"
           "says so and measures ours only. The Node client's packages are installed with npm ci\n"
           "from bench/gateway-node/package-lock.json into the Node folder at the first run.\n"
           "\n"
           "Options:\n"
           "  --network DIR      the network folder (profiles/, users/)\n"
           "  --bank MSPID       the bank whose peer and user are used (default HuaxiaBankMSP)\n"
           "  --user NAME        the user under DIR/users/MSPID/ (default officer1)\n"
           "  --in-flight LIST   comma-separated calls in flight (default 1,8,32)\n"
           "  --seconds N        seconds per level, operation and client (default 10)\n"
           "  --ops LIST         evaluate, submit or both (default evaluate,submit)\n"
           "  --rounds N         ours then Node, N times per level and operation; figures pooled,\n"
           "                     each round's ratios listed (default 1)\n"
           "  --node-dir DIR     the Node client's folder (default: gateway-node beside this program)\n"
           "  --no-node          measure our client only\n"
           "  --node-gateway-plans  the Node client names no organizations (its default: the\n"
           "                     gateway plans through discovery); ours still names them\n"
           "  --node-signer S    noble: the package's own signer (@noble/curves, JavaScript; the\n"
           "                     default); openssl: Node's crypto (OpenSSL) through the same API\n"
           "  --help, -h         this text\n";
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw bench::ArgError(a + " needs a value");
            return argv[++i];
        };
        if (a == "--network") {
            o.network = value();
        } else if (a == "--bank") {
            o.bank = value();
        } else if (a == "--user") {
            o.user = value();
        } else if (a == "--seconds") {
            o.seconds = int(bench::wholeArg(a, value(), 1, 3600));
        } else if (a == "--in-flight") {
            o.inFlight.clear();
            std::stringstream list(value());
            for (std::string item; std::getline(list, item, ',');)
                o.inFlight.push_back(int(bench::wholeArg(a, item, 1, 256)));
        } else if (a == "--ops") {
            o.ops.clear();
            std::stringstream list(value());
            for (std::string item; std::getline(list, item, ',');) {
                if (item != "evaluate" && item != "submit")
                    throw bench::ArgError("--ops wants evaluate, submit or both, not \"" + item + "\"");
                o.ops.push_back(item);
            }
        } else if (a == "--node-dir") {
            o.nodeDir = value();
        } else if (a == "--rounds") {
            o.rounds = int(bench::wholeArg(a, value(), 1, 100));
        } else if (a == "--no-node") {
            o.node = false;
        } else if (a == "--node-signer") {
            o.nodeSigner = value();
            if (o.nodeSigner != "noble" && o.nodeSigner != "openssl")
                throw bench::ArgError("--node-signer wants noble or openssl, not \"" + o.nodeSigner + "\"");
        } else if (a == "--node-gateway-plans") {
            o.nodeNamesOrgs = false;
        } else {
            throw bench::ArgError("unknown option " + a);
        }
    }
    if (o.network.empty())
        throw bench::ArgError("--network DIR is required");
    if (o.inFlight.empty() || o.ops.empty())
        throw bench::ArgError("--in-flight and --ops want at least one item");
    return o;
}

std::string shellQuoted(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

std::string hex(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

// Runs a shell command; its standard output, or nullopt when it fails.
std::optional<std::string> run(const std::string &command)
{
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::string out;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;)
        out.append(buf, n);
    return pclose(pipe) == 0 ? std::optional(out) : std::nullopt;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The Node client, ready to run: node and npm found, its packages installed
// from its lockfile (npm ci, again only when the lockfile changed). Else
// the reason it cannot run, in words.
struct NodeClient
{
    fs::path dir;
    std::string unavailable; // empty: ready
};

NodeClient prepareNode(const Options &o)
{
    NodeClient node;
    std::error_code ec;
    node.dir = o.nodeDir.empty() ? fs::read_symlink("/proc/self/exe", ec).parent_path() / "gateway-node" : o.nodeDir;
    if (!o.node) {
        node.unavailable = "--no-node: the Node client was not run";
        return node;
    }
    if (!run("command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1")) {
        node.unavailable = "node and npm were not found on the PATH (Debian: apt-get install nodejs npm): "
                           "only our client was measured";
        return node;
    }
    if (!fs::exists(node.dir / "bench.js") || !fs::exists(node.dir / "package-lock.json")) {
        node.unavailable = "the Node client is not in " + node.dir.string()
            + " (bench.js, package.json, package-lock.json from bench/gateway-node): only our client was measured";
        return node;
    }
    const fs::path stamp = node.dir / "node_modules" / ".lianxin-package-lock.json";
    const std::string lock = readFile(node.dir / "package-lock.json");
    if (!fs::exists(stamp) || readFile(stamp) != lock) {
        std::cerr << "bench_gateway: npm ci in " << node.dir.string() << "\n";
        if (!run("cd " + shellQuoted(node.dir.string()) + " && npm ci --no-audit --no-fund --loglevel=error >&2")) {
            node.unavailable = "npm ci failed in " + node.dir.string()
                + " (is the npm registry reachable?): only our client was measured";
            return node;
        }
        std::ofstream(stamp, std::ios::binary) << lock;
    }
    return node;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

// One client's figures for one operation at one level.
struct Figures
{
    std::vector<double> latencies; // seconds, one per successful call
    long failed = 0;
    std::string firstError;
    double seconds = 0;
    double cpuSeconds = 0; // the client process's CPU over the run
    double peerCpuSeconds = 0; // the bank's peer's CPU over the run

    double perSecond() const { return seconds > 0 ? double(latencies.size()) / seconds : 0; }
    void add(const Figures &round)
    {
        latencies.insert(latencies.end(), round.latencies.begin(), round.latencies.end());
        failed += round.failed;
        if (firstError.empty())
            firstError = round.firstError;
        seconds += round.seconds;
        cpuSeconds += round.cpuSeconds;
        peerCpuSeconds += round.peerCpuSeconds;
    }
};

std::string figuresJson(const Figures &f)
{
    char buf[320];
    std::snprintf(buf, sizeof buf,
        "{\"calls\": %zu, \"failed\": %ld, \"per_s\": %.1f, \"p50_ms\": %.2f, \"p95_ms\": %.2f, \"p99_ms\": %.2f, "
        "\"client_cpu_ms_per_call\": %.3f, \"peer_cpu_ms_per_call\": %.3f",
        f.latencies.size(), f.failed, f.perSecond(), percentile(f.latencies, 0.5) * 1000,
        percentile(f.latencies, 0.95) * 1000, percentile(f.latencies, 0.99) * 1000,
        f.latencies.empty() ? 0.0 : f.cpuSeconds * 1000 / double(f.latencies.size()),
        f.latencies.empty() ? 0.0 : f.peerCpuSeconds * 1000 / double(f.latencies.size()));
    std::string out = buf;
    if (!f.firstError.empty())
        out += ", \"first_error\": " + jsonString(f.firstError);
    return out + "}";
}

// Ours over theirs for throughput, theirs over ours for latency: >= 1.0
// means ours is at least as fast.
std::string ratiosJson(const Figures &ours, const Figures &node)
{
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    char buf[256];
    std::snprintf(buf, sizeof buf,
        "{\"throughput\": %.2f, \"p50_latency\": %.2f, \"p95_latency\": %.2f, \"p99_latency\": %.2f}",
        ratio(ours.perSecond(), node.perSecond()),
        ratio(percentile(node.latencies, 0.5), percentile(ours.latencies, 0.5)),
        ratio(percentile(node.latencies, 0.95), percentile(ours.latencies, 0.95)),
        ratio(percentile(node.latencies, 0.99), percentile(ours.latencies, 0.99)));
    return buf;
}

// What both clients need to make the same calls.
struct Setup
{
    fs::path mspDir;
    client::FabricPeerEndpoint endpoint;
    std::string recordedHex; // the document Verify finds (64 hex digits)
    std::string recordPrefix; // a NotarizedDocument without its sha256
    std::vector<std::string> endorsers; // as our client names them for Record
    std::string tlsCaFile, tlsCertFile, tlsKeyFile;
    long peerPid = 0; // the bank's peer (DIR/pids/peer-MSPID.pid); 0: unknown
};

// The CPU seconds the bank's peer has spent so far; 0 when unknown.
double peerCpu(const Setup &s)
{
    return s.peerPid ? bench::processCpuSeconds(s.peerPid).value_or(0) : 0;
}

client::SigningIdentity identityOf(const Setup &s, const std::string &msp)
{
    client::MspFolderIdentity id = client::readMspFolder(s.mspDir, std::chrono::system_clock::now());
    return client::SigningIdentity(msp, id.certPem, std::move(id.key));
}

lianxin::trust::NotarizedDocument documentTemplate(const std::string &bank)
{
    lianxin::trust::NotarizedDocument doc;
    doc.set_doc_type("INVOICE");
    doc.set_file_name("bench-invoice.pdf");
    doc.set_submitting_msp(bank);
    doc.set_lc_no("LC-BENCH-GATEWAY");
    doc.set_issuing_bank_msp(bank);
    return doc;
}

// Ours: `level` threads, each its own Client (the officer's identity) over
// one shared FabricGateway (one gRPC channel), calls back to back.
Figures runOurs(
    const Options &o, const Setup &s, std::shared_ptr<client::Ledger> ledger, const std::string &op, int level)
{
    Figures f;
    std::mutex mutex;
    const lianxin::trust::NotarizedDocument doc = documentTemplate(o.bank);
    auto call = [&](client::Client &c) {
        if (op == "evaluate") {
            c.evaluate(kChannel, kChaincode, kEvaluate, { s.recordedHex });
            return;
        }
        lianxin::trust::NotarizedDocument fresh = doc;
        fresh.set_sha256(crypto::randomBytes(32));
        const client::SubmitResult r = c.submit(kChannel, kChaincode, kSubmit, { fresh.SerializeAsString() });
        if (r.code != protos::VALID)
            throw std::runtime_error("committed as " + protos::TxValidationCode_Name(r.code));
    };
    {
        client::Client warm(ledger, identityOf(s, o.bank));
        call(warm);
    }
    const double cpuFrom = bench::processCpuSeconds();
    const double peerFrom = peerCpu(s);
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(o.seconds);
    std::vector<std::thread> threads;
    for (int w = 0; w < level; ++w)
        threads.emplace_back([&] {
            client::Client c(ledger, identityOf(s, o.bank));
            std::vector<double> mine;
            while (Clock::now() < end) {
                const auto t0 = Clock::now();
                try {
                    call(c);
                    mine.push_back(secondsBetween(t0, Clock::now()));
                } catch (const std::exception &e) {
                    std::lock_guard lock(mutex);
                    f.failed++;
                    if (f.firstError.empty())
                        f.firstError = e.what();
                }
            }
            std::lock_guard lock(mutex);
            f.latencies.insert(f.latencies.end(), mine.begin(), mine.end());
        });
    for (auto &t : threads)
        t.join();
    f.seconds = secondsBetween(start, Clock::now());
    f.cpuSeconds = bench::processCpuSeconds() - cpuFrom;
    f.peerCpuSeconds = peerCpu(s) - peerFrom;
    return f;
}

double number(const google::protobuf::Struct &json, const std::string &field)
{
    const auto it = json.fields().find(field);
    return it == json.fields().end() ? 0 : it->second.number_value();
}

// Theirs: one Node process, `level` async loops, its figures as JSON.
Figures runNode(
    const Options &o, const Setup &s, const NodeClient &node, const std::string &op, int level, std::string &clientName)
{
    std::string command = "node --no-deprecation " + shellQuoted((node.dir / "bench.js").string()) + " --peer "
        + shellQuoted(s.endpoint.address) + " --tls-ca " + shellQuoted(s.tlsCaFile) + " --msp-id " + shellQuoted(o.bank)
        + " --msp-dir " + shellQuoted(s.mspDir.string()) + " --channel " + kChannel + " --chaincode " + kChaincode
        + " --op " + op + " --in-flight " + std::to_string(level) + " --seconds " + std::to_string(o.seconds)
        + " --signer " + o.nodeSigner;
    if (!s.tlsCertFile.empty())
        command += " --tls-cert " + shellQuoted(s.tlsCertFile) + " --tls-key " + shellQuoted(s.tlsKeyFile);
    if (op == "evaluate") {
        // Our client sends a query to the signer's own organization's peer.
        command += " --function " + kEvaluate + " --orgs " + shellQuoted(o.nodeNamesOrgs ? o.bank : "") + " --arg "
            + s.recordedHex;
    } else {
        std::string orgs;
        for (const auto &org : s.endorsers)
            orgs += (orgs.empty() ? "" : ",") + org;
        // The sha256 field's tag: its number, wire type 2 (length-delimited).
        const std::string tag(1, char((lianxin::trust::NotarizedDocument::kSha256FieldNumber << 3) | 2));
        command += " --function " + kSubmit + " --orgs " + shellQuoted(o.nodeNamesOrgs ? orgs : "") + " --arg-prefix "
            + hex(s.recordPrefix) + " --hash-tag " + hex(tag);
    }
    // It prints a line when its warm-up call is done and its timed calls
    // start, then its figures: the peer's CPU is read at both.
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot start the Node client: " + command);
    std::string out;
    double peerFrom = 0;
    for (int c; (c = std::fgetc(pipe)) != EOF;) {
        out += char(c);
        if (c == '\n' && out == "ready\n") {
            peerFrom = peerCpu(s);
            out.clear();
        }
    }
    const double peerTo = peerCpu(s);
    if (pclose(pipe) != 0)
        throw std::runtime_error("it exited with an error (its message is above): " + command);
    google::protobuf::Struct json;
    if (!google::protobuf::util::JsonStringToMessage(out, &json).ok())
        throw std::runtime_error("the Node client printed no JSON: " + out.substr(0, 400));
    Figures f;
    for (const auto &v : json.fields().at("latencies_ms").list_value().values())
        f.latencies.push_back(v.number_value() / 1000);
    f.failed = long(number(json, "failed"));
    f.firstError = json.fields().at("first_error").string_value();
    f.seconds = number(json, "seconds");
    f.cpuSeconds = number(json, "cpu_ms") / 1000;
    f.peerCpuSeconds = peerTo - peerFrom;
    clientName = json.fields().at("client").string_value();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
            printUsage(std::cout);
            return 0;
        }
    Options o;
    try {
        o = parseOptions(argc, argv);
    } catch (const bench::ArgError &e) {
        std::cerr << "bench_gateway: " << e.what() << "\n";
        printUsage(std::cerr);
        return 2;
    }

    fs::path scratch;
    try {
        Setup s;
        s.mspDir = o.network / "users" / o.bank / o.user / "msp";
        s.endpoint = client::readNetworkProfile(o.network / "profiles" / (o.bank + ".json")).endpoint();
        // The peer's TLS CA (and a client certificate) as files for Node.
        scratch = fs::temp_directory_path() / ("bench_gateway-" + std::to_string(getpid()));
        fs::create_directories(scratch);
        s.tlsCaFile = (scratch / "tls-ca.pem").string();
        std::ofstream(s.tlsCaFile) << s.endpoint.tlsCaPem;
        if (!s.endpoint.clientCertPem.empty()) {
            s.tlsCertFile = (scratch / "tls-client.pem").string();
            s.tlsKeyFile = (scratch / "tls-client-key.pem").string();
            std::ofstream(s.tlsCertFile) << s.endpoint.clientCertPem;
            std::ofstream(s.tlsKeyFile) << s.endpoint.clientKeyPem;
        }

        auto ledger = client::openFabricGateway(s.endpoint);
        client::Client officer(ledger, identityOf(s, o.bank));
        lianxin::trust::NotarizedDocument doc = documentTemplate(o.bank);
        s.recordPrefix = doc.SerializeAsString();
        const client::SigningIdentity identity = identityOf(s, o.bank);
        const std::string sample = doc.SerializeAsString();
        s.endorsers = client::endorsingOrganizations(
            client::buildSignedProposal(identity, kChannel, kChaincode, kSubmit, { sample }).signedProposal);
        // The document every Verify finds.
        doc.set_sha256(crypto::randomBytes(32));
        const client::SubmitResult recorded
            = officer.submit(kChannel, kChaincode, kSubmit, { doc.SerializeAsString() });
        if (recorded.code != protos::VALID)
            throw std::runtime_error(
                "recording the document to verify failed: " + protos::TxValidationCode_Name(recorded.code));
        s.recordedHex = hex(doc.sha256());
        if (std::ifstream pidFile(o.network / "pids" / ("peer-" + o.bank + ".pid")); !(pidFile >> s.peerPid))
            s.peerPid = 0;

        NodeClient node = prepareNode(o);
        if (!node.unavailable.empty())
            std::cerr << "bench_gateway: " << node.unavailable << "\n";
        std::string nodeClient;

        std::ostringstream json;
        json << "{\"bench\": \"gateway\", \"bank\": " << jsonString(o.bank) << ", \"user\": " << jsonString(o.user)
             << ", \"peer\": " << jsonString(s.endpoint.address) << ", \"channel\": " << jsonString(kChannel)
             << ", \"chaincode\": " << jsonString(kChaincode) << ", \"evaluate\": " << jsonString(kEvaluate)
             << ", \"submit\": " << jsonString(kSubmit) << ", \"endorsing_organizations\": [";
        for (std::size_t i = 0; i < s.endorsers.size(); ++i)
            json << (i ? ", " : "") << jsonString(s.endorsers[i]);
        json << "], \"node_names_organizations\": " << (o.nodeNamesOrgs ? "true" : "false")
             << ", \"node_signer\": " << jsonString(o.nodeSigner) << ", \"seconds_per_run\": " << o.seconds
             << ", \"rounds\": " << o.rounds << ", \"levels\": [";
        for (std::size_t li = 0; li < o.inFlight.size(); ++li) {
            const int level = o.inFlight[li];
            json << (li ? ", " : "") << "{\"in_flight\": " << level;
            for (const std::string &op : o.ops) {
                Figures ours;
                Figures theirs;
                std::vector<std::string> roundRatios;
                bool nodeRan = false;
                for (int round = 1; round <= o.rounds; ++round) {
                    std::cerr << "bench_gateway: " << op << " at " << level << " in flight, round " << round
                              << ", ours, " << o.seconds << " s\n";
                    const Figures oursNow = runOurs(o, s, ledger, op, level);
                    ours.add(oursNow);
                    if (!node.unavailable.empty())
                        continue;
                    std::cerr << "bench_gateway: " << op << " at " << level << " in flight, round " << round
                              << ", Node, " << o.seconds << " s\n";
                    Figures theirsNow;
                    try {
                        theirsNow = runNode(o, s, node, op, level, nodeClient);
                    } catch (const std::exception &e) {
                        // Ours keeps its figures; Node's stop here.
                        node.unavailable = "the Node client failed (" + op + ", " + std::to_string(level)
                            + " in flight): " + e.what() + "; from there on only our client was measured";
                        std::cerr << "bench_gateway: " << node.unavailable << "\n";
                        continue;
                    }
                    nodeRan = true;
                    theirs.add(theirsNow);
                    roundRatios.push_back(ratiosJson(oursNow, theirsNow));
                }
                json << ", " << jsonString(op) << ": {\"ours\": " << figuresJson(ours);
                if (nodeRan) {
                    json << ", \"node\": " << figuresJson(theirs)
                         << ", \"ratios_ours_to_node\": " << ratiosJson(ours, theirs);
                    if (o.rounds > 1) {
                        json << ", \"ratios_by_round\": [";
                        for (std::size_t r = 0; r < roundRatios.size(); ++r)
                            json << (r ? ", " : "") << roundRatios[r];
                        json << "]";
                    }
                }
                json << "}";
            }
            json << "}";
        }
        json << "], \"node\": ";
        json << "{\"client\": " << jsonString(nodeClient);
        if (!node.unavailable.empty())
            json << ", \"unavailable\": " << jsonString(node.unavailable);
        json << "}";
        json << ", \"load_average\": " << bench::loadAverage() << "}";
        std::cout << json.str() << std::endl;
    } catch (const std::exception &e) {
        std::cerr << "bench_gateway: " << e.what() << "\n";
        if (!scratch.empty())
            fs::remove_all(scratch);
        return 4;
    }
    fs::remove_all(scratch);
    return 0;
}
