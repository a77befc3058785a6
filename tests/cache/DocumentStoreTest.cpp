// Attached files are kept under the hash the ledger knows them by, and never
// served when they no longer match it.
#include "cache/DocumentStore.h"

#include "CacheLedgerFixture.h"
#include "cache/CacheError.h"
#include "cache/Statement.h"

#include "crypto/Hash.h"

#include <gtest/gtest.h>

namespace lx::test {

TEST(CacheDocuments, AttachedFilesComeBackOnlyWhileTheyMatchTheirHash)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    cache::DocumentStore store(db.handle());
    const Bytes invoice = "增值税专用发票 No. 3100231130 — 江苏长风纺织有限公司, CNY 600,000.00";
    const Bytes hash = store.attach("HX-0001", 1, "INVOICE", "INV-HX-0001.pdf", invoice);
    EXPECT_EQ(hash, crypto::sha256(invoice));
    ASSERT_TRUE(store.content(hash));
    EXPECT_EQ(*store.content(hash), invoice);
    const auto listed = store.documents("HX-0001");
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].fileName, "INV-HX-0001.pdf");
    EXPECT_TRUE(listed[0].hasContent);
    EXPECT_FALSE(store.content(crypto::sha256("another file")));

    cache::Statement tamper(db.handle(), "UPDATE document SET content = ?1");
    tamper.bindBlob(1, Bytes("增值税专用发票 No. 3100231130 — 江苏长风纺织有限公司, CNY 900,000.00")).run();
    try {
        store.content(hash);
        FAIL() << "a changed file was served";
    } catch (const cache::CacheError &e) {
        EXPECT_EQ(e.kind(), cache::CacheError::Kind::Tampered);
    }
}

TEST(CacheDocuments, APresentedDocumentGetsTheContentAttachedForIt)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    const Bytes file = "bill of lading COSU-0928";
    cache::Statement presented(db.handle(),
        "INSERT INTO document(sha256, lc_no, presentation_no, doc_type, file_name)"
        " VALUES(?1, 'HX-0002', 1, 'TRANSPORT_DOCUMENT', 'bl.pdf')");
    presented.bindBlob(1, crypto::sha256(file)).run();
    cache::DocumentStore store(db.handle());
    store.attach("HX-0002", 0, "TRANSPORT_DOCUMENT", "bl.pdf", file);
    for (const auto &doc : store.documents("HX-0002"))
        EXPECT_TRUE(doc.hasContent) << doc.presentationNo;
}

} // namespace lx::test
