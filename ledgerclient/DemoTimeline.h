#pragma once

#include "chaincode/calendar/BusinessCalendar.h"
#include "ledgerclient/DemoParties.h"

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lx::client::demo {

using State = lianxin::lc::LetterOfCredit::State;

// One bank action of the demo book: an officer's draft, approved by the
// same bank's checker, signed as of `date`.
struct DemoStep
{
    std::string bankMsp;
    std::string maker; // "officer1" | "officer2"
    Date date;
    lianxin::lc::LcAction action;
};

struct DemoLetter
{
    int index = 0;
    State target = lianxin::lc::LetterOfCredit::STATE_UNSPECIFIED;
    std::string lcNo;
    Date issueDate;
    std::vector<DemoStep> steps;
};

// Every state a book shows: all but STATE_UNSPECIFIED and DRAFT.
const std::vector<State> &demoStates();

// The state the index-th L/C ends in: the first letters take every state
// once (so any book of 14 or more shows them all), the rest follow a
// mix that looks like a bank's book.
State demoTarget(int index, std::uint32_t seed);

// One L/C's story ending in `target`: every step on a business day, each
// on a later day than the one before, none after `today`, each checked
// against the contract's own rules (chaincode/lc/LcRules.h) as it is
// planned. lc_no and the documents' names and hashes are filled in by
// planDemoBook once the book is numbered. Throws std::runtime_error if no
// story fits (which would be a bug in the planner).
DemoLetter planLetter(
    int index, State target, std::uint32_t seed, Date today, const chaincode::calendar::BusinessCalendar &calendar);

// The whole book, numbered per issuing bank in order of issue
// ("HX2026LC000123"); pure and deterministic in (letters, seed, today).
std::vector<DemoLetter> planDemoBook(int letters, std::uint32_t seed, Date today);

// "Issue", "Advise", ... (the contract's action names)
std::string stepName(const DemoStep &step);

} // namespace lx::client::demo
