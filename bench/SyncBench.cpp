// The cache's sync (DESIGN section 6: replay and verify blocks into the
// cache at >= 20,000 tx/s): a sandbox ledger filled with the demo book
// through the contract, then replayed from block 0 into a fresh cache, as
// the regulator (every L/C) and as one bank. Prints one JSON object.
//
//   bench_sync [--letters N]
#include "BenchArgs.h"
#include "ProcessStats.h"
#include "cache/CacheSchema.h"
#include "cache/Database.h"
#include "cache/LedgerSync.h"
#include "cache/Statement.h"

#include "chaincode/lc/LcDates.h"
#include "crypto/Random.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DemoBook.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

using namespace lx;
namespace fs = std::filesystem;

struct Replay
{
    std::uint64_t blocks = 0;
    std::uint64_t transactions = 0;
    std::int64_t rows = 0;
    double seconds = 0;
};

Replay replay(client::Client &reader, const fs::path &file, const std::string &mspId)
{
    fs::remove(file);
    cache::Database db = cache::Database::open(file, crypto::randomBytes(32), {});
    cache::createCacheSchema(db.handle());
    cache::LedgerSync sync(db.handle(), reader, cache::Viewer::forMsp(mspId));
    sync.maxBlocksPerCommit = 256;
    const auto start = bench::Clock::now();
    Replay out;
    out.blocks = sync.catchUp();
    out.seconds = bench::secondsBetween(start, bench::Clock::now());
    for (std::uint64_t n = 0; n < out.blocks; ++n)
        out.transactions += static_cast<std::uint64_t>(reader.block("lc", n).data().data_size());
    cache::Statement count(db.handle(), "SELECT count(*) FROM lc");
    count.step();
    out.rows = count.integer(0);
    return out;
}

void print(const char *name, const Replay &r, bool last)
{
    std::printf("  \"%s\": {\"blocks\": %llu, \"transactions\": %llu, \"lc_rows\": %lld, \"seconds\": %.3f, "
                "\"tx_per_second\": %.0f}%s\n",
        name, static_cast<unsigned long long>(r.blocks), static_cast<unsigned long long>(r.transactions),
        static_cast<long long>(r.rows), r.seconds, r.seconds > 0 ? r.transactions / r.seconds : 0.0, last ? "" : ",");
}

} // namespace

int main(int argc, char **argv)
{
    int letters = 2000;
    const auto usage = [](std::FILE *out) {
        std::fprintf(out,
            "Usage: bench_sync [--letters N]\n"
            "\n"
            "Fills a sandbox ledger with a demo book of N L/Cs (default 2000) through the\n"
            "contract, then replays it from block 0 into a fresh encrypted cache as the\n"
            "regulator (every L/C) and as one bank. Prints one JSON object.\n"
            "\n"
            "Options:\n"
            "  --letters N   L/Cs in the demo book, 1 to 100000 (default 2000)\n"
            "  -h, --help    this text\n");
    };
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--help" || arg == "-h") {
                usage(stdout);
                return 0;
            }
            if (arg != "--letters")
                throw bench::ArgError("unknown option " + arg);
            if (i + 1 >= argc)
                throw bench::ArgError(arg + " needs a value");
            letters = static_cast<int>(bench::wholeArg(arg, argv[++i], 1, 100'000));
        }
    } catch (const bench::ArgError &e) {
        std::fprintf(stderr, "bench_sync: %s\n\n", e.what());
        usage(stderr);
        return 2;
    }
    const fs::path dir = fs::temp_directory_path() / ("lianxin-bench-sync-" + toHex(crypto::randomBytes(6)));
    const std::string passphrase = "bench sync passphrase";
    client::initSandbox(dir, passphrase);
    const auto wallet = client::Wallet::open(client::walletDir(dir), passphrase);
    auto ledger = client::openEmbeddedLedger(client::consortiumDir(dir));

    client::DemoBookOptions options;
    options.letters = letters;
    options.today = chaincode::lc::chinaDate(std::time(nullptr));
    const auto book = client::loadDemoBook(ledger, wallet, options);

    client::Client regulator(ledger, wallet.identity("RegulatorMSP/auditor1"));
    client::Client bank(ledger, wallet.identity("HuaxiaBankMSP/officer1"));
    const Replay all = replay(regulator, dir / "cache-regulator.db", "RegulatorMSP");
    const Replay one = replay(bank, dir / "cache-huaxia.db", "HuaxiaBankMSP");

    std::printf(
        "{\n  \"benchmark\": \"sync\",\n  \"letters\": %d,\n  \"book_seconds\": %.1f,\n", book.letters, book.seconds);
    print("regulator", all, false);
    print("bank", one, false);
    std::printf("  \"target_tx_per_second\": 20000,\n  \"load_average\": %.2f\n}\n", bench::loadAverage());
    ledger.reset();
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    return 0;
}
