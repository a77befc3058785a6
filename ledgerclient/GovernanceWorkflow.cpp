#include "ledgerclient/GovernanceWorkflow.h"

#include "chaincode/Registry.h"
#include "crypto/Certificate.h"
#include "crypto/Hash.h"
#include "ledger/ChannelConfig.h"
#include "ledger/ConfigUpdate.h"
#include "ledger/LedgerError.h"

#include "msp/msp_config.pb.h"


namespace lx::client {

namespace {

// Whether the configuration's /Channel/Application has the organization.
bool hasOrganization(const common::ConfigEnvelope &config, const std::string &mspId)
{
    const auto &groups = config.config().channel_group().groups();
    const auto application = groups.find("Application");
    return application != groups.end() && application->second.groups().count(mspId) != 0;
}

lianxin::trust::ConfigUpdateRecord recordFrom(const std::string &payload, const std::string &function)
{
    lianxin::trust::ConfigUpdateRecord record;
    if (!record.ParseFromString(payload) || record.config_update().empty())
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", function + " answered no configuration update");
    return record;
}

} // namespace

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

lianxin::audit::DealFlag GovernanceWorkflow::flagDeal(
    const std::string &product, const std::string &dealId, const std::string &note)
{
    lianxin::audit::DealFlag flag;
    if (!flag.ParseFromString(write("FlagDeal", { product, dealId, note })))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "FlagDeal answered no flag");
    return flag;
}

std::vector<lianxin::audit::DealFlag> GovernanceWorkflow::dealFlags()
{
    lianxin::audit::DealFlagList list;
    if (!list.ParseFromString(m_client.evaluate("trust", chaincode::Registry::kName, "ListFlags", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListFlags answered garbage");
    return { list.flags().begin(), list.flags().end() };
}

std::vector<lianxin::trust::FeeStatement> GovernanceWorkflow::feeStatements()
{
    const std::string msp = m_client.identity().mspId();
    if (msp == chaincode::kSecretariatMsp || msp == chaincode::kRegulatorMsp) {
        lianxin::trust::FeeStatementList list;
        if (!list.ParseFromString(
                m_client.evaluate("trust", chaincode::Registry::kName, "ListFeeStatements", {}).payload()))
            throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListFeeStatements answered garbage");
        return { list.statements().begin(), list.statements().end() };
    }
    lianxin::trust::FeeStatement own;
    if (!own.ParseFromString(m_client.evaluate("trust", chaincode::Registry::kName, "GetFeeStatement", { msp }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetFeeStatement answered garbage");
    if (own.msp_id().empty())
        return {};
    return { own };
}

Bytes GovernanceWorkflow::expectedConfigUpdate(const lianxin::trust::Proposal &admission, const std::string &channel)
{
    if (admission.kind() != lianxin::trust::Proposal::ADMIT_MEMBER
        || admission.status() != lianxin::trust::Proposal::PASSED)
        throw LedgerError(LedgerError::Kind::Rejected, "GOV_CONFIG_NOT_ADMITTED",
            admission.id() + " is not an admission the council has passed.");
    const lianxin::trust::Member &applicant = admission.applicant();
    const std::vector<std::string> roots(applicant.root_certs_pem().begin(), applicant.root_certs_pem().end());
    const Client::ChannelConfiguration current = m_client.channelConfiguration(channel);
    try {
        return ledger::serializeDeterministic(ledger::addOrganizationUpdate(current.envelope.config(), channel,
            ledger::organizationGroup(applicant.msp_id(), roots), applicant.msp_id()));
    } catch (const ledger::LedgerError &e) {
        throw LedgerError(LedgerError::Kind::Rejected, e.reasonCode(), e.what());
    }
}

lianxin::trust::ConfigUpdateRecord GovernanceWorkflow::prepareConfigUpdate(
    const std::string &proposalId, const std::string &channel)
{
    lianxin::trust::ConfigUpdateRecord record;
    record.set_proposal_id(proposalId);
    record.set_channel(channel);
    record.set_config_update(expectedConfigUpdate(proposal(proposalId), channel));
    return recordFrom(write("PrepareConfigUpdate", { record.SerializeAsString() }), "PrepareConfigUpdate");
}

lianxin::trust::ConfigUpdateRecord GovernanceWorkflow::signConfigUpdate(
    const std::string &proposalId, const std::string &channel)
{
    const lianxin::trust::ConfigUpdateRecord record = configUpdate(proposalId, channel);
    // An administrator signs only the update this workstation would have
    // made itself from the channel's configuration in force: the contract
    // judges the update from its read and write sets alone, and an update
    // whose read set left a member out would remove it.
    if (expectedConfigUpdate(proposal(proposalId), channel) != record.config_update())
        throw LedgerError(LedgerError::Kind::Rejected, "CONFIG_UPDATE_UNEXPECTED",
            "The update recorded for " + proposalId + " on channel " + channel
                + " is not the one that adds the admitted bank to the channel's configuration in force;"
                  " it is not signed (the secretariat prepares it again).");
    const SigningIdentity &me = m_client.identity();
    const common::ConfigSignature signature
        = ledger::signConfigUpdate(record.config_update(), me.privateKey(), me.serialized());
    lianxin::trust::ConfigSignatureRecord signed_;
    signed_.set_signature_header(signature.signature_header());
    signed_.set_signature(signature.signature());
    return recordFrom(
        write("SignConfigUpdate", { proposalId, channel, signed_.SerializeAsString() }), "SignConfigUpdate");
}

lianxin::trust::ConfigUpdateRecord GovernanceWorkflow::configUpdate(
    const std::string &proposalId, const std::string &channel)
{
    return recordFrom(
        m_client.evaluate("trust", chaincode::Registry::kName, "GetConfigUpdate", { proposalId, channel }).payload(),
        "GetConfigUpdate");
}

std::vector<lianxin::trust::ConfigUpdateRecord> GovernanceWorkflow::configUpdates(const std::string &proposalId)
{
    lianxin::trust::ConfigUpdateList list;
    if (!list.ParseFromString(
            m_client.evaluate("trust", chaincode::Registry::kName, "ListConfigUpdates", { proposalId }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListConfigUpdates answered garbage");
    return { list.updates().begin(), list.updates().end() };
}

std::string GovernanceWorkflow::configUpdateShortfall(const lianxin::trust::ConfigUpdateRecord &record)
{
    return shortfallAgainst(record, m_client.channelConfiguration(record.channel()).envelope);
}

std::string GovernanceWorkflow::shortfallAgainst(
    const lianxin::trust::ConfigUpdateRecord &record, const common::ConfigEnvelope &current)
{
    const SigningIdentity &me = m_client.identity();
    try {
        const ledger::ChannelConfig config(current);
        // The ordering service's own judgement, on this workstation: the
        // update as it would be sent, by this user.
        (void)ledger::nextConfiguration(config, record.channel(),
            ledger::configUpdateTransaction(
                record.channel(), configUpdateEnvelope(record), me.privateKey(), me.serialized()));
        return {};
    } catch (const ledger::LedgerError &e) {
        return e.what();
    }
}

GovernanceWorkflow::ConfigUpdateState GovernanceWorkflow::configUpdateState(
    const lianxin::trust::Proposal &admission, const std::string &channel)
{
    const Client::ChannelConfiguration current = m_client.channelConfiguration(channel);
    ConfigUpdateState state;
    state.applied = hasOrganization(current.envelope, admission.applicant().msp_id());
    try {
        state.record = configUpdate(admission.id(), channel);
    } catch (const LedgerError &e) {
        if (e.reasonCode() != "GOV_CONFIG_UNKNOWN")
            throw;
    }
    if (state.record && !state.applied)
        state.shortfall = shortfallAgainst(*state.record, current.envelope);
    return state;
}

SubmitResult GovernanceWorkflow::submitConfigUpdate(const std::string &proposalId, const std::string &channel)
{
    const lianxin::trust::ConfigUpdateRecord record = configUpdate(proposalId, channel);
    const std::string shortfall = configUpdateShortfall(record);
    if (!shortfall.empty())
        throw LedgerError(LedgerError::Kind::Rejected, "CONFIG_SIGNATURES_SHORT", shortfall);
    const SubmitResult result = m_client.submitConfigUpdate(channel, configUpdateEnvelope(record));
    if (result.code != protos::VALID)
        throw LedgerError(LedgerError::Kind::Rejected, "TX_INVALIDATED",
            "the configuration update (" + result.txId + ") was marked "
                + protos::TxValidationCode_Name(result.code) + " at commit.");
    return result;
}

bool GovernanceWorkflow::isOnChannel(const std::string &mspId, const std::string &channel)
{
    return hasOrganization(m_client.channelConfiguration(channel).envelope, mspId);
}

common::ConfigUpdateEnvelope configUpdateEnvelope(const lianxin::trust::ConfigUpdateRecord &record)
{
    common::ConfigUpdateEnvelope envelope;
    envelope.set_config_update(record.config_update());
    for (const auto &s : record.signatures()) {
        auto *signature = envelope.add_signatures();
        signature->set_signature_header(s.signature_header());
        signature->set_signature(s.signature());
    }
    return envelope;
}

std::string describeConfigUpdate(const lianxin::trust::ConfigUpdateRecord &record)
{
    common::ConfigUpdate update;
    if (!update.ParseFromString(record.config_update()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_UPDATE_UNREADABLE",
            "the configuration update of " + record.proposal_id() + " on " + record.channel() + " cannot be read");
    std::string out = "Channel: " + update.channel_id() + "\n";
    const auto &writeGroups = update.write_set().groups();
    const auto &readGroups = update.read_set().groups();
    const auto written = writeGroups.find("Application");
    const auto read = readGroups.find("Application");
    std::vector<std::string> added;
    if (written != writeGroups.end()) {
        for (const auto &[name, group] : written->second.groups()) {
            if (read != readGroups.end() && read->second.groups().count(name))
                continue;
            added.push_back(name);
            out += "Adds organization: " + name + "\n";
            const auto value = group.values().find("MSP");
            msp::MSPConfig mspConfig;
            msp::FabricMSPConfig fabric;
            if (value == group.values().end() || !mspConfig.ParseFromString(value->second.value())
                || !fabric.ParseFromString(mspConfig.config())) {
                out += "  MSP: unreadable\n";
                continue;
            }
            for (const auto &pem : fabric.root_certs()) {
                try {
                    const auto cert = crypto::Certificate::fromPem(pem);
                    const auto subject = cert.subject();
                    out += "  Root CA: CN=" + subject.commonName + ", O=" + subject.organization + "\n  SHA-256: "
                        + toHex(crypto::sha256(cert.toDer())) + "\n";
                } catch (const std::exception &) {
                    out += "  Root CA: unreadable\n";
                }
            }
            out += std::string("  NodeOUs: ") + (fabric.fabric_node_ous().enable() ? "enabled" : "disabled") + "\n";
        }
    }
    if (added.empty())
        out += "Adds no organization\n";
    out += "Update SHA-256: " + toHex(crypto::sha256(record.config_update())) + "\n";
    return out;
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
