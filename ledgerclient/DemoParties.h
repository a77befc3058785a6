#pragma once

#include "lianxin/lc.pb.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace lx::client::demo {

using Date = std::chrono::year_month_day;

// A deterministic generator for the demo book (splitmix64). The standard
// distributions are implementation-defined, so they would give another book
// on another standard library; this one gives the same book everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next();
    int uniform(int lo, int hi); // inclusive
    bool chance(int percent);
    template<typename T> const T &pick(const std::vector<T> &items)
    {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
    }

private:
    std::uint64_t m_state;
};

// Mixes a seed with an index into an independent stream, so one L/C's plan
// never depends on how many values another L/C's plan drew.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t index);

// One of the sandbox's five banks (ledgerclient/Sandbox.h).
struct DemoBank
{
    std::string mspId;
    std::string prefix; // in L/C numbers and file names: "HX"
    std::string nameZh;
};
const std::vector<DemoBank> &demoBanks();

// A fictional domestic corporate; what it sells is what the L/C's goods
// description shows when it is the beneficiary.
struct DemoCompany
{
    std::string name;
    std::string city;
    std::string uscc;
    std::string product; // "精梳棉纱JC40S"
    std::string unit; // "吨"; empty for services
    int minQuantity = 0;
    int maxQuantity = 0;
    bool services = false;
};
const std::vector<DemoCompany> &demoCompanies();

// 統一社會信用代碼 with both check characters (GB 11714 and GB 32100).
std::string demoUscc(const std::string &division6, const std::string &organization8);

// The company as a party whose account is at the given bank's branch in
// the company's city; the account number is fixed per company and bank.
lianxin::lc::Party demoParty(const DemoCompany &company, const DemoBank &bank);

// The terms of an L/C as an issuing bank's officer would draft them, before
// the planner fixes dates and the payment term; lc_no is left empty.
lianxin::lc::LetterOfCredit demoTerms(
    DemoRandom &random, const DemoBank &issuer, const DemoBank &advisor, int applicant, int beneficiary);

// The required documents of the L/C, as presented: a description that
// ends up in the file's content.
std::string documentTitle(const std::string &docType);
std::string documentFilePrefix(const std::string &docType);

} // namespace lx::client::demo
