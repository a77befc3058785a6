#pragma once

#include "crypto/Bytes.h"

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache {

// Files attached to L/C presentations, kept in the (encrypted) cache with
// the SHA-256 the ledger and the notary know them by. A file is accepted
// only if it hashes to what it claims, and checked again when read, so a
// changed file is never shown as the presented document.
class DocumentStore
{
public:
    explicit DocumentStore(sqlite3 *db);

    struct Document
    {
        Bytes sha256;
        std::string lcNo;
        int presentationNo = 0;
        std::string docType;
        std::string fileName;
        bool hasContent = false;
    };

    // Keeps content under its own SHA-256 for the L/C's presentation
    // (0: not yet presented, e.g. attached to a draft). Returns the hash.
    Bytes attach(const std::string &lcNo, int presentationNo, const std::string &docType, const std::string &fileName,
        const Bytes &content);
    // The content, if attached and still matching its hash; throws
    // CacheError(Tampered) when the stored bytes no longer hash to it.
    std::optional<Bytes> content(const Bytes &sha256);
    std::vector<Document> documents(const std::string &lcNo);

private:
    sqlite3 *m_db;
};

} // namespace lx::cache
