#include "common/LcTestData.h"

#include "chaincode/trust/Uscc.h"

namespace lx::test {

lianxin::lc::Date date(int year, int month, int day)
{
    lianxin::lc::Date d;
    d.set_year(year);
    d.set_month(month);
    d.set_day(day);
    return d;
}

std::string usccFrom(const std::string &eightDigits)
{
    const std::string first17
        = "91310000" + eightDigits + chaincode::trust::organizationCodeCheckCharacter(eightDigits);
    return first17 + chaincode::trust::usccCheckCharacter(first17);
}

lianxin::lc::LetterOfCredit validTerms(const std::string &lcNo, const std::string &issuing, const std::string &advising)
{
    lianxin::lc::LetterOfCredit lc;
    lc.set_lc_no(lcNo);
    lc.set_irrevocable(true);
    auto *applicant = lc.mutable_applicant();
    applicant->set_name("上海申江機電進出口有限公司");
    applicant->set_uscc(usccFrom("12345678"));
    applicant->set_account_no("3100 1234 5678 0001");
    applicant->set_account_bank("Huaxia Bank Shanghai Branch");
    auto *beneficiary = lc.mutable_beneficiary();
    beneficiary->set_name("江蘇長風紡織有限公司");
    beneficiary->set_uscc(usccFrom("87654321"));
    beneficiary->set_account_no("3200 8765 4321 0002");
    beneficiary->set_account_bank("Dongfang Bank Suzhou Branch");
    lc.set_issuing_bank_msp(issuing);
    lc.set_advising_bank_msp(advising);
    lc.set_amount_fen(100'000'000); // CNY 1,000,000.00
    lc.mutable_tolerance()->set_plus_percent(5);
    lc.mutable_tolerance()->set_minus_percent(5);
    lc.mutable_payment_term()->set_kind(lianxin::lc::PaymentTerm::SIGHT);
    *lc.mutable_expiry_date() = date(2026, 12, 31);
    lc.set_expiry_place("Shanghai");
    *lc.mutable_latest_shipment_date() = date(2026, 12, 15);
    lc.set_presentation_period_days(15);
    lc.set_goods_description("Cotton yarn, 60 tonnes");
    lc.set_partial_shipments_allowed(true);
    auto *invoice = lc.add_required_documents();
    invoice->set_doc_type("INVOICE");
    invoice->set_originals(3);
    auto *transport = lc.add_required_documents();
    transport->set_doc_type("TRANSPORT_DOCUMENT");
    transport->set_originals(1);
    lc.mutable_charges()->set_bearer(lianxin::lc::Charges::SHARED);
    return lc;
}

} // namespace lx::test
