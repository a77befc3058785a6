#include "ledger/DataFolder.h"

#include "ledger/LedgerError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace lx::ledger {

namespace {

[[noreturn]] void fail(const std::string &what, const std::filesystem::path &path, int error)
{
    if (isNoSpaceErrno(error))
        throw LedgerError(LedgerError::Kind::Unavailable, "DISK_FULL", diskFullMessage(path.parent_path()));
    throw LedgerError(LedgerError::Kind::Unavailable, "DATA_FOLDER_IO",
        "cannot " + what + " " + path.string() + ": " + std::strerror(error));
}

} // namespace

void createOwnerOnlyDirectories(const std::filesystem::path &dir)
{
    // Walk up to the first folder that exists, then create downwards: only
    // the folders made here are narrowed to 0700.
    std::vector<std::filesystem::path> missing;
    std::error_code ec;
    for (std::filesystem::path p = dir; !p.empty() && !std::filesystem::exists(p, ec); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path())
            break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST)
            fail("create folder", *it, errno);
        // mkdir's mode is narrowed by the umask only; make it exact.
        if (::chmod(it->c_str(), 0700) != 0)
            fail("set the mode of", *it, errno);
    }
}

void createOwnerOnlyFile(const std::filesystem::path &file)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        fail("create", file, errno);
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok)
        fail("set the mode of", file, error);
}

bool isNoSpaceErrno(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

std::string diskFullMessage(const std::filesystem::path &folder)
{
    return "There is no space left on the disk of " + folder.string()
        + "; nothing was changed. Free some space there and try again.";
}

} // namespace lx::ledger
