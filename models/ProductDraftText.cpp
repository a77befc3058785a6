#include "models/ProductDraftText.h"

#include "models/lc/LcText.h"

#include <map>

namespace lx::models {

namespace {

using Names = std::map<QString, const char *>;

const char *lookUp(const Names &names, const QString &key)
{
    const auto found = names.find(key);
    return found == names.end() ? nullptr : found->second;
}

} // namespace

QString ProductDraftText::productName(const QString &contract)
{
    static const Names names = {
        { QStringLiteral("lc"), QT_TR_NOOP("L/C") },
        { QStringLiteral("forfaiting"), QT_TR_NOOP("Forfaiting") },
        { QStringLiteral("guarantee"), QT_TR_NOOP("Guarantee") },
        { QStringLiteral("quotes"), QT_TR_NOOP("Quote board") },
        { QStringLiteral("kyc"), QT_TR_NOOP("KYC") },
    };
    const char *name = lookUp(names, contract);
    return name ? tr(name) : contract;
}

QString ProductDraftText::actionName(const QString &contract, const QString &kind)
{
    if (contract == QLatin1String("lc"))
        return LcText::actionName(kind);
    static const Names forfaiting = {
        { QStringLiteral("List"), QT_TR_NOOP("List claim for sale") },
        { QStringLiteral("Quote"), QT_TR_NOOP("Quote on listing") },
        { QStringLiteral("WithdrawListing"), QT_TR_NOOP("Withdraw listing") },
        { QStringLiteral("WithdrawQuote"), QT_TR_NOOP("Withdraw quote") },
        { QStringLiteral("AcceptQuote"), QT_TR_NOOP("Accept quote") },
        { QStringLiteral("NotifyTransfer"), QT_TR_NOOP("Notify claim transfer") },
        { QStringLiteral("AcknowledgeTransfer"), QT_TR_NOOP("Acknowledge claim transfer") },
        { QStringLiteral("Settle"), QT_TR_NOOP("Pay the net amount") },
        { QStringLiteral("PayAtMaturity"), QT_TR_NOOP("Pay at maturity") },
        { QStringLiteral("RecordOverdue"), QT_TR_NOOP("Record overdue") },
    };
    static const Names guarantee = {
        { QStringLiteral("Issue"), QT_TR_NOOP("Issue guarantee") },
        { QStringLiteral("Advise"), QT_TR_NOOP("Advise guarantee") },
        { QStringLiteral("Amend"), QT_TR_NOOP("Amend guarantee") },
        { QStringLiteral("AnswerAmendment"), QT_TR_NOOP("Answer amendment") },
        { QStringLiteral("PresentDemand"), QT_TR_NOOP("Present demand") },
        { QStringLiteral("Examine"), QT_TR_NOOP("Examine demand") },
        { QStringLiteral("Suspend"), QT_TR_NOOP("Suspend payment (extend or pay)") },
        { QStringLiteral("Extend"), QT_TR_NOOP("Extend expiry") },
        { QStringLiteral("Pay"), QT_TR_NOOP("Pay demand") },
        { QStringLiteral("Reduce"), QT_TR_NOOP("Reduce amount") },
        { QStringLiteral("Release"), QT_TR_NOOP("Record release") },
        { QStringLiteral("Expire"), QT_TR_NOOP("Record expiry") },
        { QStringLiteral("StopPaymentOrder"), QT_TR_NOOP("Record stop-payment order") },
        { QStringLiteral("LiftStopPayment"), QT_TR_NOOP("Lift stop-payment order") },
    };
    static const Names quotes = {
        { QStringLiteral("Post"), QT_TR_NOOP("Post quote") },
        { QStringLiteral("Withdraw"), QT_TR_NOOP("Withdraw quote") },
        { QStringLiteral("ReportDeal"), QT_TR_NOOP("Report deal") },
    };
    static const Names kyc = {
        { QStringLiteral("Attest"), QT_TR_NOOP("Attest KYC of a corporate") },
    };
    const Names *names = contract == QLatin1String("forfaiting") ? &forfaiting
        : contract == QLatin1String("guarantee")                 ? &guarantee
        : contract == QLatin1String("quotes")                    ? &quotes
        : contract == QLatin1String("kyc")                       ? &kyc
                                                                 : nullptr;
    const char *name = names ? lookUp(*names, kind) : nullptr;
    if (name)
        return tr(name);
    return kind.isEmpty() ? tr("Other action") : legible(kind);
}

QString ProductDraftText::fieldLabel(const QString &fieldName)
{
    static const Names labels = {
        { QStringLiteral("guarantee_no"), QT_TR_NOOP("Guarantee No.") },
        { QStringLiteral("lc_no"), QT_TR_NOOP("L/C No.") },
        { QStringLiteral("presentation_no"), QT_TR_NOOP("Presentation No.") },
        { QStringLiteral("claim_id"), QT_TR_NOOP("Claim") },
        { QStringLiteral("listing_id"), QT_TR_NOOP("Listing") },
        { QStringLiteral("quote_id"), QT_TR_NOOP("Quote") },
        { QStringLiteral("deal_id"), QT_TR_NOOP("Deal") },
        { QStringLiteral("forfaiting_deal_id"), QT_TR_NOOP("Forfaiting deal") },
        { QStringLiteral("id"), QT_TR_NOOP("Number") },
        { QStringLiteral("number"), QT_TR_NOOP("Number") },
        { QStringLiteral("state"), QT_TR_NOOP("State") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("type"), QT_TR_NOOP("Type") },
        { QStringLiteral("side"), QT_TR_NOOP("Side") },
        { QStringLiteral("amount_fen"), QT_TR_NOOP("Amount") },
        { QStringLiteral("available_fen"), QT_TR_NOOP("Available") },
        { QStringLiteral("face_amount_fen"), QT_TR_NOOP("Face amount") },
        { QStringLiteral("face_value_fen"), QT_TR_NOOP("Face value") },
        { QStringLiteral("fees_fen"), QT_TR_NOOP("Fees") },
        { QStringLiteral("net_fen"), QT_TR_NOOP("Net amount") },
        { QStringLiteral("rate_micros"), QT_TR_NOOP("Discount rate (p.a.)") },
        { QStringLiteral("method"), QT_TR_NOOP("Pricing method") },
        { QStringLiteral("day_basis"), QT_TR_NOOP("Day basis") },
        { QStringLiteral("basis_days"), QT_TR_NOOP("Day basis") },
        { QStringLiteral("grace_days"), QT_TR_NOOP("Grace days") },
        { QStringLiteral("tenor"), QT_TR_NOOP("Tenor") },
        { QStringLiteral("tenor_days"), QT_TR_NOOP("Tenor (days)") },
        { QStringLiteral("obligor_tier"), QT_TR_NOOP("Obligor tier") },
        { QStringLiteral("obligor_bank_msp"), QT_TR_NOOP("Obligor bank") },
        { QStringLiteral("obligor_msp"), QT_TR_NOOP("Obligor bank") },
        { QStringLiteral("discount_fen"), QT_TR_NOOP("Discount") },
        { QStringLiteral("days"), QT_TR_NOOP("Days discounted") },
        { QStringLiteral("market"), QT_TR_NOOP("Market") },
        { QStringLiteral("quoting_bank_msp"), QT_TR_NOOP("Quoting bank") },
        { QStringLiteral("counterparty_bank_msp"), QT_TR_NOOP("Counterparty bank") },
        { QStringLiteral("issuer_msp"), QT_TR_NOOP("Issuing bank") },
        { QStringLiteral("advising_bank_msp"), QT_TR_NOOP("Advising bank") },
        { QStringLiteral("holder_msp"), QT_TR_NOOP("Holder") },
        { QStringLiteral("seller_msp"), QT_TR_NOOP("Seller") },
        { QStringLiteral("buyer_msp"), QT_TR_NOOP("Buyer") },
        { QStringLiteral("bank_msp"), QT_TR_NOOP("Bank") },
        { QStringLiteral("applicant"), QT_TR_NOOP("Applicant") },
        { QStringLiteral("beneficiary"), QT_TR_NOOP("Beneficiary") },
        { QStringLiteral("currency"), QT_TR_NOOP("Currency") },
        { QStringLiteral("issue_date"), QT_TR_NOOP("Issue date") },
        { QStringLiteral("expiry_type"), QT_TR_NOOP("Expiry") },
        { QStringLiteral("expiry_date"), QT_TR_NOOP("Expiry date") },
        { QStringLiteral("expiry_event"), QT_TR_NOOP("Expiry event") },
        { QStringLiteral("maturity_date"), QT_TR_NOOP("Maturity date") },
        { QStringLiteral("value_date"), QT_TR_NOOP("Value date") },
        { QStringLiteral("trade_date"), QT_TR_NOOP("Trade date") },
        { QStringLiteral("valid_until_seconds"), QT_TR_NOOP("Valid until") },
        { QStringLiteral("underlying"), QT_TR_NOOP("Underlying contract") },
        { QStringLiteral("reference"), QT_TR_NOOP("Reference") },
        { QStringLiteral("description"), QT_TR_NOOP("Description") },
        { QStringLiteral("date"), QT_TR_NOOP("Date") },
        { QStringLiteral("terms"), QT_TR_NOOP("Terms") },
        { QStringLiteral("reduction_schedule"), QT_TR_NOOP("Reduction schedule") },
        { QStringLiteral("note"), QT_TR_NOOP("Note") },
        { QStringLiteral("inquiry"), QT_TR_NOOP("Inquiry only") },
        { QStringLiteral("revision"), QT_TR_NOOP("Quote revision") },
        { QStringLiteral("accept"), QT_TR_NOOP("Accepted") },
        { QStringLiteral("demand_no"), QT_TR_NOOP("Demand No.") },
        { QStringLiteral("complying"), QT_TR_NOOP("Complying") },
        { QStringLiteral("discrepancies"), QT_TR_NOOP("Discrepancies") },
        { QStringLiteral("until"), QT_TR_NOOP("Suspended until") },
        { QStringLiteral("new_expiry"), QT_TR_NOOP("New expiry date") },
        { QStringLiteral("step"), QT_TR_NOOP("Reduction clause") },
        { QStringLiteral("consent"), QT_TR_NOOP("Beneficiary's consent") },
        { QStringLiteral("court"), QT_TR_NOOP("Court") },
        { QStringLiteral("order_no"), QT_TR_NOOP("Order No.") },
        { QStringLiteral("statement"), QT_TR_NOOP("Statement of breach") },
        { QStringLiteral("frozen"), QT_TR_NOOP("Frozen by a court order") },
        { QStringLiteral("uscc"), QT_TR_NOOP("Unified social credit code") },
        { QStringLiteral("subject_name"), QT_TR_NOOP("Corporate") },
        { QStringLiteral("attesting_msp"), QT_TR_NOOP("Attesting bank") },
        { QStringLiteral("attested_seconds"), QT_TR_NOOP("Attested at") },
        { QStringLiteral("level"), QT_TR_NOOP("KYC level") },
        { QStringLiteral("evidence_sha256"), QT_TR_NOOP("Evidence (SHA-256 of the KYC file)") },
        { QStringLiteral("demands"), QT_TR_NOOP("Demands") },
        { QStringLiteral("amendments"), QT_TR_NOOP("Amendments") },
        { QStringLiteral("increase_fen"), QT_TR_NOOP("Increase") },
        { QStringLiteral("decrease_fen"), QT_TR_NOOP("Decrease") },
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("form"), QT_TR_NOOP("Form") },
        { QStringLiteral("rules"), QT_TR_NOOP("Rules") },
        { QStringLiteral("paid_date"), QT_TR_NOOP("Paid on") },
        { QStringLiteral("paid_to_msp"), QT_TR_NOOP("Paid to") },
        { QStringLiteral("overdue_date"), QT_TR_NOOP("Overdue since") },
        { QStringLiteral("listed_date"), QT_TR_NOOP("Listed on") },
        { QStringLiteral("quoted_date"), QT_TR_NOOP("Quoted on") },
        { QStringLiteral("notice_date"), QT_TR_NOOP("Transfer notice date") },
        { QStringLiteral("acknowledged_date"), QT_TR_NOOP("Transfer acknowledged on") },
        { QStringLiteral("settled_date"), QT_TR_NOOP("Settled on") },
        { QStringLiteral("accepted_quote_id"), QT_TR_NOOP("Accepted quote") },
        { QStringLiteral("live_listing_id"), QT_TR_NOOP("Live listing") },
        { QStringLiteral("live_deal_id"), QT_TR_NOOP("Live deal") },
        { QStringLiteral("listing_count"), QT_TR_NOOP("Listings so far") },
        { QStringLiteral("deal_count"), QT_TR_NOOP("Deals so far") },
        { QStringLiteral("holders"), QT_TR_NOOP("Holders") },
        { QStringLiteral("remaining_days"), QT_TR_NOOP("Days to maturity") },
        { QStringLiteral("posted_seconds"), QT_TR_NOOP("Posted at") },
        { QStringLiteral("withdrawn_seconds"), QT_TR_NOOP("Withdrawn at") },
        { QStringLiteral("maker"), QT_TR_NOOP("Maker") },
        { QStringLiteral("checker"), QT_TR_NOOP("Checker") },
        { QStringLiteral("reporting_bank_msp"), QT_TR_NOOP("Reporting bank") },
        { QStringLiteral("reported_seconds"), QT_TR_NOOP("Reported at") },
        { QStringLiteral("stop_payments"), QT_TR_NOOP("Stop-payment orders") },
        { QStringLiteral("examined_date"), QT_TR_NOOP("Examined on") },
        { QStringLiteral("received_date"), QT_TR_NOOP("Received on") },
    };
    const char *label = lookUp(labels, fieldName);
    return label ? tr(label) : legible(fieldName);
}

QString ProductDraftText::enumValue(const QString &valueName, const QString &enumName)
{
    static const Names qualified = {
        { QStringLiteral("lianxin.guarantee.Guarantee.ExpiryType.OPEN"), QT_TR_NOOP("Open-ended") },
        { QStringLiteral("lianxin.forfaiting.Listing.State.OPEN"), QT_TR_NOOP("Listed") },
        { QStringLiteral("lianxin.forfaiting.Quote.State.OPEN"), QT_TR_NOOP("Live") },
    };
    if (const char *value = lookUp(qualified, enumName + QLatin1Char('.') + valueName))
        return tr(value);
    static const Names values = {
        { QStringLiteral("BID"), QT_TR_NOOP("Bid guarantee") },
        { QStringLiteral("PERFORMANCE"), QT_TR_NOOP("Performance guarantee") },
        { QStringLiteral("ADVANCE_PAYMENT"), QT_TR_NOOP("Advance payment guarantee") },
        { QStringLiteral("PAYMENT"), QT_TR_NOOP("Payment guarantee") },
        { QStringLiteral("RETENTION"), QT_TR_NOOP("Retention guarantee") },
        { QStringLiteral("WARRANTY"), QT_TR_NOOP("Warranty guarantee") },
        { QStringLiteral("FIXED_DATE"), QT_TR_NOOP("On a date") },
        { QStringLiteral("EVENT"), QT_TR_NOOP("On an event") },
        { QStringLiteral("OPEN"), QT_TR_NOOP("Open") }, // see qualified
        { QStringLiteral("BUY"), QT_TR_NOOP("Buy") },
        { QStringLiteral("SELL"), QT_TR_NOOP("Sell") },
        { QStringLiteral("STRAIGHT_DISCOUNT"), QT_TR_NOOP("Straight discount") },
        { QStringLiteral("DISCOUNT_TO_YIELD"), QT_TR_NOOP("Discount to yield") },
        { QStringLiteral("ISSUED"), QT_TR_NOOP("Issued") },
        { QStringLiteral("ADVISED"), QT_TR_NOOP("Advised") },
        { QStringLiteral("AMENDMENT_PENDING"), QT_TR_NOOP("Amendment pending") },
        { QStringLiteral("DEMANDED"), QT_TR_NOOP("Demanded") },
        { QStringLiteral("TERMINATED"), QT_TR_NOOP("Terminated") },
        { QStringLiteral("RELEASED"), QT_TR_NOOP("Released") },
        { QStringLiteral("EXPIRED"), QT_TR_NOOP("Expired") },
        { QStringLiteral("LIVE"), QT_TR_NOOP("Live") },
        { QStringLiteral("WITHDRAWN"), QT_TR_NOOP("Withdrawn") },
        { QStringLiteral("AGREED"), QT_TR_NOOP("Agreed") },
        { QStringLiteral("PAID"), QT_TR_NOOP("Paid") },
        { QStringLiteral("OVERDUE"), QT_TR_NOOP("Overdue") },
        { QStringLiteral("HELD"), QT_TR_NOOP("Held") },
        { QStringLiteral("LISTED"), QT_TR_NOOP("Listed") },
        { QStringLiteral("UNDER_TRANSFER"), QT_TR_NOOP("Under transfer") },
        { QStringLiteral("ACCEPTED"), QT_TR_NOOP("Accepted") },
        { QStringLiteral("NOTIFIED"), QT_TR_NOOP("Transfer notified") },
        { QStringLiteral("ACKNOWLEDGED"), QT_TR_NOOP("Transfer acknowledged") },
        { QStringLiteral("SETTLED"), QT_TR_NOOP("Settled") },
        { QStringLiteral("DIRECT"), QT_TR_NOOP("Direct") },
        { QStringLiteral("PENDING"), QT_TR_NOOP("Pending") },
        { QStringLiteral("REJECTED"), QT_TR_NOOP("Rejected") },
        { QStringLiteral("PRESENTED"), QT_TR_NOOP("Presented") },
        { QStringLiteral("COMPLYING"), QT_TR_NOOP("Complying") },
        { QStringLiteral("SUSPENDED"), QT_TR_NOOP("Payment suspended") },
        { QStringLiteral("PRIMARY"), QT_TR_NOOP("Primary market") },
        { QStringLiteral("SECONDARY"), QT_TR_NOOP("Secondary market") },
        { QStringLiteral("DAYS_1_30"), QT_TR_NOOP("1-30 days") },
        { QStringLiteral("DAYS_31_90"), QT_TR_NOOP("31-90 days") },
        { QStringLiteral("DAYS_91_180"), QT_TR_NOOP("91-180 days") },
        { QStringLiteral("DAYS_181_270"), QT_TR_NOOP("181-270 days") },
        { QStringLiteral("DAYS_271_366"), QT_TR_NOOP("271-366 days") },
    };
    const char *value = lookUp(values, valueName);
    return value ? tr(value) : legible(valueName);
}

QString ProductDraftText::legible(const QString &name)
{
    QString text = name;
    for (const char *unit : { "_fen", "_msp", "_micros", "_seconds" }) {
        if (text.endsWith(QLatin1String(unit)))
            text.chop(static_cast<qsizetype>(qstrlen(unit)));
    }
    text = text.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace lx::models
