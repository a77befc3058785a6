#pragma once

#include "crypto/Bytes.h"
#include "crypto/Random.h"

#include <filesystem>

namespace lx::test {

// A fresh folder under the system temp folder, removed with everything in it
// when the test ends, so tests never see each other's files.
class TempDir
{
public:
    TempDir()
        : m_path(std::filesystem::temp_directory_path() / ("lianxin-test-" + toHex(crypto::randomBytes(8))))
    {
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace lx::test
