#include "models/forfaiting/FfClaimModels.h"

#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfText.h"
#include "models/lc/LcText.h"

#include <QBrush>
#include <QColor>

namespace lx::models {

using lianxin::forfaiting::Claim;

const EligibleClaim *FfEligibleModel::claimAt(int row) const
{
    return row >= 0 && row < rows() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

void FfEligibleModel::rebuild()
{
    m_rows = m_desk.snapshot().eligible;
}

QStringList FfEligibleModel::headers() const
{
    return { tr("L/C number"), tr("Presentation"), tr("Obligor (issuing bank)"), tr("Face amount"), tr("Maturity"),
        tr("Days to maturity") };
}

QVariant FfEligibleModel::cell(int row, int column, int role) const
{
    const EligibleClaim &c = m_rows[static_cast<std::size_t>(row)];
    const int days = c.maturityDay - m_desk.today();
    switch (role) {
    case IdRole:
    case ClaimIdRole:
        return QString::fromStdString(c.claimId());
    case SortRole:
        if (column == FaceColumn)
            return QVariant::fromValue<qint64>(c.faceValueFen);
        if (column == MaturityColumn || column == DaysColumn)
            return days;
        return cell(row, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return column >= FaceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case LcNoColumn:
            return QString::fromStdString(c.lcNo);
        case PresentationColumn:
            return c.presentationNo;
        case ObligorColumn:
            return FfText::bank(c.obligorMsp);
        case FaceColumn:
            return LcText::money(c.faceValueFen);
        case MaturityColumn:
            return FfText::day(c.maturityDay);
        case DaysColumn:
            return days;
        }
    }
    return {};
}

void FfPortfolioModel::rebuild()
{
    m_rows.clear();
    for (const Claim &claim : m_desk.snapshot().claims) {
        if (claim.holder_msp() == m_desk.snapshot().bankMsp && claim.state() != Claim::PAID)
            m_rows.push_back(claim);
    }
}

std::int64_t FfPortfolioModel::totalFaceFen() const
{
    std::int64_t total = 0;
    for (const Claim &claim : m_rows)
        total += claim.face_value_fen();
    return total;
}

int FfPortfolioModel::maturingSoon() const
{
    int soon = 0;
    for (int row = 0; row < rows(); ++row)
        soon += cell(row, 0, HighlightRole).toBool() ? 1 : 0;
    return soon;
}

QStringList FfPortfolioModel::headers() const
{
    return { tr("Claim"), tr("Obligor"), tr("Face amount"), tr("Maturity"), tr("Days left"), tr("State") };
}

QVariant FfPortfolioModel::cell(int row, int column, int role) const
{
    const Claim &c = m_rows[static_cast<std::size_t>(row)];
    const int maturity = ffDay(c.maturity_date()).value_or(0);
    const int days = maturity - m_desk.today();
    const bool soon = c.state() != Claim::OVERDUE && days <= kSoonDays;
    switch (role) {
    case IdRole:
    case ClaimIdRole:
        return QString::fromStdString(c.claim_id());
    case HighlightRole:
        return soon;
    case Qt::BackgroundRole:
        return soon ? QVariant(QBrush(QColor(255, 236, 179))) : QVariant();
    case SortRole:
        if (column == FaceColumn)
            return QVariant::fromValue<qint64>(c.face_value_fen());
        if (column == MaturityColumn || column == DaysColumn)
            return days;
        return cell(row, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return column == FaceColumn || column == DaysColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case ClaimColumn:
            return QString::fromStdString(c.claim_id());
        case ObligorColumn:
            return FfText::bank(c.obligor_msp());
        case FaceColumn:
            return LcText::money(c.face_value_fen());
        case MaturityColumn:
            return FfText::day(maturity);
        case DaysColumn:
            return days;
        case StateColumn:
            return FfText::claimState(c.state());
        }
    }
    return {};
}

} // namespace lx::models
