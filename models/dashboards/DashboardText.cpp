#include "models/dashboards/DashboardText.h"

#include "models/forfaiting/FfText.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteText.h"

#include <QLocale>

namespace lx::models {

using namespace cache::dash;

namespace {

// A presentation's own state, in the words of the L/C sheet (its catalogue context).
QString presentationState(int state)
{
    static const char *const kNames[] = { QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Unknown"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Presented"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Complying"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Discrepant"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Refused"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Discrepancies waived"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Accepted, payment at maturity"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Paid"),
        QT_TRANSLATE_NOOP("lx::models::LcSheetModel", "Paid at maturity") };
    const int index = state >= 0 && state < static_cast<int>(std::size(kNames)) ? state : 0;
    return QCoreApplication::translate("lx::models::LcSheetModel", kNames[index]);
}

} // namespace

QString DashboardText::chartTitle(Chart chart)
{
    switch (chart) {
    case Chart::Issued:
        return tr("Volume");
    case Chart::Exposure:
        return tr("Exposure");
    case Chart::Maturity:
        return tr("Maturities");
    case Chart::Funnel:
        return tr("States");
    case Chart::Deadlines:
        return tr("Deadlines");
    case Chart::ForfaitingRates:
        return tr("Forfaiting rates");
    case Chart::GuaranteeTypes:
        return tr("Guarantees");
    case Chart::Statistics:
        return tr("Consortium");
    }
    return QString();
}

QString DashboardText::productName(Product product)
{
    switch (product) {
    case Product::Lc:
        return tr("L/C");
    case Product::Forfaiting:
        return tr("Forfaiting");
    case Product::Guarantee:
        return tr("Guarantee");
    }
    return QString();
}

QString DashboardText::roleName(int role)
{
    switch (static_cast<Role>(role)) {
    case Role::IssuingBank:
        return tr("As issuing bank");
    case Role::AdvisingBank:
        return tr("As advising bank");
    case Role::ForfaitingHolder:
        return tr("As forfaiting holder");
    case Role::Guarantor:
        return tr("As guarantor");
    }
    return QString();
}

QString DashboardText::maturityName(int bucket)
{
    switch (static_cast<MaturityBucket>(bucket)) {
    case MaturityBucket::Overdue:
        return tr("Overdue");
    case MaturityBucket::Days0To30:
        return tr("0–30 days");
    case MaturityBucket::Days31To60:
        return tr("31–60 days");
    case MaturityBucket::Days61To90:
        return tr("61–90 days");
    case MaturityBucket::Days91To180:
        return tr("91–180 days");
    case MaturityBucket::Days181To360:
        return tr("181–360 days");
    case MaturityBucket::Over360:
        return tr("Over 360 days");
    }
    return QString();
}

QString DashboardText::dutyName(int duty)
{
    switch (static_cast<Duty>(duty)) {
    case Duty::LcExamination:
        return tr("L/C examination");
    case Duty::LcPayment:
        return tr("L/C payment");
    case Duty::GuaranteeExamination:
        return tr("Demand examination");
    case Duty::LcDuplicateExamination:
        return tr("L/C examination, documents re-used");
    }
    return QString();
}

QString DashboardText::outcomeName(int outcome)
{
    switch (static_cast<Outcome>(outcome)) {
    case Outcome::OnTime:
        return tr("On time");
    case Outcome::Late:
        return tr("Late");
    case Outcome::Open:
        return tr("Open");
    case Outcome::Overdue:
        return tr("Overdue");
    }
    return QString();
}

QString DashboardText::monthText(int month)
{
    const int year = month / 12;
    const int number = month % 12 + 1;
    if (QLocale().language() == QLocale::Chinese)
        return QStringLiteral("%1年%2月").arg(year).arg(number);
    return QStringLiteral("%1-%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
}

QString DashboardText::dealStateName(Product product, int state)
{
    switch (product) {
    case Product::Lc:
        return LcText::stateName(state);
    case Product::Forfaiting:
        if (state == kDealPaidAtMaturity)
            return tr("Paid at maturity");
        if (state == kDealOverdue)
            return tr("Overdue");
        return FfText::dealState(state);
    case Product::Guarantee:
        return GuaranteeText::stateName(state);
    }
    return QString();
}

QString DashboardText::rowStateName(const DealRow &row)
{
    if (row.item > 0 && row.product == Product::Lc)
        return presentationState(row.state);
    if (row.item > 0 && row.product == Product::Guarantee)
        return GuaranteeText::demandStateName(row.state);
    return dealStateName(row.product, row.state);
}

QString DashboardText::category(const Key &key)
{
    switch (key.chart) {
    case Chart::Issued:
        return monthText(key.month);
    case Chart::Exposure:
    case Chart::Statistics:
        return LcText::bankName(QString::fromStdString(key.bank));
    case Chart::Maturity:
        return maturityName(key.bucket);
    case Chart::Funnel:
        return dealStateName(key.product, key.state);
    case Chart::Deadlines:
        return dutyName(key.duty);
    case Chart::ForfaitingRates:
        return QuoteText::bucketName(key.bucket);
    case Chart::GuaranteeTypes:
        return GuaranteeText::typeName(key.type);
    }
    return QString();
}

QString DashboardText::series(const Key &key)
{
    switch (key.chart) {
    case Chart::Issued:
    case Chart::Maturity:
    case Chart::Funnel:
    case Chart::Statistics:
        return productName(key.product);
    case Chart::Exposure:
        return roleName(key.role);
    case Chart::Deadlines:
        return outcomeName(key.outcome);
    case Chart::ForfaitingRates:
    case Chart::GuaranteeTypes:
        return QString();
    }
    return QString();
}

bool DashboardText::countsDeals(Chart chart)
{
    return chart == Chart::Funnel || chart == Chart::Deadlines;
}

} // namespace lx::models
