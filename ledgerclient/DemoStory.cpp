#include "ledgerclient/DemoStory.h"

#include "chaincode/lc/LcRules.h"
#include "chaincode/lc/LcStateMachine.h"

#include <algorithm>

namespace lx::client::demo {

namespace {

using chaincode::lc::civil;
using chaincode::lc::plusDays;
using chaincode::lc::protoDate;
using lianxin::lc::Examination;
using lianxin::lc::LcAction;
using lianxin::lc::LetterOfCredit;
using lianxin::lc::PaymentTerm;
using lianxin::lc::Presentation;

std::string yearOf(Date date)
{
    return std::to_string(static_cast<int>(date.year()));
}

} // namespace

DemoStory::DemoStory(const chaincode::calendar::BusinessCalendar &calendar, DemoRandom &random)
    : m_calendar(calendar), m_random(random)
{
}

void DemoStory::fail(const std::string &why)
{
    if (m_failure.empty())
        m_failure = why;
}

Date DemoStory::nextBusinessDay(Date date) const
{
    return m_calendar.isBusinessDay(date) ? date : m_calendar.addBusinessDays(date, 1);
}

Date DemoStory::afterLast(int minDays, int maxDays)
{
    return m_calendar.addBusinessDays(m_last, m_random.uniform(minDays, maxDays));
}

Presentation &DemoStory::current()
{
    return *m_lc.mutable_presentations()->rbegin();
}

void DemoStory::rest()
{
    // As the contract does: the L/C rests in its last presentation's state.
    LetterOfCredit::State state = LetterOfCredit::ADVISED;
    if (!m_lc.presentations().empty())
        LetterOfCredit::State_Parse(Presentation::State_Name(current().state()), &state);
    m_lc.set_state(state);
}

void DemoStory::add(const std::string &bankMsp, Date date, LcAction action)
{
    if (failed())
        return;
    // Each step on a later business day: a desk's day is one action per L/C.
    if ((!m_steps.empty() && date <= m_last) || !m_calendar.isBusinessDay(date))
        return fail(chaincode::lc::actionName(action) + " would not fall on a later business day");
    m_steps.push_back(DemoStep { bankMsp, m_random.chance(50) ? "officer1" : "officer2", date, std::move(action) });
    m_last = date;
}

void DemoStory::issue(Date date, LetterOfCredit terms, int validityDays)
{
    const Date issued = nextBusinessDay(date);
    const Date expiry = plusDays(issued, validityDays);
    const int period = chaincode::lc::presentationPeriodDays(terms);
    // Shipment by about one presentation period before expiry, as an
    // applicant's bank advises, so documents can still arrive in time.
    const Date latestShipment = plusDays(expiry, -period + m_random.uniform(0, period / 3));
    *terms.mutable_expiry_date() = protoDate(expiry);
    *terms.mutable_latest_shipment_date() = protoDate(latestShipment);
    if (terms.payment_term().basis() == PaymentTerm::FIXED_DATE)
        *terms.mutable_payment_term()->mutable_fixed_maturity() = protoDate(plusDays(expiry, m_random.uniform(20, 90)));
    LetterOfCredit numbered = terms; // the number comes once the book is numbered
    numbered.set_lc_no("PLANNED");
    if (const auto violations = chaincode::lc::validateTerms(numbered, issued); !violations.empty())
        return fail("terms: " + violations.front().message);
    LcAction action;
    *action.mutable_issue()->mutable_lc() = terms;
    m_lc = numbered;
    *m_lc.mutable_issue_date() = protoDate(issued);
    m_lc.set_state(LetterOfCredit::ISSUED);
    m_lc.set_available_balance_fen(terms.amount_fen());
    add(terms.issuing_bank_msp(), issued, std::move(action));
}

void DemoStory::advise()
{
    if (failed())
        return;
    LcAction action;
    action.mutable_advise();
    add(m_lc.advising_bank_msp(), afterLast(1, 3), std::move(action));
    m_lc.set_state(LetterOfCredit::ADVISED);
}

void DemoStory::amend(bool answer, bool accept)
{
    if (failed())
        return;
    lianxin::lc::Amendment amendment;
    const int kind = m_random.uniform(0, 3);
    std::string narrative;
    if (kind == 0 || kind == 2) {
        const std::int64_t step = 10'000 * 100; // round ten thousands
        const std::int64_t increase
            = std::max<std::int64_t>(step, m_lc.amount_fen() * m_random.uniform(5, 20) / 100 / step * step);
        amendment.set_increase_fen(increase);
        narrative = "应申请人要求增加信用证金额";
    }
    if (kind == 1 || kind == 2) {
        const int extension = m_random.pick(std::vector<int> { 30, 45, 60 });
        *amendment.mutable_new_expiry_date() = protoDate(plusDays(*civil(m_lc.expiry_date()), extension));
        *amendment.mutable_new_latest_shipment_date()
            = protoDate(plusDays(*civil(m_lc.latest_shipment_date()), extension));
        narrative += std::string(narrative.empty() ? "" : "，并") + "因交货计划调整展延装运期及有效期";
    }
    if (kind == 3) {
        amendment.set_new_presentation_period_days(chaincode::lc::presentationPeriodDays(m_lc) == 21 ? 15 : 21);
        narrative = "修改交单期限";
    }
    amendment.set_narrative(narrative);
    const Date on = afterLast(4, 20);
    if (const auto violations = chaincode::lc::validateAmendment(m_lc, amendment, on); !violations.empty())
        return fail("amendment: " + violations.front().message);
    LcAction action;
    *action.mutable_amend()->mutable_amendment() = amendment;
    add(m_lc.issuing_bank_msp(), on, std::move(action));
    amendment.set_number(m_lc.amendments_size() + 1);
    *amendment.mutable_amendment_date() = protoDate(m_last);
    amendment.set_status(lianxin::lc::Amendment::PENDING);
    *m_lc.add_amendments() = amendment;
    m_lc.set_state(LetterOfCredit::AMENDMENT_PENDING);
    if (!answer)
        return;
    LcAction reply;
    reply.mutable_answer_amendment()->set_number(amendment.number());
    reply.mutable_answer_amendment()->set_accept(accept);
    add(m_lc.advising_bank_msp(), afterLast(1, 4), std::move(reply));
    m_lc.mutable_amendments()->rbegin()->set_status(
        accept ? lianxin::lc::Amendment::ACCEPTED : lianxin::lc::Amendment::REJECTED);
    if (accept)
        m_lc = chaincode::lc::applyAmendment(m_lc, amendment);
    rest();
}

void DemoStory::present(std::int64_t amountFen, bool viaNominatedBank)
{
    if (failed())
        return;
    const int period = chaincode::lc::presentationPeriodDays(m_lc);
    const Date expiry = *civil(m_lc.expiry_date());
    const Date shipment = std::min(plusDays(m_last, m_random.uniform(3, 25)), *civil(m_lc.latest_shipment_date()));
    Date received = nextBusinessDay(plusDays(shipment, m_random.uniform(1, std::max(1, std::min(8, period - 2)))));
    if (received <= m_last)
        received = afterLast(1, 2);
    if (received > plusDays(shipment, period) || received > expiry)
        return fail("no presentation window left after " + chaincode::calendar::formatDate(m_last));
    Presentation p;
    p.set_amount_fen(amountFen);
    *p.mutable_shipment_date() = protoDate(shipment);
    *p.mutable_document_date() = protoDate(plusDays(shipment, -m_random.uniform(0, 2)));
    // Names and hashes come once the book is numbered (planDemoBook).
    for (const auto &required : m_lc.required_documents()) {
        auto *doc = p.add_documents();
        doc->set_doc_type(required.doc_type());
        doc->set_file_name("pending.pdf");
        doc->set_sha256(std::string(32, '\0'));
    }
    if (const auto violations = chaincode::lc::validatePresentation(m_lc, p, received); !violations.empty())
        return fail("presentation: " + violations.front().message);
    LcAction action;
    *action.mutable_present()->mutable_presentation() = p;
    const bool nominated = viaNominatedBank && !m_lc.nominated_bank_msp().empty();
    add(nominated ? m_lc.nominated_bank_msp() : m_lc.advising_bank_msp(), received, std::move(action));
    p.set_number(m_lc.presentations_size() + 1);
    p.set_state(Presentation::PRESENTED);
    *p.mutable_received_date() = protoDate(received);
    const Date deadline = m_calendar.addBusinessDays(received, chaincode::lc::kDecisionBusinessDays);
    *p.mutable_examination_deadline() = protoDate(deadline);
    *p.mutable_payment_deadline() = protoDate(deadline);
    *m_lc.add_presentations() = p;
    rest();
}

void DemoStory::examine(bool complying)
{
    if (failed())
        return;
    static const std::vector<std::pair<std::string, std::string>> discrepancies {
        { "INVOICE_AMOUNT", "发票金额与运输单据所载货值不一致" },
        { "LATE_SHIPMENT", "运输单据显示的装运日期晚于信用证规定的最迟装运日" },
        { "MISSING_DOCUMENT", "未提交信用证要求的全部正本单据" },
        { "DOCUMENT_INCONSISTENT", "装箱单所载件数与发票不符" },
        { "GOODS_DESCRIPTION", "发票货物描述与信用证规定不符" },
    };
    Presentation &p = current();
    // Most desks decide in one to three business days; a few take four.
    const int days = m_random.pick(std::vector<int> { 1, 1, 1, 1, 2, 2, 2, 3, 3, 4 });
    LcAction action;
    auto *exam = action.mutable_examine();
    exam->set_presentation_no(p.number());
    exam->set_complying(complying);
    const int found = complying ? 0 : m_random.uniform(1, 2);
    const int first = m_random.uniform(0, static_cast<int>(discrepancies.size()) - 1);
    for (int i = 0; i < found; ++i) {
        const auto &[code, description] = discrepancies[static_cast<std::size_t>(first + i) % discrepancies.size()];
        auto *d = exam->add_discrepancies();
        d->set_code(code);
        d->set_description(description);
    }
    add(m_lc.issuing_bank_msp(), m_calendar.addBusinessDays(*civil(p.received_date()), days), std::move(action));
    *p.mutable_examination()->mutable_examined_date() = protoDate(m_last);
    p.mutable_examination()->set_complying(complying);
    p.set_state(complying ? Presentation::COMPLYING : Presentation::DISCREPANT);
    rest();
}

void DemoStory::refuse(Examination::Disposition disposition)
{
    if (failed())
        return;
    Presentation &p = current();
    const Date date = afterLast(1, 1);
    if (date > *civil(p.examination_deadline()))
        return fail("refusal after the examination deadline");
    LcAction action;
    action.mutable_refuse()->set_presentation_no(p.number());
    action.mutable_refuse()->set_disposition(disposition);
    add(m_lc.issuing_bank_msp(), date, std::move(action));
    p.mutable_examination()->set_disposition(disposition);
    p.set_state(Presentation::REFUSED);
    rest();
}

void DemoStory::waive()
{
    if (failed())
        return;
    Presentation &p = current();
    LcAction action;
    action.mutable_waive()->set_presentation_no(p.number());
    const Date date = afterLast(1, 4);
    action.mutable_waive()->set_applicant_consent(
        "申请人接受不符点确认函 WV-" + yearOf(date) + "-" + std::to_string(m_random.uniform(1000, 9999)));
    add(m_lc.issuing_bank_msp(), date, std::move(action));
    *p.mutable_payment_deadline() = protoDate(m_calendar.addBusinessDays(m_last, chaincode::lc::kDecisionBusinessDays));
    p.set_state(Presentation::WAIVED);
    rest();
}

void DemoStory::settle()
{
    if (failed())
        return;
    Presentation &p = current();
    const Date deadline = *civil(p.payment_deadline());
    // A few banks pay or confirm a day or two late; the contract records it.
    Date date = afterLast(1, 3);
    if (m_random.chance(6))
        date = std::max(date, m_calendar.addBusinessDays(deadline, m_random.uniform(1, 2)));
    else if (date > deadline && afterLast(1, 1) <= deadline)
        date = deadline;
    LcAction action;
    const bool deferred = m_lc.payment_term().kind() == PaymentTerm::DEFERRED;
    if (deferred) {
        const auto maturity = chaincode::lc::maturityDate(m_lc, p);
        if (!maturity || *maturity <= plusDays(date, 7))
            return fail("maturity too close to the payment confirmation");
        action.mutable_accept_presentation()->set_presentation_no(p.number());
        *p.mutable_payment_confirmation()->mutable_maturity_date() = protoDate(*maturity);
        p.set_state(Presentation::ACCEPTED);
    } else {
        action.mutable_pay()->set_presentation_no(p.number());
        p.set_state(Presentation::PAID);
    }
    m_lc.set_available_balance_fen(std::max<std::int64_t>(0, m_lc.available_balance_fen() - p.amount_fen()));
    add(m_lc.issuing_bank_msp(), date, std::move(action));
    rest();
}

void DemoStory::payAtMaturity(int presentationNo)
{
    if (failed())
        return;
    Presentation &p = *m_lc.mutable_presentations(presentationNo - 1);
    Date date = nextBusinessDay(*civil(p.payment_confirmation().maturity_date()));
    if (m_random.chance(4))
        date = m_calendar.addBusinessDays(date, m_random.uniform(1, 2));
    LcAction action;
    action.mutable_pay()->set_presentation_no(presentationNo);
    add(m_lc.issuing_bank_msp(), date, std::move(action));
    p.set_state(Presentation::PAID_AT_MATURITY);
    rest();
}

void DemoStory::close()
{
    if (failed())
        return;
    LcAction action;
    action.mutable_close();
    add(m_lc.issuing_bank_msp(), afterLast(1, 5), std::move(action));
    m_lc.set_state(LetterOfCredit::CLOSED);
}

void DemoStory::cancel(bool withConsent)
{
    if (failed())
        return;
    LcAction action;
    const Date date = withConsent ? afterLast(3, 30) : afterLast(1, 3);
    action.mutable_cancel();
    if (withConsent)
        action.mutable_cancel()->set_beneficiary_consent(
            "受益人同意撤销函 TY-" + yearOf(date) + "-" + std::to_string(m_random.uniform(1000, 9999)));
    add(m_lc.issuing_bank_msp(), date, std::move(action));
    m_lc.set_state(LetterOfCredit::CANCELLED);
}

void DemoStory::expire()
{
    if (failed())
        return;
    LcAction action;
    action.mutable_expire();
    const Date recorded = m_calendar.addBusinessDays(*civil(m_lc.expiry_date()), m_random.uniform(1, 4));
    add(m_lc.issuing_bank_msp(), std::max(recorded, afterLast(1, 3)), std::move(action));
    m_lc.set_state(LetterOfCredit::EXPIRED);
}

} // namespace lx::client::demo
