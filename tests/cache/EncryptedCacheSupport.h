#pragma once

#include "cache/Database.h"

#include "crypto/Aead.h"
#include "crypto/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace lx::cache::test {

// Cheap scrypt so the tests spend their time on the cache, not the KDF.
inline const crypto::ScryptParams kFastScrypt { 1ULL << 10, 8, 1 };

// A fresh folder under the system temp folder, removed afterwards.
class TempFolder
{
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The distinctive values of row `i` that must never be readable on disk.
std::string lcNumber(int i);
inline constexpr std::string_view kApplicant = "江蘇華信紡織進出口有限公司";
inline constexpr std::string_view kBeneficiary = "浙江遠洋國際貿易股份公司";
inline constexpr std::int64_t kAmount = 123456789;
inline constexpr std::string_view kDocumentMarker = "COSU6123456780";

// Creates the table `lc` (no index on amount or note) and adds `count` rows.
void createLcTable(Database &db);
void insertLcRows(Database &db, int first, int count);

std::int64_t queryInteger(Database &db, const char *sql);
Bytes readFile(const std::filesystem::path &file);
void writeFile(const std::filesystem::path &file, std::string_view content);
std::filesystem::path keyFileFor(const std::filesystem::path &db);

} // namespace lx::cache::test
