#include "TrustFixture.h"

#include "crypto/Bytes.h"

#include "lianxin/notary.pb.h"
#include "peer/transaction.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

const std::string kHuaxia = "HuaxiaBankMSP";
const std::string kDongfang = "DongfangBankMSP";
const std::string kChangjiang = "ChangjiangBankMSP";

lianxin::trust::NotarizedDocument document(const Bytes &hash, const std::string &type, const std::string &submitter,
    const std::string &lcNo, const std::string &issuingBank)
{
    lianxin::trust::NotarizedDocument doc;
    doc.set_sha256(hash);
    doc.set_doc_type(type);
    doc.set_file_name(type + "-" + lcNo + ".pdf");
    doc.set_submitting_msp(submitter);
    doc.set_lc_no(lcNo);
    doc.set_issuing_bank_msp(issuingBank);
    doc.set_recorded_seconds(1); // the contract replaces it with the ledger's time
    return doc;
}

class NotaryTest : public TrustFixture
{
protected:
    Invoked record(
        const std::string &msp, const lianxin::trust::NotarizedDocument &doc, const std::string &who = "officer1")
    {
        return invoke(user(msp, who), "notary", "Record", { doc.SerializeAsString() });
    }

    lianxin::trust::DuplicateDocumentFlagList flags(
        const std::string &asMsp, const std::string &asUser, const std::string &bank)
    {
        const Invoked r = query(user(asMsp, asUser), "notary", "ListFlags", { bank });
        EXPECT_EQ(r.status, 200) << r.message;
        lianxin::trust::DuplicateDocumentFlagList list;
        EXPECT_TRUE(list.ParseFromString(r.payload));
        return list;
    }
};

} // namespace

TEST_F(NotaryTest, RecordsAndVerifiesAHash)
{
    const Bytes hash = sha256Of("L/C HX-2026-0001 as issued");
    const Invoked recorded = record(kHuaxia, document(hash, "LC", kHuaxia, "HX-2026-0001", kHuaxia));
    ASSERT_EQ(recorded.status, 200) << recorded.message;
    EXPECT_EQ(recorded.validationCode, protos::VALID);
    const auto event = eventOf(recorded);
    ASSERT_TRUE(event);
    EXPECT_EQ(event->event_name(), "DocumentNotarized");

    // Another bank and the regulator find where the file was recorded.
    for (const auto &[msp, who] :
        { std::pair { kDongfang, "officer2" }, std::pair { std::string("RegulatorMSP"), "auditor1" } }) {
        const Invoked verified = query(user(msp, who), "notary", "Verify", { hash });
        ASSERT_EQ(verified.status, 200) << verified.message;
        lianxin::trust::NotaryRecord rec;
        ASSERT_TRUE(rec.ParseFromString(verified.payload));
        EXPECT_EQ(rec.sha256(), hash);
        ASSERT_EQ(rec.entries_size(), 1);
        EXPECT_EQ(rec.entries(0).submitting_msp(), kHuaxia);
        EXPECT_EQ(rec.entries(0).doc_type(), "LC");
        EXPECT_EQ(rec.entries(0).lc_no(), "HX-2026-0001");
        EXPECT_EQ(rec.entries(0).tx_id(), recorded.txId);
        EXPECT_GT(rec.entries(0).recorded_seconds(), 1'600'000'000);
    }

    // A person may paste the hash as hex.
    EXPECT_EQ(query(user(kDongfang), "notary", "Verify", { toHex(hash) }).status, 200);

    const Invoked unknown = query(user(kDongfang), "notary", "Verify", { sha256Of("a forged copy") });
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.reasonCode(), "NOTARY_NOT_FOUND");
    EXPECT_EQ(query(user(kDongfang), "notary", "Verify", { "not a hash" }).reasonCode(), "BAD_ARGUMENTS");
}

TEST_F(NotaryTest, SameHashUnderTwoLettersOfCreditIsFlaggedToBothIssuingBanks)
{
    const Bytes invoice = sha256Of("Commercial invoice 2026-117, 1,000 t steel coil");
    ASSERT_EQ(
        record(kHuaxia, document(invoice, "INVOICE", kHuaxia, "HX-2026-0007", kHuaxia)).validationCode, protos::VALID);
    EXPECT_EQ(flags(kHuaxia, "officer1", kHuaxia).flags_size(), 0);

    const Invoked second
        = record(kDongfang, document(invoice, "INVOICE", kDongfang, "DF-2026-0031", kDongfang), "checker1");
    ASSERT_EQ(second.status, 200) << second.message;
    ASSERT_EQ(second.validationCode, protos::VALID);

    const auto event = eventOf(second);
    ASSERT_TRUE(event);
    EXPECT_EQ(event->event_name(), "DuplicateDocument");
    EXPECT_EQ(event->chaincode_id(), "notary");
    lianxin::trust::DuplicateDocumentFlag flag;
    ASSERT_TRUE(flag.ParseFromString(event->payload()));
    EXPECT_EQ(flag.sha256(), invoice);
    ASSERT_EQ(flag.lc_nos_size(), 2);
    EXPECT_EQ(flag.lc_nos(0), "HX-2026-0007");
    EXPECT_EQ(flag.lc_nos(1), "DF-2026-0031");
    ASSERT_EQ(flag.issuing_banks_size(), 2);
    EXPECT_EQ(flag.issuing_banks(0), kHuaxia);
    EXPECT_EQ(flag.issuing_banks(1), kDongfang);

    // Both issuing banks see it; a bank it does not concern sees nothing
    // and may not look at others'; the regulator sees all.
    for (const auto &bank : { kHuaxia, kDongfang }) {
        const auto list = flags(bank, "manager1", bank);
        ASSERT_EQ(list.flags_size(), 1) << bank;
        EXPECT_EQ(list.flags(0).sha256(), invoice);
    }
    EXPECT_EQ(flags(kChangjiang, "officer1", kChangjiang).flags_size(), 0);
    const Invoked nosy = query(user(kChangjiang), "notary", "ListFlags", { kHuaxia });
    EXPECT_EQ(nosy.status, 403);
    EXPECT_EQ(nosy.reasonCode(), "NOTARY_FLAGS_NOT_YOURS");
    EXPECT_EQ(flags("RegulatorMSP", "auditor1", "").flags_size(), 1);
    EXPECT_EQ(flags("RegulatorMSP", "auditor1", kDongfang).flags_size(), 1);

    // Verify shows both recordings.
    lianxin::trust::NotaryRecord rec;
    ASSERT_TRUE(rec.ParseFromString(query(user(kChangjiang), "notary", "Verify", { invoice }).payload));
    EXPECT_EQ(rec.entries_size(), 2);
}

TEST_F(NotaryTest, SameDocumentUnderOneLetterOfCreditIsNoDuplicate)
{
    // The presenting bank and the issuing bank both record the bill of lading.
    const Bytes bl = sha256Of("B/L COSU 6512 Shanghai-Tianjin");
    ASSERT_EQ(record(kChangjiang, document(bl, "BILL_OF_LADING", kChangjiang, "HX-2026-0010", kHuaxia)).validationCode,
        protos::VALID);
    const Invoked second = record(kHuaxia, document(bl, "BILL_OF_LADING", kHuaxia, "HX-2026-0010", kHuaxia));
    ASSERT_EQ(second.validationCode, protos::VALID);
    EXPECT_EQ(eventOf(second)->event_name(), "DocumentNotarized");
    EXPECT_EQ(flags("RegulatorMSP", "auditor1", "").flags_size(), 0);

    // Recording the same thing twice is refused, naming the first time.
    const Invoked again = record(kHuaxia, document(bl, "BILL_OF_LADING", kHuaxia, "HX-2026-0010", kHuaxia));
    expectRejected(again, 409, "NOTARY_ALREADY_RECORDED");
    EXPECT_NE(again.message.find(second.txId), std::string::npos);
}

TEST_F(NotaryTest, RegulatorAndSecretariatReadOnly)
{
    const Bytes hash = sha256Of("inspection certificate CIQ-88");
    const std::uint64_t height = trustHeight();
    for (const auto &[msp, who] : { std::pair { "RegulatorMSP", "auditor1" }, std::pair { "RegulatorMSP", "admin1" },
             std::pair { "SecretariatMSP", "admin1" } }) {
        const Invoked r = record(msp, document(hash, "INSPECTION_CERTIFICATE", msp, "HX-2026-0002", kHuaxia), who);
        expectRejected(r, 403, "NOTARY_READ_ONLY");
    }
    EXPECT_EQ(trustHeight(), height);
    EXPECT_EQ(query(user(kHuaxia), "notary", "Verify", { hash }).reasonCode(), "NOTARY_NOT_FOUND");
}

TEST_F(NotaryTest, RejectsRecordingForAnotherBank)
{
    const Bytes hash = sha256Of("packing list 55");
    const std::uint64_t height = trustHeight();
    const Invoked r = record(kHuaxia, document(hash, "PACKING_LIST", kDongfang, "DF-2026-0001", kDongfang));
    expectRejected(r, 403, "NOTARY_WRONG_BANK");
    EXPECT_NE(r.message.find(kHuaxia), std::string::npos);
    EXPECT_EQ(trustHeight(), height);
    EXPECT_EQ(query(user(kDongfang), "notary", "Verify", { hash }).reasonCode(), "NOTARY_NOT_FOUND");
}

TEST_F(NotaryTest, RejectsIncompleteRecordsAndOtherDesks)
{
    const Bytes hash = sha256Of("invoice 9");
    auto doc = document(hash, "INVOICE", kHuaxia, "HX-2026-0003", kHuaxia);
    expectRejected(record(kHuaxia, doc, "manager1"), 403, "NOTARY_ROLE");
    expectRejected(record(kHuaxia, doc, "admin1"), 403, "NOTARY_ROLE");

    auto file = doc;
    file.set_sha256("the invoice's content instead of its hash");
    expectRejected(record(kHuaxia, file), 400, "NOTARY_BAD_HASH");
    auto type = doc;
    type.set_doc_type("invoice");
    expectRejected(record(kHuaxia, type), 400, "NOTARY_DOC_TYPE");
    type.set_doc_type("INVOICE\u202E");
    expectRejected(record(kHuaxia, type), 400, "NOTARY_DOC_TYPE");
    auto spoofed = doc;
    spoofed.set_file_name("invoice\u202Efdp.exe");
    expectRejected(record(kHuaxia, spoofed), 400, "TEXT_HIDDEN_CHARACTER");
    auto blank = doc;
    blank.set_file_name("  ");
    expectRejected(record(kHuaxia, blank), 400, "TEXT_BLANK");
    auto lc = doc;
    lc.clear_lc_no();
    expectRejected(record(kHuaxia, lc), 400, "NOTARY_LC_NO_MISSING");
    auto bank = doc;
    bank.clear_issuing_bank_msp();
    expectRejected(record(kHuaxia, bank), 400, "NOTARY_ISSUING_BANK_MISSING");
    expectRejected(invoke(user(kHuaxia), "notary", "Record", { "\xff\xff" }), 400, "BAD_ARGUMENTS");
    expectRejected(invoke(user(kHuaxia), "notary", "Erase", { hash }), 400, "UNKNOWN_FUNCTION");
}

} // namespace lx::test
