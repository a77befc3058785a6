#include "ledger/WriterLock.h"

#include "ledger/DataFolder.h"
#include "ledger/LedgerError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lx::ledger {

namespace {

std::string programName()
{
    std::ifstream comm("/proc/self/comm");
    std::string name;
    if (comm && std::getline(comm, name) && !name.empty())
        return name;
    return "LianXin";
}

// "lianxin-cli (pid 1234)" from the holder's lock file, or a neutral
// phrase when it cannot be read (an older version held the lock).
std::string holderOf(int fd)
{
    char buffer[256] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return "another LianXin process";
    std::istringstream in(std::string(buffer, static_cast<std::size_t>(n)));
    std::string pid;
    std::string program;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("pid=", 0) == 0)
            pid = line.substr(4);
        else if (line.rfind("program=", 0) == 0)
            program = line.substr(8);
    }
    if (pid.empty())
        return "another LianXin process";
    return (program.empty() ? std::string("a LianXin process") : program) + " (pid " + pid + ")";
}

} // namespace

std::filesystem::path WriterLock::fileIn(const std::filesystem::path &consortiumDir)
{
    return consortiumDir / "writer.lock";
}

WriterLock::WriterLock(const std::filesystem::path &consortiumDir)
{
    const auto file = fileIn(consortiumDir);
    m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int error = errno;
        if (isNoSpaceErrno(error))
            throw LedgerError(LedgerError::Kind::Unavailable, "DISK_FULL", diskFullMessage(consortiumDir));
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_OPEN",
            "cannot open " + file.string() + " for writing: " + std::strerror(error));
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const std::string holder = holderOf(m_fd);
        ::close(m_fd);
        m_fd = -1;
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_IN_USE",
            "the ledger in " + consortiumDir.string() + " is open for writing by " + holder
                + "; close it first (reading commands work meanwhile)");
    }
    ::fchmod(m_fd, 0600); // an older lock file may have been made under a wider umask
    // Who holds it, for the next writer's message. A failure to record it
    // (a full disk) costs only that message, not the lock.
    const std::string content = "pid=" + std::to_string(::getpid()) + "\nprogram=" + programName() + "\n";
    if (::ftruncate(m_fd, 0) == 0 && ::pwrite(m_fd, content.data(), content.size(), 0) < 0) {
        // Nothing to do: see above.
    }
}

WriterLock::~WriterLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace lx::ledger
