#include "ProcessStats.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace lx::bench {

namespace fs = std::filesystem;

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

namespace {

// utime + stime of a /proc/.../stat file, in seconds.
std::optional<double> statCpuSeconds(const fs::path &stat)
{
    std::ifstream in(stat);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    // After the command name: state is field 3; utime and stime are 14 and 15.
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    double utime = 0;
    double stime = 0;
    int n = 3;
    for (; n <= 15 && fields >> field; ++n) {
        if (n == 14)
            utime = std::strtod(field.c_str(), nullptr);
        if (n == 15)
            stime = std::strtod(field.c_str(), nullptr);
    }
    if (n <= 15)
        return std::nullopt;
    return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

} // namespace

std::map<long, double> taskCpuSeconds()
{
    std::map<long, double> out;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator("/proc/self/task", ec))
        if (const auto seconds = statCpuSeconds(entry.path() / "stat"))
            out[std::strtol(entry.path().filename().c_str(), nullptr, 10)] = *seconds;
    return out;
}

std::optional<double> processCpuSeconds(long pid)
{
    return statCpuSeconds("/proc/" + std::to_string(pid) + "/stat");
}

double loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double load = -1;
    if (!(in >> load))
        return -1;
    return load;
}

} // namespace lx::bench
