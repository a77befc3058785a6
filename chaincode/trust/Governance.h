#pragma once

#include "chaincode/Contract.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace lx::chaincode::governance {

// The consortium's governance, kept by the registry contract on trust beside
// the members it changes (docs/governance.md). Until the secretariat seals
// the charter it registers the founding members (RegisterMember) and sets
// the rules; from then on members, seats, lines and rules change only by a
// council vote.
//   Propose(Proposal)               secretariat admin, or a council member's admin -> Proposal
//   Vote(id, YES|NO|ABSTAIN)        an admin of a council member of the proposal's electorate
//   Opine(id, IN_FAVOUR|AGAINST|NEUTRAL, text)  an admin of an expert committee member
//   Close(id)                       any member's admin, after the deadline: LAPSED
//   EndSandbox(mspId, line)         the regulator's admin: the line leaves its sandbox
//   SealCharter()                   secretariat admin, once
//   PrepareConfigUpdate(ConfigUpdateRecord)        secretariat admin: the channel configuration update
//                                   that adds a bank a passed ADMIT_MEMBER admitted to one channel
//   SignConfigUpdate(proposalId, channel, ConfigSignatureRecord)   an active member's admin, once per member
//   GetProposal(id), ListProposals(), GetRules()   queries
//   GetConfigUpdate(proposalId, channel) -> ConfigUpdateRecord, ListConfigUpdates(proposalId) -> ConfigUpdateList
//   SetFeeSchedule, RecordFeePayment, GetFeeStatement, ListFeeStatements, GetFeeSchedules
//                                   the membership fees (chaincode/trust/Fees.h)
//   ReportAvailability, RecordGasReport, GetGasFacts, GetGasReport, ListGasReports, GetGasBalances,
//   ListAvailability                Gas incentives (chaincode/trust/Gas.h)
// The vote that decides a proposal makes its change in the same transaction.
// Writes are endorsed by the caller's organization and the secretariat.

inline constexpr const char *kMemberPrefix = "member/";
inline constexpr const char *kRulesKey = "governance/rules";
inline constexpr const char *kSettingsKey = "settings"; // lianxin.trust.ConsortiumSettings
inline constexpr const char *kProposalPrefix = "proposal/";
inline constexpr const char *kOpenSubjectPrefix = "open/";
inline constexpr const char *kNextProposalKey = "governance/next-proposal";
// "config/<proposal>/<channel>": lianxin.trust.ConfigUpdateRecord.
inline constexpr const char *kConfigUpdatePrefix = "config/";

// Defaults: two thirds of the council seats, ten business days, and the
// Gas weights of docs/governance.md.
lianxin::trust::GovernanceRules withDefaults(lianxin::trust::GovernanceRules rules);
lianxin::trust::GovernanceRules loadRules(Stub &stub);
bool charterSealed(Stub &stub);

// The yes votes a proposal needs: ceil(numerator / denominator x seats),
// at least one.
int requiredYes(int councilSeats, int numerator, int denominator);

std::optional<lianxin::trust::Member> loadMember(Stub &stub, const std::string &mspId);
// Every registered member, by MSP ID.
std::vector<lianxin::trust::Member> allMembers(Stub &stub);
void storeMember(Stub &stub, const lianxin::trust::Member &member);
bool holdsSeat(const lianxin::trust::Member &member, lianxin::trust::Seat seat);
// The line's admission, or nullptr when the member does not have it.
const lianxin::trust::LineAdmission *admission(
    const lianxin::trust::Member &member, lianxin::trust::BusinessLine line);

// Why a member record cannot be registered (names, MSP ID, kind, seats for
// its kind, lines, root CA certificates when it names any); nullopt when it
// can.
std::optional<Response> memberProblem(const lianxin::trust::Member &member);

// The channels a bank an admission admits must join
// (docs/channel-configuration.md): trust always, and the channel of each of
// its lines (lc, forfaiting, guarantee), each once.
std::vector<std::string> channelsFor(const lianxin::trust::Proposal &admission);

std::string lineName(lianxin::trust::BusinessLine line);
std::string seatName(lianxin::trust::Seat seat);

bool isFunction(const std::string &function);
bool isQuery(const std::string &function);
EndorsementPolicy endorsementPolicy(const Invocation &invocation);
// Runs a governance function; nullopt when function is not one.
std::optional<Response> invoke(Stub &stub);

} // namespace lx::chaincode::governance
