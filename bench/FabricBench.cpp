// bench_fabric: committed transactions per second and latency of L/C actions
// on a real Fabric network (scripts/fabric-network.sh up DIR), with our C++
// contracts served by lianxin-chaincode, and beside them, in the same run,
// a minimal reference chaincode written with Hyperledger's Node library
// (fabric-shim, bench/fabric-reference: one read and one write per call),
// served the same way. Both are driven through the peer's Gateway service
// by the same client code (ledgerclient's Client over the Fabric gateway
// backend), one transaction at a time per worker, at each in-flight level.
// Per call, the chaincode's own time as the bank's peer logs it ("finished
// chaincode: NAME duration: N ms": the call from the peer's TRANSACTION to
// the chaincode's COMPLETED, every state request on the way included); per
// committed transaction, the CPU each part of the network spent (the
// processes DIR/pids names, and this client).
// Prints one JSON object to stdout; progress to stderr.

#include "BenchArgs.h"
#include "ProcessStats.h"

#include "crypto/EcKey.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/SigningIdentity.h"

#include "lianxin/desk.pb.h"
#include "lianxin/lc.pb.h"


#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <google/protobuf/util/json_util.h>
#include <iostream>
#include <map>
#include <mutex>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using lx::bench::Clock;
using lx::bench::secondsBetween;
namespace fs = std::filesystem;
using namespace lx;

struct Options
{
    fs::path network;
    std::string bank = "HuaxiaBankMSP";
    std::vector<int> inFlight { 1, 8, 32 };
    int seconds = 20;
    bool reference = true;
};

void printUsage(std::ostream &out)
{
    out << "Usage: bench_fabric --network DIR [options]\n"
           "\n"
           "Measures committed transactions per second and their latency (endorse, sign, order,\n"
           "commit) on the real Fabric network in DIR (scripts/fabric-network.sh up DIR\n"
           "--with-reference): L/C issues through the desk (an officer's SubmitDraft, the\n"
           "checker's DraftEndorsers query and ApproveDraft) on our C++ contract, and the Node\n"
           "reference chaincode's Put (one read, one write), at each in-flight level, through\n"
           "the peer's Gateway: each alone, then both side by side (as many workers each).\n"
           "Beside them: each chaincode's time per call from the bank's peer log\n"
           "(DIR/logs/peer-MSPID.log) and, for a load run alone, the CPU per committed\n"
           "transaction of the processes in DIR/pids. Prints one JSON object to stdout;\n"
           "progress to stderr.\n"
           "\n"
           "Options:\n"
           "  --network DIR      the network folder (profiles/, users/, pids/, logs/)\n"
           "  --bank MSPID       the bank whose officer and checker act (default HuaxiaBankMSP)\n"
           "  --in-flight LIST   comma-separated in-flight levels (default 1,8,32)\n"
           "  --seconds N        seconds per level and chaincode (default 20)\n"
           "  --no-reference     measure our contract only\n"
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
        } else if (a == "--seconds") {
            o.seconds = int(bench::wholeArg(a, value(), 1, 3600));
        } else if (a == "--in-flight") {
            o.inFlight.clear();
            std::stringstream list(value());
            for (std::string item; std::getline(list, item, ',');)
                o.inFlight.push_back(int(bench::wholeArg(a, item, 1, 256)));
        } else if (a == "--no-reference") {
            o.reference = false;
        } else {
            throw bench::ArgError("unknown option " + a);
        }
    }
    if (o.network.empty())
        throw bench::ArgError("--network DIR is required");
    return o;
}

// A user of the network, from its msp folder (Fabric's layout).
client::SigningIdentity userIdentity(const fs::path &network, const std::string &msp, const std::string &user)
{
    client::MspFolderIdentity id
        = client::readMspFolder(network / "users" / msp / user / "msp", std::chrono::system_clock::now());
    return client::SigningIdentity(msp, id.certPem, std::move(id.key));
}

// The bank's own peer, from the connection profile the network wrote for it.
client::FabricPeerEndpoint peerOf(const fs::path &network, const std::string &msp)
{
    return client::readNetworkProfile(network / "profiles" / (msp + ".json")).endpoint();
}

struct Phase
{
    std::mutex mutex;
    std::vector<double> submitDraft; // latency of each valid SubmitDraft (s)
    std::vector<double> endorsers; // of each DraftEndorsers query
    std::vector<double> approve; // of each valid ApproveDraft
    std::vector<double> put; // of each valid reference Put
    std::atomic<long> invalid { 0 };
    std::atomic<long> failed { 0 };
    std::string firstError;
    double seconds = 0;
    std::vector<double> chaincodeMs; // the chaincode's time per call, from the peer's log
    std::map<std::string, double> cpuSeconds; // by part, when this load ran alone
};

// What the network's processes (DIR/pids/NAME.pid: peer-*, orderer, cc-*)
// and this client have spent, in CPU seconds, by part.
std::map<std::string, double> cpuByPart(const fs::path &network)
{
    std::map<std::string, double> out;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(network / "pids", ec)) {
        const std::string name = entry.path().stem().string();
        std::ifstream pidFile(entry.path());
        long pid = 0;
        if (!(pidFile >> pid))
            continue;
        if (const auto seconds = bench::processCpuSeconds(pid))
            out[name.rfind("peer-", 0) == 0 ? "peers" : name] += *seconds;
    }
    out["client"] = bench::processCpuSeconds();
    return out;
}

// The bank's peer log from a byte offset on: each "finished chaincode: NAME
// duration: Nms" of the named chaincode, in milliseconds.
std::vector<double> chaincodeMillis(const fs::path &log, std::uintmax_t from, const std::string &chaincode)
{
    std::vector<double> out;
    std::ifstream in(log, std::ios::binary);
    if (!in)
        return out;
    in.seekg(std::streamoff(from));
    static const std::regex finished("finished chaincode: ([^ ]+) duration: ([0-9]+)ms");
    std::smatch m;
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, m, finished) && m[1] == chaincode)
            out.push_back(std::stod(m[2]));
    return out;
}

std::uintmax_t fileSize(const fs::path &path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

std::string dateJson(std::chrono::year_month_day d)
{
    return "{\"year\": " + std::to_string(int(d.year())) + ", \"month\": " + std::to_string(unsigned(d.month()))
        + ", \"day\": " + std::to_string(unsigned(d.day())) + "}";
}

// A sight L/C from bank to another, to be issued today; each issue sets
// its own number in a copy.
lianxin::lc::LcAction issueTemplate(const std::string &issuer, const std::string &advisor)
{
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::string json
        = "{\"irrevocable\": true,"
          " \"applicant\": {\"name\": \"上海申江机电进出口有限公司\", \"uscc\": \"91350100M000100Y43\","
          " \"accountNo\": \"3100 1234 5678 0001\", \"accountBank\": \"Huaxia Trade Bank Shanghai\"},"
          " \"beneficiary\": {\"name\": \"江苏长风纺织有限公司\", \"uscc\": \"91110108MA01ABCD5T\","
          " \"accountNo\": \"3200 8765 4321 0002\", \"accountBank\": \"Dongfang Commercial Bank Suzhou\"},"
          " \"issuingBankMsp\": \""
        + issuer + "\", \"advisingBankMsp\": \"" + advisor
        + "\", \"currency\": \"CNY\", \"amountFen\": \"500000000\", \"amountInWords\": \"人民币伍佰万元整\","
          " \"paymentTerm\": {\"kind\": \"SIGHT\"}, \"expiryDate\": "
        + dateJson(today + std::chrono::days(120))
        + ", \"expiryPlace\": \"Shanghai\", \"latestShipmentDate\": " + dateJson(today + std::chrono::days(90))
        + ", \"presentationPeriodDays\": 15, \"goodsDescription\": \"Polyester filament yarn, 120 tonnes\","
          " \"requiredDocuments\": [{\"docType\": \"INVOICE\", \"originals\": 3}],"
          " \"charges\": {\"bearer\": \"SHARED\"}}";
    lianxin::lc::LcAction action;
    const auto status = google::protobuf::util::JsonStringToMessage(json, action.mutable_issue()->mutable_lc());
    if (!status.ok())
        throw std::logic_error("bench L/C terms do not parse: " + status.ToString());
    return action;
}

void note(Phase &phase, const std::exception &e)
{
    phase.failed++;
    std::lock_guard lock(phase.mutex);
    if (phase.firstError.empty())
        phase.firstError = e.what();
}

// One worker: L/C issues through the desk, one transaction at a time.
void lcWorker(Phase &phase, const Options &o, std::shared_ptr<client::Ledger> ledger, int worker, int level,
    Clock::time_point end)
{
    client::Client officer(ledger, userIdentity(o.network, o.bank, "officer1"));
    client::Client checker(ledger, userIdentity(o.network, o.bank, "checker1"));
    client::DeskWorkflow maker(officer, client::DeskWorkflow::product("lc"));
    const std::string advisor = o.bank == "DongfangBankMSP" ? "HuaxiaBankMSP" : "DongfangBankMSP";
    const lianxin::lc::LcAction terms = issueTemplate(o.bank, advisor);
    const std::string run = std::to_string(std::time(nullptr));
    for (long n = 0; Clock::now() < end; ++n) {
        const std::string lcNo
            = "LC-BENCH-" + run + "-" + std::to_string(level) + "-" + std::to_string(worker) + "-" + std::to_string(n);
        try {
            lianxin::lc::LcAction action = terms;
            action.mutable_issue()->mutable_lc()->set_lc_no(lcNo);
            const auto t0 = Clock::now();
            const std::string draft = maker.submitDraft(action.SerializeAsString());
            const auto t1 = Clock::now();
            // DeskWorkflow::approve's two calls, timed apart: the query of
            // the co-endorsers, then the approval naming them.
            lianxin::desk::Endorsers endorsers;
            endorsers.ParseFromString(checker.evaluate("lc", "lc", "DraftEndorsers", { draft }).payload());
            std::vector<Bytes> args { draft };
            args.insert(args.end(), endorsers.msp_ids().begin(), endorsers.msp_ids().end());
            const auto t2 = Clock::now();
            const client::SubmitResult approved = checker.submit("lc", "lc", "ApproveDraft", args);
            const auto t3 = Clock::now();
            std::lock_guard lock(phase.mutex);
            phase.submitDraft.push_back(secondsBetween(t0, t1));
            phase.endorsers.push_back(secondsBetween(t1, t2));
            if (approved.code == protos::VALID)
                phase.approve.push_back(secondsBetween(t2, t3));
            else
                phase.invalid++;
        } catch (const std::exception &e) {
            note(phase, e);
        }
    }
}

// One worker: the reference chaincode's Put on its own keys.
void referenceWorker(Phase &phase, const Options &o, std::shared_ptr<client::Ledger> ledger, int worker, int level,
    Clock::time_point end)
{
    client::Client officer(ledger, userIdentity(o.network, o.bank, "officer1"));
    const std::string run = std::to_string(std::time(nullptr));
    for (long n = 0; Clock::now() < end; ++n) {
        const std::string key = "bench-" + run + "-" + std::to_string(level) + "-" + std::to_string(worker) + "-"
            + std::to_string(n % 64);
        try {
            const auto t0 = Clock::now();
            const client::SubmitResult r = officer.submit("lc", "reference", "Put", { key, std::string(128, 'v') });
            const auto t1 = Clock::now();
            std::lock_guard lock(phase.mutex);
            if (r.code == protos::VALID)
                phase.put.push_back(secondsBetween(t0, t1));
            else
                phase.invalid++;
        } catch (const std::exception &e) {
            note(phase, e);
        }
    }
}

std::string latencyJson(const std::vector<double> &v, double seconds, const char *count = "committed")
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "{\"%s\": %zu, \"per_s\": %.1f, \"p50_ms\": %.1f, \"p95_ms\": %.1f}", count,
        v.size(), double(v.size()) / seconds, percentile(v, 0.5) * 1000, percentile(v, 0.95) * 1000);
    return buf;
}

double mean(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

// The chaincode's time per call and, when the load ran alone, the CPU per
// committed transaction (ms) of each part of the network.
std::string costsJson(const Phase &phase, std::size_t committed)
{
    std::ostringstream out;
    char buf[160];
    std::snprintf(buf, sizeof buf, "{\"calls\": %zu, \"mean_ms\": %.1f, \"p50_ms\": %.1f}",
        phase.chaincodeMs.size(), mean(phase.chaincodeMs), percentile(phase.chaincodeMs, 0.5));
    out << "\"chaincode_per_call\": " << buf;
    if (phase.cpuSeconds.empty())
        return out.str();
    out << ", \"cpu_ms_per_tx\": {";
    bool first = true;
    for (const auto &[part, seconds] : phase.cpuSeconds) {
        if (seconds * 1000 < double(committed) * 0.05)
            continue; // a chaincode server with no part in this load (keepalives)
        std::snprintf(buf, sizeof buf, "%.2f", committed ? seconds * 1000 / double(committed) : 0.0);
        out << (first ? "" : ", ") << "\"" << part << "\": " << buf;
        first = false;
    }
    out << "}";
    return out.str();
}

std::vector<double> lcTransactions(const Phase &lc)
{
    std::vector<double> all = lc.submitDraft;
    all.insert(all.end(), lc.approve.begin(), lc.approve.end());
    return all;
}

std::string lcJson(const Phase &lc)
{
    const std::vector<double> all = lcTransactions(lc);
    return "{\"transactions\": " + latencyJson(all, lc.seconds) + ", \"submit_draft\": "
        + latencyJson(lc.submitDraft, lc.seconds) + ", \"draft_endorsers\": "
        + latencyJson(lc.endorsers, lc.seconds, "queries") + ", \"approve\": " + latencyJson(lc.approve, lc.seconds)
        + ", " + costsJson(lc, all.size()) + ", \"invalid\": " + std::to_string(lc.invalid)
        + ", \"failed\": " + std::to_string(lc.failed) + "}";
}

std::string referenceJson(const Phase &reference)
{
    return "{\"put\": " + latencyJson(reference.put, reference.seconds) + ", "
        + costsJson(reference, reference.put.size()) + ", \"invalid\": " + std::to_string(reference.invalid)
        + ", \"failed\": " + std::to_string(reference.failed) + "}";
}

// Ours over the reference's: the chaincode's mean time per call, the p50
// latency of a committed transaction, committed transactions per second.
std::string ratiosJson(const Phase &lc, const Phase &reference)
{
    const std::vector<double> ours = lcTransactions(lc);
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    char buf[192];
    std::snprintf(buf, sizeof buf, "{\"chaincode_per_call\": %.2f, \"p50_latency\": %.2f, \"tx_rate\": %.2f}",
        ratio(mean(lc.chaincodeMs), mean(reference.chaincodeMs)),
        ratio(percentile(ours, 0.5), percentile(reference.put, 0.5)),
        ratio(double(ours.size()) / lc.seconds, double(reference.put.size()) / reference.seconds));
    return buf;
}

using Worker = void (*)(Phase &, const Options &, std::shared_ptr<client::Ledger>, int, int, Clock::time_point);

struct Load
{
    Phase *phase;
    std::string chaincode; // its name in the peer's log
    Worker worker;
};

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
        std::cerr << "bench_fabric: " << e.what() << "\n";
        printUsage(std::cerr);
        return 2;
    }

    try {
        const client::FabricPeerEndpoint endpoint = peerOf(o.network, o.bank);
        std::ostringstream json;
        json << "{\"bench\": \"fabric\", \"bank\": \"" << o.bank << "\", \"peer\": \"" << endpoint.address
             << "\", \"seconds_per_level\": " << o.seconds << ", \"levels\": [";
        const fs::path peerLog = o.network / "logs" / ("peer-" + o.bank + ".log");
        for (std::size_t li = 0; li < o.inFlight.size(); ++li) {
            const int level = o.inFlight[li];
            auto ledger = client::openFabricGateway(endpoint);
            // One or more loads at once, each `level` workers; the costs of
            // the network's processes only when one load runs alone.
            auto run = [&](std::vector<Load> loads, const std::string &what) {
                std::cerr << "bench_fabric: " << what << " at " << level << " in flight for " << o.seconds << " s\n";
                const std::uintmax_t logFrom = fileSize(peerLog);
                const auto cpuFrom = cpuByPart(o.network);
                const auto start = Clock::now();
                const auto end = start + std::chrono::seconds(o.seconds);
                std::vector<std::thread> threads;
                for (const Load &load : loads)
                    for (int w = 0; w < level; ++w)
                        threads.emplace_back(load.worker, std::ref(*load.phase), std::cref(o), ledger, w, level, end);
                for (auto &t : threads)
                    t.join();
                const double seconds = secondsBetween(start, Clock::now());
                for (const Load &load : loads) {
                    load.phase->seconds = seconds;
                    load.phase->chaincodeMs = chaincodeMillis(peerLog, logFrom, load.chaincode);
                }
                if (loads.size() == 1) {
                    loads[0].phase->cpuSeconds = cpuByPart(o.network);
                    for (auto &[part, cpu] : loads[0].phase->cpuSeconds) {
                        const auto before = cpuFrom.find(part);
                        cpu = before == cpuFrom.end() ? 0 : cpu - before->second; // 0: started meanwhile
                    }
                }
            };
            Phase lc;
            Phase reference;
            Phase lcBeside;
            Phase referenceBeside;
            run({ { &lc, "lc", lcWorker } }, "L/C issues (SubmitDraft, DraftEndorsers, ApproveDraft)");
            json << (li ? ", " : "") << "{\"in_flight\": " << level << ", \"lc\": " << lcJson(lc);
            if (o.reference) {
                run({ { &reference, "reference", referenceWorker } }, "reference Put");
                run({ { &lcBeside, "lc", lcWorker }, { &referenceBeside, "reference", referenceWorker } },
                    "L/C issues and reference Put side by side");
                json << ", \"reference\": " << referenceJson(reference) << ", \"ratios_ours_to_reference\": "
                     << ratiosJson(lc, reference) << ", \"side_by_side\": {\"lc\": " << lcJson(lcBeside)
                     << ", \"reference\": " << referenceJson(referenceBeside)
                     << ", \"ratios_ours_to_reference\": " << ratiosJson(lcBeside, referenceBeside) << "}";
            }
            json << "}";
            for (Phase *p : { &lc, &reference, &lcBeside, &referenceBeside })
                if (!p->firstError.empty())
                    std::cerr << "bench_fabric: first failure: " << p->firstError << "\n";
        }
        json << "], \"load_average\": " << bench::loadAverage() << "}";
        std::cout << json.str() << std::endl;
    } catch (const std::exception &e) {
        std::cerr << "bench_fabric: " << e.what() << "\n";
        return 4;
    }
    return 0;
}
