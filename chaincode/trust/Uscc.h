#pragma once

#include <string>
#include <string_view>

namespace lx::chaincode::trust {

// The unified social credit code (統一社會信用代碼, GB 32100-2015), 18
// characters from 0-9 and the capitals without I, O, Z, S, V:
//   1      registration authority (1 organ establishment, 5 civil affairs, 9 market regulation, ...)
//   2      organization type under that authority
//   3-8    administrative division code (GB/T 2260)
//   9-17   organization code (GB 11714), position 17 its own check character
//   18     check character over positions 1-17, modulo 31
// Pure C++ so that the UI validates as the chaincode does.
struct UsccCheck
{
    bool valid = false;
    std::string reasonCode; // empty when valid; USCC_LENGTH, USCC_CHARACTER, ...
    std::string message; // English, says what to correct
    int position = 0; // 1-based position of the offending character, 0 when none

    explicit operator bool() const { return valid; }
};

UsccCheck checkUscc(std::string_view code);

// Trims surrounding spaces and upper-cases ASCII letters, as a user might
// type the code; the result still needs checkUscc().
std::string normalizeUscc(std::string_view input);

// The check character (position 18) for the first 17 characters, or '\0'
// if one of them is outside the code's character set.
char usccCheckCharacter(std::string_view first17);

// The GB 11714 check character (position 9 of an organization code) for its
// first 8 characters, or '\0' if one of them is not 0-9 or A-Z.
char organizationCodeCheckCharacter(std::string_view first8);

} // namespace lx::chaincode::trust
