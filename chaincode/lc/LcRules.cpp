#include "chaincode/lc/LcRules.h"

#include "chaincode/Amount.h"
#include "chaincode/TextRules.h"
#include "chaincode/lc/LcAmountWords.h"
#include "chaincode/trust/Uscc.h"

#include <algorithm>
#include <limits>

namespace lx::chaincode::lc {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::PaymentTerm;

__extension__ typedef __int128 Wide; // sums and products of amounts, exact

constexpr const char *kTitle = "國內信用證";

void add(std::vector<Violation> &out, std::string code, std::string field, std::string message)
{
    out.push_back(Violation { std::move(code), std::move(field), std::move(message) });
}

bool validLcNo(const std::string &no)
{
    if (no.empty() || no.size() > 35)
        return false;
    return std::all_of(no.begin(), no.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '/';
    });
}

// A name or one-line text the L/C shows to every bank: no hidden
// characters; blank only where the term is optional.
void checkText(std::vector<Violation> &out, const std::string &value, const std::string &field, const std::string &what,
    bool optional = false)
{
    if (optional && value.empty())
        return;
    if (const auto problem = nameProblem(value, what))
        add(out, problem->reasonCode, field, problem->message);
}

void checkFreeText(std::vector<Violation> &out, const std::string &value, const std::string &field, const std::string &what)
{
    if (const auto problem = freeTextProblem(value, what))
        add(out, problem->reasonCode, field, problem->message);
}

void checkParty(std::vector<Violation> &out, const lianxin::lc::Party &party, const std::string &role)
{
    if (party.name().empty() || party.account_no().empty() || party.account_bank().empty())
        add(out, "LC_PARTY_INCOMPLETE", role,
            "Give the " + role + "'s name, account number and account bank; all three are mandatory.");
    checkText(out, party.name(), role + ".name", "The " + role + "'s name", true);
    checkText(out, party.account_no(), role + ".account_no", "The " + role + "'s account number", true);
    checkText(out, party.account_bank(), role + ".account_bank", "The " + role + "'s account bank", true);
    checkText(out, party.address(), role + ".address", "The " + role + "'s address", true);
    const auto check = trust::checkUscc(party.uscc());
    if (!check)
        add(out, "LC_PARTY_USCC", role + ".uscc",
            "The " + role + "'s unified social credit code is not valid: " + check.message);
}

void checkPaymentTerm(std::vector<Violation> &out, const PaymentTerm &term, Date issueDate, const std::string &field)
{
    if (term.kind() == PaymentTerm::SIGHT)
        return;
    if (term.kind() != PaymentTerm::DEFERRED) {
        add(out, "LC_PAYMENT_TERM_MISSING", field, "State the payment term: at sight, or deferred.");
        return;
    }
    if (term.basis() == PaymentTerm::FIXED_DATE) {
        const auto maturity = civil(term.fixed_maturity());
        if (!maturity || *maturity <= issueDate)
            add(out, "LC_MATURITY_INVALID", field + ".fixed_maturity",
                "A fixed maturity date must be a real date after the issue date " + calendar::formatDate(issueDate)
                    + ".");
        else if (*maturity > plusYears(issueDate, 1))
            add(out, "LC_DEFERRED_OVER_ONE_YEAR", field + ".fixed_maturity",
                "A deferred payment term may not exceed one year: the maturity " + text(term.fixed_maturity())
                    + " is after " + calendar::formatDate(plusYears(issueDate, 1)) + ".");
        return;
    }
    if (term.basis() == PaymentTerm::BASIS_UNSPECIFIED) {
        add(out, "LC_MATURITY_BASIS_MISSING", field + ".basis",
            "Say what a deferred payment's days count from: document date, shipment date, sight, or a fixed date.");
        return;
    }
    if (term.days() <= 0)
        add(out, "LC_MATURITY_INVALID", field + ".days", "A deferred payment term needs a number of days above 0.");
    else if (term.days() > kMaxDeferredDays)
        add(out, "LC_DEFERRED_OVER_ONE_YEAR", field + ".days",
            "A deferred payment term may not exceed one year (" + std::to_string(kMaxDeferredDays) + " days); "
                + std::to_string(term.days()) + " days were given.");
}

} // namespace

std::vector<Violation> validateTerms(const LetterOfCredit &lc, Date issueDate)
{
    std::vector<Violation> out;
    if (!validLcNo(lc.lc_no()))
        add(out, "LC_NUMBER_INVALID", "lc_no", "Give the L/C number: 1 to 35 letters, digits, '-' or '/'.");
    if (!lc.title().empty() && lc.title() != kTitle)
        add(out, "LC_TITLE_INVALID", "title", std::string("A domestic L/C is titled ") + kTitle + ".");
    if (!lc.irrevocable())
        add(out, "LC_NOT_IRREVOCABLE", "irrevocable", "A domestic L/C is irrevocable; mark it so.");
    if (!lc.currency().empty() && lc.currency() != "CNY")
        add(out, "LC_CURRENCY_NOT_CNY", "currency", "A domestic L/C is in RMB only; the currency is CNY.");
    if (lc.amount_fen() <= 0)
        add(out, "LC_AMOUNT_INVALID", "amount_fen", "The amount must be above zero.");
    else if (const auto tooLarge = amountOverLimit(lc.amount_fen(), "The L/C amount"))
        add(out, "LC_AMOUNT_TOO_LARGE", "amount_fen", *tooLarge);
    checkParty(out, lc.applicant(), "applicant");
    checkParty(out, lc.beneficiary(), "beneficiary");
    if (lc.issuing_bank_msp().empty() || lc.advising_bank_msp().empty())
        add(out, "LC_BANK_MISSING", "advising_bank_msp", "Name the issuing and the advising bank.");

    const auto expiry = civil(lc.expiry_date());
    if (!expiry)
        add(out, "LC_DATE_INVALID", "expiry_date", "Give the expiry date as a real calendar date.");
    else if (*expiry <= issueDate)
        add(out, "LC_EXPIRY_BEFORE_ISSUE", "expiry_date",
            "The expiry date " + text(lc.expiry_date()) + " must be after the issue date "
                + calendar::formatDate(issueDate) + ".");
    if (lc.expiry_place().empty())
        add(out, "LC_EXPIRY_PLACE_MISSING", "expiry_place", "Give the place of expiry (where documents are due).");
    if (isSet(lc.latest_shipment_date())) {
        const auto shipment = civil(lc.latest_shipment_date());
        if (!shipment)
            add(out, "LC_DATE_INVALID", "latest_shipment_date", "Give the latest shipment date as a real date.");
        else if (expiry && *shipment > *expiry)
            add(out, "LC_SHIPMENT_AFTER_EXPIRY", "latest_shipment_date",
                "The latest shipment date " + text(lc.latest_shipment_date()) + " is after the expiry date "
                    + text(lc.expiry_date()) + "; it may be on the expiry date at the latest.");
    }
    checkPaymentTerm(out, lc.payment_term(), issueDate, "payment_term");
    const auto &tolerance = lc.tolerance();
    if (tolerance.plus_percent() < 0 || tolerance.plus_percent() > 100 || tolerance.minus_percent() < 0
        || tolerance.minus_percent() > 100)
        add(out, "LC_TOLERANCE_INVALID", "tolerance", "A tolerance is a percentage from 0 to 100.");
    if (lc.presentation_period_days() < 0 || lc.presentation_period_days() > 366)
        add(out, "LC_PRESENTATION_PERIOD_INVALID", "presentation_period_days",
            "The presentation period is a number of days from 0 (meaning 21) to 366.");
    if (lc.goods_description().empty())
        add(out, "LC_GOODS_MISSING", "goods_description", "Describe the goods or services.");
    checkFreeText(out, lc.goods_description(), "goods_description", "The description of the goods");
    checkFreeText(out, lc.additional_conditions(), "additional_conditions", "The additional conditions");
    checkText(out, lc.expiry_place(), "expiry_place", "The place of expiry", true);
    if (lc.required_documents().empty())
        add(out, "LC_DOCUMENTS_MISSING", "required_documents", "List the documents the beneficiary must present.");
    for (const auto &required : lc.required_documents()) {
        if (!validDocumentType(required.doc_type())) {
            add(out, "LC_DOCUMENT_TYPE", "required_documents", documentTypeMessage(required.doc_type()));
            break;
        }
        checkFreeText(out, required.description(), "required_documents", "A required document's description");
    }
    if (lc.transferable() && lc.transferring_bank_msp().empty())
        add(out, "LC_TRANSFERRING_BANK_MISSING", "transferring_bank_msp",
            "A transferable L/C names its one transferring bank.");
    if (lc.confirmable() && lc.confirming_bank_msp().empty())
        add(out, "LC_CONFIRMING_BANK_MISSING", "confirming_bank_msp", "A confirmable L/C names the confirming bank.");
    if (lc.negotiable() && lc.negotiating_bank_msp().empty() && !lc.negotiable_by_any_bank())
        add(out, "LC_NEGOTIATING_BANK_MISSING", "negotiating_bank_msp",
            "A negotiable L/C names the negotiating bank, or allows any bank.");
    if (lc.charges().bearer() == lianxin::lc::Charges::BEARER_UNSPECIFIED)
        add(out, "LC_CHARGES_MISSING", "charges", "Say who bears the charges.");
    return out;
}

std::vector<std::string> amendmentChanges(const lianxin::lc::Amendment &a)
{
    std::vector<std::string> out;
    if (a.has_increase_fen() || a.has_decrease_fen())
        out.emplace_back("amount");
    if (isSet(a.new_expiry_date()))
        out.emplace_back("expiry_date");
    if (isSet(a.new_latest_shipment_date()))
        out.emplace_back("latest_shipment_date");
    if (a.has_new_presentation_period_days())
        out.emplace_back("presentation_period_days");
    if (a.has_new_goods_description())
        out.emplace_back("goods_description");
    if (a.new_payment_term().kind() != PaymentTerm::KIND_UNSPECIFIED)
        out.emplace_back("payment_term");
    return out;
}

LetterOfCredit applyAmendment(const LetterOfCredit &lc, const lianxin::lc::Amendment &a)
{
    LetterOfCredit out = lc;
    const std::int64_t delta = a.increase_fen() - a.decrease_fen();
    out.set_amount_fen(lc.amount_fen() + delta);
    out.set_available_balance_fen(lc.available_balance_fen() + delta);
    if (delta != 0 && out.amount_fen() >= 0)
        out.set_amount_in_words(amountInWords(out.amount_fen()));
    if (isSet(a.new_expiry_date()))
        *out.mutable_expiry_date() = a.new_expiry_date();
    if (isSet(a.new_latest_shipment_date()))
        *out.mutable_latest_shipment_date() = a.new_latest_shipment_date();
    if (a.has_new_presentation_period_days())
        out.set_presentation_period_days(a.new_presentation_period_days());
    if (a.has_new_goods_description())
        out.set_goods_description(a.new_goods_description());
    if (a.new_payment_term().kind() != PaymentTerm::KIND_UNSPECIFIED)
        *out.mutable_payment_term() = a.new_payment_term();
    return out;
}

std::vector<Violation> validateAmendment(const LetterOfCredit &lc, const lianxin::lc::Amendment &a, Date today)
{
    std::vector<Violation> out;
    if (amendmentChanges(a).empty() && a.narrative().empty()) {
        add(out, "LC_AMENDMENT_EMPTY", "amendment", "An amendment must change at least one term.");
        return out;
    }
    if (a.has_new_goods_description())
        checkFreeText(out, a.new_goods_description(), "amendment.new_goods_description", "The new goods description");
    checkFreeText(out, a.narrative(), "amendment.narrative", "The amendment's narrative");
    if (const auto expiry = civil(a.new_expiry_date()); expiry && *expiry < today)
        add(out, "LC_EXPIRY_IN_PAST", "amendment.new_expiry_date",
            "The new expiry date " + text(a.new_expiry_date()) + " has passed already; give a date from today ("
                + calendar::formatDate(today) + ") on.");
    const std::size_t before = out.size();
    if (a.increase_fen() < 0 || a.decrease_fen() < 0)
        add(out, "LC_AMOUNT_INVALID", "amendment.increase_fen", "Give increases and decreases as positive amounts.");
    else if (const auto tooLarge = amountOverLimit(std::max(a.increase_fen(), a.decrease_fen()), "The change"))
        add(out, "LC_AMOUNT_TOO_LARGE", "amendment.increase_fen", *tooLarge);
    else if (const auto amount = Wide(lc.amount_fen()) + a.increase_fen() - a.decrease_fen(); amount > kMaxAmountFen)
        add(out, "LC_AMOUNT_TOO_LARGE", "amendment.increase_fen",
            "The amended L/C amount would be above the largest amount the consortium accepts, " + maxAmountText()
                + ".");
    if (out.size() > before)
        return out; // the amended amount cannot be computed
    const LetterOfCredit amended = applyAmendment(lc, a);
    if (amended.available_balance_fen() < 0)
        add(out, "LC_AMOUNT_OVER_BALANCE", "amendment.decrease_fen",
            "The decrease is larger than the available balance " + formatFen(lc.available_balance_fen()) + ".");
    const auto issueDate = civil(lc.issue_date());
    if (issueDate) {
        // The amended L/C must still pass every term, the one-year limit included.
        for (Violation &v : validateTerms(amended, *issueDate)) {
            v.field = "amendment." + v.field;
            out.push_back(std::move(v));
        }
    }
    return out;
}

std::vector<Violation> validateAmendmentAnswer(
    const lianxin::lc::Amendment &amendment, const lianxin::lc::LcAction::AnswerAmendment &answer)
{
    std::vector<Violation> out;
    if (answer.accepted_changes().empty())
        return out;
    std::vector<std::string> all = amendmentChanges(amendment);
    std::vector<std::string> given(answer.accepted_changes().begin(), answer.accepted_changes().end());
    std::sort(all.begin(), all.end());
    std::sort(given.begin(), given.end());
    given.erase(std::unique(given.begin(), given.end()), given.end());
    if (!answer.accept() || given != all)
        add(out, "LC_PARTIAL_AMENDMENT_ACCEPTANCE", "accepted_changes",
            "Amendment " + std::to_string(amendment.number())
                + " is accepted or rejected as a whole; accepting only some of its changes counts as rejection. "
                  "Accept it whole or reject it.");
    return out;
}

int presentationPeriodDays(const LetterOfCredit &lc)
{
    return lc.presentation_period_days() > 0 ? lc.presentation_period_days() : kDefaultPresentationPeriodDays;
}

std::int64_t maxPresentableFen(const LetterOfCredit &lc)
{
    // Exact, and held at the int64 limits for a record written before the
    // amount limit (an L/C of more than INT64_MAX / 100 fen).
    const Wide most = Wide(lc.available_balance_fen()) + Wide(lc.amount_fen()) * lc.tolerance().plus_percent() / 100;
    return static_cast<std::int64_t>(
        std::clamp<Wide>(most, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()));
}

std::vector<Violation> validateReceipt(const LetterOfCredit &lc, const lianxin::lc::Presentation &p, Date today,
    const calendar::BusinessCalendar &calendar)
{
    std::vector<Violation> out;
    if (!isSet(p.received_date()))
        return out; // received today
    const auto received = civil(p.received_date());
    if (!received) {
        add(out, "LC_DATE_INVALID", "received_date",
            "Give the day the documents were received as a real calendar date, not " + text(p.received_date()) + ".");
        return out;
    }
    switch (checkReceipt(*received, today, calendar)) {
    case ReceiptCheck::Accepted:
    case ReceiptCheck::Invalid:
        break;
    case ReceiptCheck::InFuture:
        add(out, "LC_RECEIPT_IN_FUTURE", "received_date",
            "The documents cannot have been received on " + text(p.received_date()) + ", after today ("
                + calendar::formatDate(today) + "); record the day they arrived.");
        return out;
    case ReceiptCheck::TooOld:
        add(out, "LC_RECEIPT_TOO_OLD", "received_date",
            "Documents received on " + text(p.received_date()) + " must be recorded and approved within "
                + std::to_string(kMaxReceiptAgeBusinessDays) + " business days, so on or after "
                + calendar::formatDate(earliestReceipt(today, calendar))
                + " today; present them as received today, or have a checker approve the draft sooner.");
        return out;
    }
    if (const auto issued = civil(lc.issue_date()); issued && *received < *issued)
        add(out, "LC_RECEIPT_BEFORE_ISSUE", "received_date",
            "Documents cannot have been received under L/C " + lc.lc_no() + " on " + text(p.received_date())
                + ", before it was issued on " + text(lc.issue_date()) + "; check the date of receipt.");
    return out;
}

Date receiptDay(const lianxin::lc::Presentation &p, Date today)
{
    if (const auto received = civil(p.received_date()))
        return *received;
    return today;
}

std::vector<Violation> validatePresentation(const LetterOfCredit &lc, const lianxin::lc::Presentation &p, Date received)
{
    std::vector<Violation> out;
    const auto expiry = civil(lc.expiry_date());
    if (expiry && received > *expiry)
        add(out, "LC_PRESENTED_AFTER_EXPIRY", "received_date",
            "L/C " + lc.lc_no() + " expired on " + text(lc.expiry_date()) + "; documents received on "
                + calendar::formatDate(received) + " can no longer be presented.");
    const auto shipment = civil(p.shipment_date());
    if (!shipment) {
        add(out, "LC_DATE_INVALID", "shipment_date", "Give the shipment (or service) date shown in the documents.");
    } else {
        const auto latest = isSet(lc.latest_shipment_date()) ? civil(lc.latest_shipment_date()) : expiry;
        if (latest && *shipment > *latest)
            add(out, "LC_SHIPMENT_LATE", "shipment_date",
                "Shipment on " + text(p.shipment_date()) + " is after the latest shipment date "
                    + calendar::formatDate(*latest) + ".");
        const Date periodEnd = plusDays(*shipment, presentationPeriodDays(lc));
        if (received > periodEnd)
            add(out, "LC_PRESENTATION_PERIOD_OVER", "received_date",
                "Documents were due within " + std::to_string(presentationPeriodDays(lc)) + " days after shipment, by "
                    + calendar::formatDate(periodEnd) + "; they were received on " + calendar::formatDate(received)
                    + ".");
    }
    if (p.amount_fen() <= 0)
        add(out, "LC_AMOUNT_INVALID", "amount_fen", "The amount presented must be above zero.");
    else if (const auto tooLarge = amountOverLimit(p.amount_fen(), "The amount presented"))
        add(out, "LC_AMOUNT_TOO_LARGE", "amount_fen", *tooLarge);
    else if (p.amount_fen() > maxPresentableFen(lc))
        add(out, "LC_AMOUNT_OVER_BALANCE", "amount_fen",
            "The amount presented, " + formatFen(p.amount_fen()) + ", exceeds the available balance plus tolerance, "
                + formatFen(maxPresentableFen(lc)) + ".");
    if (!lc.partial_shipments_allowed()) {
        // One shipment, one drawing: once a presentation has been honoured
        // (or is being honoured), another one would be a partial shipment.
        for (const auto &earlier : lc.presentations()) {
            switch (earlier.state()) {
            case lianxin::lc::Presentation::COMPLYING:
            case lianxin::lc::Presentation::WAIVED:
            case lianxin::lc::Presentation::ACCEPTED:
            case lianxin::lc::Presentation::PAID:
            case lianxin::lc::Presentation::PAID_AT_MATURITY:
                add(out, "LC_PARTIAL_SHIPMENT_PROHIBITED", "presentation",
                    "L/C " + lc.lc_no() + " prohibits partial shipments (43P) and presentation "
                        + std::to_string(earlier.number()) + " was honoured already; no further drawing is possible.");
                break;
            default:
                continue;
            }
            break;
        }
    }
    if (p.documents().empty())
        add(out, "LC_DOCUMENTS_MISSING", "documents", "Attach the documents presented (type, file name, SHA-256).");
    for (const auto &doc : p.documents()) {
        if (doc.doc_type().empty() || doc.file_name().empty() || doc.sha256().size() != 32) {
            add(out, "LC_DOCUMENT_INVALID", "documents",
                "Each document needs its type, file name and 32-byte SHA-256 hash; \"" + visible(doc.file_name())
                    + "\" does not have them all.");
            break;
        }
        // The notary records the same type and name (one rule for both
        // contracts): a spelling it would refuse is refused here first.
        if (!validDocumentType(doc.doc_type())) {
            add(out, "LC_DOCUMENT_TYPE", "documents", documentTypeMessage(doc.doc_type()));
            break;
        }
        if (const auto problem = nameProblem(doc.file_name(), "The file name of a " + doc.doc_type())) {
            add(out, problem->reasonCode, "documents", problem->message);
            break;
        }
    }
    return out;
}

std::vector<Violation> validateExamination(
    const lianxin::lc::LcAction::Examine &examine, const lianxin::lc::Date &deadline, Date today)
{
    std::vector<Violation> out;
    const auto last = civil(deadline);
    if (last && today > *last)
        add(out, "LC_EXAMINATION_DEADLINE_PASSED", "examined_date",
            "The examination deadline was " + text(deadline)
                + " (5 business days from the day after receipt); the bank can no longer decide or refuse.");
    if (examine.complying() && !examine.discrepancies().empty())
        add(out, "LC_COMPLYING_WITH_DISCREPANCIES", "discrepancies",
            "A complying presentation lists no discrepancies; remove them or mark it discrepant.");
    if (!examine.complying() && examine.discrepancies().empty())
        add(out, "LC_REFUSAL_WITHOUT_DISCREPANCIES", "discrepancies",
            "List every discrepancy found; documents cannot be found discrepant without one.");
    for (const auto &discrepancy : examine.discrepancies()) {
        checkText(out, discrepancy.code(), "discrepancies", "A discrepancy's code", true);
        checkFreeText(out, discrepancy.description(), "discrepancies", "A discrepancy's description");
    }
    return out;
}

std::optional<Date> maturityDate(const LetterOfCredit &lc, const lianxin::lc::Presentation &p)
{
    const PaymentTerm &term = lc.payment_term();
    if (term.kind() != PaymentTerm::DEFERRED)
        return std::nullopt;
    std::optional<Date> base;
    switch (term.basis()) {
    case PaymentTerm::FIXED_DATE:
        return civil(term.fixed_maturity());
    case PaymentTerm::AFTER_DOCUMENT_DATE:
        base = isSet(p.document_date()) ? civil(p.document_date()) : civil(p.received_date());
        break;
    case PaymentTerm::AFTER_SHIPMENT_DATE:
        base = civil(p.shipment_date());
        break;
    case PaymentTerm::AFTER_SIGHT:
        base = civil(p.received_date());
        break;
    default:
        return std::nullopt;
    }
    if (!base)
        return std::nullopt;
    return plusDays(*base, term.days());
}

std::string formatFen(std::int64_t fen)
{
    const bool negative = fen < 0;
    std::uint64_t v = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    std::string cents = std::to_string(v % 100);
    if (cents.size() < 2)
        cents.insert(0, "0");
    std::string whole = std::to_string(v / 100);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(static_cast<std::size_t>(i), ",");
    return std::string("CNY ") + (negative ? "-" : "") + whole + "." + cents;
}

} // namespace lx::chaincode::lc
