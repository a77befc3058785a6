#pragma once

#include "chaincode/Contract.h"
#include "chaincode/calendar/BusinessCalendar.h"

#include "lianxin/governance.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lx::chaincode::gas {

// Gas incentives, kept by the registry contract on trust (docs/gas.md). A
// period is a calendar month in China time, written "YYYY-MM".
//   ReportAvailability(AvailabilityReport)   a member's admin: a statement its node signed, after the period
//   RecordGasReport(GasReport)               secretariat admin, once per period, after it
//   GetGasFacts(period) -> GasReport         the weights in force and, per member, the facts kept on trust
//                                            (available hours, approved costs); the chain's counts are 0
//   GetGasReport(period), ListGasReports(), GetGasBalances(), ListAvailability(period)   queries
// Node costs are approved by a council vote (APPROVE_NODE_COST,
// chaincode/trust/Governance.cpp), which calls addApprovedCost.

// "gas/report/<YYYY-MM>": GasReport.
inline constexpr const char *kReportPrefix = "gas/report/";
// "gas/availability/<YYYY-MM>/<MSP>/<node>": AvailabilityReport.
inline constexpr const char *kAvailabilityPrefix = "gas/availability/";
// "gas/cost/<YYYY-MM>/<MSP>": ApprovedCostList.
inline constexpr const char *kCostPrefix = "gas/cost/";

inline constexpr std::int64_t kMaxCostFen = 10'000'000'000'000; // CNY 100,000,000,000.00
inline constexpr std::size_t kMaxCostDescriptionChars = 300;

struct Period
{
    int year = 0;
    unsigned month = 0;

    calendar::Date first() const;
    calendar::Date last() const;
    int hours() const; // 24 x its days
    std::string text() const; // "YYYY-MM"
};

// "YYYY-MM" with a year from 2000 to 9999 and a month 1 to 12; nullopt otherwise.
std::optional<Period> parsePeriod(const std::string &text);
// Why text is not a period, as contract and workstation both say it.
std::string periodMessage(const std::string &text);
// The period holding a day.
Period periodOf(calendar::Date day);

// The channels whose committed blocks the counts come from, by name.
const std::vector<std::string> &countedChannels();

// weights x facts in milli-Gas: endorsements, transactions and available
// hours at their weight, approved cost at its weight per yuan (fen x weight
// / 100, rounded down). nullopt when it does not fit in 63 bits or a fact is
// negative.
std::optional<std::int64_t> gasOf(const lianxin::trust::GasWeights &weights, const lianxin::trust::GasCredit &credit);

// Adds a cost the council approved to its member and period (the change of
// a passed APPROVE_NODE_COST).
void addApprovedCost(Stub &stub, const std::string &proposalId, const std::string &mspId,
    const lianxin::trust::NodeCost &cost);
// Why a node cost cannot be proposed or approved now; nullopt when it can.
std::optional<Response> nodeCostProblem(Stub &stub, const lianxin::trust::NodeCost &cost);

bool isFunction(const std::string &function);
bool isQuery(const std::string &function);
// Runs a Gas function; nullopt when function is not one.
std::optional<Response> invoke(Stub &stub);

} // namespace lx::chaincode::gas
