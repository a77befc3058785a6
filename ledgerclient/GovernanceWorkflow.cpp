#include "ledgerclient/GovernanceWorkflow.h"

#include "chaincode/Registry.h"
#include "ledger/LedgerError.h"

namespace lx::client {


GovernanceWorkflow::GovernanceWorkflow(Client &client)
    : m_client(client)
{
}

std::string GovernanceWorkflow::write(const std::string &function, const std::vector<Bytes> &args)
{
    const SubmitResult result = m_client.submit("trust", chaincode::Registry::kName, function, args);
    if (result.code != protos::VALID)
        throw LedgerError(LedgerError::Kind::Rejected, "TX_INVALIDATED",
            function + " (" + result.txId + ") was marked " + protos::TxValidationCode_Name(result.code)
                + " at commit; try again.");
    return result.response.payload();
}

lianxin::trust::Proposal GovernanceWorkflow::proposalFrom(const std::string &payload, const std::string &function)
{
    lianxin::trust::Proposal p;
    if (!p.ParseFromString(payload) || p.id().empty())
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", function + " answered no proposal");
    return p;
}

lianxin::trust::Proposal GovernanceWorkflow::propose(const lianxin::trust::Proposal &proposal)
{
    return proposalFrom(write("Propose", { proposal.SerializeAsString() }), "Propose");
}

lianxin::trust::Proposal GovernanceWorkflow::vote(const std::string &proposalId, const std::string &choice)
{
    return proposalFrom(write("Vote", { proposalId, choice }), "Vote");
}

lianxin::trust::Proposal GovernanceWorkflow::opine(
    const std::string &proposalId, const std::string &recommendation, const std::string &text)
{
    return proposalFrom(write("Opine", { proposalId, recommendation, text }), "Opine");
}

lianxin::trust::Proposal GovernanceWorkflow::close(const std::string &proposalId)
{
    return proposalFrom(write("Close", { proposalId }), "Close");
}

lianxin::trust::Member GovernanceWorkflow::endSandbox(const std::string &mspId, const std::string &line)
{
    lianxin::trust::Member member;
    if (!member.ParseFromString(write("EndSandbox", { mspId, line })))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "EndSandbox answered no member");
    return member;
}

lianxin::trust::GovernanceRules GovernanceWorkflow::sealCharter()
{
    lianxin::trust::GovernanceRules rules;
    if (!rules.ParseFromString(write("SealCharter", {})))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "SealCharter answered no rules");
    return rules;
}

lianxin::trust::Proposal GovernanceWorkflow::proposal(const std::string &proposalId)
{
    return proposalFrom(
        m_client.evaluate("trust", chaincode::Registry::kName, "GetProposal", { proposalId }).payload(), "GetProposal");
}

std::vector<lianxin::trust::Proposal> GovernanceWorkflow::proposals()
{
    lianxin::trust::ProposalList list;
    if (!list.ParseFromString(m_client.evaluate("trust", chaincode::Registry::kName, "ListProposals", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListProposals answered garbage");
    return { list.proposals().begin(), list.proposals().end() };
}

lianxin::trust::GovernanceRules GovernanceWorkflow::rules()
{
    lianxin::trust::GovernanceRules rules;
    if (!rules.ParseFromString(m_client.evaluate("trust", chaincode::Registry::kName, "GetRules", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetRules answered garbage");
    return rules;
}

std::vector<lianxin::trust::Member> GovernanceWorkflow::members()
{
    lianxin::trust::MemberList list;
    if (!list.ParseFromString(m_client.evaluate("trust", chaincode::Registry::kName, "ListMembers", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListMembers answered garbage");
    return { list.members().begin(), list.members().end() };
}

lianxin::trust::Proposal admissionProposal(const lianxin::trust::Member &applicant,
    const std::vector<lianxin::trust::BusinessLine> &lines, const Bytes &applicationSha256,
    const Bytes &agreementSha256)
{
    lianxin::trust::Proposal p;
    p.set_kind(lianxin::trust::Proposal::ADMIT_MEMBER);
    p.set_title("Admit " + applicant.name());
    *p.mutable_applicant() = applicant;
    for (const auto line : lines)
        p.add_lines()->set_line(line);
    auto *application = p.add_materials();
    application->set_sha256(applicationSha256);
    application->set_doc_type("MEMBERSHIP_APPLICATION");
    application->set_file_name("membership-application.pdf");
    auto *agreement = p.add_materials();
    agreement->set_sha256(agreementSha256);
    agreement->set_doc_type("MEMBERSHIP_AGREEMENT");
    agreement->set_file_name("membership-agreement-signed.pdf");
    return p;
}

} // namespace lx::client
