// The maker-checker desk on its own, with a product whose "pair" action
// needs another bank's endorsement (as a forfaiting sale needs the buyer's).
#include "chaincode/Desk.h"

#include "FakeStub.h"

#include "lianxin/desk.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

using chaincode::DeskVerdict;

const chaincode::DeskProduct &pairDesk()
{
    static const chaincode::DeskProduct product { "PR", "Pr", "pairs", "pairs", "text", lianxin::trust::LINE_UNSPECIFIED,
        [](chaincode::Stub &, const Bytes &action, const chaincode::Actor &actor) {
            if (action != "pair" && action != "solo")
                return DeskVerdict::refused(chaincode::Response::reject(400, "PR_UNKNOWN", "no such action"));
            const std::string by = actor.mspId;
            return DeskVerdict::accepted(
                [by](chaincode::Stub &stub) {
                    stub.putState("done", by);
                    return Bytes("recorded");
                },
                action == "pair" ? std::vector<std::string> { "BMSP" } : std::vector<std::string> {});
        } };
    return product;
}

chaincode::Response call(
    FakeStub &stub, const std::string &user, std::vector<Bytes> args, std::map<std::string, Bytes> transient = {})
{
    stub.setCaller("AMSP", user, { "client", user == "officer1" ? "officer" : "checker" });
    stub.setCall(std::move(args), std::move(transient));
    return *chaincode::desk::invoke(stub, pairDesk());
}

} // namespace

TEST(Desk, ApprovalNamesExactlyTheCoEndorsersTheActionNeeds)
{
    FakeStub stub;
    const auto submitted = call(stub, "officer1", { "SubmitDraft" }, { { "action", "pair" } });
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    const std::string id = submitted.payload;

    const auto asked = call(stub, "checker1", { "DraftEndorsers", id });
    ASSERT_TRUE(asked.isOk());
    lianxin::desk::Endorsers endorsers;
    ASSERT_TRUE(endorsers.ParseFromString(asked.payload));
    ASSERT_EQ(endorsers.msp_ids_size(), 1);
    EXPECT_EQ(endorsers.msp_ids(0), "BMSP");

    for (const std::vector<Bytes> &wrong :
        { std::vector<Bytes> { "ApproveDraft", id }, std::vector<Bytes> { "ApproveDraft", id, "CMSP" },
            std::vector<Bytes> { "ApproveDraft", id, "BMSP", "CMSP" } }) {
        const auto refused = call(stub, "checker1", wrong);
        EXPECT_EQ(refused.reasonCode, "PR_ENDORSERS") << refused.wireMessage();
        EXPECT_FALSE(stub.state.count("done"));
    }
    // Naming the acting bank itself changes nothing.
    const auto approved = call(stub, "checker1", { "ApproveDraft", id, "AMSP", "BMSP" });
    ASSERT_TRUE(approved.isOk()) << approved.wireMessage();
    EXPECT_EQ(approved.payload, "recorded");
    EXPECT_EQ(stub.state.at("done"), "AMSP");
}

// On Fabric the co-endorser's peer cannot read the acting bank's implicit
// collection: DraftEndorsers hands over the draft exactly as stored, under
// the transient key the chaincode server looks for, and only when another
// bank endorses.
TEST(Desk, CoEndorsersGetTheDraftAsStoredInTheTransientEntry)
{
    FakeStub stub;
    const std::string pair = call(stub, "officer1", { "SubmitDraft" }, { { "action", "pair" } }).payload;
    const std::string solo = call(stub, "officer1", { "SubmitDraft" }, { { "action", "solo" } }).payload;
    const auto &drafts = stub.privateData.at(chaincode::implicitCollection("AMSP"));

    lianxin::desk::Endorsers endorsers;
    ASSERT_TRUE(endorsers.ParseFromString(call(stub, "checker1", { "DraftEndorsers", pair }).payload));
    ASSERT_EQ(endorsers.co_endorser_transient_size(), 1);
    const auto &[key, value] = *endorsers.co_endorser_transient().begin();
    EXPECT_EQ(key.rfind("lianxin.pvt/_implicit_org_AMSP/", 0), 0u) << key;
    const std::string stored = key.substr(std::string("lianxin.pvt/_implicit_org_AMSP/").size());
    ASSERT_TRUE(drafts.count(stored)) << stored;
    EXPECT_EQ(value, drafts.at(stored));
    lianxin::desk::Draft draft;
    ASSERT_TRUE(draft.ParseFromString(value));
    EXPECT_EQ(draft.id(), pair);

    ASSERT_TRUE(endorsers.ParseFromString(call(stub, "checker1", { "DraftEndorsers", solo }).payload));
    EXPECT_EQ(endorsers.msp_ids_size(), 0);
    EXPECT_EQ(endorsers.co_endorser_transient_size(), 0);
}

TEST(Desk, PolicyFollowsFromTheInvocation)
{
    const auto policy = [](const std::string &function, std::vector<Bytes> args) {
        return chaincode::desk::endorsementPolicy(chaincode::Invocation { function, std::move(args), "AMSP" }).allOf;
    };
    EXPECT_EQ(policy("SubmitDraft", {}), std::vector<std::string> { "AMSP" });
    EXPECT_EQ(policy("ApproveDraft", { "tx9" }), std::vector<std::string> { "AMSP" });
    EXPECT_EQ(policy("ApproveDraft", { "tx9", "BMSP" }), (std::vector<std::string> { "AMSP", "BMSP" }));
    // Arguments of other functions never add endorsers.
    EXPECT_EQ(policy("ReturnDraft", { "tx9", "BMSP" }), std::vector<std::string> { "AMSP" });
}

TEST(Desk, ActionWithoutCoEndorserApprovesAlone)
{
    FakeStub stub;
    const auto submitted = call(stub, "officer1", { "SubmitDraft" }, { { "action", "solo" } });
    ASSERT_TRUE(submitted.isOk());
    EXPECT_EQ(call(stub, "checker1", { "ApproveDraft", submitted.payload, "BMSP" }).reasonCode, "PR_ENDORSERS");
    EXPECT_TRUE(call(stub, "checker1", { "ApproveDraft", submitted.payload }).isOk());
    EXPECT_EQ(call(stub, "officer1", { "SubmitDraft" }, { { "action", "nonsense" } }).reasonCode, "PR_UNKNOWN");
    EXPECT_EQ(call(stub, "officer1", { "SubmitDraft" }).reasonCode, "BAD_ARGUMENTS");
}

// One draft by its ID, for the checker's workstation to see what it is
// about to approve (an L/C presentation's documents are notarized first),
// without listing every open draft of the bank.
TEST(Desk, GetDraftAnswersTheBanksPendingDraftOnly)
{
    FakeStub stub;
    const auto submitted = call(stub, "officer1", { "SubmitDraft" }, { { "action", "solo" } });
    ASSERT_TRUE(submitted.isOk());
    const int writes = stub.writes;
    const auto got = call(stub, "checker1", { "GetDraft", submitted.payload });
    ASSERT_TRUE(got.isOk()) << got.wireMessage();
    lianxin::desk::Draft draft;
    ASSERT_TRUE(draft.ParseFromString(got.payload));
    EXPECT_EQ(draft.id(), submitted.payload);
    EXPECT_EQ(draft.action(), "solo");
    EXPECT_EQ(draft.maker(), "officer1");
    EXPECT_EQ(call(stub, "checker1", { "GetDraft", "no-such-draft" }).reasonCode, "PR_DRAFT_UNKNOWN");
    EXPECT_EQ(call(stub, "checker1", { "GetDraft" }).reasonCode, "BAD_ARGUMENTS");
    // Another bank's user sees none of it.
    stub.setCaller("BMSP", "checker1", { "client", "checker" });
    stub.setCall({ "GetDraft", submitted.payload });
    EXPECT_EQ(chaincode::desk::invoke(stub, pairDesk())->reasonCode, "PR_DRAFT_UNKNOWN");
    EXPECT_EQ(stub.writes, writes) << "a query writes nothing";
    EXPECT_TRUE(call(stub, "checker1", { "ApproveDraft", submitted.payload }).isOk());
    EXPECT_EQ(call(stub, "checker1", { "GetDraft", submitted.payload }).reasonCode, "PR_DRAFT_NOT_PENDING");
    EXPECT_TRUE(chaincode::desk::isDeskQuery("GetDraft"));
}

} // namespace lx::test
