// bench_startup: the workstation's start to a usable window on a bank's
// cache of N L/Cs (100,000 by default), and its memory at rest.
//
// It prepares a sandbox whose Huaxia cache already holds N generated L/Cs
// (LcBookGenerator through LcWriter: the cache of a bank after years of
// business), then starts the workstation in a child process of its own
// exactly as app/main.cpp builds it (QApplication, the catalog, the shell
// signing in as Huaxia's officer with the passphrase given) and times,
// from the child's process start:
//   unlock_started the sign-in begun (identities listed, passphrase given);
//   signed_in      the wallet and the cache unlocked (scrypt twice: the
//                  passphrase's deliberate cost, reported as unlock_s);
//   window_shown   the main window first painted;
//   usable         the worklist read, the L/C list's first page and its
//                  count read from the cache: what the officer sees first.
// usable_without_unlock_s is usable_s less unlock_s: the workstation's own
// part. Memory: resident set at usable, after --rest-seconds of rest, and
// the peak.
// The platform is whatever QT_QPA_PLATFORM says (run it under xvfb-run
// for a real X server). Prints one JSON object.
#include "BenchArgs.h"
#include "LcBookGenerator.h"
#include "ProcessStats.h"
#include "cache/Database.h"
#include "cache/LcRecords.h"
#include "cache/LocalCache.h"
#include "cache/Statement.h"

#include "crypto/Bytes.h"
#include "crypto/Random.h"
#include "ledgerclient/Sandbox.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/TranslationCatalog.h"
#include "models/WorklistModel.h"
#include "models/lc/LcListModel.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/WorkstationShell.h"
#include "ui/worklist/WorklistPage.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>
#include <utility>

namespace fs = std::filesystem;
using namespace lx;

namespace {

const std::string kPassphrase = "bench startup passphrase";
const QString kOfficer = QStringLiteral("HuaxiaBankMSP/officer1");
constexpr int kToday = 20'783; // 2026-11-26, days since 1970-01-01
constexpr int kBatch = 5000;

// Seconds since this process started (/proc/self/stat field 22, in clock
// ticks since boot, against /proc/uptime): dynamic loading included.
double sinceProcessStart()
{
    std::ifstream statFile("/proc/self/stat");
    const std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    for (int n = 3; n <= 22 && fields >> field; ++n) { }
    const double started = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    double uptime = 0;
    std::ifstream("/proc/uptime") >> uptime;
    return uptime - started;
}

// Calls back once, at the first paint of the widget it filters.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> painted) : m_painted(std::move(painted)) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_painted) {
            std::exchange(m_painted, {})();
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    std::function<void()> m_painted;
};

// VmRSS or VmHWM of this process, in KiB.
long statusKiB(const std::string &key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(key + ":", 0) == 0)
            return std::stol(line.substr(key.size() + 1));
    }
    return -1;
}

void prepare(const fs::path &dir, int records)
{
    client::initSandbox(dir, kPassphrase);
    const cache::LocalCache local = cache::LocalCache::open(dir, "HuaxiaBankMSP", kPassphrase);
    cache::Database db = local.connect();
    bench::LcBookGenerator generator(7, kToday);
    cache::LcWriter writer(db.handle());
    for (int done = 0; done < records; done += kBatch) {
        cache::Transaction transaction(db.handle());
        for (int i = done; i < std::min(records, done + kBatch); ++i) {
            const lianxin::lc::LetterOfCredit lc = generator.make(i);
            writer.upsert(lc, 0, lc.history(0).tx_id());
        }
        transaction.commit();
    }
    db.exec("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
}

// The child: the workstation on dir, timed until usable, then at rest.
int runWorkstation(int argc, char **argv, const fs::path &dir, int restSeconds)
{
    QApplication app(argc, argv);
    const double mainAt = sinceProcessStart();
    const fs::path settingsFile = dir / "bench-settings.ini";
    QSettings settings(QString::fromStdString(settingsFile.string()), QSettings::IniFormat);
    models::TranslationCatalog catalog;
    catalog.install(models::TranslationCatalog::Language::SimplifiedChinese);
    ui::ShellOptions options;
    options.dataDir = QString::fromStdString(dir.string());
    options.passphrase = QString::fromStdString(kPassphrase);
    options.identity = kOfficer;
    ui::WorkstationShell shell(options, catalog, settings);

    double unlockAt = -1, signedInAt = -1, shownAt = -1, usableAt = -1, worklistAt = -1, listAt = -1;
    long usableKiB = -1;
    qint64 listed = 0;
    bool worklistRead = false;
    const auto checkUsable = [&] {
        ui::MainWindow *window = shell.mainWindow();
        if (!window)
            return;
        auto *list = window->findChild<ui::LcListPage *>(QStringLiteral("lettersOfCreditPage"));
        if (listAt < 0 && list && list->model().rowCount() > 0 && list->model().totalMatching() > 0) {
            listAt = sinceProcessStart();
            listed = list->model().totalMatching();
        }
        if (usableAt >= 0 || shownAt < 0 || !worklistRead || listAt < 0)
            return;
        usableAt = sinceProcessStart();
        usableKiB = statusKiB("VmRSS");
        QTimer::singleShot(restSeconds * 1000, &app, &QCoreApplication::quit);
    };
    QObject::connect(&shell.session(), &models::SessionModel::busyChanged, &app, [&](bool busy) {
        if (busy && unlockAt < 0)
            unlockAt = sinceProcessStart();
    });
    QObject::connect(&shell.session(), &models::SessionModel::signedIn, &app, [&] {
        signedInAt = sinceProcessStart();
        ui::MainWindow *window = shell.mainWindow();
        if (!window)
            return;
        auto *worklist = window->findChild<ui::WorklistPage *>(QStringLiteral("worklistPage"));
        auto *list = window->findChild<ui::LcListPage *>(QStringLiteral("lettersOfCreditPage"));
        QObject::connect(&worklist->model(), &models::WorklistModel::refreshed, &app, [&] {
            if (!worklistRead)
                worklistAt = sinceProcessStart();
            worklistRead = true;
            checkUsable();
        });
        QObject::connect(&list->model(), &models::LcListModel::totalChanged, &app, checkUsable);
        QObject::connect(&list->model(), &QAbstractItemModel::rowsInserted, &app, checkUsable);
        QObject::connect(&list->model(), &QAbstractItemModel::modelReset, &app, checkUsable);
    });
    // The main window's first paint: on screen, not only shown. No polling:
    // a timer waking every few milliseconds would weigh on what is measured.
    FirstPaint painted([&] {
        shownAt = sinceProcessStart();
        checkUsable();
    });
    if (shell.mainWindow())
        shell.mainWindow()->installEventFilter(&painted);
    QTimer::singleShot(120'000, &app, [&] {
        std::fprintf(stderr, "bench_startup: not usable after 120 s\n");
        QCoreApplication::exit(1);
    });
    shell.start();
    if (QApplication::exec() != 0)
        return 1;
    // The unlock (scrypt for the wallet and for the cache key) is the
    // passphrase's cost, by design slow; the rest is the workstation's.
    const double unlockSeconds = signedInAt - unlockAt;
    std::printf("{\"main_s\": %.3f, \"unlock_started_s\": %.3f, \"signed_in_s\": %.3f, \"window_shown_s\": %.3f, "
                "\"usable_s\": %.3f, \"worklist_read_s\": %.3f, \"list_read_s\": %.3f, \"unlock_s\": %.3f, "
                "\"usable_without_unlock_s\": %.3f, \"listed\": %lld, "
                "\"rss_usable_kib\": %ld, \"rss_at_rest_kib\": %ld, \"rss_peak_kib\": %ld, \"rest_s\": %d, "
                "\"platform\": \"%s\"}\n",
        mainAt, unlockAt, signedInAt, shownAt, usableAt, worklistAt, listAt, unlockSeconds, usableAt - unlockSeconds,
        static_cast<long long>(listed), usableKiB, statusKiB("VmRSS"), statusKiB("VmHWM"), restSeconds,
        qUtf8Printable(QGuiApplication::platformName()));
    return 0;
}

void usage(std::FILE *out)
{
    std::fprintf(out,
        "Usage: bench_startup [--records N] [--rest-seconds S]\n"
        "\n"
        "Prepares a sandbox whose Huaxia cache holds N generated L/Cs (default 100000),\n"
        "then starts the workstation on it in a child process, signed in as Huaxia's\n"
        "officer, and times it from the child's process start to a usable window (the\n"
        "worklist and the L/C list's first page and count read), then measures its\n"
        "memory after S seconds at rest (default 5). QT_QPA_PLATFORM chooses the\n"
        "platform (xvfb-run for a real X server). Prints one JSON object.\n"
        "\n"
        "Options:\n"
        "  --records N        L/Cs in the cache, 1 to 1000000 (default 100000)\n"
        "  --rest-seconds S   seconds at rest before the memory is read, 0 to 600 (default 5)\n"
        "  -h, --help         this text\n");
}

} // namespace

int main(int argc, char **argv)
{
    int records = 100'000;
    int restSeconds = 5;
    std::string openDir;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--help" || arg == "-h") {
                usage(stdout);
                return 0;
            }
            if (arg != "--records" && arg != "--rest-seconds" && arg != "--open")
                throw bench::ArgError("unknown option " + arg);
            if (i + 1 >= argc)
                throw bench::ArgError(arg + " needs a value");
            const char *value = argv[++i];
            if (arg == "--records")
                records = static_cast<int>(bench::wholeArg(arg, value, 1, 1'000'000));
            else if (arg == "--rest-seconds")
                restSeconds = static_cast<int>(bench::wholeArg(arg, value, 0, 600));
            else
                openDir = value; // the child's run (internal)
        }
    } catch (const bench::ArgError &e) {
        std::fprintf(stderr, "bench_startup: %s\n\n", e.what());
        usage(stderr);
        return 2;
    }
    if (!openDir.empty())
        return runWorkstation(argc, argv, openDir, restSeconds);

    const fs::path dir = fs::temp_directory_path() / ("lianxin-bench-startup-" + toHex(crypto::randomBytes(6)));
    const auto prepareStart = bench::Clock::now();
    prepare(dir, records);
    const double prepareSeconds = bench::secondsBetween(prepareStart, bench::Clock::now());
    std::error_code ec;
    std::uintmax_t cacheBytes = 0;
    for (const auto &entry : fs::recursive_directory_iterator(dir / "cache", ec)) {
        if (entry.is_regular_file(ec))
            cacheBytes += entry.file_size(ec);
    }
    const std::string command = "\"" + fs::read_symlink("/proc/self/exe").string() + "\" --open \"" + dir.string()
        + "\" --rest-seconds " + std::to_string(restSeconds);
    std::FILE *child = popen(command.c_str(), "r");
    std::string answer;
    if (child) {
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, child))
            answer += buffer;
    }
    const int status = child ? pclose(child) : -1;
    fs::remove_all(dir, ec);
    if (status != 0 || answer.empty() || answer.front() != '{') {
        std::fprintf(stderr, "bench_startup: the workstation's run failed\n");
        return 1;
    }
    while (!answer.empty() && (answer.back() == '\n' || answer.back() == '}'))
        answer.pop_back();
    std::printf("{\"bench\": \"startup\", \"records\": %d, \"prepare_s\": %.1f, \"cache_bytes\": %ju, "
                "\"load_average\": %.2f, %s}\n",
        records, prepareSeconds, cacheBytes, bench::loadAverage(), answer.substr(1).c_str());
    return 0;
}
