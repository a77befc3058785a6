#include "models/ReasonTable.h"

#include <QCoreApplication>

namespace lx::models::reasons {

namespace {

// clang-format off
constexpr Reason kProducts[] = {
    // Forfaiting
    { "FF_WRONG_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Another bank must take this step in this forfaiting deal; your bank has no part in it.") },
    { "FF_WRONG_STATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim, listing, quote or deal is not in a state that allows this step.") },
    { "FF_NOT_HOLDER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the bank that holds the claim may list or sell it.") },
    { "FF_OWN_LISTING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This listing is your bank's own; other banks quote on it.") },
    { "FF_OBLIGOR_BUYER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank owes this claim and cannot buy it; paying it early is a prepayment, a different action, not a purchase.") },
    { "FF_CLAIM_UNNAMED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name the claim: the L/C number and the presentation number.") },
    { "FF_CLAIM_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no forfaiting claim with this number.") },
    { "FF_LISTING_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no listing with this number.") },
    { "FF_QUOTE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no quote with this number.") },
    { "FF_DEAL_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no forfaiting deal with this number.") },
    { "FF_STATE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Unknown listing state; choose open, withdrawn or agreed.") },
    { "FF_LC_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no L/C with this number on the L/C channel; check the number.") },
    { "FF_LC_UNREACHABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C channel could not be read just now; try again later.") },
    { "FF_LC_UNREADABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C's record on the L/C channel cannot be read; tell your administrator.") },
    { "FF_PRESENTATION_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C has no presentation with this number.") },
    { "FF_CLAIM_SIGHT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This L/C pays at sight: there is no deferred payment to finance.") },
    { "FF_CLAIM_NOT_ACCEPTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only a presentation whose payment at maturity the issuing bank has confirmed can be financed.") },
    { "FF_MATURITY_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The payment confirmation names no maturity date, so the claim cannot be priced.") },
    { "FF_CLAIM_MATURED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim has matured: it is no longer transferred, the obligor pays its holder.") },
    { "FF_CLAIM_PAID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim has been paid already.") },
    { "FF_CLAIM_OVERDUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim is recorded as overdue already.") },
    { "FF_DOUBLE_FINANCING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This claim is sold or on offer already: one claim is financed once at a time.") },
    { "FF_NOT_YET_MATURE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim is not due yet; pay it on or after its maturity date.") },
    { "FF_NOT_YET_OVERDUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim is not overdue yet: its grace days have not run out.") },
    { "FF_RATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Quote a discount rate above 0% and at most 100% per annum.") },
    { "FF_METHOD_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose how the rate applies: straight discount or discount to yield.") },
    { "FF_DAY_BASIS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "CNY claims are discounted on a 360-day year.") },
    { "FF_GRACE_DAYS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Grace days run from 0 to 90.") },
    { "FF_FEES_NEGATIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Fees cannot be negative.") },
    { "FF_VALUE_DATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the value date, the day the buyer pays.") },
    { "FF_VALUE_DATE_PASSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The value date has passed; choose today or a later day.") },
    { "FF_VALUE_DATE_AFTER_MATURITY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The value date must come before the claim's maturity.") },
    { "FF_QUOTE_VALIDITY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A quote must stay valid until a time after now.") },
    { "FF_QUOTE_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank has a live quote on this listing; withdraw it before quoting again.") },
    { "FF_QUOTE_EXPIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The quote is no longer valid; ask the quoting bank for a new one.") },
    { "FF_QUOTE_REVISED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The quote has changed since you saw it; review the new price before accepting it.") },
    { "FF_AMOUNT_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount is above the largest amount the consortium accepts; correct the figure.") },
    { "FF_PRICE_FACE_VALUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The face value must be above zero.") },
    { "FF_PRICE_RATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The rate must be from 0 to 100% per annum.") },
    { "FF_PRICE_DAYS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The claim matures on or before the value date: there are no days to discount.") },
    { "FF_PRICE_FEES", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Fees cannot be negative.") },
    { "FF_PRICE_NET_NOT_POSITIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Discount and fees take the whole face value; check the rate, the days and the fees.") },
    // Guarantees
    { "GT_WRONG_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Another bank must take this step for this guarantee; your bank has no part in it.") },
    { "GT_WRONG_STATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The guarantee is not in a state that allows this step.") },
    { "GT_ACTION_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The draft carries no guarantee action.") },
    { "GT_NOT_FOUND", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no guarantee with this number.") },
    { "GT_ALREADY_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A guarantee with this number exists already; choose another number.") },
    { "GT_RECORD_DAMAGED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger record of this guarantee cannot be read; tell your administrator.") },
    { "GT_STATE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Unknown guarantee state; choose one from the list.") },
    { "GT_NUMBER_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the guarantee a number.") },
    { "GT_TYPE_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose the guarantee type: bid, performance, advance payment, payment, retention or warranty.") },
    { "GT_CURRENCY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Guarantees are in renminbi (CNY) only.") },
    { "GT_AMOUNT_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount is above the largest amount the consortium accepts; correct the figure.") },
    { "GT_AMOUNT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount must be above zero and at most the amount available.") },
    { "GT_PARTY_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name both the applicant and the beneficiary.") },
    { "GT_ADVISING_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name an advising bank other than the issuing bank.") },
    { "GT_UNDERLYING_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the reference of the underlying contract the guarantee secures.") },
    { "GT_EXPIRY_TYPE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose how the guarantee expires: on a date, on an event, or open-ended.") },
    { "GT_EXPIRY_DATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An expiry by date needs an expiry date after today.") },
    { "GT_EXPIRY_EVENT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An expiry by event needs the event described (e.g. the taking-over certificate).") },
    { "GT_REDUCTION_SCHEDULE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Each reduction clause needs a date and an amount above zero.") },
    { "GT_AMENDMENT_EMPTY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An amendment must change at least one term.") },
    { "GT_AMENDMENT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no amendment with this number waiting for an answer.") },
    { "GT_DECREASE_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The decrease would leave nothing available; release or reduce the guarantee instead.") },
    { "GT_DEMAND_AFTER_EXPIRY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The guarantee has expired: a demand must be received on or before the expiry date.") },
    { "GT_DATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the date the demand was received as a calendar day.") },
    { "GT_RECEIPT_IN_FUTURE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The date of receipt is after today; record the day the demand arrived.") },
    { "GT_RECEIPT_TOO_OLD", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The demand was received more than 3 business days ago; it can no longer be recorded with that date of receipt.") },
    { "GT_RECEIPT_BEFORE_ISSUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The date of receipt is before the guarantee was issued; check it.") },
    { "GT_DEMAND_OVER_AVAILABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The demand is for more than the amount available under the guarantee.") },
    { "GT_STATEMENT_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A demand carries the beneficiary's statement saying how the applicant is in breach.") },
    { "GT_DOCUMENT_HASH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Each supporting document needs its SHA-256 hash.") },
    { "GT_EXTENSION_DATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An extend-or-pay demand asks for a new expiry date later than the current one.") },
    { "GT_DEMAND_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The guarantee has no demand with this number.") },
    { "GT_DEMAND_OPEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A demand under this guarantee is still open; settle it first.") },
    { "GT_COMPLYING_WITH_DISCREPANCIES", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A complying demand lists no discrepancies; remove them or reject the demand.") },
    { "GT_REJECTION_WITHOUT_DISCREPANCIES", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A rejection lists every discrepancy, in one notice.") },
    { "GT_REJECTION_LATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The five business days for examination have passed; the demand can no longer be rejected.") },
    { "GT_NOT_EXTEND_OR_PAY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Payment may be suspended only on an extend-or-pay demand.") },
    { "GT_SUSPENSION_TOO_LONG", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Payment may be suspended for at most 30 calendar days after the demand was received.") },
    { "GT_SUSPENSION_OVER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The suspension has ended; the demand must now be paid.") },
    { "GT_FROZEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A court's stop-payment order freezes this guarantee; nothing may be paid until it is lifted.") },
    { "GT_ALREADY_FROZEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A stop-payment order freezes this guarantee already.") },
    { "GT_NOT_FROZEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The guarantee is not frozen.") },
    { "GT_COURT_ORDER_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name the court and the number of its order.") },
    { "GT_REDUCTION_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The guarantee has no reduction clause with this number.") },
    { "GT_REDUCTION_APPLIED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This reduction clause has been applied already.") },
    { "GT_REDUCTION_NOT_DUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The reduction clause is not in effect yet; apply it on or after its date.") },
    { "GT_REDUCTION_CONSENT_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A reduction outside the schedule needs the beneficiary's consent; give its reference.") },
    { "GT_NO_EXPIRY_DATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This guarantee has no expiry date; it ends by release, by payment or by its event.") },
    { "GT_NOT_YET_EXPIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The guarantee is still valid; record its expiry from the day after the expiry date.") },
    // The unified quote board
    { "QT_WRONG_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A bank posts, withdraws and reports on the quote board for itself only.") },
    { "QT_SIDE_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Say whether your bank buys or sells claims at this rate.") },
    { "QT_OBLIGOR_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name the obligor bank, or its tier.") },
    { "QT_OBLIGOR_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The obligor is not in the consortium's membership registry; name a member bank.") },
    { "QT_OBLIGOR_NOT_A_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The obligor must be a bank: the bank that pays the claim at maturity.") },
    { "QT_OBLIGOR_QUOTE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank is the obligor: it cannot bid for claims it owes; paying early is a prepayment, a different action, not a purchase.") },
    { "QT_REGISTRY_UNREADABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The membership registry did not answer; give the obligor tier instead, or try again.") },
    { "QT_TIER_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The obligor tier is one of the registry's tiers, 1 (strongest) to 5.") },
    { "QT_TIER_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The membership registry puts the obligor in another tier; leave the tier out or correct it.") },
    { "QT_TENOR_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose the tenor bucket: 1-30, 31-90, 91-180, 181-270 or 271-366 days.") },
    { "QT_TENOR_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The tenor does not match the days to maturity; leave it out or correct it.") },
    { "QT_RATE_OUT_OF_RANGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A discount rate is above 0% and at most 100% per annum.") },
    { "QT_METHOD_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose how the rate applies: straight discount or discount to yield.") },
    { "QT_BASIS_NOT_360", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "CNY forfaiting counts interest on a 360-day year.") },
    { "QT_GRACE_DAYS_OUT_OF_RANGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Grace days run from 0 to 30.") },
    { "QT_FEES_NEGATIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Fees cannot be negative.") },
    { "QT_AMOUNT_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount is above the largest amount the consortium accepts; correct the figure.") },
    { "QT_AMOUNT_NOT_POSITIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount available at this rate must be above zero.") },
    { "QT_VALIDITY_PAST", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The quote's validity has passed; give a validity in the future.") },
    { "QT_DEAL_QUOTE_INCOMPLETE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A quote on one claim names the L/C number, the face amount and the maturity date, all three.") },
    { "QT_FACE_NOT_POSITIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The face amount of the claim must be above zero.") },
    { "QT_MATURITY_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The maturity date is not a calendar day.") },
    { "QT_MATURITY_OUT_OF_RANGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A claim on the board matures in 1 to 366 days.") },
    { "QT_QUOTE_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This quote is on the board already.") },
    { "QT_QUOTE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no quote with this number on the board.") },
    { "QT_QUOTE_WITHDRAWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The quote has been withdrawn already.") },
    { "QT_QUOTE_EXPIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The quote is no longer valid; it has left the board by itself.") },
    { "QT_DEAL_ID_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the forfaiting deal's number from the forfaiting channel.") },
    { "QT_DEAL_REPORTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This deal is on the board already; a deal is reported once.") },
    { "QT_TENOR_DAYS_OUT_OF_RANGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A deal's tenor is 1 to 366 days.") },
    { "QT_TRADE_DATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the trade date as a calendar day.") },
    { "QT_TRADE_DATE_FUTURE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The trade date is after today; report a deal once it is concluded.") },
    { "QT_FILTER_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The board filter is not valid: tier 1 to 5, a tenor bucket, buy or sell.") },
    // The gateway between channels, and the ledger nodes behind it
    { "CHANNEL_UNREACHABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This step reads another channel, which your bank's peer cannot reach now; try again later or tell your administrator.") },
    { "CROSS_CHANNEL_WRITE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A contract may only read another channel, never change it; update LianXin or tell your administrator.") },
    { "BAD_TXID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The transaction ID does not match the proposal; update LianXin.") },
    { "CONSORTIUM_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no consortium in the data folder; create the sandbox first, or choose another folder.") },
    { "NODE_FILES", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A ledger node's files cannot be read; check the data folder and its permissions.") },
    // lianxin-chaincode, the contracts' server on a Fabric network
    { "CHAINCODE_DATE_NOT_ALLOWED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This network signs with the real date; a transaction date is accepted only on a test network started with dated transactions.") },
    { "CHAINCODE_DATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the transaction date as a calendar day written YYYY-MM-DD.") },
    { "CHAINCODE_BAD_MSP", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Preparing the endorsement keys needs the MSP IDs of the consortium's organizations; check the IDs given.") },
};

// By suffix: LC_, FF_, GT_ and QT_ alike. The L/C table keeps its own
// wording for the L/C codes; these are the sentences of the other products.
constexpr Reason kDesk[] = {
    { "DRAFT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank has no such draft; it may have been withdrawn.") },
    { "DRAFT_NOT_PENDING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This draft was approved or returned already; the maker submits a new one.") },
    { "DRAFT_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The action is too large: shorten its texts or lists.") },
    { "DRAFT_IN_CLEAR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The draft must travel in the private part of the proposal, never in its arguments.") },
    { "RETURN_COMMENT_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Tell the maker what to correct: a returned draft needs a comment.") },
    { "REGULATOR_READ_ONLY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The regulator reads every record and its history but changes nothing.") },
    { "NOT_A_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only member banks act on this business; the secretariat reads it.") },
    { "NOT_OFFICER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only a trade-finance officer drafts actions; sign in as an officer.") },
    { "NOT_CHECKER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only a checker approves or returns drafts; sign in as a checker.") },
    { "SELF_APPROVAL", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "You drafted this yourself; another checker of your bank must approve it.") },
    { "NOT_A_MEMBER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank is not a member of the consortium: a bank joins by council vote before it does business.") },
    { "MEMBER_NOT_ACTIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank is not a member in good standing (an applicant, suspended or expelled): it does no business until the council admits or reinstates it.") },
    { "LINE_NOT_ADMITTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank is not admitted to this line of business: the council admits a line by vote.") },
    { "MEMBERSHIP_UNREADABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The membership registry did not answer, so your bank's admission could not be checked; try again.") },
    { "SANDBOX_LIMIT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank's line of business is in sandbox and this deal would pass one of its limits (deals, total face amount or counterparty banks).") },
    { "SANDBOX_ENDED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank's sandbox for this line of business has reached its end date: no new deal until the regulator or the council ends the sandbox.") },
    { "ENDORSERS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The approval did not name the banks that must co-endorse it; approve again, and LianXin asks the ledger for them.") },
};
// clang-format on

// DESK: the desk across every product, as lianxin-cli approvals refuses the
// regulator and the secretariat before it knows the draft's product.
constexpr const char *kDeskPrefixes[] = { "LC", "FF", "GT", "QT", "KYC", "DESK" };

} // namespace

std::span<const Reason> productReasons()
{
    return kProducts;
}

std::span<const Reason> deskReasons()
{
    return kDesk;
}

std::span<const char *const> deskPrefixes()
{
    return kDeskPrefixes;
}

} // namespace lx::models::reasons
