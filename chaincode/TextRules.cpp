#include "chaincode/TextRules.h"

#include <algorithm>
#include <cstdio>

namespace lx::chaincode {

namespace {

// One decoded step through UTF-8: the code point and its length in bytes,
// or length 0 for a byte that does not start a well-formed sequence
// (overlong forms, surrogates and values above U+10FFFF included).
struct Step
{
    char32_t codePoint = 0;
    std::size_t length = 0;
};

Step decode(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return { lead, 1 };
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return {};
    }
    if (at + length > text.size())
        return {};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return {};
        value = (value << 6) | (byte(at + i) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {};
    return { value, length };
}

std::string codePointName(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

// The text as a message may quote it: visible, and not too long.
std::string excerpt(std::string_view text)
{
    std::size_t cut = std::min<std::size_t>(text.size(), 80);
    while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // not inside a character
    return visible(text.substr(0, cut)) + (cut < text.size() ? "…" : "");
}

std::optional<TextProblem> problem(std::string_view text, const std::string &what, bool freeText)
{
    std::size_t position = 0; // in code points, from 1, for the message
    for (std::size_t at = 0; at < text.size();) {
        const Step step = decode(text, at);
        ++position;
        if (step.length == 0)
            return TextProblem { "TEXT_NOT_UTF8",
                what + " is not valid UTF-8 text (byte " + std::to_string(at + 1) + "); type it again." };
        const bool allowed = freeText && (step.codePoint == '\n' || step.codePoint == '\t');
        if (isHiddenCodePoint(step.codePoint) && !allowed)
            return TextProblem { "TEXT_HIDDEN_CHARACTER",
                what + " \"" + excerpt(text) + "\" contains the invisible control character "
                    + codePointName(step.codePoint)
                    + " at position " + std::to_string(position)
                    + ", which could change how it is shown to others; remove it." };
        at += step.length;
    }
    if (!freeText && trimmed(text).empty())
        return TextProblem { "TEXT_BLANK", what + " is empty; write it out." };
    return std::nullopt;
}

} // namespace

bool isHiddenCodePoint(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::optional<TextProblem> nameProblem(std::string_view text, const std::string &what)
{
    return problem(text, what, false);
}

std::optional<TextProblem> freeTextProblem(std::string_view text, const std::string &what)
{
    return problem(text, what, true);
}

std::string trimmed(std::string_view text)
{
    static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        if (text.front() == ' ') {
            text.remove_prefix(1);
            changed = true;
        } else if (text.back() == ' ') {
            text.remove_suffix(1);
            changed = true;
        } else if (text.starts_with(kIdeographicSpace)) {
            text.remove_prefix(kIdeographicSpace.size());
            changed = true;
        } else if (text.ends_with(kIdeographicSpace)) {
            text.remove_suffix(kIdeographicSpace.size());
            changed = true;
        }
    }
    return std::string(text);
}

bool validDocumentType(std::string_view type)
{
    if (type.empty() || type.size() > 40 || type.front() < 'A' || type.front() > 'Z')
        return false;
    for (const char c : type) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

std::string documentTypeMessage(std::string_view type)
{
    return "Give the document type in capital letters, digits and underscores, e.g. INVOICE or BILL_OF_LADING; \""
        + visible(type) + "\" is not one.";
}

std::string visible(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const Step step = decode(text, at);
        char buffer[16];
        if (step.length == 0) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned char>(text[at]));
            out += buffer;
            ++at;
            continue;
        }
        const char32_t c = step.codePoint;
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c == 0x1B)
            out += "\\e";
        else if (c < 0x80 && isHiddenCodePoint(c)) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(c));
            out += buffer;
        } else if (isHiddenCodePoint(c)) {
            std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
            out += buffer;
        } else {
            out.append(text.substr(at, step.length));
        }
        at += step.length;
    }
    return out;
}

std::string jsonEscapedHidden(std::string_view text, bool keepLineBreaks)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const Step step = decode(text, at);
        if (step.length == 0) {
            out += "\\ufffd";
            ++at;
            continue;
        }
        if (isHiddenCodePoint(step.codePoint) && !(keepLineBreaks && step.codePoint == '\n')) {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(step.codePoint));
            out += buffer;
        } else {
            out.append(text.substr(at, step.length));
        }
        at += step.length;
    }
    return out;
}

} // namespace lx::chaincode
