#pragma once

#include "crypto/Bytes.h"

#include "lianxin/quotes.pb.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>

namespace lx::models {

// What an officer typed into the quote form, as typed.
struct QuoteDraftInput
{
    int side = 0; // lianxin.quotes.Side number
    int obligorTier = 0; // 0 when an obligor bank is named
    QString obligorBankMsp;
    int tenorBucket = 0; // lianxin.quotes.TenorBucket number; 0 for a deal quote (from its maturity)
    QString rate; // percent per annum, "3.25"
    int method = 0; // lianxin.quotes.Method number
    int graceDays = 0;
    QString fees;
    QString amount;
    QDateTime validUntil;
    bool dealQuote = false;
    QString lcNo;
    QString faceAmount;
    QDate maturity;
};

// The quote the form would post and, when it cannot, every reason in the
// user's language: what the fields cannot be read as, then the contract's
// own refusal of the drafted quote (its dry run as of nowSeconds, for
// bankMsp, against the registry members held in members), translated by
// ReasonCatalog. action is set only when nothing is wrong.
struct QuoteDraftCheck
{
    std::optional<lianxin::quotes::QuoteAction> action;
    QStringList problems;
    QString reasonCode; // the contract's code when it refused
};

QuoteDraftCheck checkQuoteDraft(const QuoteDraftInput &input, const QString &bankMsp, std::int64_t nowSeconds,
    const std::map<std::string, Bytes> &members, const QLocale &locale);

// A concluded forfaiting deal's price as an officer typed it.
struct DealReportInput
{
    QString dealId; // the forfaiting deal's ID on channel "forfaiting"
    int obligorTier = 0; // 0 when an obligor bank is named
    QString obligorBankMsp;
    int tenorDays = 0;
    QString rate;
    int method = 0;
    QString faceAmount;
    QDate tradeDate;
    QString counterpartyBankMsp; // optional
};

// The same for a deal report: the fields read, then the contract's dry run.
QuoteDraftCheck checkDealReport(const DealReportInput &input, const QString &bankMsp, std::int64_t nowSeconds,
    const std::map<std::string, Bytes> &members, const QLocale &locale);

// The consortium's members as registry records for the dry run, by
// "member/<mspId>" (MemberDirectory: the trust registry's names and tiers).
std::map<std::string, Bytes> memberRecords();

} // namespace lx::models
