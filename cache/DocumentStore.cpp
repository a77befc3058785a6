#include "cache/DocumentStore.h"

#include "cache/CacheError.h"
#include "cache/Statement.h"

#include "crypto/Hash.h"

#include <chrono>

namespace lx::cache {

DocumentStore::DocumentStore(sqlite3 *db) : m_db(db) { }

Bytes DocumentStore::attach(const std::string &lcNo, int presentationNo, const std::string &docType,
    const std::string &fileName, const Bytes &content)
{
    const Bytes hash = crypto::sha256(content);
    const auto now
        = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    Statement upsert(m_db,
        "INSERT INTO document(sha256, lc_no, presentation_no, doc_type, file_name, content,"
        " added_seconds) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        " ON CONFLICT(sha256, lc_no, presentation_no) DO UPDATE SET content = excluded.content,"
        " added_seconds = excluded.added_seconds");
    upsert.bindBlob(1, hash).bind(2, lcNo).bind(3, presentationNo).bind(4, docType).bind(5, fileName);
    upsert.bindBlob(6, content).bind(7, now).run();
    // The same file under the L/C's presented documents gets its content too.
    Statement share(m_db, "UPDATE document SET content = ?2 WHERE sha256 = ?1 AND content IS NULL");
    share.bindBlob(1, hash).bindBlob(2, content).run();
    return hash;
}

std::optional<Bytes> DocumentStore::content(const Bytes &sha256)
{
    Statement query(m_db, "SELECT content FROM document WHERE sha256 = ?1 AND content IS NOT NULL LIMIT 1");
    query.bindBlob(1, sha256);
    if (!query.step())
        return std::nullopt;
    Bytes bytes = query.blob(0);
    if (crypto::sha256(bytes) != sha256)
        throw CacheError(CacheError::Kind::Tampered,
            "The stored copy of document " + toHex(sha256).substr(0, 16)
                + "... no longer matches its hash; attach the original file again.");
    return bytes;
}

std::vector<DocumentStore::Document> DocumentStore::documents(const std::string &lcNo)
{
    Statement query(m_db,
        "SELECT sha256, presentation_no, doc_type, file_name, content IS NOT NULL FROM document"
        " WHERE lc_no = ?1 ORDER BY presentation_no, file_name");
    query.bind(1, lcNo);
    std::vector<Document> out;
    while (query.step())
        out.push_back(Document { query.blob(0), lcNo, static_cast<int>(query.integer(1)), query.text(2), query.text(3),
            query.integer(4) != 0 });
    return out;
}

} // namespace lx::cache
