#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lx::chaincode {

// What the contracts accept as a name a person reads (a party, a corporate,
// a document, a document type), and how every output shows stored text.
// One rule for all: a name that passes here cannot change what a terminal,
// a table or an export shows next to it.

// A code point that changes how the text around it is shown: C0 and C1
// controls, DEL, and the bidirectional marks, embeddings, overrides and
// isolates (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069).
bool isHiddenCodePoint(char32_t c);

// Why `text` cannot be stored as a name: not UTF-8, a hidden code point
// (named as U+XXXX with its position), or nothing but spaces. nullopt when
// it is fine. `what` names the field in the message ("the beneficiary's
// name").
struct TextProblem
{
    std::string reasonCode; // TEXT_NOT_UTF8, TEXT_HIDDEN_CHARACTER, TEXT_BLANK
    std::string message;
};
std::optional<TextProblem> nameProblem(std::string_view text, const std::string &what);

// The same for free text (a goods description, a comment): line breaks and
// tabs are allowed, every other hidden code point is not; blank is allowed.
std::optional<TextProblem> freeTextProblem(std::string_view text, const std::string &what);

// Without leading and trailing spaces (ASCII and the ideographic U+3000).
std::string trimmed(std::string_view text);

// A document type as both the L/C and the notary contracts record it:
// 1 to 40 capital letters, digits and underscores, starting with a letter
// ("INVOICE", "BILL_OF_LADING").
bool validDocumentType(std::string_view type);
// The refusal for one that is not; code is the contract's own
// (LC_DOCUMENT_TYPE, NOTARY_DOC_TYPE).
std::string documentTypeMessage(std::string_view type);

// Stored text as a person may safely be shown it: every hidden code point
// and every byte that is not UTF-8 written out visibly (\n, \r, \t, \e,
// \x00, \u202E). Printable text, Chinese included, passes unchanged, and
// so does text shown once already (a message quoting a name): showing is
// idempotent, at the price of a typed "\n" reading like an escaped one.
std::string visible(std::string_view text);

// For JSON whose quotes and backslashes are escaped already: every hidden
// code point as a JSON escape (\u202e, \u000a), every byte that is not
// UTF-8 as \ufffd; the rest unchanged. keepLineBreaks leaves raw line
// breaks alone: a whole indented document, whose strings carry none (its
// printer escaped them), keeps its layout.
std::string jsonEscapedHidden(std::string_view text, bool keepLineBreaks = false);

} // namespace lx::chaincode
