#include "models/quotes/QuoteDraft.h"

#include "chaincode/Rate.h"
#include "chaincode/quotes/QuoteDryRun.h"
#include "models/MemberDirectory.h"
#include "models/Money.h"
#include "models/ReasonCatalog.h"

#include "lianxin/trust.pb.h"

#include <QCoreApplication>

namespace lx::models {

namespace {

class QuoteDraftText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::QuoteDraft)
};

// An amount field: empty reads as zero when optional.
std::optional<std::int64_t> amountOf(const QString &text, const QString &field, bool optional, const QLocale &locale,
    QStringList &problems)
{
    if (text.trimmed().isEmpty()) {
        if (optional)
            return 0;
        problems.append(QuoteDraftText::tr("%1: enter an amount.").arg(field));
        return std::nullopt;
    }
    const MoneyParse parsed = Money::parse(text, locale);
    if (!parsed.money) {
        problems.append(QuoteDraftText::tr("%1: %2").arg(field, parsed.error));
        return std::nullopt;
    }
    return parsed.money->fen();
}

std::optional<std::int64_t> rateOf(const QString &typed, QStringList &problems)
{
    const QString text = typed.trimmed();
    const auto rate = chaincode::parseRatePercent(text.toStdString());
    if (text.isEmpty())
        problems.append(QuoteDraftText::tr("Rate: enter the discount rate in percent per annum, e.g. 3.25."));
    else if (!rate)
        problems.append(QuoteDraftText::tr(
            "Rate: \"%1\" is not a rate; type percent per annum above 0 and at most 100, with at most four decimals.")
                .arg(text));
    return rate;
}

// The contract's own answer for the drafted action; its refusal translated.
void dryRun(lianxin::quotes::QuoteAction action, const QString &bankMsp, std::int64_t nowSeconds,
    const std::map<std::string, Bytes> &members, QuoteDraftCheck &out)
{
    const auto refusal = chaincode::quotes::dryRunRejection(members, action, bankMsp.toStdString(), nowSeconds);
    if (!refusal) {
        out.action = std::move(action);
        return;
    }
    const QString text = QString::fromStdString(*refusal);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    out.reasonCode = colon > 0 ? text.left(colon) : text;
    out.problems.append(ReasonCatalog::describe(out.reasonCode, colon > 0 ? text.mid(colon + 1).trimmed() : QString()));
}

} // namespace

QuoteDraftCheck checkQuoteDraft(const QuoteDraftInput &input, const QString &bankMsp, std::int64_t nowSeconds,
    const std::map<std::string, Bytes> &members, const QLocale &locale)
{
    QuoteDraftCheck out;
    lianxin::quotes::Quote quote;
    quote.set_side(static_cast<lianxin::quotes::Side>(input.side));
    quote.set_obligor_tier(input.obligorTier);
    quote.set_obligor_bank_msp(input.obligorBankMsp.toStdString());
    quote.set_method(static_cast<lianxin::quotes::Method>(input.method));
    quote.set_basis_days(360);
    quote.set_grace_days(input.graceDays);
    if (input.validUntil.isValid())
        quote.set_valid_until_seconds(input.validUntil.toSecsSinceEpoch());

    if (const auto rate = rateOf(input.rate, out.problems))
        quote.set_rate_micros(*rate);

    const auto fees = amountOf(input.fees, QuoteDraftText::tr("Fees"), true, locale, out.problems);
    const auto amount = amountOf(input.amount, QuoteDraftText::tr("Amount"), input.dealQuote, locale, out.problems);
    if (fees)
        quote.set_fees_fen(*fees);
    if (amount)
        quote.set_amount_fen(*amount);
    if (input.dealQuote) {
        quote.set_lc_no(input.lcNo.trimmed().toStdString());
        const auto face = amountOf(input.faceAmount, QuoteDraftText::tr("Face amount"), false, locale, out.problems);
        if (face)
            quote.set_face_amount_fen(*face);
        if (input.maturity.isValid()) {
            quote.mutable_maturity_date()->set_year(input.maturity.year());
            quote.mutable_maturity_date()->set_month(input.maturity.month());
            quote.mutable_maturity_date()->set_day(input.maturity.day());
        }
    } else {
        quote.set_tenor(static_cast<lianxin::quotes::TenorBucket>(input.tenorBucket));
    }
    if (!out.problems.isEmpty())
        return out;

    lianxin::quotes::QuoteAction action;
    *action.mutable_post()->mutable_quote() = quote;
    dryRun(std::move(action), bankMsp, nowSeconds, members, out);
    return out;
}

QuoteDraftCheck checkDealReport(const DealReportInput &input, const QString &bankMsp, std::int64_t nowSeconds,
    const std::map<std::string, Bytes> &members, const QLocale &locale)
{
    QuoteDraftCheck out;
    lianxin::quotes::DealReport deal;
    deal.set_forfaiting_deal_id(input.dealId.trimmed().toStdString());
    deal.set_obligor_tier(input.obligorTier);
    deal.set_obligor_bank_msp(input.obligorBankMsp.toStdString());
    deal.set_tenor_days(input.tenorDays);
    deal.set_method(static_cast<lianxin::quotes::Method>(input.method));
    deal.set_counterparty_bank_msp(input.counterpartyBankMsp.toStdString());
    if (const auto rate = rateOf(input.rate, out.problems))
        deal.set_rate_micros(*rate);
    if (const auto face = amountOf(input.faceAmount, QuoteDraftText::tr("Face amount"), false, locale, out.problems))
        deal.set_face_amount_fen(*face);
    if (input.tradeDate.isValid()) {
        deal.mutable_trade_date()->set_year(input.tradeDate.year());
        deal.mutable_trade_date()->set_month(input.tradeDate.month());
        deal.mutable_trade_date()->set_day(input.tradeDate.day());
    }
    if (!out.problems.isEmpty())
        return out;
    lianxin::quotes::QuoteAction action;
    *action.mutable_report_deal()->mutable_deal() = deal;
    dryRun(std::move(action), bankMsp, nowSeconds, members, out);
    return out;
}

std::map<std::string, Bytes> memberRecords()
{
    std::map<std::string, Bytes> records;
    for (auto &[key, record] : MemberDirectory::records())
        records[key] = std::move(record);
    return records;
}

} // namespace lx::models
