// A presentation counts only once its documents are notarized on trust,
// and a document presented under two L/Cs is seen by the second issuing
// bank's examiner (docs/trust-services.md).
#include "LcDesk.h"

#include "lianxin/notary.pb.h"
#include "lianxin/trust.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::lc::LcAction;
using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;
using lianxin::trust::ConsortiumSettings;

namespace {

constexpr const char *kSecondLcNo = "HX-LC-2026-0002";

lianxin::lc::Presentation presentationOnSep10()
{
    return samplePresentation(50'000'000, date(2026, 9, 5));
}

// The same action about another L/C.
LcAction about(LcAction action, const std::string &lcNo)
{
    if (action.has_present())
        action.mutable_present()->set_lc_no(lcNo);
    if (action.has_advise())
        action.mutable_advise()->set_lc_no(lcNo);
    if (action.has_examine())
        action.mutable_examine()->set_lc_no(lcNo);
    if (action.has_pay())
        action.mutable_pay()->set_lc_no(lcNo);
    return action;
}

// Huaxia's first L/C (kLcNo) presented with the sample invoice, then a
// second L/C of Huaxia's, advised, ready for a presentation.
void twoLettersOneInvoicePresented(LcDesk &desk)
{
    desk.advised();
    desk.setToday(2026, 9, 10);
    const auto first = desk.act(kDongfang, presentAction(presentationOnSep10()));
    ASSERT_TRUE(first.isOk()) << first.wireMessage();
    EXPECT_EQ(desk.lc().presentations(0).duplicates_size(), 0);

    LetterOfCredit second = sampleLc();
    second.set_lc_no(kSecondLcNo);
    desk.setToday(2026, 9, 1);
    ASSERT_TRUE(desk.act(kHuaxia, issueAction(second)).isOk());
    ASSERT_TRUE(desk.act(kDongfang, about(adviseAction(), kSecondLcNo)).isOk());
    desk.setToday(2026, 9, 10);
}

lianxin::trust::NotaryRecord notaryRecord(LcDesk &desk, const Bytes &sha256)
{
    desk.trust.setCaller(kHuaxia, "officer1", { "client", "officer" });
    desk.trust.setCall({ "Verify", sha256 });
    lianxin::trust::NotaryRecord record;
    record.ParseFromString(desk.notary.invoke(desk.trust).payload);
    return record;
}

} // namespace

TEST(LcNotarization, APresentationWhoseDocumentsAreNotNotarizedIsRefusedAndWritesNothing)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 10);
    desk.notarizeBeforeApproval = false;
    const auto draft = desk.submit(kDongfang, presentAction(presentationOnSep10()));
    ASSERT_TRUE(draft.isOk()) << "the maker's draft needs no notarization yet: " << draft.wireMessage();
    const Snapshot before(desk.stub);
    const auto refused = desk.approve(kDongfang, draft.payload);
    EXPECT_EQ(refused.reasonCode, "LC_DOCUMENT_NOT_NOTARIZED");
    EXPECT_NE(refused.message.find("invoice-0001.pdf"), std::string::npos) << refused.message;
    EXPECT_EQ(Snapshot(desk.stub), before);
    EXPECT_EQ(desk.lc().presentations_size(), 0);

    // Notarized first, the same draft is approved.
    desk.notarizeFor(kDongfang, draft.payload);
    const auto approved = desk.approve(kDongfang, draft.payload);
    ASSERT_TRUE(approved.isOk()) << approved.wireMessage();
    EXPECT_EQ(desk.lc().presentations_size(), 1);
}

TEST(LcNotarization, ADocumentNotarizedByAnotherBankOrUnderAnotherTypeDoesNotCount)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 10);
    desk.notarizeBeforeApproval = false;
    const Presentation presented = presentationOnSep10();
    const auto draft = desk.submit(kDongfang, presentAction(presented));
    ASSERT_TRUE(draft.isOk()) << draft.wireMessage();
    // Huaxia (the issuing bank) records both documents; Dongfang records the
    // invoice as something else. Neither is the presenting bank's record.
    for (const auto &[bank, type] : { std::pair { kHuaxia, "INVOICE" }, { kDongfang, "PACKING_LIST" } }) {
        for (const auto &doc : presented.documents()) {
            lianxin::trust::NotarizedDocument record;
            record.set_sha256(doc.sha256());
            record.set_doc_type(std::string(bank) == kHuaxia ? doc.doc_type() : type);
            record.set_file_name(doc.file_name());
            record.set_submitting_msp(bank);
            record.set_lc_no(kLcNo);
            record.set_issuing_bank_msp(kHuaxia);
            desk.trust.setCaller(bank, "checker1", { "client", "checker" });
            desk.trust.setCall({ "Record", record.SerializeAsString() });
            ASSERT_TRUE(desk.notary.invoke(desk.trust).isOk());
        }
    }
    EXPECT_EQ(desk.approve(kDongfang, draft.payload).reasonCode, "LC_DOCUMENT_NOT_NOTARIZED");
}

TEST(LcNotarization, ADocumentTypeTheNotaryWouldRefuseIsRefusedInTheDraft)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 10);
    for (const std::string type : { "invoice", "INVOICE\u202E", "Invoice", "INV OICE", "" }) {
        Presentation p = presentationOnSep10();
        p.mutable_documents(0)->set_doc_type(type);
        const auto refused = desk.submit(kDongfang, presentAction(p));
        // A hidden character is refused as such in any text of the draft.
        const std::string expected = type.find("\u202E") != std::string::npos ? "TEXT_HIDDEN_CHARACTER"
            : type.empty()                                                  ? "LC_DOCUMENT_INVALID"
                                                                            : "LC_DOCUMENT_TYPE";
        EXPECT_EQ(refused.reasonCode, expected) << type << ": " << refused.wireMessage();
    }
    Presentation spoofed = presentationOnSep10();
    spoofed.mutable_documents(0)->set_file_name("invoice\u202Efdp.exe");
    EXPECT_EQ(desk.submit(kDongfang, presentAction(spoofed)).reasonCode, "TEXT_HIDDEN_CHARACTER");
    Presentation blank = presentationOnSep10();
    blank.mutable_documents(0)->set_file_name("   ");
    EXPECT_EQ(desk.submit(kDongfang, presentAction(blank)).reasonCode, "TEXT_BLANK");
}

TEST(LcNotarization, AnInvoicePresentedUnderASecondLcIsFlaggedAndMustBeAcknowledged)
{
    LcDesk desk;
    twoLettersOneInvoicePresented(desk);
    const auto second = desk.act(kDongfang, about(presentAction(presentationOnSep10()), kSecondLcNo));
    ASSERT_TRUE(second.isOk()) << second.wireMessage();

    const LetterOfCredit secondLc = desk.lc(kSecondLcNo);
    const Presentation &p = secondLc.presentations(0);
    ASSERT_EQ(p.duplicates_size(), 2); // the invoice and the transport document
    EXPECT_EQ(p.duplicates(0).doc_type(), "INVOICE");
    ASSERT_EQ(p.duplicates(0).other_lc_nos_size(), 1);
    EXPECT_EQ(p.duplicates(0).other_lc_nos(0), kLcNo);
    EXPECT_EQ(p.duplicates(0).other_issuing_banks(0), kHuaxia);
    EXPECT_NE(secondLc.history(2).summary().find("also presented under other L/Cs"), std::string::npos);
    // The notary holds the flag too, for both issuing banks' eyes.
    EXPECT_EQ(notaryRecord(desk, p.duplicates(0).sha256()).entries_size(), 2);

    // The examiner decides only with a comment on the duplicates.
    const LcAction unacknowledged = about(examineAction(1, true), kSecondLcNo);
    expectRejected(desk, kHuaxia, unacknowledged, "LC_DUPLICATE_NOT_ACKNOWLEDGED");
    LcAction blankComment = unacknowledged;
    blankComment.mutable_examine()->set_duplicate_acknowledgement("   ");
    expectRejected(desk, kHuaxia, blankComment, "LC_DUPLICATE_NOT_ACKNOWLEDGED");
    LcAction acknowledged = unacknowledged;
    acknowledged.mutable_examine()->set_duplicate_acknowledgement(
        " Presentation 1 under HX-LC-2026-0001 is for another shipment; confirmed with the applicant. ");
    const auto examined = desk.act(kHuaxia, acknowledged);
    ASSERT_TRUE(examined.isOk()) << examined.wireMessage();
    EXPECT_EQ(desk.lc(kSecondLcNo).presentations(0).examination().duplicate_acknowledgement(),
        "Presentation 1 under HX-LC-2026-0001 is for another shipment; confirmed with the applicant.");
    ASSERT_TRUE(desk.act(kHuaxia, about(payAction(1), kSecondLcNo)).isOk());
    EXPECT_EQ(desk.lc(kSecondLcNo).state(), LetterOfCredit::PAID);

    // The first L/C's presentation is examined as usual: it came first.
    EXPECT_TRUE(desk.act(kHuaxia, examineAction(1, true)).isOk());
}

TEST(LcNotarization, TheConsortiumMayRefuseADocumentPresentedUnderTwoLcs)
{
    LcDesk desk;
    desk.setDuplicateDocuments(ConsortiumSettings::REFUSE);
    twoLettersOneInvoicePresented(desk);
    const auto draft = desk.submit(kDongfang, about(presentAction(presentationOnSep10()), kSecondLcNo));
    ASSERT_TRUE(draft.isOk()) << draft.wireMessage();
    desk.notarizeFor(kDongfang, draft.payload);
    const Snapshot before(desk.stub);
    const auto refused = desk.approve(kDongfang, draft.payload);
    EXPECT_EQ(refused.reasonCode, "LC_DOCUMENT_FINANCED_ELSEWHERE");
    EXPECT_NE(refused.message.find(kLcNo), std::string::npos) << refused.message;
    EXPECT_EQ(Snapshot(desk.stub), before);
    // The notarization nobody presented stays, visible as such: the notary
    // holds the hash under both L/Cs, the second L/C has no presentation.
    EXPECT_EQ(notaryRecord(desk, presentationOnSep10().documents(0).sha256()).entries_size(), 2);
    EXPECT_EQ(desk.lc(kSecondLcNo).presentations_size(), 0);
}

TEST(LcNotarization, OnlyTheSecretariatChangesTheDuplicateRule)
{
    LcDesk desk;
    ConsortiumSettings settings;
    settings.set_duplicate_documents(ConsortiumSettings::REFUSE);
    for (const auto &[msp, roles] : { std::pair { kHuaxia, std::vector<std::string> { "admin" } },
             { kSecretariat, std::vector<std::string> { "client" } } }) {
        desk.trust.setCaller(msp, "someone", roles);
        desk.trust.setCall({ "SetSettings", settings.SerializeAsString() });
        EXPECT_EQ(desk.registry.invoke(desk.trust).reasonCode, "REGISTRY_NOT_SECRETARIAT_ADMIN") << msp;
    }
    EXPECT_EQ(desk.trust.state.count("settings"), 0u);
    desk.trust.setCall({ "GetSettings" });
    ConsortiumSettings read;
    ASSERT_TRUE(read.ParseFromString(desk.registry.invoke(desk.trust).payload));
    EXPECT_EQ(read.duplicate_documents(), ConsortiumSettings::FLAG) << "flagging is the default";
}

// Every text of every drafted action, not only the names each product
// checks: a character that would change what other banks' screens show is
// refused in the draft (chaincode/Desk.cpp), and so in a checker's comment.
TEST(LcNotarization, NoTextOfAnActionHidesCharacters)
{
    LcDesk desk;
    desk.advised();
    LcAction waive = waiveAction(1);
    waive.mutable_waive()->set_applicant_consent("APP-WAIVER-\u202E1000");
    EXPECT_EQ(desk.submit(kHuaxia, waive).reasonCode, "TEXT_HIDDEN_CHARACTER");
    LcAction cancel = cancelAction("Beneficiary letter\x1b[2J");
    EXPECT_EQ(desk.submit(kHuaxia, cancel).reasonCode, "TEXT_HIDDEN_CHARACTER");
    LcAction amend = amendAction(100);
    amend.mutable_amend()->mutable_amendment()->set_narrative("Two lines\nare fine\tin a narrative");
    EXPECT_TRUE(desk.submit(kHuaxia, amend).isOk());

    const auto draft = desk.submit(kHuaxia, cancelAction("Beneficiary letter 7"));
    ASSERT_TRUE(draft.isOk());
    const auto returned = desk.call(kHuaxia, "checker1", { "client", "checker" }, { "ReturnDraft", draft.payload, "ok\rforged" });
    EXPECT_EQ(returned.reasonCode, "TEXT_HIDDEN_CHARACTER");
}

} // namespace lx::test
