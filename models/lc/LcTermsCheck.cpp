#include "models/lc/LcTermsCheck.h"

#include "chaincode/lc/LcAmountWords.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"
#include "models/ReasonCatalog.h"

namespace lx::models {

QList<LcTermProblem> LcTermsCheck::check(const lianxin::lc::LetterOfCredit &lc, const QDate &issueDate)
{
    Q_ASSERT(issueDate.isValid());
    QList<LcTermProblem> out;
    for (const auto &violation : chaincode::lc::validateTerms(lc, civilDate(issueDate))) {
        const QString code = QString::fromStdString(violation.reasonCode);
        out.append(LcTermProblem { QString::fromStdString(violation.field), code,
            ReasonCatalog::describe(code, QString::fromStdString(violation.message)) });
    }
    return out;
}

QString LcTermsCheck::amountInWords(std::int64_t fen)
{
    if (fen < 0)
        return {};
    return QString::fromStdString(chaincode::lc::amountInWords(fen));
}

std::chrono::year_month_day LcTermsCheck::civilDate(const QDate &date)
{
    return std::chrono::year_month_day { std::chrono::year { date.year() },
        std::chrono::month { static_cast<unsigned>(date.month()) },
        std::chrono::day { static_cast<unsigned>(date.day()) } };
}

lianxin::lc::Date LcTermsCheck::protoDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return chaincode::lc::protoDate(civilDate(date));
}

QDate LcTermsCheck::fromProto(const lianxin::lc::Date &date)
{
    const auto civil = chaincode::lc::civil(date);
    if (!civil)
        return {};
    return QDate(static_cast<int>(civil->year()), static_cast<int>(static_cast<unsigned>(civil->month())),
        static_cast<int>(static_cast<unsigned>(civil->day())));
}

} // namespace lx::models
