#include "GovernanceCommands.h"

#include "CliSupport.h"

#include "chaincode/lc/LcDates.h"
#include "chaincode/trust/Governance.h"
#include "crypto/Hash.h"
#include "ledgerclient/GovernanceWorkflow.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <algorithm>
#include <cctype>
#include <iostream>

namespace lx::cli {

namespace {

using lianxin::trust::Proposal;

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return c == '-' ? '_' : static_cast<char>(std::toupper(c));
    });
    return text;
}

int yesVotes(const Proposal &p)
{
    return static_cast<int>(std::count_if(p.votes().begin(), p.votes().end(),
        [](const lianxin::trust::Vote &v) { return v.choice() == lianxin::trust::Vote::YES; }));
}

std::string tally(const Proposal &p)
{
    return std::to_string(yesVotes(p)) + " yes of " + std::to_string(p.required_yes()) + " needed, "
        + std::to_string(p.votes_size()) + " of " + std::to_string(p.electorate_size()) + " council votes cast";
}

std::string subject(const Proposal &p)
{
    if (p.kind() == Proposal::ADMIT_MEMBER)
        return shown(p.applicant().msp_id());
    return shown(p.subject_msp());
}

void printSummary(const Proposal &p)
{
    std::cout << p.id() << "\t" << Proposal::Status_Name(p.status()) << "\t" << Proposal::Kind_Name(p.kind()) << "\t"
              << subject(p) << "\t" << shown(p.title()) << "\t" << tally(p) << "\tvoting until "
              << chaincode::lc::text(p.deadline()) << "\n";
}

void printProposal(const Proposal &p)
{
    std::cout << p.id() << ": " << shown(p.title()) << "\n"
              << "  kind       " << Proposal::Kind_Name(p.kind()) << "\n"
              << "  status     " << Proposal::Status_Name(p.status()) << " (" << tally(p) << ")\n"
              << "  proposed   by " << shown(p.proposer_msp()) << "/" << shown(p.proposer()) << ", "
              << utcTime(p.opened_seconds()) << ", transaction " << shown(p.opened_tx()) << "\n"
              << "  voting     " << chaincode::lc::text(p.opened_on()) << " to " << chaincode::lc::text(p.deadline())
              << " (China time)\n";
    if (p.kind() == Proposal::ADMIT_MEMBER)
        std::cout << "  applicant  " << shown(p.applicant().msp_id()) << " (" << shown(p.applicant().name()) << ", tier "
                  << p.applicant().tier() << ")\n";
    else if (!p.subject_msp().empty())
        std::cout << "  member     " << shown(p.subject_msp()) << "\n";
    for (const auto &line : p.lines())
        std::cout << "  line       " << chaincode::governance::lineName(line.line())
                  << (line.in_sandbox() ? " in sandbox" : "") << "\n";
    if (p.kind() == Proposal::SET_THRESHOLD)
        std::cout << "  threshold  " << p.threshold_numerator() << "/" << p.threshold_denominator()
                  << " of the council seats\n";
    for (const int seat : p.seats())
        std::cout << "  seat       " << chaincode::governance::seatName(static_cast<lianxin::trust::Seat>(seat)) << "\n";
    for (const auto &m : p.materials())
        std::cout << "  material   " << shown(m.doc_type()) << " " << shown(m.file_name()) << " SHA-256 "
                  << toHex(m.sha256()) << "\n";
    for (const auto &o : p.opinions())
        std::cout << "  opinion    " << shown(o.msp_id()) << " " << lianxin::trust::Opinion::Recommendation_Name(o.recommendation())
                  << ": " << shown(o.text()) << "\n";
    std::cout << "  electorate";
    for (const std::string &msp : p.electorate())
        std::cout << " " << shown(msp);
    std::cout << "\n";
    for (const auto &v : p.votes())
        std::cout << "  vote       " << shown(v.msp_id()) << " " << lianxin::trust::Vote::Choice_Name(v.choice()) << " ("
                  << shown(v.voter()) << ", " << utcTime(v.cast_seconds()) << ")\n";
    if (p.status() != Proposal::OPEN)
        std::cout << "  decided    " << utcTime(p.decided_seconds()) << ", transaction " << shown(p.decided_tx()) << "\n";
}

int answer(const CliOptions &o, const Proposal &p, const std::string &what)
{
    if (o.json) {
        std::cout << toJson(p) << "\n";
        return Done;
    }
    std::cout << what << " " << p.id() << ": " << Proposal::Status_Name(p.status()) << " (" << tally(p)
              << "; voting until " << chaincode::lc::text(p.deadline()) << ").\n";
    return Done;
}

std::string lineList(const lianxin::trust::Member &m)
{
    std::string out;
    for (const auto &line : m.lines()) {
        out += (out.empty() ? "" : ",") + chaincode::governance::lineName(line.line());
        if (line.in_sandbox())
            out += "(sandbox)";
    }
    return out.empty() ? "-" : out;
}

std::string seatList(const lianxin::trust::Member &m)
{
    std::string out;
    for (const int seat : m.seats())
        out += (out.empty() ? "" : ",") + chaincode::governance::seatName(static_cast<lianxin::trust::Seat>(seat));
    return out.empty() ? "-" : out;
}

// The channels a configuration verb works on: --channel, or every channel
// the admitted bank needs.
std::vector<std::string> configChannels(const CliOptions &o, client::GovernanceWorkflow &governance, const std::string &id)
{
    if (!o.channel.empty())
        return { o.channel };
    return chaincode::governance::channelsFor(governance.proposal(id));
}

bool signedBy(const lianxin::trust::ConfigUpdateRecord &record, const std::string &mspId)
{
    return std::any_of(record.signatures().begin(), record.signatures().end(),
        [&](const lianxin::trust::ConfigSignatureRecord &s) { return s.msp_id() == mspId; });
}

std::string signerList(const lianxin::trust::ConfigUpdateRecord &record)
{
    std::string out;
    for (const auto &s : record.signatures())
        out += (out.empty() ? "" : ", ") + shown(s.msp_id()) + "/" + shown(s.signer());
    return out.empty() ? "none" : out;
}

int configCommand(const CliOptions &o, const std::string &verb, const std::string &id)
{
    client::Client client = verb == "config" ? openReader(o) : openClient(o);
    client::GovernanceWorkflow governance(client);
    const Proposal admission = governance.proposal(id);
    const std::vector<std::string> channels = configChannels(o, governance, id);
    const std::string me = client.identity().mspId();
    const std::string bank = admission.applicant().msp_id();
    std::string json;
    for (const std::string &channel : channels) {
        std::string line;
        if (verb == "prepare-config") {
            if (governance.isOnChannel(bank, channel)) {
                line = "already a member of the channel";
            } else {
                const auto record = governance.prepareConfigUpdate(id, channel);
                line = "update recorded (SHA-256 " + toHex(record.update_sha256()) + ")";
            }
        } else if (verb == "sign-config") {
            const auto state = governance.configUpdateState(admission, channel);
            if (state.applied) {
                line = "already applied";
            } else if (!state.record) {
                line = "no update recorded yet (governance prepare-config)";
            } else if (signedBy(*state.record, me) && o.channel.empty()) {
                line = "signed by " + shown(me) + " already";
            } else {
                if (!o.json)
                    std::cout << client::describeConfigUpdate(*state.record);
                const auto record = governance.signConfigUpdate(id, channel);
                line = "signed; signatures: " + signerList(record);
            }
        } else if (verb == "submit-config") {
            if (governance.isOnChannel(bank, channel)) {
                line = "already applied";
            } else {
                const client::SubmitResult result = governance.submitConfigUpdate(id, channel);
                line = "applied in configuration block " + std::to_string(result.blockNumber) + " (transaction "
                    + result.txId + ")";
            }
        } else {
            const auto state = governance.configUpdateState(admission, channel);
            line = state.applied ? "applied"
                : !state.record ? "not prepared"
                : state.shortfall.empty() ? "ready to submit; signatures: " + signerList(*state.record)
                                          : "signatures: " + signerList(*state.record) + "; not yet: " + state.shortfall;
            if (o.json)
                json += std::string(json.empty() ? "" : ", ") + "{\"channel\": " + jsonString(channel)
                    + ", \"applied\": " + (state.applied ? "true" : "false")
                    + ", \"prepared\": " + (state.record ? "true" : "false") + ", \"ready\": "
                    + (state.record && !state.applied && state.shortfall.empty() ? "true" : "false")
                    + ", \"shortfall\": " + jsonString(state.shortfall)
                    + (state.record ? ", \"update\": " + toJson(*state.record) : std::string()) + "}";
        }
        if (verb != "config" && o.json)
            json += std::string(json.empty() ? "" : ", ") + "{\"channel\": " + jsonString(channel)
                + ", \"result\": " + jsonString(line) + "}";
        if (!o.json)
            std::cout << channel << ": " << line << "\n";
    }
    if (o.json)
        std::cout << "{\"proposal\": " << jsonString(id) << ", \"organization\": " << jsonString(bank)
                  << ", \"channels\": [" << json << "]}\n";
    return Done;
}

} // namespace

int governanceCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    const auto need = [&](std::size_t count, const char *usage) {
        if (w.size() != count)
            throw UsageError(std::string("usage: lianxin-cli ") + usage);
    };
    if (verb == "list") {
        need(2, "governance list [--state open|passed|rejected|lapsed]");
        Proposal::Status wanted = Proposal::STATUS_UNSPECIFIED;
        if (!o.state.empty() && (!Proposal::Status_Parse(upper(o.state), &wanted) || wanted == Proposal::STATUS_UNSPECIFIED))
            throw UsageError("governance list --state takes open, passed, rejected or lapsed, not \"" + shown(o.state) + "\"");
        client::Client client = openReader(o);
        lianxin::trust::ProposalList list;
        for (const Proposal &p : client::GovernanceWorkflow(client).proposals())
            if (wanted == Proposal::STATUS_UNSPECIFIED || p.status() == wanted)
                *list.add_proposals() = p;
        if (o.json) {
            std::cout << toJson(list) << "\n";
            return Done;
        }
        for (const Proposal &p : list.proposals())
            printSummary(p);
        if (list.proposals_size() == 0)
            std::cout << "No proposals" << (o.state.empty() ? "" : " in that state") << ".\n";
        return Done;
    }
    if (verb == "show") {
        need(3, "governance show ID");
        client::Client client = openReader(o);
        const Proposal p = client::GovernanceWorkflow(client).proposal(w[2]);
        if (o.json)
            std::cout << toJson(p) << "\n";
        else
            printProposal(p);
        return Done;
    }
    if (verb == "verify") {
        need(4, "governance verify ID FILE");
        const Bytes hash = crypto::sha256(fileContent(w[3]));
        client::Client client = openReader(o);
        const Proposal p = client::GovernanceWorkflow(client).proposal(w[2]);
        const auto found = std::find_if(p.materials().begin(), p.materials().end(),
            [&](const lianxin::trust::Material &m) { return m.sha256() == hash; });
        if (found == p.materials().end()) {
            throw client::LedgerError(client::LedgerError::Kind::Rejected, "GOV_MATERIAL_NOT_FOUND",
                w[3] + " (SHA-256 " + toHex(hash) + ") is not one of the documents of " + p.id() + ".");
        }
        if (o.json)
            std::cout << "{\"proposal\": " << jsonString(p.id()) << ", \"material\": " << toJson(*found) << "}\n";
        else
            std::cout << shown(w[3]) << " is the " << shown(found->doc_type()) << " of " << p.id() << " (recorded by "
                      << shown(found->submitting_msp()) << ", " << utcTime(found->recorded_seconds())
                      << ", transaction " << shown(found->tx_id()) << ").\n";
        return Done;
    }
    if (verb == "rules") {
        need(2, "governance rules");
        client::Client client = openReader(o);
        const auto rules = client::GovernanceWorkflow(client).rules();
        if (o.json) {
            std::cout << toJson(rules) << "\n";
            return Done;
        }
        const auto &g = rules.gas_weights();
        std::cout << "Threshold: " << rules.threshold_numerator() << "/" << rules.threshold_denominator()
                  << " of the council seats, rounded up\n"
                  << "Voting: " << rules.voting_business_days() << " business days after the day a proposal opens\n"
                  << "Gas weights (milli-Gas): " << g.per_endorsement() << " per endorsement, " << g.per_transaction()
                  << " per transaction, " << g.per_available_hour() << " per available hour, "
                  << g.per_approved_cost_yuan() << " per approved yuan of node cost\n"
                  << "Charter: "
                  << (rules.charter_sealed() ? "sealed (transaction " + shown(rules.sealed_tx()) + ")"
                                             : std::string("not sealed: the secretariat registers founding members"))
                  << "\n";
        return Done;
    }
    if (verb == "members") {
        need(2, "governance members");
        client::Client client = openReader(o);
        lianxin::trust::MemberList list;
        for (const auto &m : client::GovernanceWorkflow(client).members())
            *list.add_members() = m;
        if (o.json) {
            std::cout << toJson(list) << "\n";
            return Done;
        }
        for (const auto &m : list.members())
            std::cout << shown(m.msp_id()) << "\t" << lianxin::trust::Member::Status_Name(m.status()) << "\t"
                      << lianxin::trust::Member::Kind_Name(m.kind()) << "\ttier " << m.tier() << "\tseats "
                      << seatList(m) << "\tlines " << lineList(m) << "\t" << shown(m.name()) << "\n";
        return Done;
    }
    if (verb == "config" || verb == "prepare-config" || verb == "sign-config" || verb == "submit-config") {
        need(3, ("governance " + verb + " ID" + (verb == "config" ? "" : " [--channel C]")).c_str());
        return configCommand(o, verb, w[2]);
    }
    if (verb != "propose" && verb != "vote" && verb != "opine" && verb != "close" && verb != "end-sandbox")
        throw UsageError(
            "unknown command: governance" + (verb.empty() ? std::string() : " " + verb), "CLI_COMMAND_UNKNOWN");
    client::Client client = openClient(o);
    client::GovernanceWorkflow governance(client);
    if (verb == "propose") {
        need(2, "governance propose --file F.json [--doc TYPE=PATH]...");
        if (!o.file)
            throw UsageError("governance propose needs --file F.json (a lianxin.trust.Proposal)");
        Proposal p;
        readJsonFile(*o.file, p);
        for (const std::string &argument : o.docs) {
            const lianxin::lc::Document doc = documentArgument(argument);
            auto *m = p.add_materials();
            m->set_sha256(doc.sha256());
            m->set_doc_type(doc.doc_type());
            m->set_file_name(doc.file_name());
        }
        for (const std::string &file : o.rootCerts)
            p.mutable_applicant()->add_root_certs_pem(fileContent(file));
        return answer(o, governance.propose(p), "Opened");
    }
    if (verb == "vote") {
        need(4, "governance vote ID yes|no|abstain");
        const std::string choice = upper(w[3]);
        if (choice != "YES" && choice != "NO" && choice != "ABSTAIN")
            throw UsageError("governance vote takes yes, no or abstain, not \"" + shown(w[3]) + "\"");
        return answer(o, governance.vote(w[2], choice), "Voted " + choice + " on");
    }
    if (verb == "opine") {
        need(4, "governance opine ID in-favour|against|neutral --comment TEXT");
        if (!o.comment)
            throw UsageError("governance opine needs --comment TEXT (the expert committee's opinion)");
        return answer(o, governance.opine(w[2], upper(w[3]), *o.comment), "Opinion recorded on");
    }
    if (verb == "close") {
        need(3, "governance close ID");
        return answer(o, governance.close(w[2]), "Closed");
    }
    need(4, "governance end-sandbox MSP LC|FORFAITING|GUARANTEE");
    const auto member = governance.endSandbox(w[2], upper(w[3]));
    if (o.json)
        std::cout << toJson(member) << "\n";
    else
        std::cout << shown(member.msp_id()) << ": lines " << lineList(member) << ".\n";
    return Done;
}

} // namespace lx::cli
