// How an L/C ends: closed by the issuing bank when nothing is owed any more,
// cancelled (irrevocable: only before advising, or with the beneficiary's
// consent), or recorded as expired once its expiry date has passed.

#include "chaincode/lc/LcActionContext.h"

namespace lx::chaincode::lc::detail {

namespace {

bool hasEnded(const LetterOfCredit &lc)
{
    return lc.state() == LetterOfCredit::CLOSED || lc.state() == LetterOfCredit::CANCELLED
        || lc.state() == LetterOfCredit::EXPIRED;
}

// A presentation still to be decided, or accepted and not yet paid: the
// issuing bank owes something under the L/C.
std::optional<ActionOutcome> rejectIfOwed(const LetterOfCredit &lc, const std::string &action)
{
    for (const Presentation &p : lc.presentations()) {
        if (isOpen(p) || p.state() == Presentation::ACCEPTED)
            return rejected(Conflict, "LC_PRESENTATION_OPEN",
                "L/C " + lc.lc_no() + " has presentation " + std::to_string(p.number()) + " still "
                    + stateName(p.state()) + "; decide, pay or return it before " + action + ".");
    }
    return std::nullopt;
}

} // namespace

ActionOutcome close(ActionContext &ctx, LetterOfCredit lc)
{
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank", "close L/C " + lc.lc_no()))
        return *wrong;
    if (hasEnded(lc) || lc.state() == LetterOfCredit::AMENDMENT_PENDING)
        return wrongState(lc, "closing", "neither ended nor waiting for an amendment answer");
    if (auto owed = rejectIfOwed(lc, "closing"))
        return *owed;
    lc.set_state(LetterOfCredit::CLOSED);
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary("Closed with " + formatFen(out.lc.available_balance_fen()) + " unused");
    out.event.mutable_facts()->set_remaining_fen(out.lc.available_balance_fen());
    return out;
}

ActionOutcome cancel(ActionContext &ctx, LetterOfCredit lc, const LcAction::Cancel &a)
{
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank", "cancel L/C " + lc.lc_no()))
        return *wrong;
    if (hasEnded(lc))
        return wrongState(lc, "cancelling", "still in force");
    if (!lc.presentations().empty())
        return rejected(Conflict, "LC_CANCEL_AFTER_PRESENTATION",
            "Documents have been presented under L/C " + lc.lc_no()
                + "; it can no longer be cancelled. Close it once every presentation is settled.");
    const bool advised = lc.state() != LetterOfCredit::ISSUED;
    if (advised && a.beneficiary_consent().empty())
        return rejected(BadRequest, "LC_CANCEL_CONSENT_MISSING",
            "L/C " + lc.lc_no()
                + " is irrevocable and has been advised; cancelling it needs the beneficiary's "
                  "written consent. Give its reference.");
    lc.set_state(LetterOfCredit::CANCELLED);
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary(advised ? "Cancelled with the beneficiary's consent (" + a.beneficiary_consent() + ")"
                                  : std::string("Cancelled before it was advised"));
    if (advised)
        out.event.mutable_facts()->set_reference(a.beneficiary_consent());
    return out;
}

ActionOutcome expire(ActionContext &ctx, LetterOfCredit lc)
{
    if (auto wrong = requireBank(ctx, lc.issuing_bank_msp(), "issuing bank", "record the expiry of L/C " + lc.lc_no()))
        return *wrong;
    if (hasEnded(lc))
        return wrongState(lc, "recording its expiry", "still in force");
    const auto expiry = civil(lc.expiry_date());
    if (!expiry || ctx.today <= *expiry)
        return rejected(Conflict, "LC_NOT_YET_EXPIRED",
            "L/C " + lc.lc_no() + " is valid until " + text(lc.expiry_date())
                + " inclusive; record its expiry from the day after.");
    if (auto owed = rejectIfOwed(lc, "recording its expiry"))
        return *owed;
    std::string lapsed;
    int lapsedNumber = 0;
    for (const auto &amendment : lc.amendments()) {
        if (amendment.status() == lianxin::lc::Amendment::PENDING) {
            lapsed = " (amendment " + std::to_string(amendment.number()) + " lapsed unanswered)";
            lapsedNumber = amendment.number();
        }
    }
    lc.set_state(LetterOfCredit::EXPIRED);
    ActionOutcome out;
    out.lc = std::move(lc);
    out.event.set_summary("Expired on " + text(out.lc.expiry_date()) + " with "
        + formatFen(out.lc.available_balance_fen()) + " unused" + lapsed);
    lianxin::lc::EventFacts &facts = *out.event.mutable_facts();
    *facts.mutable_date() = out.lc.expiry_date();
    facts.set_remaining_fen(out.lc.available_balance_fen());
    facts.set_number(lapsedNumber);
    return out;
}

} // namespace lx::chaincode::lc::detail
