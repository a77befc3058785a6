#include "EncryptedCacheSupport.h"

#include "cache/Statement.h"

#include "crypto/Random.h"

#include <cstdio>
#include <fstream>
#include <iterator>

namespace lx::cache::test {

TempFolder::TempFolder()
    : m_path(std::filesystem::temp_directory_path() / ("lianxin-enc-" + toHex(crypto::randomBytes(6))))
{
    std::filesystem::create_directories(m_path);
}

TempFolder::~TempFolder()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string lcNumber(int i)
{
    char text[32];
    std::snprintf(text, sizeof text, "LC-HX-2026-%06d", i);
    return text;
}

void createLcTable(Database &db)
{
    db.exec("CREATE TABLE IF NOT EXISTS lc (id INTEGER PRIMARY KEY, lc_no TEXT NOT NULL, applicant TEXT, "
            "beneficiary TEXT, amount INTEGER, note TEXT, sort_key INTEGER)");
}

void insertLcRows(Database &db, int first, int count)
{
    Transaction transaction(db.handle());
    Statement insert(db.handle(),
        "INSERT INTO lc (id, lc_no, applicant, beneficiary, amount, note, sort_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (int i = first; i < first + count; ++i) {
        const std::string note = "提單 " + std::string(kDocumentMarker) + " 棉紗二十噸，金額 " + std::to_string(kAmount)
            + " 分，裝運港上海 (bill of lading, row " + std::to_string(i) + ")";
        insert.bind(1, std::int64_t { i })
            .bind(2, lcNumber(i))
            .bind(3, kApplicant)
            .bind(4, kBeneficiary)
            .bind(5, kAmount + (i % 7 == 0 ? 0 : i))
            .bind(6, note)
            .bind(7, std::int64_t { (i * 7919LL) % 1000003 });
        insert.run();
    }
    transaction.commit();
}

std::int64_t queryInteger(Database &db, const char *sql)
{
    Statement statement(db.handle(), sql);
    return statement.step() ? statement.integer(0) : -1;
}

Bytes readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

void writeFile(const std::filesystem::path &file, std::string_view content)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

std::filesystem::path keyFileFor(const std::filesystem::path &db)
{
    return db.string() + ".key";
}

} // namespace lx::cache::test
