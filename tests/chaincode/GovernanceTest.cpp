// The council's proposals and votes in the registry contract on trust
// (docs/governance.md): who proposes, votes and gives opinions, when a
// proposal passes, fails or lapses, and what a passed one changes.
#include "chaincode/trust/Governance.h"

#include "FakeStub.h"
#include "FoundingRegistry.h"

#include "chaincode/Registry.h"
#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "crypto/Hash.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::trust::BusinessLine;
using lianxin::trust::ConsortiumSettings;
using lianxin::trust::GovernanceRules;
using lianxin::trust::LineAdmission;
using lianxin::trust::Member;
using lianxin::trust::Proposal;
using lianxin::trust::Seat;

namespace {

constexpr const char *kHuaxia = "HuaxiaBankMSP";
constexpr const char *kDongfang = "DongfangBankMSP";
constexpr const char *kChangjiang = "ChangjiangBankMSP";
constexpr const char *kNanhai = "NanhaiBankMSP";
constexpr const char *kBeiyuan = "BeiyuanBankMSP";
constexpr const char *kXiangjiang = "XiangjiangBankMSP";

// Monday 2026-12-07, 10:00 in China.
constexpr std::int64_t kMonday = 1796608800;
constexpr std::int64_t kDay = 86400;

std::string hashOf(const std::string &text)
{
    return crypto::sha256(text);
}

class GovernanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        stub.setChannel("trust");
        stub.setTimestamp(kMonday);
        found(kHuaxia, 1, { lianxin::trust::SEAT_COUNCIL });
        found(kDongfang, 1, { lianxin::trust::SEAT_COUNCIL });
        found(kChangjiang, 2, { lianxin::trust::SEAT_COUNCIL });
        found(kNanhai, 2, { lianxin::trust::SEAT_COUNCIL, lianxin::trust::SEAT_EXPERT_COMMITTEE });
        found(kBeiyuan, 3, { lianxin::trust::SEAT_EXPERT_COMMITTEE });
        Member secretariat;
        secretariat.set_msp_id(chaincode::kSecretariatMsp);
        secretariat.set_name("Consortium Secretariat");
        secretariat.set_kind(Member::SECRETARIAT);
        secretariat.add_seats(lianxin::trust::SEAT_SECRETARIAT);
        ASSERT_TRUE(register_(secretariat).isOk());
        Member regulator;
        regulator.set_msp_id(chaincode::kRegulatorMsp);
        regulator.set_name("Trade Finance Regulator");
        regulator.set_kind(Member::REGULATOR);
        regulator.add_seats(lianxin::trust::SEAT_REGULATOR);
        ASSERT_TRUE(register_(regulator).isOk());
    }

    chaincode::Response register_(const Member &member)
    {
        return secretariat({ "RegisterMember", member.SerializeAsString() });
    }

    void found(const std::string &msp, int tier, std::vector<Seat> seats)
    {
        Member m;
        m.set_msp_id(msp);
        m.set_name(msp.substr(0, msp.size() - 7) + " Bank");
        m.set_kind(Member::BANK);
        m.set_tier(tier);
        for (Seat s : seats)
            m.add_seats(s);
        for (BusinessLine line : { lianxin::trust::LINE_LC, lianxin::trust::LINE_FORFAITING, lianxin::trust::LINE_GUARANTEE })
            m.add_lines()->set_line(line);
        ASSERT_TRUE(register_(m).isOk()) << msp;
    }

    chaincode::Response call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
        std::vector<Bytes> args)
    {
        stub.setCaller(msp, user, std::move(roles));
        stub.setCall(std::move(args));
        return registry.invoke(stub);
    }
    chaincode::Response secretariat(std::vector<Bytes> args)
    {
        return call(chaincode::kSecretariatMsp, "admin", { "admin" }, std::move(args));
    }
    chaincode::Response admin(const std::string &msp, std::vector<Bytes> args)
    {
        return call(msp, "admin", { "admin" }, std::move(args));
    }
    chaincode::Response seal() { return secretariat({ "SealCharter" }); }

    chaincode::Response propose(const Proposal &p, const std::string &msp = chaincode::kSecretariatMsp)
    {
        return admin(msp, { "Propose", p.SerializeAsString() });
    }
    // Proposes and returns the ID, or fails the test.
    std::string opened(const Proposal &p, const std::string &msp = chaincode::kSecretariatMsp)
    {
        const chaincode::Response r = propose(p, msp);
        EXPECT_TRUE(r.isOk()) << r.wireMessage();
        Proposal answer;
        answer.ParseFromString(r.payload);
        return answer.id();
    }
    chaincode::Response vote(const std::string &msp, const std::string &id, const std::string &choice)
    {
        return admin(msp, { "Vote", id, choice });
    }

    Proposal proposal(const std::string &id)
    {
        const chaincode::Response r = admin(kHuaxia, { "GetProposal", id });
        EXPECT_TRUE(r.isOk()) << r.wireMessage();
        Proposal p;
        p.ParseFromString(r.payload);
        return p;
    }
    std::optional<Member> member(const std::string &msp)
    {
        const chaincode::Response r = admin(kHuaxia, { "GetMember", msp });
        if (!r.isOk())
            return std::nullopt;
        Member m;
        m.ParseFromString(r.payload);
        return m;
    }

    static Proposal admission()
    {
        Proposal p;
        p.set_kind(Proposal::ADMIT_MEMBER);
        p.set_title("Admit Xiangjiang Rural Commercial Bank");
        Member *a = p.mutable_applicant();
        a->set_msp_id(kXiangjiang);
        a->set_name("Xiangjiang Rural Commercial Bank");
        a->set_name_zh("湘江农村商业银行");
        a->set_kind(Member::BANK);
        a->set_tier(3);
        static const std::string root = testRootCertPem("Xiangjiang Rural Commercial Bank");
        a->add_root_certs_pem(root);
        p.add_lines()->set_line(lianxin::trust::LINE_LC);
        for (const auto &[type, file] : { std::pair { "MEMBERSHIP_APPLICATION", "application.pdf" },
                 std::pair { "MEMBERSHIP_AGREEMENT", "agreement-signed.pdf" } }) {
            auto *m = p.add_materials();
            m->set_sha256(hashOf(file));
            m->set_doc_type(type);
            m->set_file_name(file);
        }
        return p;
    }
    static Proposal about(Proposal::Kind kind, const std::string &subject)
    {
        Proposal p;
        p.set_kind(kind);
        p.set_title(Proposal::Kind_Name(kind) + " " + subject);
        p.set_subject_msp(subject);
        return p;
    }

    // Everything but the proposals, their locks and counter: what a vote
    // that fails must leave as it was.
    std::map<std::string, Bytes> beyondProposals() const
    {
        std::map<std::string, Bytes> rest;
        for (const auto &[key, value] : stub.state)
            if (key.rfind(chaincode::governance::kProposalPrefix, 0) != 0
                && key.rfind(chaincode::governance::kOpenSubjectPrefix, 0) != 0
                && key != chaincode::governance::kNextProposalKey)
                rest[key] = value;
        return rest;
    }

    FakeStub stub;
    chaincode::Registry registry;
};

} // namespace

TEST(GovernanceRulesTest, TheThresholdIsAFractionOfTheSeatsRoundedUp)
{
    EXPECT_EQ(chaincode::governance::requiredYes(4, 2, 3), 3);
    EXPECT_EQ(chaincode::governance::requiredYes(5, 2, 3), 4);
    EXPECT_EQ(chaincode::governance::requiredYes(6, 2, 3), 4);
    EXPECT_EQ(chaincode::governance::requiredYes(3, 2, 3), 2);
    EXPECT_EQ(chaincode::governance::requiredYes(1, 2, 3), 1);
    EXPECT_EQ(chaincode::governance::requiredYes(4, 3, 4), 3);
    EXPECT_EQ(chaincode::governance::requiredYes(4, 1, 1), 4);
    const GovernanceRules rules = chaincode::governance::withDefaults({});
    EXPECT_EQ(rules.threshold_numerator(), 2);
    EXPECT_EQ(rules.threshold_denominator(), 3);
    EXPECT_EQ(rules.voting_business_days(), 10);
    EXPECT_FALSE(rules.charter_sealed());
}

TEST_F(GovernanceTest, FoundingMembersAreRegisteredUntilTheCharterIsSealed)
{
    EXPECT_EQ(propose(admission()).reasonCode, "GOV_CHARTER_NOT_SEALED");
    const auto huaxia = member(kHuaxia);
    ASSERT_TRUE(huaxia);
    EXPECT_EQ(huaxia->status(), Member::ACTIVE);
    EXPECT_EQ(huaxia->admitted_by(), "charter");
    ASSERT_EQ(huaxia->lines_size(), 3);
    EXPECT_EQ(huaxia->lines(0).admitted_by(), "charter");

    Member stray;
    stray.set_msp_id("StrayBankMSP");
    stray.set_name("Stray Bank");
    stray.set_kind(Member::BANK);
    stray.set_tier(2);
    stray.add_seats(lianxin::trust::SEAT_REGULATOR);
    EXPECT_EQ(register_(stray).reasonCode, "GOV_SEAT_INVALID") << "a bank holds no regulator seat";
    stray.clear_seats();
    stray.set_name("Stray\u202e Bank");
    EXPECT_EQ(register_(stray).reasonCode, "TEXT_HIDDEN_CHARACTER");

    ASSERT_TRUE(seal().isOk());
    EXPECT_EQ(seal().reasonCode, "GOV_CHARTER_SEALED");
    stray.set_name("Stray Bank");
    const int writes = stub.writes;
    EXPECT_EQ(register_(stray).reasonCode, "GOV_ADMISSION_BY_VOTE");
    ConsortiumSettings refuse;
    refuse.set_duplicate_documents(ConsortiumSettings::REFUSE);
    EXPECT_EQ(secretariat({ "SetSettings", refuse.SerializeAsString() }).reasonCode, "GOV_SETTINGS_BY_VOTE");
    EXPECT_EQ(stub.writes, writes);
    EXPECT_FALSE(member("StrayBankMSP"));
}

TEST_F(GovernanceTest, TheCharterNeedsThreeCouncilMembers)
{
    FakeStub fresh;
    fresh.setChannel("trust");
    fresh.setCaller(chaincode::kSecretariatMsp, "admin", { "admin" });
    Member m;
    m.set_msp_id(kHuaxia);
    m.set_name("Huaxia Trade Bank");
    m.set_kind(Member::BANK);
    m.set_tier(1);
    m.add_seats(lianxin::trust::SEAT_COUNCIL);
    fresh.setCall({ "RegisterMember", m.SerializeAsString() });
    ASSERT_TRUE(registry.invoke(fresh).isOk());
    fresh.setCall({ "SealCharter" });
    EXPECT_EQ(registry.invoke(fresh).reasonCode, "GOV_COUNCIL_TOO_SMALL");
    fresh.setCaller(kHuaxia, "admin", { "admin" });
    EXPECT_EQ(registry.invoke(fresh).reasonCode, "REGISTRY_NOT_SECRETARIAT_ADMIN");
}

TEST_F(GovernanceTest, AnAdmissionPassesWithTwoThirdsOfTheCouncilSeats)
{
    ASSERT_TRUE(seal().isOk());
    const std::string id = opened(admission());
    EXPECT_EQ(id, "GOV-0001");
    Proposal p = proposal(id);
    EXPECT_EQ(p.status(), Proposal::OPEN);
    EXPECT_EQ(p.proposer_msp(), chaincode::kSecretariatMsp);
    EXPECT_EQ(p.required_yes(), 3) << "two thirds of four council seats, rounded up";
    EXPECT_EQ(std::vector<std::string>(p.electorate().begin(), p.electorate().end()),
        (std::vector<std::string> { kChangjiang, kDongfang, kHuaxia, kNanhai }));
    EXPECT_EQ(p.opened_on().day(), 7);
    EXPECT_EQ(p.deadline().month(), 12);
    EXPECT_EQ(p.deadline().day(), 21) << "ten business days after Monday 7 December";
    ASSERT_EQ(p.materials_size(), 2);
    EXPECT_EQ(p.materials(0).submitting_msp(), chaincode::kSecretariatMsp);
    EXPECT_EQ(p.materials(0).tx_id(), p.opened_tx());
    ASSERT_TRUE(member(kXiangjiang));
    EXPECT_EQ(member(kXiangjiang)->status(), Member::APPLICANT);
    EXPECT_EQ(member(kXiangjiang)->lines_size(), 0) << "an applicant has no lines until admitted";

    EXPECT_TRUE(vote(kHuaxia, id, "YES").isOk());
    EXPECT_TRUE(vote(kDongfang, id, "NO").isOk());
    EXPECT_TRUE(vote(kChangjiang, id, "YES").isOk());
    EXPECT_EQ(proposal(id).status(), Proposal::OPEN) << "two yes of the three needed";
    EXPECT_EQ(member(kXiangjiang)->status(), Member::APPLICANT);
    EXPECT_EQ(stub.events.back().first, "VoteCast");

    const chaincode::Response deciding = vote(kNanhai, id, "YES");
    ASSERT_TRUE(deciding.isOk()) << deciding.wireMessage();
    const std::string decidingTx = stub.txId();
    EXPECT_EQ(stub.events.back().first, "ProposalDecided");
    p = proposal(id);
    EXPECT_EQ(p.status(), Proposal::PASSED);
    EXPECT_EQ(p.decided_tx(), decidingTx);
    ASSERT_EQ(p.votes_size(), 4);
    EXPECT_EQ(p.votes(1).choice(), lianxin::trust::Vote::NO);
    const auto admitted = member(kXiangjiang);
    EXPECT_EQ(admitted->status(), Member::ACTIVE);
    EXPECT_EQ(admitted->admitted_by(), id);
    EXPECT_EQ(admitted->root_certs_pem(0), admission().applicant().root_certs_pem(0)) << "its MSP's root, as applied";
    ASSERT_EQ(admitted->lines_size(), 1);
    EXPECT_EQ(admitted->lines(0).line(), lianxin::trust::LINE_LC);
    EXPECT_EQ(admitted->lines(0).admitted_by(), id);
    EXPECT_EQ(admitted->name_zh(), "湘江农村商业银行");

    EXPECT_EQ(vote(kHuaxia, id, "YES").reasonCode, "GOV_PROPOSAL_CLOSED");
    EXPECT_EQ(propose(admission()).reasonCode, "GOV_MEMBER_EXISTS");
}

TEST_F(GovernanceTest, AFailedVoteChangesNothing)
{
    ASSERT_TRUE(seal().isOk());
    const std::string id = opened(about(Proposal::SUSPEND_MEMBER, kBeiyuan));
    const auto before = beyondProposals();
    EXPECT_TRUE(vote(kHuaxia, id, "NO").isOk());
    EXPECT_EQ(proposal(id).status(), Proposal::OPEN) << "three yes are still possible";
    EXPECT_TRUE(vote(kDongfang, id, "ABSTAIN").isOk());
    EXPECT_EQ(proposal(id).status(), Proposal::REJECTED) << "at most two yes remain of the three needed";
    EXPECT_EQ(beyondProposals(), before);
    EXPECT_EQ(member(kBeiyuan)->status(), Member::ACTIVE);
    EXPECT_EQ(vote(kChangjiang, id, "YES").reasonCode, "GOV_PROPOSAL_CLOSED");
    // The subject is free again.
    EXPECT_FALSE(opened(about(Proposal::SUSPEND_MEMBER, kBeiyuan)).empty());
}

TEST_F(GovernanceTest, VotesAreRefusedWithTheirReasonsAndWriteNothing)
{
    ASSERT_TRUE(seal().isOk());
    const std::string id = opened(admission());
    ASSERT_TRUE(vote(kHuaxia, id, "YES").isOk());
    const int writes = stub.writes;
    EXPECT_EQ(call(kDongfang, "officer1", { "client", "officer" }, { "Vote", id, "YES" }).reasonCode, "GOV_NOT_ADMIN");
    EXPECT_EQ(vote(kBeiyuan, id, "YES").reasonCode, "GOV_NOT_COUNCIL") << "an expert committee seat is no vote";
    EXPECT_EQ(vote(chaincode::kRegulatorMsp, id, "YES").reasonCode, "GOV_NOT_COUNCIL");
    EXPECT_EQ(vote(kHuaxia, id, "NO").reasonCode, "GOV_ALREADY_VOTED");
    EXPECT_EQ(vote(kDongfang, id, "MAYBE").reasonCode, "GOV_CHOICE_INVALID");
    EXPECT_EQ(vote(kDongfang, id, "CHOICE_UNSPECIFIED").reasonCode, "GOV_CHOICE_INVALID");
    EXPECT_EQ(vote(kDongfang, "GOV-0999", "YES").reasonCode, "GOV_PROPOSAL_UNKNOWN");
    EXPECT_EQ(admin(kDongfang, { "Vote", id }).reasonCode, "BAD_ARGUMENTS");
    stub.setTimestamp(kMonday + 14 * kDay); // Monday 21 December: the last day
    EXPECT_EQ(vote(kDongfang, id, "GARBAGE").reasonCode, "GOV_CHOICE_INVALID");
    EXPECT_EQ(stub.writes, writes);
    EXPECT_TRUE(vote(kDongfang, id, "YES").isOk()) << "the deadline's day still counts";
    stub.setTimestamp(kMonday + 15 * kDay);
    const int afterLastDay = stub.writes;
    EXPECT_EQ(vote(kChangjiang, id, "YES").reasonCode, "GOV_VOTE_LATE");
    EXPECT_EQ(stub.writes, afterLastDay);
    EXPECT_EQ(member(kXiangjiang)->status(), Member::APPLICANT);
}

TEST_F(GovernanceTest, AProposalWithoutEnoughVotesLapsesOnceClosedAfterItsDeadline)
{
    ASSERT_TRUE(seal().isOk());
    const std::string id = opened(admission());
    ASSERT_TRUE(vote(kHuaxia, id, "YES").isOk());
    EXPECT_EQ(admin(kBeiyuan, { "Close", id }).reasonCode, "GOV_VOTING_OPEN");
    stub.setTimestamp(kMonday + 15 * kDay);
    const chaincode::Response closed = admin(kBeiyuan, { "Close", id });
    ASSERT_TRUE(closed.isOk()) << closed.wireMessage();
    EXPECT_EQ(proposal(id).status(), Proposal::LAPSED);
    EXPECT_EQ(member(kXiangjiang)->status(), Member::APPLICANT) << "a lapsed admission admits nobody";
    EXPECT_EQ(admin(kBeiyuan, { "Close", id }).reasonCode, "GOV_PROPOSAL_CLOSED");
    // The applicant may apply again.
    EXPECT_EQ(opened(admission()), "GOV-0002");
}

TEST_F(GovernanceTest, TheExpertCommitteeGivesOpinionsThatAreRecordedNotCounted)
{
    ASSERT_TRUE(seal().isOk());
    const std::string id = opened(admission());
    const chaincode::Response r = admin(kBeiyuan, { "Opine", id, "IN_FAVOUR", "  Capital adequacy 13.2%; KYC sound.  " });
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    Proposal p = proposal(id);
    ASSERT_EQ(p.opinions_size(), 1);
    EXPECT_EQ(p.opinions(0).msp_id(), kBeiyuan);
    EXPECT_EQ(p.opinions(0).text(), "Capital adequacy 13.2%; KYC sound.");
    EXPECT_EQ(p.votes_size(), 0);
    EXPECT_EQ(p.status(), Proposal::OPEN);
    const int writes = stub.writes;
    EXPECT_EQ(admin(kBeiyuan, { "Opine", id, "AGAINST", "Second thoughts" }).reasonCode, "GOV_ALREADY_OPINED");
    EXPECT_EQ(admin(kHuaxia, { "Opine", id, "AGAINST", "Not an expert" }).reasonCode, "GOV_NOT_EXPERT");
    EXPECT_EQ(admin(kNanhai, { "Opine", id, "SOMEWHAT", "?" }).reasonCode, "GOV_OPINION_INVALID");
    EXPECT_EQ(admin(kNanhai, { "Opine", id, "NEUTRAL", "   " }).reasonCode, "GOV_OPINION_INVALID");
    EXPECT_EQ(admin(kNanhai, { "Opine", id, "NEUTRAL", "Fine\x1b[2J" }).reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_EQ(stub.writes, writes);
    EXPECT_TRUE(admin(kNanhai, { "Opine", id, "NEUTRAL", "No objection.\nSee the assessment." }).isOk());
}

TEST_F(GovernanceTest, ProposalsAreCheckedBeforeTheyOpen)
{
    ASSERT_TRUE(seal().isOk());
    const int writes = stub.writes;
    Proposal noAgreement = admission();
    noAgreement.mutable_materials()->RemoveLast();
    EXPECT_EQ(propose(noAgreement).reasonCode, "GOV_MATERIAL_MISSING");
    Proposal badHash = admission();
    badHash.mutable_materials(0)->set_sha256("short");
    EXPECT_EQ(propose(badHash).reasonCode, "GOV_MATERIAL_INVALID");
    Proposal twice = admission();
    *twice.add_materials() = twice.materials(0);
    EXPECT_EQ(propose(twice).reasonCode, "GOV_MATERIAL_INVALID");
    Proposal hidden = admission();
    hidden.set_title("Admit\u202e Xiangjiang");
    EXPECT_EQ(propose(hidden).reasonCode, "TEXT_HIDDEN_CHARACTER");
    Proposal existing = admission();
    existing.mutable_applicant()->set_msp_id(kDongfang);
    EXPECT_EQ(propose(existing).reasonCode, "GOV_MEMBER_EXISTS");
    Proposal noLines = admission();
    noLines.clear_lines();
    EXPECT_EQ(propose(noLines).reasonCode, "GOV_LINE_INVALID");
    Proposal withSeat = admission();
    withSeat.mutable_applicant()->add_seats(lianxin::trust::SEAT_COUNCIL);
    EXPECT_EQ(propose(withSeat).reasonCode, "GOV_SEAT_INVALID");
    Proposal noRoot = admission();
    noRoot.mutable_applicant()->clear_root_certs_pem();
    EXPECT_EQ(propose(noRoot).reasonCode, "GOV_APPLICANT_ROOT_CERT") << "the MSP the channels will trust";
    Proposal garbledRoot = admission();
    garbledRoot.mutable_applicant()->set_root_certs_pem(
        0, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    EXPECT_EQ(propose(garbledRoot).reasonCode, "GOV_APPLICANT_ROOT_CERT");
    Proposal twoInOne = admission();
    twoInOne.mutable_applicant()->set_root_certs_pem(
        0, twoInOne.applicant().root_certs_pem(0) + testRootCertPem("Other"));
    EXPECT_EQ(propose(twoInOne).reasonCode, "GOV_APPLICANT_ROOT_CERT") << "one certificate an entry";
    Proposal rootTwice = admission();
    rootTwice.mutable_applicant()->add_root_certs_pem(rootTwice.applicant().root_certs_pem(0));
    EXPECT_EQ(propose(rootTwice).reasonCode, "GOV_APPLICANT_ROOT_CERT");
    Proposal fiveRoots = admission();
    for (int i = 0; i < 4; ++i)
        fiveRoots.mutable_applicant()->add_root_certs_pem(testRootCertPem("Root " + std::to_string(i)));
    EXPECT_EQ(propose(fiveRoots).reasonCode, "GOV_APPLICANT_ROOT_CERT") << "at most four";
    Proposal notCa = admission();
    {
        const crypto::PrivateKey caKey = crypto::PrivateKey::generate();
        crypto::DistinguishedName name;
        name.organization = "Xiangjiang";
        name.commonName = "ca.xiangjiang";
        const crypto::Certificate ca = crypto::makeSelfSignedCa(caKey, name, 30);
        name.commonName = "peer0.xiangjiang";
        notCa.mutable_applicant()->set_root_certs_pem(0,
            crypto::issueCertificate(ca, caKey, crypto::PrivateKey::generate().publicKey(), name, false, 30).toPem());
    }
    EXPECT_EQ(propose(notCa).reasonCode, "GOV_APPLICANT_ROOT_CERT") << "a root is a CA certificate";
    Proposal sandboxWithoutLimits = admission();
    sandboxWithoutLimits.mutable_lines(0)->set_in_sandbox(true);
    EXPECT_EQ(propose(sandboxWithoutLimits).reasonCode, "GOV_SANDBOX_INVALID");
    Proposal sandboxEnded = sandboxWithoutLimits;
    auto *ends = sandboxEnded.mutable_lines(0)->mutable_limits()->mutable_ends_on();
    ends->set_year(2026);
    ends->set_month(12);
    ends->set_day(7);
    EXPECT_EQ(propose(sandboxEnded).reasonCode, "GOV_SANDBOX_INVALID") << "a sandbox ends after today";
    EXPECT_EQ(propose(admission(), kBeiyuan).reasonCode, "GOV_NOT_PROPOSER") << "no council seat";
    EXPECT_EQ(call(chaincode::kSecretariatMsp, "officer1", { "client" }, { "Propose", admission().SerializeAsString() })
                  .reasonCode,
        "GOV_NOT_ADMIN");
    Proposal half = about(Proposal::SET_THRESHOLD, "");
    half.set_threshold_numerator(1);
    half.set_threshold_denominator(2);
    EXPECT_EQ(propose(half).reasonCode, "GOV_THRESHOLD_INVALID") << "more than half";
    Proposal nothing = about(Proposal::SET_GAS_WEIGHTS, "");
    EXPECT_EQ(propose(nothing).reasonCode, "GOV_GAS_WEIGHTS_INVALID");
    Proposal lineTwice = about(Proposal::ADMIT_LINE, kHuaxia);
    lineTwice.add_lines()->set_line(lianxin::trust::LINE_LC);
    auto *assessment = lineTwice.add_materials();
    assessment->set_sha256(hashOf("assessment"));
    assessment->set_doc_type("COMPLIANCE_ASSESSMENT");
    assessment->set_file_name("assessment.pdf");
    EXPECT_EQ(propose(lineTwice).reasonCode, "GOV_LINE_ALREADY_ADMITTED");
    EXPECT_EQ(propose(about(Proposal::SUSPEND_MEMBER, chaincode::kRegulatorMsp)).reasonCode, "GOV_SUBJECT_NOT_BANK");
    EXPECT_EQ(propose(about(Proposal::SUSPEND_MEMBER, "NoSuchMSP")).reasonCode, "GOV_SUBJECT_UNKNOWN");
    EXPECT_EQ(propose(about(Proposal::REINSTATE_MEMBER, kBeiyuan)).reasonCode, "GOV_SUBJECT_STATUS");
    EXPECT_EQ(propose(about(Proposal::KIND_UNSPECIFIED, kBeiyuan)).reasonCode, "GOV_KIND_INVALID");
    EXPECT_EQ(stub.writes, writes) << "nothing written on a refusal";

    ASSERT_FALSE(opened(about(Proposal::SUSPEND_MEMBER, kBeiyuan), kHuaxia).empty()) << "a council member proposes";
    EXPECT_EQ(propose(about(Proposal::EXPEL_MEMBER, kBeiyuan)).reasonCode, "GOV_SUBJECT_BUSY");
}

TEST_F(GovernanceTest, AThresholdChangeCountsForProposalsOpenedAfterIt)
{
    ASSERT_TRUE(seal().isOk());
    const std::string before = opened(about(Proposal::SUSPEND_MEMBER, kBeiyuan));
    Proposal unanimity = about(Proposal::SET_THRESHOLD, "");
    unanimity.set_threshold_numerator(1);
    unanimity.set_threshold_denominator(1);
    const std::string change = opened(unanimity);
    for (const char *msp : { kHuaxia, kDongfang, kChangjiang })
        ASSERT_TRUE(vote(msp, change, "YES").isOk());
    EXPECT_EQ(proposal(change).status(), Proposal::PASSED);
    const chaincode::Response rules = admin(kHuaxia, { "GetRules" });
    GovernanceRules r;
    ASSERT_TRUE(r.ParseFromString(rules.payload));
    EXPECT_EQ(r.threshold_numerator(), 1);
    EXPECT_EQ(r.threshold_denominator(), 1);
    EXPECT_EQ(proposal(before).required_yes(), 3) << "opened under two thirds";
    EXPECT_EQ(proposal(opened(about(Proposal::SUSPEND_MEMBER, kChangjiang))).required_yes(), 4);
}

TEST_F(GovernanceTest, SuspensionReinstatementAndExpulsionChangeTheMembersStatus)
{
    ASSERT_TRUE(seal().isOk());
    auto decide = [&](Proposal p) {
        const std::string id = opened(p);
        for (const char *msp : { kHuaxia, kDongfang, kChangjiang }) {
            if (proposal(id).status() == Proposal::OPEN) {
                EXPECT_TRUE(vote(msp, id, "YES").isOk()) << msp;
            }
        }
        EXPECT_EQ(proposal(id).status(), Proposal::PASSED);
        return id;
    };
    decide(about(Proposal::SUSPEND_MEMBER, kNanhai));
    EXPECT_EQ(member(kNanhai)->status(), Member::SUSPENDED);
    // A suspended council member is not in the electorate of later proposals.
    const std::string later = opened(about(Proposal::SUSPEND_MEMBER, kBeiyuan));
    EXPECT_EQ(proposal(later).electorate_size(), 3);
    EXPECT_EQ(vote(kNanhai, later, "NO").reasonCode, "GOV_NOT_COUNCIL");
    decide(about(Proposal::REINSTATE_MEMBER, kNanhai));
    EXPECT_EQ(member(kNanhai)->status(), Member::ACTIVE);
    decide(about(Proposal::EXPEL_MEMBER, kNanhai));
    EXPECT_EQ(member(kNanhai)->status(), Member::EXPELLED);
    EXPECT_EQ(member(kNanhai)->seats_size(), 0);
    EXPECT_EQ(propose(about(Proposal::REINSTATE_MEMBER, kNanhai)).reasonCode, "GOV_SUBJECT_STATUS");
}

TEST_F(GovernanceTest, SeatsChangeByVoteAndTheCouncilKeepsThreeMembers)
{
    ASSERT_TRUE(seal().isOk());
    Proposal seats = about(Proposal::SET_SEATS, kBeiyuan);
    seats.add_seats(lianxin::trust::SEAT_COUNCIL);
    seats.add_seats(lianxin::trust::SEAT_EXPERT_COMMITTEE);
    const std::string id = opened(seats);
    for (const char *msp : { kHuaxia, kDongfang, kChangjiang })
        ASSERT_TRUE(vote(msp, id, "YES").isOk());
    EXPECT_TRUE(chaincode::governance::holdsSeat(*member(kBeiyuan), lianxin::trust::SEAT_COUNCIL));
    EXPECT_EQ(proposal(opened(about(Proposal::SUSPEND_MEMBER, kHuaxia))).electorate_size(), 5);

    // Five council members: taking three seats away leaves two.
    for (const char *msp : { kDongfang, kChangjiang }) {
        const std::string offId = opened(about(Proposal::SET_SEATS, msp));
        const Proposal off = proposal(offId);
        for (const std::string &voter : off.electorate()) {
            if (proposal(offId).status() == Proposal::OPEN) {
                ASSERT_TRUE(vote(voter, offId, "YES").isOk()) << voter;
            }
        }
        EXPECT_EQ(proposal(offId).status(), Proposal::PASSED);
    }
    EXPECT_EQ(proposal(opened(about(Proposal::SUSPEND_MEMBER, kBeiyuan))).electorate_size(), 3);
    Proposal third = about(Proposal::SET_SEATS, kNanhai);
    third.add_seats(lianxin::trust::SEAT_EXPERT_COMMITTEE);
    EXPECT_EQ(propose(third).reasonCode, "GOV_COUNCIL_TOO_SMALL");
    Proposal regulatorSeat = about(Proposal::SET_SEATS, kNanhai);
    regulatorSeat.add_seats(lianxin::trust::SEAT_REGULATOR);
    EXPECT_EQ(propose(regulatorSeat).reasonCode, "GOV_SEAT_INVALID");
}

TEST_F(GovernanceTest, ALineInSandboxLeavesItByTheRegulatorOrByVote)
{
    ASSERT_TRUE(seal().isOk());
    Proposal p = admission();
    LineAdmission *lc = p.mutable_lines(0);
    lc->set_in_sandbox(true);
    lc->mutable_limits()->set_max_total_face_fen(50'000'000'00);
    lc->mutable_limits()->set_max_deals(5);
    LineAdmission *gt = p.add_lines();
    gt->set_line(lianxin::trust::LINE_GUARANTEE);
    gt->set_in_sandbox(true);
    gt->mutable_limits()->set_max_counterparties(2);
    const std::string id = opened(p);
    for (const char *msp : { kHuaxia, kDongfang, kChangjiang })
        ASSERT_TRUE(vote(msp, id, "YES").isOk());
    Member admitted = *member(kXiangjiang);
    ASSERT_EQ(admitted.lines_size(), 2);
    EXPECT_TRUE(admitted.lines(0).in_sandbox());
    EXPECT_EQ(admitted.lines(0).limits().max_deals(), 5);

    const int writes = stub.writes;
    EXPECT_EQ(admin(kHuaxia, { "EndSandbox", kXiangjiang, "LC" }).reasonCode, "GOV_NOT_REGULATOR");
    EXPECT_EQ(admin(chaincode::kRegulatorMsp, { "EndSandbox", kXiangjiang, "FORFAITING" }).reasonCode,
        "GOV_NOT_IN_SANDBOX");
    EXPECT_EQ(admin(chaincode::kRegulatorMsp, { "EndSandbox", kXiangjiang, "CASH" }).reasonCode, "GOV_LINE_INVALID");
    EXPECT_EQ(stub.writes, writes);
    ASSERT_TRUE(admin(chaincode::kRegulatorMsp, { "EndSandbox", kXiangjiang, "LC" }).isOk());
    admitted = *member(kXiangjiang);
    EXPECT_FALSE(admitted.lines(0).in_sandbox());
    EXPECT_EQ(admitted.lines(0).sandbox_ended_by(), "regulator");
    EXPECT_EQ(admin(chaincode::kRegulatorMsp, { "EndSandbox", kXiangjiang, "LC" }).reasonCode, "GOV_NOT_IN_SANDBOX");

    Proposal end = about(Proposal::END_SANDBOX, kXiangjiang);
    end.add_lines()->set_line(lianxin::trust::LINE_GUARANTEE);
    const std::string endId = opened(end);
    for (const char *msp : { kHuaxia, kDongfang, kChangjiang })
        ASSERT_TRUE(vote(msp, endId, "YES").isOk());
    admitted = *member(kXiangjiang);
    EXPECT_FALSE(admitted.lines(1).in_sandbox());
    EXPECT_EQ(admitted.lines(1).sandbox_ended_by(), endId);
}

TEST_F(GovernanceTest, TheDuplicateDocumentRuleChangesByVote)
{
    ASSERT_TRUE(seal().isOk());
    Proposal p = about(Proposal::SET_DUPLICATE_DOCUMENTS, "");
    p.set_duplicate_documents(ConsortiumSettings::REFUSE);
    const std::string id = opened(p);
    for (const char *msp : { kHuaxia, kDongfang, kChangjiang })
        ASSERT_TRUE(vote(msp, id, "YES").isOk());
    ConsortiumSettings settings;
    ASSERT_TRUE(settings.ParseFromString(admin(kHuaxia, { "GetSettings" }).payload));
    EXPECT_EQ(settings.duplicate_documents(), ConsortiumSettings::REFUSE);
}

TEST_F(GovernanceTest, AGovernanceWriteIsEndorsedByTheCallersBankAndTheSecretariat)
{
    chaincode::Invocation vote { "Vote", { "GOV-0001", "YES" }, kHuaxia };
    EXPECT_EQ(registry.endorsementPolicy(vote).allOf,
        (std::vector<std::string> { kHuaxia, chaincode::kSecretariatMsp }));
    chaincode::Invocation propose { "Propose", {}, chaincode::kSecretariatMsp };
    EXPECT_EQ(registry.endorsementPolicy(propose).allOf, (std::vector<std::string> { chaincode::kSecretariatMsp }));
    EXPECT_TRUE(registry.isQuery("ListProposals"));
    EXPECT_TRUE(registry.isQuery("GetRules"));
    EXPECT_FALSE(registry.isQuery("Vote"));
}

} // namespace lx::test
