// bench_fabric: committed transactions per second and latency of L/C actions
// on a real Fabric network (scripts/fabric-network.sh up DIR), with our C++
// contracts served by lianxin-chaincode, and beside them, in the same run,
// a minimal reference chaincode written with Hyperledger's Node library
// (fabric-shim, bench/fabric-reference: one read and one write per call),
// served the same way. Both are driven through the peer's Gateway service
// by the same client code (ledgerclient's Client over the Fabric gateway
// backend), one transaction at a time per worker, at each in-flight level.
// Prints one JSON object to stdout; progress to stderr.

#include "BenchArgs.h"
#include "ProcessStats.h"

#include "crypto/EcKey.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/SigningIdentity.h"

#include "lianxin/lc.pb.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <google/protobuf/util/json_util.h>
#include <iostream>
#include <mutex>
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
           "checker's ApproveDraft) on our C++ contract, and the Node reference chaincode's\n"
           "Put (one read, one write), at each in-flight level, through the peer's Gateway.\n"
           "Prints one JSON object to stdout; progress to stderr.\n"
           "\n"
           "Options:\n"
           "  --network DIR      the network folder (network.json, users/)\n"
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

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string firstFileIn(const fs::path &dir)
{
    for (const auto &entry : fs::directory_iterator(dir))
        if (entry.is_regular_file())
            return readFile(entry.path());
    throw std::runtime_error("no file in " + dir.string());
}

// A user of the network in Fabric's msp folder layout.
client::SigningIdentity userIdentity(const fs::path &network, const std::string &msp, const std::string &user)
{
    const fs::path dir = network / "users" / msp / user / "msp";
    return client::SigningIdentity(
        msp, firstFileIn(dir / "signcerts"), crypto::PrivateKey::fromPem(firstFileIn(dir / "keystore")));
}

client::FabricPeerEndpoint peerOf(const fs::path &network, const std::string &msp)
{
    QFile file(QString::fromStdString((network / "network.json").string()));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + (network / "network.json").string());
    const QJsonObject org = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("orgs"))
                                .toObject()
                                .value(QString::fromStdString(msp))
                                .toObject();
    if (org.isEmpty())
        throw std::runtime_error("network.json names no organization " + msp);
    client::FabricPeerEndpoint endpoint;
    endpoint.address = org.value(QStringLiteral("peerAddress")).toString().toStdString();
    fs::path ca = org.value(QStringLiteral("peerTlsCa")).toString().toStdString();
    if (ca.is_relative())
        ca = network / ca;
    endpoint.tlsCaPem = readFile(ca);
    return endpoint;
}

struct Phase
{
    std::mutex mutex;
    std::vector<double> submitDraft; // latency of each valid SubmitDraft (s)
    std::vector<double> approve; // of each valid ApproveDraft
    std::vector<double> put; // of each valid reference Put
    std::atomic<long> invalid { 0 };
    std::atomic<long> failed { 0 };
    std::string firstError;
};

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
    client::DeskWorkflow approver(checker, client::DeskWorkflow::product("lc"));
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
            const client::SubmitResult approved = approver.approve(draft);
            const auto t2 = Clock::now();
            std::lock_guard lock(phase.mutex);
            phase.submitDraft.push_back(secondsBetween(t0, t1));
            if (approved.code == protos::VALID)
                phase.approve.push_back(secondsBetween(t1, t2));
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

std::string latencyJson(const std::vector<double> &v, double seconds)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "{\"committed\": %zu, \"tx_per_s\": %.1f, \"p50_ms\": %.1f, \"p95_ms\": %.1f}",
        v.size(), double(v.size()) / seconds, percentile(v, 0.5) * 1000, percentile(v, 0.95) * 1000);
    return buf;
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
        std::cerr << "bench_fabric: " << e.what() << "\n";
        printUsage(std::cerr);
        return 2;
    }

    try {
        const client::FabricPeerEndpoint endpoint = peerOf(o.network, o.bank);
        std::ostringstream json;
        json << "{\"bench\": \"fabric\", \"bank\": \"" << o.bank << "\", \"peer\": \"" << endpoint.address
             << "\", \"seconds_per_level\": " << o.seconds << ", \"levels\": [";
        for (std::size_t li = 0; li < o.inFlight.size(); ++li) {
            const int level = o.inFlight[li];
            auto ledger = client::openFabricGateway(endpoint);
            Phase lc;
            Phase reference;
            auto run = [&](Phase &phase, auto worker, const char *what) {
                std::cerr << "bench_fabric: " << what << " at " << level << " in flight for " << o.seconds << " s\n";
                const auto start = Clock::now();
                const auto end = start + std::chrono::seconds(o.seconds);
                std::vector<std::thread> threads;
                for (int w = 0; w < level; ++w)
                    threads.emplace_back(worker, std::ref(phase), std::cref(o), ledger, w, level, end);
                for (auto &t : threads)
                    t.join();
                return secondsBetween(start, Clock::now());
            };
            const double lcSeconds = run(lc, lcWorker, "L/C issues (SubmitDraft + ApproveDraft)");
            const double refSeconds = o.reference ? run(reference, referenceWorker, "reference Put") : 0;

            std::vector<double> lcAll = lc.submitDraft;
            lcAll.insert(lcAll.end(), lc.approve.begin(), lc.approve.end());
            json << (li ? ", " : "") << "{\"in_flight\": " << level
                 << ", \"lc\": {\"all\": " << latencyJson(lcAll, lcSeconds)
                 << ", \"submit_draft\": " << latencyJson(lc.submitDraft, lcSeconds)
                 << ", \"approve\": " << latencyJson(lc.approve, lcSeconds) << ", \"invalid\": " << lc.invalid
                 << ", \"failed\": " << lc.failed << "}";
            if (o.reference) {
                json << ", \"reference\": {\"put\": " << latencyJson(reference.put, refSeconds)
                     << ", \"invalid\": " << reference.invalid << ", \"failed\": " << reference.failed << "}";
                const double ours = percentile(lcAll, 0.5);
                const double theirs = percentile(reference.put, 0.5);
                const double oursRate = double(lcAll.size()) / lcSeconds;
                const double theirRate = double(reference.put.size()) / refSeconds;
                char buf[160];
                std::snprintf(buf, sizeof buf, ", \"p50_ratio_ours_to_reference\": %.2f, \"tx_rate_ratio\": %.2f",
                    theirs > 0 ? ours / theirs : 0.0, theirRate > 0 ? oursRate / theirRate : 0.0);
                json << buf;
            }
            json << "}";
            for (Phase *p : { &lc, &reference })
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
