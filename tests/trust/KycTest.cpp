#include "TrustFixture.h"

#include "lianxin/notary.pb.h"
#include "peer/transaction.pb.h"

#include <chrono>
#include <gtest/gtest.h>

namespace lx::test {

namespace {

const std::string kHuaxia = "HuaxiaBankMSP";
const std::string kDongfang = "DongfangBankMSP";
const std::string kUscc = "91110108MA01ABCD5T";
// What a bank's KYC file might say; it must never reach the ledger.
const std::string kKycFile = "KYC file: beneficial owner Zhou Xiaoming, ID 110108198001011234, passport E12345678";

std::int64_t inAYear()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count() + 365 * 86400;
}

lianxin::trust::KycAttestation attestation(const std::string &bank, const std::string &uscc = kUscc)
{
    lianxin::trust::KycAttestation a;
    a.set_uscc(uscc);
    a.set_subject_name("Beijing Haidian Steel Trading Co., Ltd.");
    a.set_attesting_msp(bank);
    a.set_level("CDD");
    a.set_valid_until_seconds(inAYear());
    a.set_evidence_sha256(sha256Of(kKycFile));
    return a;
}

class KycTest : public TrustFixture
{
protected:
    // The maker's draft, refused or not.
    Invoked draft(const std::string &msp, const lianxin::trust::KycAttestation &a, const std::string &who = "officer1")
    {
        return invoke(user(msp, who), "kyc", "SubmitDraft", {}, { { "action", a.SerializeAsString() } });
    }

    // Four eyes: officer1 drafts, checker1 approves; the first refusal, or
    // the approval.
    Invoked attest(const std::string &msp, const lianxin::trust::KycAttestation &a, const std::string &who = "officer1")
    {
        const Invoked drafted = draft(msp, a, who);
        if (drafted.status >= 400)
            return drafted;
        EXPECT_EQ(drafted.validationCode, protos::VALID);
        return invoke(user(msp, "checker1"), "kyc", "ApproveDraft", { drafted.payload });
    }

    lianxin::trust::KycAttestationList show(const std::string &msp, const std::string &who = "officer1")
    {
        const Invoked r = query(user(msp, who), "kyc", "Show", { kUscc });
        EXPECT_EQ(r.status, 200) << r.message;
        lianxin::trust::KycAttestationList list;
        EXPECT_TRUE(list.ParseFromString(r.payload));
        return list;
    }
};

} // namespace

TEST_F(KycTest, RejectsAWrongCheckCharacter)
{
    const std::uint64_t height = trustHeight();
    const Invoked r = attest(kHuaxia, attestation(kHuaxia, "91110108MA01ABCD5U"));
    expectRejected(r, 400, "USCC_CHECK_CHARACTER");
    EXPECT_NE(r.message.find("should be 'T'"), std::string::npos) << r.message;
    expectRejected(attest(kHuaxia, attestation(kHuaxia, "91110108MA01ABCD6T")), 400, "USCC_ORG_CODE_CHECK");
    expectRejected(attest(kHuaxia, attestation(kHuaxia, "91110108MA01ABCD5")), 400, "USCC_LENGTH");
    EXPECT_EQ(trustHeight(), height);
    EXPECT_EQ(show(kDongfang).attestations_size(), 0);
}

TEST_F(KycTest, OtherBanksSeeTheAttestationNotTheFile)
{
    const Invoked r = attest(kHuaxia, attestation(kHuaxia));
    ASSERT_EQ(r.status, 200) << r.message;
    ASSERT_EQ(r.validationCode, protos::VALID);
    ASSERT_TRUE(eventOf(r));
    EXPECT_EQ(eventOf(r)->event_name(), "KycAttested");

    for (const auto &[msp, who] :
        { std::pair { kDongfang, "checker1" }, std::pair { std::string("RegulatorMSP"), "auditor1" } }) {
        const auto list = show(msp, who);
        ASSERT_EQ(list.attestations_size(), 1) << msp;
        const auto &seen = list.attestations(0);
        EXPECT_EQ(seen.attesting_msp(), kHuaxia);
        EXPECT_EQ(seen.uscc(), kUscc);
        EXPECT_EQ(seen.level(), "CDD");
        EXPECT_EQ(seen.evidence_sha256(), sha256Of(kKycFile));
        EXPECT_GT(seen.attested_seconds(), 1'600'000'000);
    }

    // The chain carries the hash of the file and nothing of its content.
    const Bytes blocks = trustBlockBytes();
    EXPECT_NE(blocks.find(sha256Of(kKycFile)), std::string::npos);
    EXPECT_EQ(blocks.find("110108198001011234"), std::string::npos);
    EXPECT_EQ(blocks.find("beneficial owner"), std::string::npos);

    // A second bank's attestation stands beside the first.
    ASSERT_EQ(attest(kDongfang, attestation(kDongfang)).validationCode, protos::VALID);
    EXPECT_EQ(show(kHuaxia).attestations_size(), 2);
}

TEST_F(KycTest, EvidenceIsAHashNeverTheFile)
{
    auto a = attestation(kHuaxia);
    a.set_evidence_sha256(kKycFile);
    expectRejected(attest(kHuaxia, a), 400, "KYC_EVIDENCE_NOT_HASH");
    EXPECT_EQ(trustBlockBytes().find("beneficial owner"), std::string::npos);
}

TEST_F(KycTest, RevokeOnlyByTheAttestingBank)
{
    ASSERT_EQ(attest(kHuaxia, attestation(kHuaxia)).validationCode, protos::VALID);
    const std::uint64_t height = trustHeight();

    const Invoked other = invoke(user(kDongfang), "kyc", "Revoke", { kUscc });
    expectRejected(other, 403, "KYC_NOT_YOUR_ATTESTATION");
    expectRejected(invoke(user(kDongfang), "kyc", "Revoke", { kUscc, kHuaxia }), 403, "KYC_NOT_YOUR_ATTESTATION");
    expectRejected(invoke(user("RegulatorMSP", "admin1"), "kyc", "Revoke", { kUscc }), 403, "KYC_READ_ONLY");
    EXPECT_EQ(trustHeight(), height);
    EXPECT_EQ(show(kDongfang).attestations_size(), 1);

    const Invoked own = invoke(user(kHuaxia, "checker1"), "kyc", "Revoke", { kUscc });
    ASSERT_EQ(own.status, 200) << own.message;
    ASSERT_EQ(own.validationCode, protos::VALID);
    EXPECT_EQ(eventOf(own)->event_name(), "KycRevoked");
    EXPECT_EQ(show(kDongfang).attestations_size(), 0);
    expectRejected(invoke(user(kHuaxia), "kyc", "Revoke", { kUscc }), 404, "KYC_NOT_ATTESTED");
}

TEST_F(KycTest, RejectsOtherPartiesAndIncompleteAttestations)
{
    expectRejected(attest("RegulatorMSP", attestation("RegulatorMSP"), "auditor1"), 403, "KYC_REGULATOR_READ_ONLY");
    expectRejected(attest("SecretariatMSP", attestation("SecretariatMSP"), "admin1"), 403, "KYC_NOT_A_BANK");
    expectRejected(attest(kHuaxia, attestation(kHuaxia), "manager1"), 403, "KYC_NOT_OFFICER");
    expectRejected(attest(kHuaxia, attestation(kDongfang)), 403, "KYC_WRONG_BANK");

    auto level = attestation(kHuaxia);
    level.set_level("BASIC");
    expectRejected(attest(kHuaxia, level), 400, "KYC_LEVEL");
    auto name = attestation(kHuaxia);
    name.clear_subject_name();
    expectRejected(attest(kHuaxia, name), 400, "KYC_SUBJECT_NAME_MISSING");
    // A name that would print a second, forged row, or show reversed.
    for (const std::string forged : { "Good Corp\n91350100M000100Y43\tForged Bank\tEDD", "Corp\u202Edtl oC",
             "Corp\x1b[2J", "   " }) {
        auto text = attestation(kHuaxia);
        text.set_subject_name(forged);
        expectRejected(attest(kHuaxia, text), 400, forged == "   " ? "KYC_SUBJECT_NAME_MISSING" : "TEXT_HIDDEN_CHARACTER");
    }
    auto expired = attestation(kHuaxia);
    expired.set_valid_until_seconds(1'000'000'000);
    expectRejected(attest(kHuaxia, expired), 400, "KYC_VALIDITY");

    const Invoked bad = query(user(kDongfang), "kyc", "Show", { "91110108MA01ABCDST" });
    EXPECT_EQ(bad.reasonCode(), "USCC_CHARACTER");
    EXPECT_EQ(show(kDongfang).attestations_size(), 0);
}

// An attestation is a bank action like any other: drafted by an officer,
// recorded only when another checker of the bank approves it.
TEST_F(KycTest, AnAttestationNeedsACheckersApproval)
{
    const std::uint64_t height = trustHeight();
    expectRejected(invoke(user(kHuaxia), "kyc", "Attest", { attestation(kHuaxia).SerializeAsString() }), 403,
        "KYC_DRAFT_REQUIRED");
    expectRejected(invoke(user(kHuaxia, "checker1"), "kyc", "Attest", { attestation(kHuaxia).SerializeAsString() }),
        403, "KYC_DRAFT_REQUIRED");
    EXPECT_EQ(trustHeight(), height);

    const Invoked drafted = draft(kHuaxia, attestation(kHuaxia));
    ASSERT_EQ(drafted.validationCode, protos::VALID) << drafted.message;
    EXPECT_EQ(show(kDongfang).attestations_size(), 0) << "a draft is no attestation";
    // The maker cannot approve it, nor a checker of another bank.
    expectRejected(invoke(user(kHuaxia), "kyc", "ApproveDraft", { drafted.payload }), 403, "KYC_NOT_CHECKER");
    expectRejected(invoke(user(kDongfang, "checker1"), "kyc", "ApproveDraft", { drafted.payload }), 404,
        "KYC_DRAFT_UNKNOWN");
    // The draft stays in the bank's private collection: the chain has only its hash.
    EXPECT_EQ(trustBlockBytes().find("Beijing Haidian Steel"), std::string::npos);

    const Invoked approved = invoke(user(kHuaxia, "checker1"), "kyc", "ApproveDraft", { drafted.payload });
    ASSERT_EQ(approved.validationCode, protos::VALID) << approved.message;
    EXPECT_EQ(eventOf(approved)->event_name(), "KycAttested");
    ASSERT_EQ(show(kDongfang).attestations_size(), 1);
    EXPECT_EQ(show(kDongfang).attestations(0).attesting_msp(), kHuaxia);
}

} // namespace lx::test
