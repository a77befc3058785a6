#pragma once

#include "chaincode/Contract.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lx::chaincode::fees {

// The consortium's annual membership fees, kept by the registry contract on
// trust beside the members who owe them (docs/governance.md, "Fees"). Money
// in fen, days in China time from the transaction's timestamp.
//   SetFeeSchedule(FeeSchedule)    secretariat admin: a year's fee per tier and its due date -> FeeSchedule
//   RecordFeePayment(FeePayment)   secretariat admin: a bank's payment towards a year -> FeeLine of that year after it
//   GetFeeStatement(mspId)         the bank's own users, the secretariat, the regulator -> FeeStatement
//   ListFeeStatements()            the secretariat, the regulator -> FeeStatementList
//   GetFeeSchedules()              anyone -> FeeScheduleList
// A bank owes, for each year with a schedule, its current tier's fee, from
// the year the council admitted it (every year for a founding member), while
// it is ACTIVE or SUSPENDED.

// "fee/schedule/<YYYY>": lianxin.trust.FeeSchedule.
inline constexpr const char *kSchedulePrefix = "fee/schedule/";
// "fee/paid/<YYYY>/<MSP>": lianxin.trust.FeePaymentList.
inline constexpr const char *kPaidPrefix = "fee/paid/";

inline constexpr int kTiers = 5;
inline constexpr std::int64_t kMaxFeeFen = 10'000'000'000'000; // CNY 100,000,000,000.00
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 9999;
inline constexpr std::size_t kMaxReferenceChars = 100;

bool isFunction(const std::string &function);
bool isQuery(const std::string &function);
// Runs a fee function; nullopt when function is not one.
std::optional<Response> invoke(Stub &stub);

} // namespace lx::chaincode::fees
