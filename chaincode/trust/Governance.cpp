#include "chaincode/trust/Governance.h"

#include "chaincode/trust/ConfigUpdateCheck.h"
#include "chaincode/trust/Fees.h"
#include "chaincode/trust/Gas.h"

#include "chaincode/TextRules.h"
#include "chaincode/lc/LcDates.h"
#include "crypto/Certificate.h"
#include "crypto/Error.h"
#include "crypto/Hash.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"
#include "common/policies.pb.h"
#include "msp/identities.pb.h"
#include "msp/msp_config.pb.h"
#include "msp/msp_principal.pb.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace lx::chaincode::governance {

namespace {

using lianxin::trust::BusinessLine;
using lianxin::trust::GovernanceRules;
using lianxin::trust::LineAdmission;
using lianxin::trust::Member;
using lianxin::trust::Proposal;
using lianxin::trust::Seat;
using lianxin::trust::Vote;

constexpr int kMaxMaterials = 50;
constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kMaxOpinionBytes = 8000;
constexpr int kMinCouncilSeats = 3;
constexpr std::int64_t kMaxGasWeight = 1'000'000'000;
constexpr int kMaxRootCerts = 4;
constexpr std::size_t kMaxRootCertPemBytes = 16384;

Response refuse(std::int32_t status, const std::string &code, const std::string &message)
{
    return Response::reject(status, code, message);
}

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

bool isBank(const Member &member)
{
    return member.kind() == Member::BANK;
}

std::optional<Response> unlessAdmin(const Creator &creator, const std::string &what)
{
    if (creator.hasRole("admin"))
        return std::nullopt;
    return refuse(Forbidden, "GOV_NOT_ADMIN", "Only an administrator of a member may " + what + ".");
}

lc::Date today(Stub &stub)
{
    return lc::chinaDate(stub.txTimestampSeconds());
}

// The key under which a proposal's subject is locked while it is open: one
// open proposal per member, and per rule.
std::string subjectOf(const Proposal &p)
{
    switch (p.kind()) {
    case Proposal::ADMIT_MEMBER:
        return "member/" + p.applicant().msp_id();
    case Proposal::SET_THRESHOLD:
        return "rule/threshold";
    case Proposal::SET_GAS_WEIGHTS:
        return "rule/gas-weights";
    case Proposal::SET_DUPLICATE_DOCUMENTS:
        return "rule/duplicate-documents";
    case Proposal::APPROVE_NODE_COST:
        return "cost/" + p.subject_msp() + "/" + p.node_cost().period();
    default:
        return "member/" + p.subject_msp();
    }
}

std::optional<Proposal> loadProposal(Stub &stub, const std::string &id)
{
    const auto value = stub.getState(kProposalPrefix + id);
    if (!value)
        return std::nullopt;
    Proposal p;
    if (!p.ParseFromString(*value))
        return std::nullopt;
    return p;
}

void storeProposal(Stub &stub, const Proposal &p)
{
    stub.putState(kProposalPrefix + p.id(), p.SerializeAsString());
}

// Active members holding a council seat, by MSP ID.
std::vector<std::string> councilOf(const std::vector<Member> &members)
{
    std::vector<std::string> council;
    for (const Member &m : members)
        if (m.status() == Member::ACTIVE && holdsSeat(m, lianxin::trust::SEAT_COUNCIL))
            council.push_back(m.msp_id());
    std::sort(council.begin(), council.end());
    return council;
}

std::optional<Response> limitsProblem(const LineAdmission &a, lc::Date opened)
{
    if (!a.in_sandbox()) {
        if (a.has_limits())
            return refuse(BadRequest, "GOV_SANDBOX_INVALID",
                "Sandbox limits apply only to a line admitted in sandbox (" + lineName(a.line()) + ").");
        return std::nullopt;
    }
    const auto &l = a.limits();
    if (l.max_total_face_fen() < 0 || l.max_deals() < 0 || l.max_counterparties() < 0)
        return refuse(BadRequest, "GOV_SANDBOX_INVALID", "Sandbox limits cannot be negative.");
    if (lc::isSet(l.ends_on())) {
        const auto end = lc::civil(l.ends_on());
        if (!end)
            return refuse(BadRequest, "GOV_SANDBOX_INVALID", "The sandbox's end date is not a real day.");
        if (std::chrono::sys_days { *end } <= std::chrono::sys_days { opened })
            return refuse(BadRequest, "GOV_SANDBOX_INVALID",
                "The sandbox of " + lineName(a.line()) + " must end after today (" + lc::text(l.ends_on()) + ").");
    }
    if (l.max_total_face_fen() == 0 && l.max_deals() == 0 && l.max_counterparties() == 0 && !lc::isSet(l.ends_on()))
        return refuse(BadRequest, "GOV_SANDBOX_INVALID",
            "A line admitted in sandbox needs at least one limit: total face amount, deals, counterparties or an end "
            "date.");
    return std::nullopt;
}

std::optional<Response> linesProblem(const google::protobuf::RepeatedPtrField<LineAdmission> &lines, lc::Date opened)
{
    std::set<int> seen;
    for (const LineAdmission &a : lines) {
        if (a.line() == lianxin::trust::LINE_UNSPECIFIED || !lianxin::trust::BusinessLine_IsValid(a.line()))
            return refuse(BadRequest, "GOV_LINE_INVALID", "Name each line of business: LC, FORFAITING or GUARANTEE.");
        if (!seen.insert(a.line()).second)
            return refuse(BadRequest, "GOV_LINE_INVALID", "The line " + lineName(a.line()) + " is named twice.");
        if (auto problem = limitsProblem(a, opened))
            return problem;
    }
    return std::nullopt;
}

std::optional<Response> seatsProblem(const Member &member, const google::protobuf::RepeatedField<int> &seats)
{
    std::set<int> seen;
    for (const int s : seats) {
        const auto seat = static_cast<Seat>(s);
        if (seat == lianxin::trust::SEAT_UNSPECIFIED || !lianxin::trust::Seat_IsValid(s))
            return refuse(BadRequest, "GOV_SEAT_INVALID",
                "Name each seat: COUNCIL, EXPERT_COMMITTEE, SECRETARIAT or REGULATOR.");
        if (!seen.insert(s).second)
            return refuse(BadRequest, "GOV_SEAT_INVALID", "The seat " + seatName(seat) + " is named twice.");
        const bool fits = (seat == lianxin::trust::SEAT_SECRETARIAT && member.kind() == Member::SECRETARIAT)
            || (seat == lianxin::trust::SEAT_REGULATOR && member.kind() == Member::REGULATOR)
            || ((seat == lianxin::trust::SEAT_COUNCIL || seat == lianxin::trust::SEAT_EXPERT_COMMITTEE)
                && isBank(member));
        if (!fits)
            return refuse(BadRequest, "GOV_SEAT_INVALID",
                member.msp_id() + " cannot hold the " + seatName(seat)
                    + " seat: council and expert committee seats are banks', the secretariat's and the regulator's "
                      "seats their own.");
    }
    return std::nullopt;
}

std::optional<Response> materialsProblem(const Proposal &p)
{
    if (p.materials_size() > kMaxMaterials)
        return refuse(BadRequest, "GOV_MATERIAL_INVALID",
            "A proposal carries at most " + std::to_string(kMaxMaterials) + " documents.");
    std::set<std::string> hashes;
    std::set<std::string> types;
    for (const auto &m : p.materials()) {
        if (m.sha256().size() != 32)
            return refuse(BadRequest, "GOV_MATERIAL_INVALID", "Each document is named by its SHA-256 (32 bytes).");
        if (!validDocumentType(m.doc_type()))
            return refuse(BadRequest, "GOV_MATERIAL_INVALID", documentTypeMessage(m.doc_type()));
        if (auto problem = nameProblem(m.file_name(), "the document's file name"))
            return refuse(BadRequest, problem->reasonCode, problem->message);
        if (!hashes.insert(m.sha256()).second)
            return refuse(BadRequest, "GOV_MATERIAL_INVALID", "The document " + m.file_name() + " is attached twice.");
        types.insert(m.doc_type());
    }
    auto need = [&](const std::string &type, const std::string &what) -> std::optional<Response> {
        if (types.count(type))
            return std::nullopt;
        return refuse(BadRequest, "GOV_MATERIAL_MISSING",
            "A proposal to " + what + " carries the " + type + " document (its hash); attach it.");
    };
    if (p.kind() == Proposal::ADMIT_MEMBER) {
        if (auto missing = need("MEMBERSHIP_APPLICATION", "admit a member"))
            return missing;
        if (auto missing = need("MEMBERSHIP_AGREEMENT", "admit a member"))
            return missing;
    }
    if (p.kind() == Proposal::ADMIT_LINE)
        return need("COMPLIANCE_ASSESSMENT", "admit a line of business");
    return std::nullopt;
}

std::optional<Response> subjectProblem(
    const std::optional<Member> &subject, const std::string &mspId, std::initializer_list<Member::Status> allowed)
{
    if (!subject)
        return refuse(NotFound, "GOV_SUBJECT_UNKNOWN", "No member " + mspId + " is registered.");
    if (!isBank(*subject))
        return refuse(BadRequest, "GOV_SUBJECT_NOT_BANK",
            mspId + " is not a bank: only banks are admitted to lines, suspended or expelled.");
    if (std::find(allowed.begin(), allowed.end(), subject->status()) == allowed.end())
        return refuse(Conflict, "GOV_SUBJECT_STATUS",
            mspId + " is " + Member::Status_Name(subject->status()) + ": this proposal does not apply to it.");
    return std::nullopt;
}

// Whether the proposal's change can be made against the ledger as it is
// now: checked when it opens and again when the deciding vote makes it.
std::optional<Response> applicable(Stub &stub, const Proposal &p, lc::Date day)
{
    switch (p.kind()) {
    case Proposal::ADMIT_MEMBER: {
        Member applicant = p.applicant();
        if (!isBank(applicant))
            return refuse(BadRequest, "GOV_SUBJECT_NOT_BANK", "Only banks are admitted as members by vote.");
        if (applicant.seats_size() > 0)
            return refuse(BadRequest, "GOV_SEAT_INVALID",
                "An applicant holds no seats; seats are given by a SET_SEATS vote once it is a member.");
        if (auto problem = memberProblem(applicant))
            return problem;
        if (applicant.root_certs_pem_size() == 0)
            return refuse(BadRequest, "GOV_APPLICANT_ROOT_CERT",
                "Name the root CA certificates of " + applicant.msp_id()
                    + "'s MSP (PEM): the update adding it to the channels carries exactly these.");
        if (p.lines_size() == 0)
            return refuse(BadRequest, "GOV_LINE_INVALID", "Name the lines of business the applicant is admitted to.");
        if (auto problem = linesProblem(p.lines(), day))
            return problem;
        const auto existing = loadMember(stub, applicant.msp_id());
        if (existing && existing->status() != Member::APPLICANT)
            return refuse(Conflict, "GOV_MEMBER_EXISTS",
                applicant.msp_id() + " is registered already (" + Member::Status_Name(existing->status()) + ").");
        return std::nullopt;
    }
    case Proposal::ADMIT_LINE: {
        const auto subject = loadMember(stub, p.subject_msp());
        if (auto problem = subjectProblem(subject, p.subject_msp(), { Member::ACTIVE }))
            return problem;
        if (p.lines_size() != 1)
            return refuse(BadRequest, "GOV_LINE_INVALID", "A line admission names exactly one line of business.");
        if (auto problem = linesProblem(p.lines(), day))
            return problem;
        if (admission(*subject, p.lines(0).line()))
            return refuse(Conflict, "GOV_LINE_ALREADY_ADMITTED",
                p.subject_msp() + " is admitted to " + lineName(p.lines(0).line()) + " already.");
        return std::nullopt;
    }
    case Proposal::SUSPEND_MEMBER:
        return subjectProblem(loadMember(stub, p.subject_msp()), p.subject_msp(), { Member::ACTIVE });
    case Proposal::EXPEL_MEMBER:
        return subjectProblem(
            loadMember(stub, p.subject_msp()), p.subject_msp(), { Member::ACTIVE, Member::SUSPENDED });
    case Proposal::REINSTATE_MEMBER:
        return subjectProblem(loadMember(stub, p.subject_msp()), p.subject_msp(), { Member::SUSPENDED });
    case Proposal::SET_THRESHOLD: {
        const int n = p.threshold_numerator();
        const int d = p.threshold_denominator();
        if (n < 1 || d < 1 || n > d || d > 100 || 2 * n <= d)
            return refuse(BadRequest, "GOV_THRESHOLD_INVALID",
                "A threshold is a fraction of the council seats above one half and at most the whole, e.g. 2/3 (got "
                    + std::to_string(n) + "/" + std::to_string(d) + ").");
        return std::nullopt;
    }
    case Proposal::SET_GAS_WEIGHTS: {
        const auto &w = p.gas_weights();
        const std::int64_t all[] = { w.per_endorsement(), w.per_transaction(), w.per_available_hour(),
            w.per_approved_cost_yuan() };
        bool any = false;
        for (const std::int64_t v : all) {
            if (v < 0 || v > kMaxGasWeight)
                return refuse(BadRequest, "GOV_GAS_WEIGHTS_INVALID",
                    "Each Gas weight is between 0 and " + std::to_string(kMaxGasWeight) + " milli-Gas per unit.");
            any = any || v > 0;
        }
        if (!any)
            return refuse(BadRequest, "GOV_GAS_WEIGHTS_INVALID", "At least one Gas weight must be above zero.");
        return std::nullopt;
    }
    case Proposal::END_SANDBOX: {
        const auto subject = loadMember(stub, p.subject_msp());
        if (auto problem = subjectProblem(subject, p.subject_msp(), { Member::ACTIVE, Member::SUSPENDED }))
            return problem;
        if (p.lines_size() != 1)
            return refuse(BadRequest, "GOV_LINE_INVALID", "Ending a sandbox names exactly one line of business.");
        const LineAdmission *a = admission(*subject, p.lines(0).line());
        if (!a || !a->in_sandbox())
            return refuse(Conflict, "GOV_NOT_IN_SANDBOX",
                p.subject_msp() + " has no line " + lineName(p.lines(0).line()) + " in sandbox.");
        return std::nullopt;
    }
    case Proposal::SET_SEATS: {
        const auto subject = loadMember(stub, p.subject_msp());
        if (!subject)
            return refuse(NotFound, "GOV_SUBJECT_UNKNOWN", "No member " + p.subject_msp() + " is registered.");
        if (subject->status() != Member::ACTIVE)
            return refuse(Conflict, "GOV_SUBJECT_STATUS",
                p.subject_msp() + " is " + Member::Status_Name(subject->status()) + ": only members hold seats.");
        if (auto problem = seatsProblem(*subject, p.seats()))
            return problem;
        Member after = *subject;
        after.clear_seats();
        for (const int s : p.seats())
            after.add_seats(static_cast<Seat>(s));
        std::vector<Member> members = allMembers(stub);
        for (Member &m : members)
            if (m.msp_id() == after.msp_id())
                m = after;
        if (static_cast<int>(councilOf(members).size()) < kMinCouncilSeats)
            return refuse(Conflict, "GOV_COUNCIL_TOO_SMALL",
                "The council keeps at least " + std::to_string(kMinCouncilSeats) + " members.");
        return std::nullopt;
    }
    case Proposal::SET_DUPLICATE_DOCUMENTS:
        if (p.duplicate_documents() != lianxin::trust::ConsortiumSettings::FLAG
            && p.duplicate_documents() != lianxin::trust::ConsortiumSettings::REFUSE)
            return refuse(BadRequest, "REGISTRY_SETTING_UNKNOWN",
                "Duplicate documents are either flagged (FLAG) or refused (REFUSE).");
        return std::nullopt;
    case Proposal::APPROVE_NODE_COST: {
        const auto subject = loadMember(stub, p.subject_msp());
        if (!subject)
            return refuse(NotFound, "GOV_SUBJECT_UNKNOWN", "No member " + p.subject_msp() + " is registered.");
        if (subject->status() != Member::ACTIVE && subject->status() != Member::SUSPENDED)
            return refuse(Conflict, "GOV_SUBJECT_STATUS",
                p.subject_msp() + " is " + Member::Status_Name(subject->status())
                    + ": node costs are approved for members whose nodes serve the consortium.");
        return gas::nodeCostProblem(stub, p.node_cost());
    }
    default:
        return refuse(BadRequest, "GOV_KIND_INVALID",
            "Name what the proposal decides: ADMIT_MEMBER, ADMIT_LINE, SUSPEND_MEMBER, EXPEL_MEMBER, REINSTATE_MEMBER, "
            "SET_THRESHOLD, SET_GAS_WEIGHTS, END_SANDBOX, SET_SEATS, SET_DUPLICATE_DOCUMENTS or APPROVE_NODE_COST.");
    }
}

// The change a passed proposal makes. Every check ran in applicable().
void makeChange(Stub &stub, const Proposal &p)
{
    switch (p.kind()) {
    case Proposal::ADMIT_MEMBER: {
        Member m = p.applicant();
        m.set_status(Member::ACTIVE);
        m.set_admitted_by(p.id());
        m.clear_lines();
        for (LineAdmission a : p.lines()) {
            a.set_admitted_by(p.id());
            *m.add_lines() = a;
        }
        storeMember(stub, m);
        return;
    }
    case Proposal::ADMIT_LINE: {
        Member m = *loadMember(stub, p.subject_msp());
        LineAdmission a = p.lines(0);
        a.set_admitted_by(p.id());
        *m.add_lines() = a;
        storeMember(stub, m);
        return;
    }
    case Proposal::SUSPEND_MEMBER:
    case Proposal::EXPEL_MEMBER:
    case Proposal::REINSTATE_MEMBER: {
        Member m = *loadMember(stub, p.subject_msp());
        m.set_status(p.kind() == Proposal::SUSPEND_MEMBER ? Member::SUSPENDED
                : p.kind() == Proposal::EXPEL_MEMBER      ? Member::EXPELLED
                                                          : Member::ACTIVE);
        if (p.kind() == Proposal::EXPEL_MEMBER)
            m.clear_seats();
        storeMember(stub, m);
        return;
    }
    case Proposal::SET_THRESHOLD:
    case Proposal::SET_GAS_WEIGHTS: {
        GovernanceRules rules = loadRules(stub);
        if (p.kind() == Proposal::SET_THRESHOLD) {
            rules.set_threshold_numerator(p.threshold_numerator());
            rules.set_threshold_denominator(p.threshold_denominator());
        } else {
            *rules.mutable_gas_weights() = p.gas_weights();
        }
        stub.putState(kRulesKey, rules.SerializeAsString());
        return;
    }
    case Proposal::END_SANDBOX: {
        Member m = *loadMember(stub, p.subject_msp());
        for (LineAdmission &a : *m.mutable_lines())
            if (a.line() == p.lines(0).line()) {
                a.set_in_sandbox(false);
                a.set_sandbox_ended_by(p.id());
            }
        storeMember(stub, m);
        return;
    }
    case Proposal::SET_SEATS: {
        Member m = *loadMember(stub, p.subject_msp());
        m.clear_seats();
        for (const int s : p.seats())
            m.add_seats(static_cast<Seat>(s));
        storeMember(stub, m);
        return;
    }
    case Proposal::SET_DUPLICATE_DOCUMENTS: {
        lianxin::trust::ConsortiumSettings settings;
        if (const auto value = stub.getState(kSettingsKey))
            settings.ParseFromString(*value);
        settings.set_duplicate_documents(p.duplicate_documents());
        stub.putState(kSettingsKey, settings.SerializeAsString());
        return;
    }
    case Proposal::APPROVE_NODE_COST:
        gas::addApprovedCost(stub, p.id(), p.subject_msp(), p.node_cost());
        return;
    default:
        return;
    }
}

std::string nextProposalId(Stub &stub)
{
    long long next = 1;
    if (const auto value = stub.getState(kNextProposalKey))
        next = std::max(1LL, std::atoll(value->c_str()));
    stub.putState(kNextProposalKey, std::to_string(next + 1));
    char id[32];
    std::snprintf(id, sizeof id, "GOV-%04lld", next);
    return id;
}

Response propose(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessAdmin(creator, "propose"))
        return *refused;
    if (!charterSealed(stub))
        return refuse(Conflict, "GOV_CHARTER_NOT_SEALED",
            "The consortium's charter is not sealed yet: the secretariat still registers the founding members.");
    const auto proposer = loadMember(stub, creator.mspId);
    const bool mayPropose = creator.isSecretariat()
        || (proposer && proposer->status() == Member::ACTIVE && holdsSeat(*proposer, lianxin::trust::SEAT_COUNCIL));
    if (!mayPropose)
        return refuse(Forbidden, "GOV_NOT_PROPOSER",
            "Only the secretariat and the council's members propose; " + creator.mspId + " holds no council seat.");
    Proposal p;
    if (stub.args().size() != 2 || !p.ParseFromString(stub.args()[1]))
        return badArgs("Propose(Proposal)");
    p.set_title(trimmed(p.title()));
    if (auto problem = nameProblem(p.title(), "the proposal's title"))
        return refuse(BadRequest, problem->reasonCode, problem->message);
    if (p.title().size() > kMaxTitleBytes)
        return refuse(BadRequest, "GOV_TITLE_TOO_LONG",
            "A proposal's title has at most " + std::to_string(kMaxTitleBytes) + " bytes.");
    if (auto problem = materialsProblem(p))
        return *problem;
    const lc::Date day = today(stub);
    if (auto problem = applicable(stub, p, day))
        return *problem;

    const std::string lockKey = kOpenSubjectPrefix + subjectOf(p);
    if (const auto open = stub.getState(lockKey))
        return refuse(Conflict, "GOV_SUBJECT_BUSY",
            "Proposal " + *open + " on the same subject is still open; it is decided first.");

    const GovernanceRules rules = loadRules(stub);
    const std::vector<std::string> council = councilOf(allMembers(stub));
    if (council.empty())
        return refuse(Conflict, "GOV_COUNCIL_TOO_SMALL", "The council has no members to vote.");

    p.set_id(nextProposalId(stub));
    p.set_proposer_msp(creator.mspId);
    p.set_proposer(creator.commonName);
    p.set_opened_seconds(stub.txTimestampSeconds());
    p.set_opened_tx(stub.txId());
    *p.mutable_opened_on() = lc::protoDate(day);
    *p.mutable_deadline() = lc::protoDate(lc::loadCalendar(stub).addBusinessDays(day, rules.voting_business_days()));
    p.clear_electorate();
    for (const std::string &msp : council)
        p.add_electorate(msp);
    p.set_required_yes(
        requiredYes(static_cast<int>(council.size()), rules.threshold_numerator(), rules.threshold_denominator()));
    p.clear_opinions();
    p.clear_votes();
    p.set_status(Proposal::OPEN);
    p.clear_decided_seconds();
    p.clear_decided_tx();
    for (auto &m : *p.mutable_materials()) {
        m.set_submitting_msp(creator.mspId);
        m.set_recorded_seconds(stub.txTimestampSeconds());
        m.set_tx_id(stub.txId());
    }
    if (p.kind() == Proposal::ADMIT_MEMBER) {
        // The application is on the ledger from now on; the applicant
        // transacts nothing until a vote admits it.
        Member applicant = p.applicant();
        applicant.set_status(Member::APPLICANT);
        applicant.clear_lines();
        applicant.clear_admitted_by();
        storeMember(stub, applicant);
    }
    storeProposal(stub, p);
    stub.putState(lockKey, p.id());
    const Bytes value = p.SerializeAsString();
    stub.setEvent("ProposalOpened", value);
    return Response::ok(value);
}

// An open proposal that an admin of a member acts on; the refusal otherwise.
std::optional<Response> openProposal(Stub &stub, const std::string &id, Proposal &p)
{
    auto loaded = loadProposal(stub, id);
    if (!loaded)
        return refuse(NotFound, "GOV_PROPOSAL_UNKNOWN", "No proposal " + id + ".");
    p = std::move(*loaded);
    if (p.status() != Proposal::OPEN)
        return refuse(Conflict, "GOV_PROPOSAL_CLOSED",
            "Proposal " + id + " is " + Proposal::Status_Name(p.status()) + " already.");
    return std::nullopt;
}

bool pastDeadline(Stub &stub, const Proposal &p)
{
    const auto deadline = lc::civil(p.deadline());
    return !deadline || std::chrono::sys_days { today(stub) } > std::chrono::sys_days { *deadline };
}

void decide(Stub &stub, Proposal &p, Proposal::Status status)
{
    p.set_status(status);
    p.set_decided_seconds(stub.txTimestampSeconds());
    p.set_decided_tx(stub.txId());
    stub.delState(kOpenSubjectPrefix + subjectOf(p));
}

Response vote(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessAdmin(creator, "vote"))
        return *refused;
    if (stub.args().size() != 3)
        return badArgs("Vote(proposalId, YES|NO|ABSTAIN)");
    Proposal p;
    if (auto refused = openProposal(stub, stub.args()[1], p))
        return *refused;
    Vote::Choice choice = Vote::CHOICE_UNSPECIFIED;
    if (!Vote::Choice_Parse(stub.args()[2], &choice) || choice == Vote::CHOICE_UNSPECIFIED)
        return refuse(BadRequest, "GOV_CHOICE_INVALID", "A vote is YES, NO or ABSTAIN.");
    const auto &electorate = p.electorate();
    if (std::find(electorate.begin(), electorate.end(), creator.mspId) == electorate.end())
        return refuse(Forbidden, "GOV_NOT_COUNCIL",
            creator.mspId + " held no council seat when proposal " + p.id() + " opened; its council members vote.");
    const auto voter = loadMember(stub, creator.mspId);
    if (!voter || voter->status() != Member::ACTIVE)
        return refuse(Forbidden, "GOV_NOT_COUNCIL",
            creator.mspId + " is not a member in good standing and cannot vote.");
    if (pastDeadline(stub, p))
        return refuse(Conflict, "GOV_VOTE_LATE",
            "Voting on " + p.id() + " ended on " + lc::text(p.deadline()) + " (China time).");
    for (const Vote &v : p.votes())
        if (v.msp_id() == creator.mspId)
            return refuse(Conflict, "GOV_ALREADY_VOTED",
                creator.mspId + " voted on " + p.id() + " already (" + Vote::Choice_Name(v.choice()) + ").");

    Vote *v = p.add_votes();
    v->set_msp_id(creator.mspId);
    v->set_voter(creator.commonName);
    v->set_choice(choice);
    v->set_cast_seconds(stub.txTimestampSeconds());
    v->set_tx_id(stub.txId());

    int yes = 0;
    for (const Vote &cast : p.votes())
        yes += cast.choice() == Vote::YES ? 1 : 0;
    const int notYetVoted = electorate.size() - p.votes_size();
    std::string event = "VoteCast";
    if (yes >= p.required_yes()) {
        if (auto problem = applicable(stub, p, today(stub)))
            return refuse(Conflict, "GOV_NO_LONGER_APPLICABLE",
                "Proposal " + p.id() + " would pass, but its change cannot be made: " + problem->message);
        decide(stub, p, Proposal::PASSED);
        makeChange(stub, p);
        event = "ProposalDecided";
    } else if (yes + notYetVoted < p.required_yes()) {
        decide(stub, p, Proposal::REJECTED);
        event = "ProposalDecided";
    }
    storeProposal(stub, p);
    const Bytes value = p.SerializeAsString();
    stub.setEvent(event, value);
    return Response::ok(value);
}

Response opine(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessAdmin(creator, "record an opinion"))
        return *refused;
    if (stub.args().size() != 4)
        return badArgs("Opine(proposalId, IN_FAVOUR|AGAINST|NEUTRAL, text)");
    Proposal p;
    if (auto refused = openProposal(stub, stub.args()[1], p))
        return *refused;
    const auto expert = loadMember(stub, creator.mspId);
    if (!expert || expert->status() != Member::ACTIVE || !holdsSeat(*expert, lianxin::trust::SEAT_EXPERT_COMMITTEE))
        return refuse(Forbidden, "GOV_NOT_EXPERT", creator.mspId + " holds no expert committee seat.");
    lianxin::trust::Opinion::Recommendation recommendation {};
    if (!lianxin::trust::Opinion::Recommendation_Parse(stub.args()[2], &recommendation)
        || recommendation == lianxin::trust::Opinion::RECOMMENDATION_UNSPECIFIED)
        return refuse(BadRequest, "GOV_OPINION_INVALID", "An opinion is IN_FAVOUR, AGAINST or NEUTRAL.");
    const std::string text = trimmed(stub.args()[3]);
    if (text.empty())
        return refuse(BadRequest, "GOV_OPINION_INVALID", "Write the committee's opinion.");
    if (auto problem = freeTextProblem(text, "the opinion"))
        return refuse(BadRequest, problem->reasonCode, problem->message);
    if (text.size() > kMaxOpinionBytes)
        return refuse(BadRequest, "GOV_OPINION_INVALID",
            "An opinion has at most " + std::to_string(kMaxOpinionBytes) + " bytes; attach a longer one as a material.");
    if (pastDeadline(stub, p))
        return refuse(Conflict, "GOV_VOTE_LATE", "Proposal " + p.id() + " closed for opinions on " + lc::text(p.deadline()) + ".");
    for (const auto &o : p.opinions())
        if (o.msp_id() == creator.mspId)
            return refuse(Conflict, "GOV_ALREADY_OPINED", creator.mspId + " gave its opinion on " + p.id() + " already.");
    auto *o = p.add_opinions();
    o->set_msp_id(creator.mspId);
    o->set_author(creator.commonName);
    o->set_recommendation(recommendation);
    o->set_text(text);
    o->set_recorded_seconds(stub.txTimestampSeconds());
    o->set_tx_id(stub.txId());
    storeProposal(stub, p);
    const Bytes value = p.SerializeAsString();
    stub.setEvent("OpinionRecorded", value);
    return Response::ok(value);
}

Response close(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessAdmin(creator, "close a proposal"))
        return *refused;
    if (stub.args().size() != 2)
        return badArgs("Close(proposalId)");
    Proposal p;
    if (auto refused = openProposal(stub, stub.args()[1], p))
        return *refused;
    if (!pastDeadline(stub, p))
        return refuse(Conflict, "GOV_VOTING_OPEN",
            "Voting on " + p.id() + " runs until " + lc::text(p.deadline()) + " (China time); it closes after that day.");
    decide(stub, p, Proposal::LAPSED);
    storeProposal(stub, p);
    const Bytes value = p.SerializeAsString();
    stub.setEvent("ProposalDecided", value);
    return Response::ok(value);
}

Response endSandbox(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (!creator.isRegulator() || !creator.hasRole("admin"))
        return refuse(Forbidden, "GOV_NOT_REGULATOR",
            "Only the regulator's administrator ends a sandbox directly; the council ends one by vote (END_SANDBOX).");
    if (stub.args().size() != 3)
        return badArgs("EndSandbox(mspId, LC|FORFAITING|GUARANTEE)");
    BusinessLine line {};
    if (!lianxin::trust::BusinessLine_Parse("LINE_" + stub.args()[2], &line) || line == lianxin::trust::LINE_UNSPECIFIED)
        return refuse(BadRequest, "GOV_LINE_INVALID", "Name the line of business: LC, FORFAITING or GUARANTEE.");
    auto member = loadMember(stub, stub.args()[1]);
    if (!member)
        return refuse(NotFound, "GOV_SUBJECT_UNKNOWN", "No member " + stub.args()[1] + " is registered.");
    LineAdmission *found = nullptr;
    for (LineAdmission &a : *member->mutable_lines())
        if (a.line() == line && a.in_sandbox())
            found = &a;
    if (!found)
        return refuse(Conflict, "GOV_NOT_IN_SANDBOX", member->msp_id() + " has no line " + lineName(line) + " in sandbox.");
    found->set_in_sandbox(false);
    found->set_sandbox_ended_by("regulator");
    storeMember(stub, *member);
    const Bytes value = member->SerializeAsString();
    stub.setEvent("SandboxEnded", value);
    return Response::ok(value);
}

Response sealCharter(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (!creator.isSecretariat() || !creator.hasRole("admin"))
        return refuse(Forbidden, "REGISTRY_NOT_SECRETARIAT_ADMIN",
            "Only an administrator of the consortium secretariat may seal the charter.");
    if (stub.args().size() != 1)
        return badArgs("SealCharter()");
    GovernanceRules rules = loadRules(stub);
    if (rules.charter_sealed())
        return refuse(Conflict, "GOV_CHARTER_SEALED", "The charter is sealed already (transaction " + rules.sealed_tx() + ").");
    if (static_cast<int>(councilOf(allMembers(stub)).size()) < kMinCouncilSeats)
        return refuse(Conflict, "GOV_COUNCIL_TOO_SMALL",
            "Seal the charter once at least " + std::to_string(kMinCouncilSeats)
                + " founding members hold council seats.");
    rules.set_charter_sealed(true);
    rules.set_sealed_tx(stub.txId());
    const Bytes value = rules.SerializeAsString();
    stub.putState(kRulesKey, value);
    stub.setEvent("CharterSealed", value);
    return Response::ok(value);
}

// ---- The channel configuration updates of a passed admission ----
//
// The contract cannot see a channel's configuration: it judges an update
// from its read set and write set alone, and a signature by the key of the
// certificate its header names. That certificate's chain to the signing
// member's CA (the channel's MSP) is checked by the ordering service when
// the update is submitted, and before that by the submitting workstation.

constexpr std::size_t kMaxConfigUpdateBytes = 1 << 20;

using lianxin::trust::ConfigSignatureRecord;
using lianxin::trust::ConfigUpdateRecord;

std::string configKey(const std::string &proposalId, const std::string &channel)
{
    return kConfigUpdatePrefix + proposalId + "/" + channel;
}


Response prepareConfigUpdate(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (!creator.isSecretariat() || !creator.hasRole("admin"))
        return refuse(Forbidden, "GOV_CONFIG_NOT_SECRETARIAT",
            "Only an administrator of the consortium secretariat prepares a channel configuration update.");
    ConfigUpdateRecord record;
    if (stub.args().size() != 2 || !record.ParseFromString(stub.args()[1]))
        return badArgs("PrepareConfigUpdate(ConfigUpdateRecord)");
    const auto p = loadProposal(stub, record.proposal_id());
    if (!p)
        return refuse(NotFound, "GOV_PROPOSAL_UNKNOWN", "No proposal " + record.proposal_id() + ".");
    if (p->kind() != Proposal::ADMIT_MEMBER || p->status() != Proposal::PASSED)
        return refuse(Conflict, "GOV_CONFIG_NOT_ADMITTED",
            "Proposal " + p->id() + " is " + Proposal::Kind_Name(p->kind()) + ", " + Proposal::Status_Name(p->status())
                + ": a channel configuration update carries out a passed admission (ADMIT_MEMBER).");
    const std::string &mspId = p->applicant().msp_id();
    const std::vector<std::string> channels = channelsFor(*p);
    if (std::find(channels.begin(), channels.end(), record.channel()) == channels.end()) {
        std::string needed;
        for (const std::string &c : channels)
            needed += (needed.empty() ? "" : ", ") + c;
        return refuse(BadRequest, "GOV_CONFIG_CHANNEL_NOT_NEEDED",
            mspId + " joins the channels " + needed + " for the lines " + p->id() + " admitted it to, not \""
                + record.channel() + "\".");
    }
    const auto member = loadMember(stub, mspId);
    std::set<Bytes> roots;
    if (member)
        for (const std::string &pem : member->root_certs_pem())
            if (const auto der = certificateDer(pem))
                roots.insert(*der);
    if (roots.empty())
        return refuse(Conflict, "GOV_APPLICANT_ROOT_CERT",
            mspId + "'s member record names no root CA certificate: the update adding it cannot be checked.");

    const auto invalid = [&](const std::string &why) {
        return refuse(BadRequest, "GOV_CONFIG_UPDATE_INVALID",
            "The update does not only add " + mspId + " to channel " + record.channel() + ": " + why + ".");
    };
    common::ConfigUpdate update;
    if (record.config_update().size() > kMaxConfigUpdateBytes)
        return invalid("it is larger than " + std::to_string(kMaxConfigUpdateBytes) + " bytes");
    if (!update.ParseFromString(record.config_update()))
        return invalid("it is not a common.ConfigUpdate");
    if (update.channel_id() != record.channel())
        return invalid("it is for channel \"" + update.channel_id() + "\"");
    if (auto problem = updateProblem(update, mspId, roots))
        return invalid(*problem);

    // Prepared again (the channel moved on): the earlier signatures were
    // of other bytes and go with them.
    record.clear_signatures();
    record.set_update_sha256(crypto::sha256(record.config_update()));
    record.set_new_msp(mspId);
    record.set_prepared_by_msp(creator.mspId);
    record.set_preparer(creator.commonName);
    record.set_prepared_seconds(stub.txTimestampSeconds());
    record.set_prepared_tx(stub.txId());
    const Bytes value = record.SerializeAsString();
    stub.putState(configKey(p->id(), record.channel()), value);
    stub.setEvent("ConfigUpdatePrepared", value);
    return Response::ok(value);
}

// The certificate a ConfigSignature's header names when it is the caller's:
// its MSP, its common name, the admin OU. Otherwise nullopt, and why.
std::optional<crypto::Certificate> callersCertificate(
    const Bytes &signatureHeader, const Creator &caller, std::string &why)
{
    common::SignatureHeader header;
    msp::SerializedIdentity identity;
    if (!header.ParseFromString(signatureHeader) || !identity.ParseFromString(header.creator())) {
        why = "its signature header names no identity (a common.SignatureHeader whose creator is an "
              "msp.SerializedIdentity)";
        return std::nullopt;
    }
    if (identity.mspid() != caller.mspId) {
        why = "it is signed for " + identity.mspid() + ", not " + caller.mspId;
        return std::nullopt;
    }
    try {
        crypto::Certificate cert = crypto::Certificate::fromPem(identity.id_bytes());
        const crypto::DistinguishedName subject = cert.subject();
        if (subject.commonName != caller.commonName) {
            why = "its certificate names " + subject.commonName + ", not " + caller.commonName;
            return std::nullopt;
        }
        const auto &ous = subject.organizationalUnits;
        if (std::find(ous.begin(), ous.end(), "admin") == ous.end()) {
            why = "its certificate is not an administrator's (OU admin)";
            return std::nullopt;
        }
        return cert;
    } catch (const crypto::CryptoError &) {
        why = "its signer's identity holds no PEM X.509 certificate";
        return std::nullopt;
    }
}

Response signConfigUpdate(Stub &stub)
{
    const Creator &creator = stub.creator();
    if (auto refused = unlessAdmin(creator, "sign a channel configuration update"))
        return *refused;
    ConfigSignatureRecord signature;
    if (stub.args().size() != 4 || !signature.ParseFromString(stub.args()[3]))
        return badArgs("SignConfigUpdate(proposalId, channel, ConfigSignatureRecord)");
    const std::string &proposalId = stub.args()[1];
    const std::string &channel = stub.args()[2];
    ConfigUpdateRecord record;
    const auto value = stub.getState(configKey(proposalId, channel));
    if (!value || !record.ParseFromString(*value))
        return refuse(NotFound, "GOV_CONFIG_UNKNOWN",
            "No configuration update of proposal " + proposalId + " for channel " + channel + " is prepared.");
    const auto signer = loadMember(stub, creator.mspId);
    if (!signer || signer->status() != Member::ACTIVE)
        return refuse(Forbidden, "GOV_MEMBER_NOT_ACTIVE",
            creator.mspId + " is not a member in good standing: only members' administrators sign.");
    for (const ConfigSignatureRecord &s : record.signatures())
        if (s.msp_id() == creator.mspId)
            return refuse(Conflict, "GOV_CONFIG_ALREADY_SIGNED",
                creator.mspId + " signed this update already (" + s.signer() + ", transaction " + s.tx_id() + ").");
    std::string why;
    const auto cert = callersCertificate(signature.signature_header(), creator, why);
    if (!cert)
        return refuse(Forbidden, "GOV_CONFIG_SIGNER_MISMATCH",
            "The signature is not " + creator.commonName + "'s of " + creator.mspId + ": " + why + ".");
    bool verified = false;
    try {
        verified
            = cert->publicKey().verify(signature.signature_header() + record.config_update(), signature.signature());
    } catch (const crypto::CryptoError &) {
        verified = false; // not an ECDSA P-256 key
    }
    if (!verified)
        return refuse(BadRequest, "GOV_CONFIG_SIGNATURE_INVALID",
            "The signature does not verify over the signature header and the update of " + proposalId + " on " + channel
                + " (SHA-256 " + toHex(record.update_sha256()) + "): sign the update as recorded.");

    signature.set_msp_id(creator.mspId);
    signature.set_signer(creator.commonName);
    signature.set_signed_seconds(stub.txTimestampSeconds());
    signature.set_tx_id(stub.txId());
    *record.add_signatures() = signature;
    const Bytes stored = record.SerializeAsString();
    stub.putState(configKey(proposalId, channel), stored);
    stub.setEvent("ConfigUpdateSigned", stored);
    return Response::ok(stored);
}

Response getConfigUpdate(Stub &stub)
{
    if (stub.args().size() != 3)
        return badArgs("GetConfigUpdate(proposalId, channel)");
    const auto value = stub.getState(configKey(stub.args()[1], stub.args()[2]));
    if (!value)
        return refuse(NotFound, "GOV_CONFIG_UNKNOWN",
            "No configuration update of proposal " + stub.args()[1] + " for channel " + stub.args()[2]
                + " is prepared.");
    return Response::ok(*value);
}

Response listConfigUpdates(Stub &stub)
{
    if (stub.args().size() != 2)
        return badArgs("ListConfigUpdates(proposalId)");
    const std::string prefix = std::string(kConfigUpdatePrefix) + stub.args()[1] + "/";
    lianxin::trust::ConfigUpdateList list;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f"))
        list.add_updates()->ParseFromString(kv.value);
    return Response::ok(list.SerializeAsString());
}

// A member's root CA certificates, when it names any: at most
// kMaxRootCerts, each one PEM CA certificate, none twice.
std::optional<Response> rootCertsProblem(const Member &member)
{
    const auto refused = [&](const std::string &why) { return refuse(BadRequest, "GOV_APPLICANT_ROOT_CERT", why); };
    if (member.root_certs_pem_size() > kMaxRootCerts)
        return refused(member.msp_id() + " names " + std::to_string(member.root_certs_pem_size())
            + " root CA certificates; an MSP names at most " + std::to_string(kMaxRootCerts) + ".");
    std::set<Bytes> seen;
    for (int i = 0; i < member.root_certs_pem_size(); ++i) {
        const std::string &pem = member.root_certs_pem(i);
        const std::string which = "Root certificate " + std::to_string(i + 1) + " of " + member.msp_id();
        std::size_t blocks = 0;
        for (std::size_t at = pem.find("-----BEGIN"); at != std::string::npos; at = pem.find("-----BEGIN", at + 1))
            ++blocks;
        if (pem.size() > kMaxRootCertPemBytes || blocks != 1)
            return refused(
                which + " is not one PEM certificate (at most " + std::to_string(kMaxRootCertPemBytes) + " bytes).");
        try {
            const crypto::Certificate cert = crypto::Certificate::fromPem(pem);
            if (!cert.isCa())
                return refused(which + " (" + cert.subject().commonName + ") is not a CA certificate.");
            if (!seen.insert(cert.toDer()).second)
                return refused(which + " is named twice.");
        } catch (const crypto::CryptoError &) {
            return refused(which + " is not an X.509 certificate in PEM.");
        }
    }
    return std::nullopt;
}

} // namespace

GovernanceRules withDefaults(GovernanceRules rules)
{
    if (rules.threshold_denominator() <= 0 || rules.threshold_numerator() <= 0) {
        rules.set_threshold_numerator(2);
        rules.set_threshold_denominator(3);
    }
    if (rules.voting_business_days() <= 0)
        rules.set_voting_business_days(10);
    if (!rules.has_gas_weights()) {
        auto *w = rules.mutable_gas_weights();
        w->set_per_endorsement(1000);
        w->set_per_transaction(2000);
        w->set_per_available_hour(500);
        w->set_per_approved_cost_yuan(100);
    }
    return rules;
}

GovernanceRules loadRules(Stub &stub)
{
    GovernanceRules rules;
    if (const auto value = stub.getState(kRulesKey))
        rules.ParseFromString(*value);
    return withDefaults(rules);
}

bool charterSealed(Stub &stub)
{
    return loadRules(stub).charter_sealed();
}

int requiredYes(int councilSeats, int numerator, int denominator)
{
    if (denominator <= 0)
        return std::max(1, councilSeats);
    const long long product = static_cast<long long>(numerator) * councilSeats;
    return std::max(1, static_cast<int>((product + denominator - 1) / denominator));
}

std::vector<Member> allMembers(Stub &stub)
{
    std::vector<Member> members;
    const std::string prefix = kMemberPrefix;
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        Member m;
        if (m.ParseFromString(kv.value))
            members.push_back(std::move(m));
    }
    return members;
}

std::optional<Member> loadMember(Stub &stub, const std::string &mspId)
{
    const auto value = stub.getState(kMemberPrefix + mspId);
    if (!value)
        return std::nullopt;
    Member m;
    if (!m.ParseFromString(*value))
        return std::nullopt;
    return m;
}

void storeMember(Stub &stub, const Member &member)
{
    stub.putState(kMemberPrefix + member.msp_id(), member.SerializeAsString());
}

bool holdsSeat(const Member &member, Seat seat)
{
    return std::find(member.seats().begin(), member.seats().end(), seat) != member.seats().end();
}

const LineAdmission *admission(const Member &member, BusinessLine line)
{
    for (const LineAdmission &a : member.lines())
        if (a.line() == line)
            return &a;
    return nullptr;
}

std::optional<Response> memberProblem(const Member &member)
{
    const std::string &msp = member.msp_id();
    const bool mspOk = !msp.empty() && msp.size() <= 64
        && std::all_of(msp.begin(), msp.end(), [](unsigned char c) {
               return std::isalnum(c) || c == '-' || c == '.' || c == '_';
           });
    if (!mspOk)
        return refuse(BadRequest, "REGISTRY_MEMBER_INCOMPLETE",
            "A member needs an MSP ID of letters, digits, '-', '.' or '_' (at most 64), e.g. XiangjiangBankMSP.");
    if (auto problem = nameProblem(member.name(), "the member's name"))
        return refuse(BadRequest, problem->reasonCode, problem->message);
    if (!member.name_zh().empty())
        if (auto problem = nameProblem(member.name_zh(), "the member's Chinese name"))
            return refuse(BadRequest, problem->reasonCode, problem->message);
    if (member.kind() == Member::KIND_UNSPECIFIED || !Member::Kind_IsValid(member.kind()))
        return refuse(BadRequest, "REGISTRY_MEMBER_INCOMPLETE", "A member is a BANK, the REGULATOR or the SECRETARIAT.");
    if (isBank(member) && (member.tier() < 1 || member.tier() > 5))
        return refuse(BadRequest, "REGISTRY_MEMBER_INCOMPLETE", "A bank's obligor tier is 1 (strongest) to 5.");
    if (auto problem = seatsProblem(member, member.seats()))
        return problem;
    std::set<int> lines;
    for (const LineAdmission &a : member.lines()) {
        if (!isBank(member))
            return refuse(BadRequest, "GOV_LINE_INVALID", "Only banks are admitted to lines of business.");
        if (a.line() == lianxin::trust::LINE_UNSPECIFIED || !lianxin::trust::BusinessLine_IsValid(a.line())
            || !lines.insert(a.line()).second)
            return refuse(BadRequest, "GOV_LINE_INVALID", "Name each line of business once: LC, FORFAITING or GUARANTEE.");
    }
    return rootCertsProblem(member);
}

std::string lineName(BusinessLine line)
{
    switch (line) {
    case lianxin::trust::LINE_LC:
        return "LC";
    case lianxin::trust::LINE_FORFAITING:
        return "FORFAITING";
    case lianxin::trust::LINE_GUARANTEE:
        return "GUARANTEE";
    default:
        return "UNSPECIFIED";
    }
}

std::string seatName(Seat seat)
{
    const std::string name = lianxin::trust::Seat_Name(seat);
    return name.rfind("SEAT_", 0) == 0 ? name.substr(5) : name;
}

std::vector<std::string> channelsFor(const Proposal &admission)
{
    std::vector<std::string> channels { "trust" };
    for (const LineAdmission &a : admission.lines()) {
        const char *channel = a.line() == lianxin::trust::LINE_LC ? "lc"
            : a.line() == lianxin::trust::LINE_FORFAITING         ? "forfaiting"
            : a.line() == lianxin::trust::LINE_GUARANTEE          ? "guarantee"
                                                                  : nullptr;
        if (channel && std::find(channels.begin(), channels.end(), channel) == channels.end())
            channels.emplace_back(channel);
    }
    return channels;
}

bool isFunction(const std::string &function)
{
    return function == "Propose" || function == "Vote" || function == "Opine" || function == "Close"
        || function == "EndSandbox" || function == "SealCharter" || function == "PrepareConfigUpdate"
        || function == "SignConfigUpdate" || fees::isFunction(function) || gas::isFunction(function)
        || isQuery(function);
}

bool isQuery(const std::string &function)
{
    return function == "GetProposal" || function == "ListProposals" || function == "GetRules"
        || function == "GetConfigUpdate" || function == "ListConfigUpdates" || fees::isQuery(function)
        || gas::isQuery(function);
}

EndorsementPolicy endorsementPolicy(const Invocation &invocation)
{
    if (invocation.creatorMspId == kSecretariatMsp || invocation.creatorMspId.empty())
        return EndorsementPolicy { { kSecretariatMsp } };
    std::vector<std::string> both { invocation.creatorMspId, kSecretariatMsp };
    std::sort(both.begin(), both.end());
    return EndorsementPolicy { both };
}

std::optional<Response> invoke(Stub &stub)
{
    const auto &args = stub.args();
    if (args.empty())
        return std::nullopt;
    const std::string &function = args[0];
    if (fees::isFunction(function))
        return fees::invoke(stub);
    if (gas::isFunction(function))
        return gas::invoke(stub);
    if (function == "Propose")
        return propose(stub);
    if (function == "Vote")
        return vote(stub);
    if (function == "Opine")
        return opine(stub);
    if (function == "Close")
        return close(stub);
    if (function == "EndSandbox")
        return endSandbox(stub);
    if (function == "SealCharter")
        return sealCharter(stub);
    if (function == "PrepareConfigUpdate")
        return prepareConfigUpdate(stub);
    if (function == "SignConfigUpdate")
        return signConfigUpdate(stub);
    if (function == "GetConfigUpdate")
        return getConfigUpdate(stub);
    if (function == "ListConfigUpdates")
        return listConfigUpdates(stub);
    if (function == "GetRules") {
        if (args.size() != 1)
            return badArgs("GetRules()");
        return Response::ok(loadRules(stub).SerializeAsString());
    }
    if (function == "GetProposal") {
        if (args.size() != 2)
            return badArgs("GetProposal(proposalId)");
        const auto value = stub.getState(kProposalPrefix + args[1]);
        if (!value)
            return refuse(NotFound, "GOV_PROPOSAL_UNKNOWN", "No proposal " + args[1] + ".");
        return Response::ok(*value);
    }
    if (function == "ListProposals") {
        if (args.size() != 1)
            return badArgs("ListProposals()");
        lianxin::trust::ProposalList list;
        const std::string prefix = kProposalPrefix;
        for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f"))
            list.add_proposals()->ParseFromString(kv.value);
        return Response::ok(list.SerializeAsString());
    }
    return std::nullopt;
}

} // namespace lx::chaincode::governance
