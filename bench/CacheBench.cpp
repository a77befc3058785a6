// The cache at a million L/Cs (DESIGN section 6: first page < 300 ms,
// filter/sort < 500 ms, every dashboard chart < 500 ms, encrypted <= 1.3x
// plain, < 400 MB RSS): a generated book loaded through LcWriter into a
// plain and an encrypted cache file, with forfaiting deals, guarantees and
// quotes beside it (--products N claims and N guarantees), then each
// reopened and queried as the list, the worklist and the dashboards do.
// Prints one JSON object.
//
//   bench_cache [--records N] [--products N] [--batch B] [--cache-mib M] [--dir DIR] [--keep] [--reuse]
//
// --keep leaves the files and their key in DIR; --reuse then queries them
// again without loading (the figures of a change to the queries alone).
#include "BenchArgs.h"
#include "LcBookGenerator.h"
#include "ProcessStats.h"
#include "ProductBookGenerator.h"
#include "cache/CacheSchema.h"
#include "cache/Dashboards.h"
#include "cache/Database.h"
#include "cache/LcQuery.h"
#include "cache/LcRecords.h"
#include "cache/ProductRecords.h"
#include "cache/Statement.h"

#include "crypto/Random.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace lx;
namespace fs = std::filesystem;

constexpr int kToday = 20418; // 2025-11-26; the generator spreads dates around it

long statusKb(const char *field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0)
            return std::strtol(line.c_str() + std::string(field).size(), nullptr, 10);
    return -1;
}

struct Run
{
    std::map<std::string, double> ms; // query -> milliseconds (first run)
    std::map<std::string, double> bestMs; // query -> best of 3
    double loadSeconds = 0;
    double openMs = 0;
    double firstPageMs = 0;
    std::int64_t fileBytes = 0;
    long peakRssKb = 0;
    bool fileLooksPlain = false;
};

double timeMs(const std::function<void()> &f)
{
    const auto start = bench::Clock::now();
    f();
    return bench::secondsBetween(start, bench::Clock::now()) * 1000.0;
}

constexpr std::int64_t kNow = std::int64_t { kToday } * 86400 + 3 * 3600;

// Forfaiting claims with their deals, guarantees and 500 quotes, as the
// sync writes them.
void loadProducts(sqlite3 *db, int products)
{
    bench::ProductBookGenerator generator(11, kToday, bench::LcBookGenerator::bankNames(12));
    cache::Transaction transaction(db);
    cache::ProductWriter writer(db);
    for (int i = 0; i < products; ++i) {
        const auto f = generator.forfaiting(i);
        writer.upsert("forfaiting", "claim/" + f.claim.claim_id(), f.claim.SerializeAsString(), 1, 0, "tx");
        for (const auto &deal : f.deals)
            writer.upsert("forfaiting", "deal/" + deal.deal_id(), deal.SerializeAsString(), 1, 0, "tx");
        const auto g = generator.guarantee(i);
        writer.upsert("guarantee", "guarantee/" + g.guarantee_no(), g.SerializeAsString(), 1, 0, "tx");
    }
    for (int i = 0; i < 500; ++i) {
        const auto q = generator.quote(i, kNow);
        writer.upsert("trust", "quote/" + q.id(), q.SerializeAsString(), 1, 0, "tx");
    }
    transaction.commit();
}

const char *chartName(cache::dash::Chart chart)
{
    static const char *const kNames[cache::dash::kChartCount] = { "issued", "exposure", "maturity", "funnel",
        "deadlines", "forfaiting_rates", "guarantee_types", "statistics" };
    return kNames[static_cast<int>(chart)];
}

Run runOne(const fs::path &file, bool encrypted, int records, int products, int batch, const Bytes &key, int cacheMiB,
    bool reuse)
{
    cache::Database::Options options;
    options.encrypted = encrypted;
    if (cacheMiB > 0)
        options.cacheKiB = cacheMiB * 1024;
    Run run;
    // --reuse: the book a --keep run left (same records, same key).
    if (!reuse || !fs::exists(file)) {
        fs::remove(file);
        fs::remove(file.string() + "-wal");
        fs::remove(file.string() + "-shm");
        cache::Database db = cache::Database::open(file, key, options);
        cache::createCacheSchema(db.handle());
        bench::LcBookGenerator generator(7, kToday);
        cache::LcWriter writer(db.handle());
        std::vector<lianxin::lc::LetterOfCredit> letters;
        for (int done = 0; done < records; done += batch) {
            letters.clear();
            for (int i = done; i < std::min(records, done + batch); ++i)
                letters.push_back(generator.make(i));
            const auto start = bench::Clock::now();
            cache::Transaction transaction(db.handle());
            for (const auto &lc : letters)
                writer.upsert(lc, static_cast<std::uint64_t>(done / batch), lc.history(0).tx_id());
            transaction.commit();
            run.loadSeconds += bench::secondsBetween(start, bench::Clock::now());
        }
        const auto start = bench::Clock::now();
        loadProducts(db.handle(), products);
        db.exec("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
        run.loadSeconds += bench::secondsBetween(start, bench::Clock::now());
    }
    std::error_code ec;
    run.fileBytes = static_cast<std::int64_t>(fs::file_size(file, ec));
    {
        std::ifstream in(file, std::ios::binary);
        char header[16] = {};
        in.read(header, sizeof header);
        run.fileLooksPlain = std::string(header, 15) == "SQLite format 3";
    }

    // The list as the app opens it: connection, then the first page without
    // the count (the count follows).
    std::optional<cache::Database> db;
    cache::LcPage first;
    run.openMs = timeMs([&] {
        db.emplace(cache::Database::open(file, key, options));
        cache::createLcSchema(db->handle());
    });
    run.firstPageMs = timeMs([&] {
        first = cache::queryLcs(db->handle(), {}, { cache::LcSortColumn::IssueDate, true }, 0, 50, false);
    });
    if (first.rows.size() != 50)
        std::fprintf(stderr, "first page has %zu rows\n", first.rows.size());

    sqlite3 *h = db->handle();
    const auto banks = bench::LcBookGenerator::bankNames(12);
    std::vector<std::pair<std::string, std::function<void()>>> queries;
    const auto page
        = [h](cache::LcFilter f, cache::LcSort s) { return [h, f, s] { cache::queryLcs(h, f, s, 0, 50, false); }; };
    cache::LcFilter accepted;
    accepted.states = { lianxin::lc::LetterOfCredit::ACCEPTED };
    cache::LcFilter counterparty;
    counterparty.counterpartyBank = banks[3];
    cache::LcFilter text3;
    text3.text = "华东钢铁";
    cache::LcFilter text2;
    text2.text = "钢铁";
    cache::LcFilter rare2;
    rare2.text = "鲸鱼"; // in no record: the short-text scan's worst case
    cache::LcFilter amounts;
    amounts.amountMinFen = 100000000;
    amounts.amountMaxFen = 200000000;
    cache::LcFilter own;
    own.ownBank = banks[0];
    queries.emplace_back("state_sorted_by_amount", page(accepted, { cache::LcSortColumn::Amount, true }));
    queries.emplace_back(
        "counterparty_sorted_by_expiry", page(counterparty, { cache::LcSortColumn::ExpiryDate, false }));
    queries.emplace_back("text_search_4_chars", page(text3, { cache::LcSortColumn::IssueDate, true }));
    queries.emplace_back("text_search_2_chars", page(text2, { cache::LcSortColumn::IssueDate, true }));
    queries.emplace_back("text_search_2_chars_no_match", page(rare2, { cache::LcSortColumn::IssueDate, true }));
    queries.emplace_back(
        "amount_range_sorted_by_deadline", page(amounts, { cache::LcSortColumn::NextDeadline, false }));
    queries.emplace_back("own_bank_sorted_by_applicant", page(own, { cache::LcSortColumn::Applicant, false }));
    queries.emplace_back("page_10000_sorted_by_beneficiary", [h] {
        cache::queryLcs(h, {}, { cache::LcSortColumn::Beneficiary, false }, 10000, 50, false);
    });
    queries.emplace_back("count_all", [h] { cache::countLcs(h, {}); });
    queries.emplace_back("count_counterparty", [h, counterparty] { cache::countLcs(h, counterparty); });
    queries.emplace_back("count_text_4_chars", [h, text3] { cache::countLcs(h, text3); });
    queries.emplace_back("worklist_officer", [h, banks] { cache::worklist(h, banks[0], "officer", kToday); });
    // Each chart alone, as a bank and as the regulator; all at once; one
    // drill-down (the largest exposure bar).
    namespace dash = cache::dash;
    dash::Filter regulator;
    regulator.today = kToday;
    regulator.nowSeconds = kNow;
    dash::Filter bank = regulator;
    bank.viewer = banks[0];
    for (int c = 0; c < dash::kChartCount; ++c) {
        const auto chart = static_cast<dash::Chart>(c);
        queries.emplace_back(std::string("chart_") + chartName(chart) + "_regulator",
            [h, regulator, chart] { dash::computeChart(h, regulator, chart); });
        queries.emplace_back(std::string("chart_") + chartName(chart) + "_bank",
            [h, bank, chart] { dash::computeChart(h, bank, chart); });
    }
    queries.emplace_back("dashboards_all_regulator", [h, regulator] { dash::compute(h, regulator); });
    queries.emplace_back("dashboards_all_bank", [h, bank] { dash::compute(h, bank); });
    // As the dashboards page refreshes: the L/C scan's charts on one
    // connection, the others on a second, at once.
    const cache::Database second = cache::Database::open(file, key, options);
    sqlite3 *h2 = second.handle();
    const auto halves = [h, h2](const dash::Filter &filter) {
        constexpr unsigned lcScan = dash::chartBit(dash::Chart::Issued) | dash::chartBit(dash::Chart::Exposure)
            | dash::chartBit(dash::Chart::Funnel) | dash::chartBit(dash::Chart::Statistics);
        std::thread other([h2, filter] {
            dash::compute(h2, filter, dash::kAllCharts & ~lcScan);
            cache::dash::banksInCache(h2);
        });
        dash::compute(h, filter, lcScan);
        other.join();
    };
    queries.emplace_back("dashboards_page_refresh_regulator", [halves, regulator] { halves(regulator); });
    queries.emplace_back("dashboards_page_refresh_bank", [halves, bank] { halves(bank); });
    queries.emplace_back("drill_exposure_bank", [h, bank] {
        const auto exposure = dash::computeChart(h, bank, dash::Chart::Exposure);
        if (!exposure.empty())
            dash::drillDown(h, bank, exposure.front().key);
    });
    for (const auto &[name, query] : queries) {
        run.ms[name] = timeMs(query);
        double best = run.ms[name];
        for (int i = 0; i < 2; ++i)
            best = std::min(best, timeMs(query));
        run.bestMs[name] = best;
    }
    run.peakRssKb = statusKb("VmHWM:");
    return run;
}

void printRun(const char *name, const Run &r, int records, bool last)
{
    std::printf("  \"%s\": {\n    \"load_seconds\": %.2f, \"load_records_per_second\": %.0f, \"file_mb\": %.1f,\n"
                "    \"open_ms\": %.1f, \"first_page_ms\": %.1f, \"file_header_plain\": %s,\n"
                "    \"peak_rss_mb_so_far\": %.1f,\n    \"query_ms\": {",
        name, r.loadSeconds, r.loadSeconds > 0 ? records / r.loadSeconds : 0.0, r.fileBytes / 1048576.0, r.openMs,
        r.firstPageMs, r.fileLooksPlain ? "true" : "false", r.peakRssKb / 1024.0);
    const char *sep = "";
    for (const auto &[query, ms] : r.ms) {
        std::printf(
            "%s\n      \"%s\": {\"first\": %.1f, \"best_of_3\": %.1f}", sep, query.c_str(), ms, r.bestMs.at(query));
        sep = ",";
    }
    std::printf("\n    }\n  }%s\n", last ? "" : ",");
}

} // namespace

int main(int argc, char **argv)
{
    int records = 1000000;
    int products = 20000;
    int batch = 5000;
    int cacheMiB = 0; // 0: the Database default
    fs::path dir = fs::temp_directory_path() / ("lianxin-bench-cache-" + toHex(crypto::randomBytes(6)));
    bool keep = false;
    bool reuse = false;
    const auto usage = [](std::FILE *out) {
        std::fprintf(out,
            "Usage: bench_cache [--records N] [--products N] [--batch B] [--cache-mib M] [--dir DIR] [--keep] "
            "[--reuse]\n"
            "\n"
            "Loads a generated book of N L/Cs (default 1000000) and N forfaiting claims and\n"
            "guarantees (--products, default 20000) into a plain and an encrypted cache, then\n"
            "times the list, worklist and dashboard queries. Prints one JSON object.\n"
            "\n"
            "Options:\n"
            "  --records N     L/Cs in the book, 1 to 10000000 (default 1000000)\n"
            "  --products N    forfaiting claims and guarantees each, 0 to 10000000 (default 20000)\n"
            "  --batch B       records per write transaction, 1 to 1000000 (default 5000)\n"
            "  --cache-mib M   SQLite page cache in MiB, 0 to 65536 (0: the cache's default)\n"
            "  --dir DIR       where the files go (default: a new temporary folder)\n"
            "  --keep          keep the files and their key in DIR\n"
            "  --reuse         query the files --keep left in DIR again, without loading\n"
            "  -h, --help      this text\n");
    };
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc)
                    throw bench::ArgError(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--help" || arg == "-h") {
                usage(stdout);
                return 0;
            } else if (arg == "--records")
                records = static_cast<int>(bench::wholeArg(arg, value(), 1, 10'000'000));
            else if (arg == "--products")
                products = static_cast<int>(bench::wholeArg(arg, value(), 0, 10'000'000));
            else if (arg == "--batch")
                batch = static_cast<int>(bench::wholeArg(arg, value(), 1, 1'000'000));
            else if (arg == "--cache-mib")
                cacheMiB = static_cast<int>(bench::wholeArg(arg, value(), 0, 65536));
            else if (arg == "--dir")
                dir = value();
            else if (arg == "--keep")
                keep = true;
            else if (arg == "--reuse")
                reuse = true;
            else
                throw bench::ArgError("unknown option " + arg);
        }
    } catch (const bench::ArgError &e) {
        std::fprintf(stderr, "bench_cache: %s\n\n", e.what());
        usage(stderr);
        return 2;
    }
    fs::create_directories(dir);
    Bytes key = crypto::randomBytes(32);
    const fs::path keyFile = dir / "key";
    if (reuse && fs::exists(keyFile)) {
        std::ifstream in(keyFile, std::ios::binary);
        key.assign(std::istreambuf_iterator<char>(in), {});
    } else if (keep) {
        std::ofstream(keyFile, std::ios::binary).write(key.data(), static_cast<std::streamsize>(key.size()));
    }
    const Run plain = runOne(dir / "plain.db", false, records, products, batch, key, cacheMiB, reuse);
    const Run encrypted = runOne(dir / "encrypted.db", true, records, products, batch, key, cacheMiB, reuse);

    std::printf("{\n  \"benchmark\": \"cache\",\n  \"records\": %d,\n  \"products\": %d,\n  \"batch\": %d,\n  "
                "\"sqlite\": \"%s\",\n",
        records, products, batch, sqlite3_libversion());
    std::printf("  \"cache_mib\": %d,\n", cacheMiB > 0 ? cacheMiB : cache::Database::Options().cacheKiB / 1024);
    printRun("plain", plain, records, false);
    printRun("encrypted", encrypted, records, false);
    std::printf("  \"encrypted_over_plain\": {\n    \"load\": %.2f, \"open\": %.2f, \"first_page\": %.2f",
        plain.loadSeconds > 0 ? encrypted.loadSeconds / plain.loadSeconds : 0.0, encrypted.openMs / plain.openMs,
        encrypted.firstPageMs / plain.firstPageMs);
    for (const auto &[query, ms] : plain.bestMs)
        std::printf(",\n    \"%s\": %.2f", query.c_str(), encrypted.bestMs.at(query) / ms);
    std::printf("\n  },\n  \"peak_rss_mb\": %.1f,\n", statusKb("VmHWM:") / 1024.0);
    std::printf("  \"targets\": {\"first_page_ms\": 300, \"filter_sort_ms\": 500, \"encrypted_over_plain\": 1.3, "
                "\"dashboard_chart_ms\": 500, \"rss_mb\": 400},\n  \"load_average\": %.2f\n}\n",
        bench::loadAverage());
    if (!keep)
        fs::remove_all(dir);
    return 0;
}
