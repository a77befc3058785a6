#pragma once

#include <chrono>
#include <map>
#include <optional>

namespace lx::bench {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point from, Clock::time_point to);
// CPU seconds (user + system) of the whole process.
double processCpuSeconds();
// CPU seconds of the calling thread.
double threadCpuSeconds();
// CPU seconds of each live thread of this process, by thread ID (Linux).
std::map<long, double> taskCpuSeconds();
// CPU seconds (user + system) of another process, from /proc (Linux);
// nullopt when it is not running.
std::optional<double> processCpuSeconds(long pid);
// The machine is shared; the 1-minute load average says how much. -1 if unknown.
double loadAverage();

} // namespace lx::bench
