#include "LcDesk.h"

#include "FoundingRegistry.h"

#include "chaincode/lc/LcStateMachine.h"

#include "lianxin/notary.pb.h"
#include "lianxin/trust.pb.h"

#include <chrono>
#include <gtest/gtest.h>

namespace lx::test {

using lianxin::lc::LcAction;
using lianxin::lc::LetterOfCredit;

LetterOfCredit sampleLc()
{
    LetterOfCredit lc = validTerms(kLcNo, kHuaxia, kDongfang);
    lc.set_nominated_bank_msp(kChangjiang);
    return lc;
}

LetterOfCredit deferredLc()
{
    LetterOfCredit lc = sampleLc();
    auto *term = lc.mutable_payment_term();
    term->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
    term->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
    term->set_days(90);
    return lc;
}

lianxin::lc::Presentation samplePresentation(std::int64_t amountFen, lianxin::lc::Date shipment)
{
    lianxin::lc::Presentation p;
    p.set_amount_fen(amountFen);
    *p.mutable_shipment_date() = shipment;
    *p.mutable_document_date() = shipment;
    auto *doc = p.add_documents();
    doc->set_doc_type("INVOICE");
    doc->set_file_name("invoice-0001.pdf");
    doc->set_sha256(std::string(32, '\x11'));
    doc = p.add_documents();
    doc->set_doc_type("TRANSPORT_DOCUMENT");
    doc->set_file_name("waybill-0001.pdf");
    doc->set_sha256(std::string(32, '\x22'));
    return p;
}

LcAction issueAction(const LetterOfCredit &lc)
{
    LcAction a;
    *a.mutable_issue()->mutable_lc() = lc;
    return a;
}

LcAction adviseAction()
{
    LcAction a;
    a.mutable_advise()->set_lc_no(kLcNo);
    return a;
}

LcAction amendAction(std::int64_t increaseFen)
{
    LcAction a;
    a.mutable_amend()->set_lc_no(kLcNo);
    a.mutable_amend()->mutable_amendment()->set_increase_fen(increaseFen);
    *a.mutable_amend()->mutable_amendment()->mutable_new_expiry_date() = date(2027, 1, 31);
    return a;
}

LcAction answerAction(int number, bool accept)
{
    LcAction a;
    a.mutable_answer_amendment()->set_lc_no(kLcNo);
    a.mutable_answer_amendment()->set_number(number);
    a.mutable_answer_amendment()->set_accept(accept);
    return a;
}

LcAction presentAction(const lianxin::lc::Presentation &presentation)
{
    LcAction a;
    a.mutable_present()->set_lc_no(kLcNo);
    *a.mutable_present()->mutable_presentation() = presentation;
    return a;
}

LcAction examineAction(int number, bool complying)
{
    LcAction a;
    auto *e = a.mutable_examine();
    e->set_lc_no(kLcNo);
    e->set_presentation_no(number);
    e->set_complying(complying);
    if (!complying) {
        auto *d = e->add_discrepancies();
        d->set_code("LATE_SHIPMENT");
        d->set_description("Transport document dated after the latest shipment date agreed with the applicant.");
    }
    return a;
}

LcAction refuseAction(int number, lianxin::lc::Examination::Disposition disposition)
{
    LcAction a;
    a.mutable_refuse()->set_lc_no(kLcNo);
    a.mutable_refuse()->set_presentation_no(number);
    a.mutable_refuse()->set_disposition(disposition);
    return a;
}

LcAction waiveAction(int number)
{
    LcAction a;
    a.mutable_waive()->set_lc_no(kLcNo);
    a.mutable_waive()->set_presentation_no(number);
    a.mutable_waive()->set_applicant_consent("APP-WAIVER-0001");
    return a;
}

LcAction acceptAction(int number)
{
    LcAction a;
    a.mutable_accept_presentation()->set_lc_no(kLcNo);
    a.mutable_accept_presentation()->set_presentation_no(number);
    return a;
}

LcAction payAction(int number)
{
    LcAction a;
    a.mutable_pay()->set_lc_no(kLcNo);
    a.mutable_pay()->set_presentation_no(number);
    return a;
}

LcAction closeAction()
{
    LcAction a;
    a.mutable_close()->set_lc_no(kLcNo);
    return a;
}

LcAction cancelAction(const std::string &beneficiaryConsent)
{
    LcAction a;
    a.mutable_cancel()->set_lc_no(kLcNo);
    a.mutable_cancel()->set_beneficiary_consent(beneficiaryConsent);
    return a;
}

LcAction expireAction()
{
    LcAction a;
    a.mutable_expire()->set_lc_no(kLcNo);
    return a;
}

LcDesk::LcDesk()
{
    trust.setChannel("trust");
    foundMembers(trust, registry);
    // A cross-channel call runs as the calling transaction's creator.
    stub.crossChannel = [this](const std::string &channel, const std::string &name, const std::vector<Bytes> &args) {
        if (channel != "trust")
            return chaincode::Response::reject(chaincode::BadRequest, "CHANNEL_UNREACHABLE", "no channel " + channel);
        const chaincode::Creator &caller = stub.creator();
        trust.setCaller(caller.mspId, caller.commonName, caller.roles);
        trust.setCall(args);
        const chaincode::Contract &called = name == notary.name() ? static_cast<const chaincode::Contract &>(notary)
                                                                   : static_cast<const chaincode::Contract &>(registry);
        return called.invoke(trust);
    };
    setToday(2026, 9, 1);
}

void LcDesk::setToday(int year, int month, int day)
{
    using namespace std::chrono;
    const sys_days d { std::chrono::year { year } / month / day };
    stub.setTimestamp(d.time_since_epoch().count() * 86400 + 2 * 3600); // 10:00 in China
    trust.setTimestamp(d.time_since_epoch().count() * 86400 + 2 * 3600);
}

chaincode::Response LcDesk::call(const std::string &msp, const std::string &user, std::vector<std::string> roles,
    std::vector<Bytes> args, std::map<std::string, Bytes> transient)
{
    stub.setCaller(msp, user, std::move(roles));
    stub.setCall(std::move(args), std::move(transient));
    return contract.invoke(stub);
}

chaincode::Response LcDesk::submit(const std::string &msp, const LcAction &action, const std::string &user)
{
    chaincode::Response submitted
        = call(msp, user, { "client", "officer" }, { "SubmitDraft" }, { { "action", action.SerializeAsString() } });
    if (submitted.isOk())
        m_drafts[submitted.payload] = action;
    return submitted;
}

void LcDesk::notarizeFor(const std::string &msp, const std::string &draftId)
{
    const auto found = m_drafts.find(draftId);
    if (found == m_drafts.end() || !found->second.has_present())
        return;
    const auto &present = found->second.present();
    const LetterOfCredit current = lc(present.lc_no());
    for (const auto &doc : present.presentation().documents()) {
        const auto record = chaincode::lc::notarizationOf(doc, msp, current);
        trust.setCaller(msp, "checker1", { "client", "checker" });
        trust.setCall({ "Record", record.SerializeAsString() });
        // A record made for an earlier attempt stays; the notary says so.
        const chaincode::Response recorded = notary.invoke(trust);
        if (!recorded.isOk() && recorded.reasonCode != "NOTARY_ALREADY_RECORDED")
            ADD_FAILURE() << "notarizing " << doc.file_name() << ": " << recorded.reasonCode << " " << recorded.message;
    }
}

void LcDesk::setDuplicateDocuments(int rule)
{
    lianxin::trust::ConsortiumSettings settings;
    settings.set_duplicate_documents(static_cast<lianxin::trust::ConsortiumSettings::DuplicateDocuments>(rule));
    trust.setCaller(kSecretariat, "admin", { "admin" });
    trust.setCall({ "SetSettings", settings.SerializeAsString() });
    const chaincode::Response set = registry.invoke(trust);
    ASSERT_TRUE(set.isOk()) << set.reasonCode << " " << set.message;
}

chaincode::Response LcDesk::approve(const std::string &msp, const std::string &draftId, const std::string &user)
{
    if (notarizeBeforeApproval)
        notarizeFor(msp, draftId);
    return call(msp, user, { "client", "checker" }, { "ApproveDraft", draftId });
}

chaincode::Response LcDesk::act(const std::string &msp, const LcAction &action)
{
    const chaincode::Response submitted = submit(msp, action);
    if (!submitted.isOk())
        return submitted;
    return approve(msp, submitted.payload);
}

LetterOfCredit LcDesk::lc(const std::string &lcNo)
{
    LetterOfCredit out;
    if (const auto value = stub.getState("lc/" + lcNo))
        out.ParseFromString(*value);
    return out;
}

void LcDesk::issued(const LetterOfCredit &terms)
{
    const auto r = act(kHuaxia, issueAction(terms));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

void LcDesk::advised(const LetterOfCredit &terms)
{
    issued(terms);
    const auto r = act(kDongfang, adviseAction());
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

void LcDesk::presented(const LetterOfCredit &terms)
{
    advised(terms);
    const auto r = act(kDongfang, presentAction(samplePresentation(50'000'000, date(2026, 8, 28))));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

void LcDesk::examined(bool complying, const LetterOfCredit &terms)
{
    presented(terms);
    const auto r = act(kHuaxia, examineAction(1, complying));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

Snapshot::Snapshot(const FakeStub &stub)
    : state(stub.state), privateData(stub.privateData), events(stub.events.size()), writes(stub.writes)
{
}

void expectRejected(LcDesk &desk, const std::string &msp, const LcAction &action, const std::string &code)
{
    const Snapshot before(desk.stub);
    const auto r = desk.submit(msp, action);
    EXPECT_FALSE(r.isOk());
    EXPECT_EQ(r.reasonCode, code) << r.wireMessage();
    EXPECT_FALSE(r.message.empty());
    EXPECT_TRUE(Snapshot(desk.stub) == before) << "a rejected " << code << " wrote to the ledger";
}

} // namespace lx::test
