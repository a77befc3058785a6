#pragma once

#include <filesystem>
#include <string>

namespace lx::ledger {

// Files and folders of a LianXin data folder are the owner's only (0600 and
// 0700) whatever the umask: the world state and private stores hold every
// bank's drafts in plain text (see docs/data-at-rest.md).

// Creates dir and every missing parent; each folder created here is 0700.
// Folders that exist already keep their mode (the data folder may be the
// user's own). Throws LedgerError(Unavailable, "DISK_FULL" or
// "DATA_FOLDER_IO").
void createOwnerOnlyDirectories(const std::filesystem::path &dir);

// Creates file empty with mode 0600 when it does not exist; an existing file
// is narrowed to 0600. SQLite gives its -wal, -shm and -journal files the
// mode of the database file, so calling this before sqlite3_open keeps them
// private too.
void createOwnerOnlyFile(const std::filesystem::path &file);

// True for the errno values that mean "no space": ENOSPC and EDQUOT.
bool isNoSpaceErrno(int error);

// The one message for a full disk: names the folder and says what to do.
std::string diskFullMessage(const std::filesystem::path &folder);

} // namespace lx::ledger
