#include "chaincode/forfaiting/FfClaimGateway.h"

#include "chaincode/forfaiting/FfStateMachine.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"

#include "lianxin/lc.pb.h"
#include "lianxin/ledger.pb.h"

namespace lx::chaincode::forfaiting {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

EligibleClaim refused(std::int32_t status, std::string code, std::string message)
{
    EligibleClaim out;
    out.rejection = Response::reject(status, std::move(code), std::move(message));
    return out;
}

lianxin::forfaiting::LcVersion versionSeen(Stub &stub, const std::string &lcNo, const Bytes &lcValue)
{
    lianxin::forfaiting::LcVersion version;
    const Response answer = stub.invokeChaincode("lc", "lc", { "GetHistoryForKey", "lc/" + lcNo });
    lianxin::ledger::KeyHistory history;
    if (!answer.isOk() || !history.ParseFromString(answer.payload) || history.modifications().empty())
        return version;
    // Newest first; the entry that wrote what GetLC returned, should the
    // L/C have changed between the two reads.
    const lianxin::ledger::KeyModification *seen = &history.modifications(0);
    for (const auto &m : history.modifications())
        if (m.value() == lcValue) {
            seen = &m;
            break;
        }
    version.set_tx_id(seen->tx_id());
    version.set_block_number(seen->block_number());
    return version;
}

} // namespace

EligibleClaim readEligibleClaim(Stub &stub, const std::string &lcNo, int presentationNo, calendar::Date today)
{
    const std::string id = claimId(lcNo, presentationNo);
    const Response got = stub.invokeChaincode("lc", "lc", { "GetLC", lcNo });
    if (got.status == NotFound)
        return refused(NotFound, "FF_LC_UNKNOWN",
            "There is no L/C numbered \"" + lcNo + "\" on channel lc; check the L/C number.");
    if (!got.isOk())
        return refused(got.status >= 500 ? got.status : BadRequest, "FF_LC_UNREACHABLE",
            "The L/C could not be read on channel lc (" + got.wireMessage() + "); try again later.");
    LetterOfCredit lc;
    if (!lc.ParseFromString(got.payload))
        return refused(InternalError, "FF_LC_UNREADABLE", "The L/C record on channel lc could not be read.");

    const Presentation *p = nullptr;
    for (const Presentation &candidate : lc.presentations())
        if (candidate.number() == presentationNo)
            p = &candidate;
    if (!p)
        return refused(NotFound, "FF_PRESENTATION_UNKNOWN",
            "L/C " + lcNo + " has no presentation " + std::to_string(presentationNo) + ".");
    if (lc.payment_term().kind() != lianxin::lc::PaymentTerm::DEFERRED)
        return refused(Conflict, "FF_CLAIM_SIGHT",
            "L/C " + lcNo + " is payable at sight: there is no deferred payment to finance.");
    if (p->state() == Presentation::PAID || p->state() == Presentation::PAID_AT_MATURITY)
        return refused(Conflict, "FF_CLAIM_PAID",
            "Presentation " + std::to_string(presentationNo) + " of L/C " + lcNo
                + " is paid already: nothing is left to finance.");
    if (p->state() != Presentation::ACCEPTED)
        return refused(Conflict, "FF_CLAIM_NOT_ACCEPTED",
            "Presentation " + std::to_string(presentationNo) + " of L/C " + lcNo + " is "
                + Presentation::State_Name(p->state()) + "; only a presentation whose payment at maturity "
                + lc.issuing_bank_msp() + " confirmed (ACCEPTED) can be sold.");
    const auto maturity = lc::civil(p->payment_confirmation().maturity_date());
    if (!maturity)
        return refused(Conflict, "FF_MATURITY_UNKNOWN",
            "The payment confirmation of presentation " + std::to_string(presentationNo) + " names no maturity date.");
    if (*maturity <= today)
        return refused(Conflict, "FF_CLAIM_MATURED",
            "The claim matured on " + calendar::formatDate(*maturity)
                + ": it is collected from the issuing bank now, not sold.");

    EligibleClaim out;
    lianxin::forfaiting::Claim &c = out.facts;
    c.set_claim_id(id);
    c.set_lc_no(lcNo);
    c.set_presentation_no(presentationNo);
    c.set_obligor_msp(lc.issuing_bank_msp());
    c.set_face_value_fen(p->payment_confirmation().amount_fen());
    *c.mutable_maturity_date() = p->payment_confirmation().maturity_date();
    *c.mutable_lc_version() = versionSeen(stub, lcNo, got.payload);
    out.presentingBankMsp = p->presenting_bank_msp();
    return out;
}

} // namespace lx::chaincode::forfaiting
