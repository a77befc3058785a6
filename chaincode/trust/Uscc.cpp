#include "chaincode/trust/Uscc.h"

#include <array>

namespace lx::chaincode::trust {

namespace {

// The 31 characters of GB 32100-2015 in value order; I, O, Z, S and V are
// left out because they read like 1, 0, 2, 5 and U.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
constexpr std::array<int, 8> kOrgCodeWeights = { 3, 7, 9, 10, 5, 8, 4, 2 };

struct Authority
{
    char code;
    std::string_view types; // organization-type codes allowed under it
    std::string_view name;
};

// GB 32100-2015, annex: registration authorities and the organization types
// each may register.
constexpr std::array<Authority, 12> kAuthorities = { {
    { '1', "1239", "organ establishment (机构编制)" },
    { '2', "19", "foreign affairs (外交)" },
    { '3', "123459", "justice administration (司法行政)" },
    { '4', "19", "culture (文化)" },
    { '5', "1239", "civil affairs (民政)" },
    { '6', "129", "tourism (旅游)" },
    { '7', "129", "religious affairs (宗教)" },
    { '8', "19", "trade unions (工会)" },
    { '9', "123", "market regulation (工商)" },
    { 'A', "19", "military establishment (中央军委改革和编制办公室)" },
    { 'N', "1239", "agriculture (农业)" },
    { 'Y', "1", "other authorities (其他)" },
} };

// First two digits of a GB/T 2260 division code; 10 is used for bodies
// registered at national level.
constexpr std::array<int, 35> kProvinces = { 10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
    44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82 };

int usccValue(char c)
{
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// GB 11714 values: digits as themselves, A-Z as 10-35.
int orgCodeValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return -1;
}

UsccCheck reject(std::string reason, std::string message, int position = 0)
{
    UsccCheck r;
    r.reasonCode = std::move(reason);
    r.message = std::move(message);
    r.position = position;
    return r;
}

std::string quoted(char c)
{
    return std::string("'") + c + "'";
}

std::string at(int position)
{
    return "character " + std::to_string(position);
}

} // namespace

char usccCheckCharacter(std::string_view first17)
{
    if (first17.size() != kUsccWeights.size())
        return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < kUsccWeights.size(); ++i) {
        const int v = usccValue(first17[i]);
        if (v < 0)
            return '\0';
        sum += v * kUsccWeights[i];
    }
    return kAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

char organizationCodeCheckCharacter(std::string_view first8)
{
    if (first8.size() != kOrgCodeWeights.size())
        return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < kOrgCodeWeights.size(); ++i) {
        const int v = orgCodeValue(first8[i]);
        if (v < 0)
            return '\0';
        sum += v * kOrgCodeWeights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

std::string normalizeUscc(std::string_view input)
{
    const auto first = input.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = input.find_last_not_of(" \t\r\n");
    std::string out(input.substr(first, last - first + 1));
    for (char &c : out) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

UsccCheck checkUscc(std::string_view code)
{
    if (code.size() != 18)
        return reject("USCC_LENGTH",
            "A unified social credit code has 18 characters; this one has " + std::to_string(code.size()) + ".");
    for (std::size_t i = 0; i < code.size(); ++i) {
        const int position = static_cast<int>(i) + 1;
        if (usccValue(code[i]) >= 0)
            continue;
        const char c = code[i];
        std::string hint = "only digits and the capitals A-H, J-N, P-R, T-U, W-Y are used";
        if (c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V')
            hint = "the letters I, O, Z, S and V never appear; it is probably 1, 0, 2, 5 or U";
        else if (c >= 'a' && c <= 'z')
            hint = "letters are capitals";
        return reject("USCC_CHARACTER", "The code's " + at(position) + " is not allowed: " + hint + ".", position);
    }

    const Authority *authority = nullptr;
    for (const Authority &a : kAuthorities) {
        if (a.code == code[0])
            authority = &a;
    }
    if (!authority)
        return reject("USCC_REGISTRATION_AUTHORITY",
            "The first character, " + quoted(code[0])
                + ", is no registration authority code (1-9, A, N or Y); check the code.",
            1);
    if (authority->types.find(code[1]) == std::string_view::npos)
        return reject("USCC_ORGANIZATION_TYPE",
            "The second character, " + quoted(code[1]) + ", is no organization type registered by "
                + std::string(authority->name) + " (allowed: " + std::string(authority->types) + "); check the code.",
            2);

    for (int i = 2; i < 8; ++i) {
        if (code[static_cast<std::size_t>(i)] < '0' || code[static_cast<std::size_t>(i)] > '9')
            return reject("USCC_DIVISION_CODE",
                "Characters 3-8 are the administrative division code and must be digits; " + at(i + 1) + " is "
                    + quoted(code[static_cast<std::size_t>(i)]) + ".",
                i + 1);
    }
    const int province = (code[2] - '0') * 10 + (code[3] - '0');
    bool knownProvince = false;
    for (int p : kProvinces)
        knownProvince = knownProvince || p == province;
    if (!knownProvince)
        return reject("USCC_DIVISION_CODE",
            "Characters 3-8, " + std::string(code.substr(2, 6))
                + ", are no administrative division code: no province starts with " + std::string(code.substr(2, 2))
                + ".",
            3);

    const char orgCheck = organizationCodeCheckCharacter(code.substr(8, 8));
    if (orgCheck != code[16])
        return reject("USCC_ORG_CODE_CHECK",
            "The organization code in characters 9-17 fails its check: " + at(17) + " should be " + quoted(orgCheck)
                + ", not " + quoted(code[16]) + ". Re-read the code from the business licence.",
            17);

    const char check = usccCheckCharacter(code.substr(0, 17));
    if (check != code[17])
        return reject("USCC_CHECK_CHARACTER",
            "The check character (" + at(18) + ") should be " + quoted(check) + ", not " + quoted(code[17])
                + ". Re-read the code from the business licence.",
            18);

    UsccCheck ok;
    ok.valid = true;
    return ok;
}

} // namespace lx::chaincode::trust
