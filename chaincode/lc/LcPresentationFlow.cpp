// The presentation half of the L/C state machine (DESIGN 4.1): documents
// in, the issuing bank's decision within 5 business days, refusal or
// waiver, then payment (sight) or payment confirmation and payment at
// maturity (deferred).
#include "chaincode/lc/LcActionContext.h"

#include "chaincode/Registry.h"
#include "chaincode/TextRules.h"
#include "chaincode/trust/NotaryContract.h"

#include "lianxin/notary.pb.h"
#include "lianxin/trust.pb.h"

#include <algorithm>

namespace lx::chaincode::lc {

lianxin::trust::NotarizedDocument notarizationOf(
    const lianxin::lc::Document &doc, const std::string &presentingBankMsp, const lianxin::lc::LetterOfCredit &lc)
{
    lianxin::trust::NotarizedDocument record;
    record.set_sha256(doc.sha256());
    record.set_doc_type(doc.doc_type());
    record.set_file_name(doc.file_name());
    record.set_submitting_msp(presentingBankMsp);
    record.set_lc_no(lc.lc_no());
    record.set_issuing_bank_msp(lc.issuing_bank_msp());
    return record;
}

namespace detail {

namespace {

using lianxin::lc::Examination;
using lianxin::lc::PaymentTerm;


// The presentation an action names, or the outcome refusing the action.
struct Found
{
    Presentation *presentation = nullptr;
    std::optional<ActionOutcome> rejection;
};

Found findPresentation(LetterOfCredit &lc, int number)
{
    for (Presentation &p : *lc.mutable_presentations()) {
        if (p.number() == number)
            return Found { &p, std::nullopt };
    }
    return Found { nullptr,
        rejected(NotFound, "LC_PRESENTATION_UNKNOWN",
            "L/C " + lc.lc_no() + " has no presentation number " + std::to_string(number) + ".") };
}

// The issuing bank acting on one of its L/C's presentations: the
// presentation, or the outcome refusing the action (wrong bank, unknown
// presentation).
Found issuerPresentation(const ActionContext &ctx, LetterOfCredit &lc, int number, const std::string &action)
{
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank", action + " under " + lc.lc_no()))
        return Found { nullptr, std::move(wrong) };
    return findPresentation(lc, number);
}

ActionOutcome presentationWrongState(
    const LetterOfCredit &lc, const Presentation &p, const std::string &action, const std::string &needed)
{
    return rejected(Conflict, "LC_WRONG_STATE",
        "Presentation " + std::to_string(p.number()) + " under L/C " + lc.lc_no() + " is " + stateName(p.state()) + "; "
            + action + " needs it " + needed + ".");
}

// The action's result: the L/C rests in its last presentation's state.
ActionOutcome accept(LetterOfCredit lc, const std::string &summary, lianxin::lc::EventFacts facts)
{
    lc.set_state(restingState(lc));
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary(summary);
    *out.event.mutable_facts() = std::move(facts);
    return out;
}

// The facts of an event about presentation p; the action adds its own.
lianxin::lc::EventFacts factsOf(const Presentation &p)
{
    lianxin::lc::EventFacts facts;
    facts.set_number(p.number());
    return facts;
}

bool isDeferred(const LetterOfCredit &lc)
{
    return lc.payment_term().kind() == PaymentTerm::DEFERRED;
}

// A maturity that falls on a holiday is paid on the next business day.
Date payableOn(const calendar::BusinessCalendar &calendar, Date maturity)
{
    return calendar.isBusinessDay(maturity) ? maturity : calendar.addBusinessDays(maturity, 1);
}

void addOnce(google::protobuf::RepeatedPtrField<std::string> *list, const std::string &value)
{
    if (std::find(list->begin(), list->end(), value) == list->end())
        *list->Add() = value;
}

// The consortium's rule for duplicate documents, from the registry on trust.
std::optional<lianxin::trust::ConsortiumSettings> consortiumSettings(Stub &stub)
{
    const Response answer = stub.invokeChaincode("trust", Registry::kName, { "GetSettings" });
    lianxin::trust::ConsortiumSettings settings;
    if (!answer.isOk() || !settings.ParseFromString(answer.payload))
        return std::nullopt;
    return settings;
}

// A presentation counts only once every one of its documents is notarized
// on trust for this L/C by the presenting bank (its checker's workstation
// records them first; docs/trust-services.md). A document the notary also
// holds under another L/C is refused or marked on the presentation, as the
// consortium decided. nullopt when the presentation may be recorded.
std::optional<ActionOutcome> checkNotarized(ActionContext &ctx, const LetterOfCredit &lc, Presentation &p)
{
    std::optional<lianxin::trust::ConsortiumSettings> settings;
    for (const auto &doc : p.documents()) {
        const std::string named = doc.doc_type() + " \"" + visible(doc.file_name()) + "\"";
        const Response answer = ctx.stub.invokeChaincode("trust", trust::NotaryContract::kName, { "Verify", doc.sha256() });
        lianxin::trust::NotaryRecord record;
        if (!answer.isOk() && answer.reasonCode != "NOTARY_NOT_FOUND")
            return rejected(InternalError, "LC_NOTARY_UNREACHABLE",
                "The notary on channel trust could not be asked about " + named + " (" + answer.wireMessage()
                    + "); approve again later.");
        if (answer.isOk() && !record.ParseFromString(answer.payload))
            return rejected(InternalError, "LC_NOTARY_UNREADABLE", "The notary's record of " + named + " cannot be read.");
        bool notarizedHere = false;
        lianxin::lc::DuplicateDocument duplicate;
        for (const auto &entry : record.entries()) {
            if (entry.lc_no() == lc.lc_no()) {
                notarizedHere = notarizedHere
                    || (entry.submitting_msp() == p.presenting_bank_msp() && entry.doc_type() == doc.doc_type());
                continue;
            }
            addOnce(duplicate.mutable_other_lc_nos(), entry.lc_no());
            addOnce(duplicate.mutable_other_issuing_banks(), entry.issuing_bank_msp());
        }
        if (!notarizedHere)
            return rejected(Conflict, "LC_DOCUMENT_NOT_NOTARIZED",
                "The " + named + " is not notarized on channel trust as a " + doc.doc_type() + " of L/C " + lc.lc_no()
                    + " by " + p.presenting_bank_msp()
                    + "; a presentation counts only once its documents are. Approving again notarizes them first.");
        if (duplicate.other_lc_nos().empty())
            continue;
        if (!settings && !(settings = consortiumSettings(ctx.stub)))
            return rejected(InternalError, "LC_NOTARY_UNREACHABLE",
                "The consortium's rule for duplicate documents could not be read from channel trust; approve again "
                "later.");
        std::string others;
        for (const std::string &other : duplicate.other_lc_nos())
            others += (others.empty() ? "" : ", ") + other;
        if (settings->duplicate_documents() == lianxin::trust::ConsortiumSettings::REFUSE)
            return rejected(Conflict, "LC_DOCUMENT_FINANCED_ELSEWHERE",
                "The " + named + " was presented under L/C " + others
                    + " already; the consortium refuses a document presented under two L/Cs.");
        duplicate.set_sha256(doc.sha256());
        duplicate.set_doc_type(doc.doc_type());
        duplicate.set_file_name(doc.file_name());
        *p.add_duplicates() = std::move(duplicate);
    }
    return std::nullopt;
}

} // namespace

ActionOutcome present(ActionContext &ctx, LetterOfCredit lc, const LcAction::Present &a)
{
    if (ctx.actor.mspId != lc.advising_bank_msp() && ctx.actor.mspId != lc.nominated_bank_msp())
        return rejected(Forbidden, "LC_WRONG_BANK",
            "Documents under L/C " + lc.lc_no() + " are presented through the advising bank " + lc.advising_bank_msp()
                + (lc.nominated_bank_msp().empty() ? std::string()
                                                   : " or the nominated bank " + lc.nominated_bank_msp())
                + "; you act for " + ctx.actor.mspId + ".");
    if (!isOpenForNewBusiness(lc))
        return wrongState(lc, "a presentation", "advised, with no amendment pending and no presentation open");
    // The day the presenting bank received the documents, as its maker
    // recorded it, counts for expiry, the presentation period and the
    // deadlines; the approval only has to follow it closely.
    if (const auto violations = validateReceipt(lc, a.presentation(), ctx.today, ctx.calendar); !violations.empty())
        return rejected(violations);
    const Date received = receiptDay(a.presentation(), ctx.today);
    if (const auto violations = validatePresentation(lc, a.presentation(), received); !violations.empty())
        return rejected(violations);
    Presentation p = a.presentation();
    p.set_number(lc.presentations_size() + 1);
    p.set_presenting_bank_msp(ctx.actor.mspId);
    p.set_state(Presentation::PRESENTED);
    *p.mutable_received_date() = protoDate(received);
    const Date deadline = ctx.calendar.addBusinessDays(received, kDecisionBusinessDays);
    *p.mutable_examination_deadline() = protoDate(deadline);
    // Paying a complying sight presentation, or confirming payment at
    // maturity, falls within the same 5 business days from receipt.
    *p.mutable_payment_deadline() = protoDate(deadline);
    p.clear_examination();
    p.clear_waiver();
    p.clear_payment_confirmation();
    p.clear_payment();
    p.clear_duplicates();
    for (auto &doc : *p.mutable_documents())
        doc.set_file_name(trimmed(doc.file_name()));
    // The maker's dry run has no checker and no notary to ask; the approval
    // (and the co-endorsers' simulation of it) does.
    if (!ctx.actor.checker.empty())
        if (auto refusal = checkNotarized(ctx, lc, p))
            return *refusal;
    std::string summary = "Presentation " + std::to_string(p.number()) + " received on "
        + calendar::formatDate(received) + "; decision due by " + calendar::formatDate(deadline);
    if (p.duplicates_size() > 0)
        summary += "; " + std::to_string(p.duplicates_size()) + " document(s) also presented under other L/Cs";
    lianxin::lc::EventFacts facts = factsOf(p);
    facts.set_amount_fen(p.amount_fen());
    *facts.mutable_date() = p.received_date();
    *facts.mutable_due_date() = p.examination_deadline();
    facts.set_count(p.duplicates_size());
    *lc.add_presentations() = std::move(p);
    return accept(std::move(lc), summary, std::move(facts));
}

ActionOutcome examine(ActionContext &ctx, LetterOfCredit lc, const LcAction::Examine &a)
{
    Found found = issuerPresentation(ctx, lc, a.presentation_no(), "examine documents");
    if (found.rejection)
        return *found.rejection;
    Presentation &p = *found.presentation;
    if (p.state() != Presentation::PRESENTED)
        return presentationWrongState(lc, p, "examination", "PRESENTED");
    if (const auto violations = validateExamination(a, p.examination_deadline(), ctx.today); !violations.empty())
        return rejected(violations);
    const std::string acknowledgement = trimmed(a.duplicate_acknowledgement());
    if (p.duplicates_size() > 0 && acknowledgement.empty())
        return rejected(Conflict, "LC_DUPLICATE_NOT_ACKNOWLEDGED",
            "Presentation " + std::to_string(p.number()) + " under L/C " + lc.lc_no() + " carries "
                + std::to_string(p.duplicates_size())
                + " document(s) also presented under other L/Cs; say in a comment what you found about them before "
                  "deciding.");
    if (auto problem = freeTextProblem(acknowledgement, "The comment on the duplicate documents"))
        return rejected(BadRequest, problem->reasonCode, problem->message);
    Examination &exam = *p.mutable_examination();
    *exam.mutable_examined_date() = protoDate(ctx.today);
    exam.set_complying(a.complying());
    *exam.mutable_discrepancies() = a.discrepancies();
    exam.set_duplicate_acknowledgement(acknowledgement);
    p.set_state(a.complying() ? Presentation::COMPLYING : Presentation::DISCREPANT);
    const std::string summary = "Presentation " + std::to_string(p.number())
        + (a.complying() ? " complies" : " is discrepant (" + std::to_string(a.discrepancies_size()) + ")");
    lianxin::lc::EventFacts facts = factsOf(p);
    facts.set_outcome(a.complying() ? lianxin::lc::EventFacts::COMPLYING : lianxin::lc::EventFacts::DISCREPANT);
    facts.set_count(a.discrepancies_size());
    return accept(std::move(lc), summary, std::move(facts));
}

ActionOutcome refuse(ActionContext &ctx, LetterOfCredit lc, const LcAction::Refuse &a)
{
    Found found = issuerPresentation(ctx, lc, a.presentation_no(), "refuse documents");
    if (found.rejection)
        return *found.rejection;
    Presentation &p = *found.presentation;
    if (p.state() == Presentation::COMPLYING)
        return rejected(Conflict, "LC_REFUSAL_WITHOUT_DISCREPANCIES",
            "Presentation " + std::to_string(p.number())
                + " was found complying; documents can only be refused for discrepancies listed at examination.");
    if (p.state() != Presentation::DISCREPANT)
        return presentationWrongState(lc, p, "a refusal", "DISCREPANT");
    if (const auto last = civil(p.examination_deadline()); last && ctx.today > *last)
        return rejected(Conflict, "LC_EXAMINATION_DEADLINE_PASSED",
            "The refusal was due by " + text(p.examination_deadline())
                + " (5 business days from the day after receipt); the bank may no longer refuse.");
    if (a.disposition() != Examination::HOLD && a.disposition() != Examination::RETURN)
        return rejected(BadRequest, "LC_DISPOSITION_MISSING",
            "Say whether the refused documents are held at the presenter's disposal or returned.");
    p.mutable_examination()->set_disposition(a.disposition());
    *p.mutable_examination()->mutable_refused_date() = protoDate(ctx.today);
    p.set_state(Presentation::REFUSED);
    const std::string summary = "Presentation " + std::to_string(p.number()) + " refused, documents "
        + (a.disposition() == Examination::HOLD ? "held" : "returned");
    lianxin::lc::EventFacts facts = factsOf(p);
    facts.set_outcome(a.disposition() == Examination::HOLD ? lianxin::lc::EventFacts::DOCUMENTS_HELD
                                                           : lianxin::lc::EventFacts::DOCUMENTS_RETURNED);
    return accept(std::move(lc), summary, std::move(facts));
}

ActionOutcome waive(ActionContext &ctx, LetterOfCredit lc, const LcAction::Waive &a)
{
    Found found = issuerPresentation(ctx, lc, a.presentation_no(), "record a waiver");
    if (found.rejection)
        return *found.rejection;
    Presentation &p = *found.presentation;
    const bool held = p.state() == Presentation::REFUSED && p.examination().disposition() == Examination::HOLD;
    if (p.state() != Presentation::DISCREPANT && !held)
        return presentationWrongState(lc, p, "a waiver", "DISCREPANT, or REFUSED with the documents held");
    if (a.applicant_consent().empty())
        return rejected(BadRequest, "LC_WAIVER_CONSENT_MISSING",
            "Give the reference of the applicant's written acceptance of the discrepancies.");
    *p.mutable_waiver()->mutable_waived_date() = protoDate(ctx.today);
    p.mutable_waiver()->set_applicant_consent(a.applicant_consent());
    *p.mutable_payment_deadline() = protoDate(ctx.calendar.addBusinessDays(ctx.today, kDecisionBusinessDays));
    p.set_state(Presentation::WAIVED);
    const std::string summary
        = "Discrepancies of presentation " + std::to_string(a.presentation_no()) + " waived by the applicant";
    lianxin::lc::EventFacts facts = factsOf(p);
    facts.set_reference(a.applicant_consent());
    return accept(std::move(lc), summary, std::move(facts));
}

ActionOutcome acceptPresentation(ActionContext &ctx, LetterOfCredit lc, const LcAction::AcceptPresentation &a)
{
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank", "confirm payment under " + lc.lc_no()))
        return *wrong;
    if (!isDeferred(lc))
        return rejected(Conflict, "LC_NOT_DEFERRED",
            "L/C " + lc.lc_no()
                + " is payable at sight; pay the presentation instead of confirming payment at maturity.");
    Found found = findPresentation(lc, a.presentation_no());
    if (found.rejection)
        return *found.rejection;
    Presentation &p = *found.presentation;
    if (p.state() != Presentation::COMPLYING && p.state() != Presentation::WAIVED)
        return presentationWrongState(lc, p, "payment confirmation", "COMPLYING or WAIVED");
    const auto maturity = maturityDate(lc, p);
    if (!maturity)
        return rejected(BadRequest, "LC_MATURITY_INVALID",
            "The maturity of presentation " + std::to_string(p.number()) + " cannot be computed from its dates.");
    auto &confirmation = *p.mutable_payment_confirmation();
    *confirmation.mutable_confirmed_date() = protoDate(ctx.today);
    *confirmation.mutable_maturity_date() = protoDate(*maturity);
    confirmation.set_amount_fen(p.amount_fen());
    const auto deadline = civil(p.payment_deadline());
    confirmation.set_late(deadline && ctx.today > *deadline);
    p.set_state(Presentation::ACCEPTED);
    lc.set_available_balance_fen(std::max<std::int64_t>(0, lc.available_balance_fen() - p.amount_fen()));
    const std::string summary = "Payment of " + formatFen(p.amount_fen()) + " at maturity "
        + calendar::formatDate(*maturity) + " confirmed" + (confirmation.late() ? " (late)" : "");
    lianxin::lc::EventFacts facts = factsOf(p);
    facts.set_amount_fen(p.amount_fen());
    *facts.mutable_date() = confirmation.maturity_date();
    facts.set_late(confirmation.late());
    return accept(std::move(lc), summary, std::move(facts));
}

ActionOutcome pay(ActionContext &ctx, LetterOfCredit lc, const LcAction::Pay &a)
{
    Found found = issuerPresentation(ctx, lc, a.presentation_no(), "pay");
    if (found.rejection)
        return *found.rejection;
    Presentation &p = *found.presentation;
    auto &payment = *p.mutable_payment();
    if (isDeferred(lc)) {
        if (p.state() != Presentation::ACCEPTED)
            return presentationWrongState(
                lc, p, "payment of a deferred L/C", "ACCEPTED (payment at maturity confirmed)");
        const auto maturity = civil(p.payment_confirmation().maturity_date());
        if (maturity && ctx.today < *maturity)
            return rejected(Conflict, "LC_NOT_YET_MATURE",
                "Presentation " + std::to_string(p.number()) + " matures on "
                    + text(p.payment_confirmation().maturity_date()) + "; pay it then.");
        payment.set_late(maturity && ctx.today > payableOn(ctx.calendar, *maturity));
        p.set_state(Presentation::PAID_AT_MATURITY);
    } else {
        if (p.state() != Presentation::COMPLYING && p.state() != Presentation::WAIVED)
            return presentationWrongState(lc, p, "payment", "COMPLYING or WAIVED");
        const auto deadline = civil(p.payment_deadline());
        payment.set_late(deadline && ctx.today > *deadline);
        lc.set_available_balance_fen(std::max<std::int64_t>(0, lc.available_balance_fen() - p.amount_fen()));
        p.set_state(Presentation::PAID);
    }
    *payment.mutable_paid_date() = protoDate(ctx.today);
    payment.set_amount_fen(p.amount_fen());
    const std::string summary = "Paid " + formatFen(p.amount_fen()) + " on presentation " + std::to_string(p.number())
        + (payment.late() ? " (late)" : "");
    lianxin::lc::EventFacts facts = factsOf(p);
    facts.set_amount_fen(p.amount_fen());
    facts.set_late(payment.late());
    return accept(std::move(lc), summary, std::move(facts));
}

} // namespace detail

} // namespace lx::chaincode::lc
