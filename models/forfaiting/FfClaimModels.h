#pragma once

#include "models/forfaiting/FfSnapshot.h"
#include "models/forfaiting/FfTableModel.h"

#include <vector>

namespace lx::models {

// The claims this bank could sell: its accepted deferred-payment
// presentations, not yet listed, maturing after today.
class FfEligibleModel : public FfTableModel
{
    Q_OBJECT

public:
    enum Column { LcNoColumn, PresentationColumn, ObligorColumn, FaceColumn, MaturityColumn, DaysColumn };
    using FfTableModel::FfTableModel;
    const EligibleClaim *claimAt(int row) const;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<EligibleClaim> m_rows;
};

// The claims this bank holds (unpaid), with their maturities: those within
// kSoonDays are highlighted; totalFaceFen() sums the face values.
class FfPortfolioModel : public FfTableModel
{
    Q_OBJECT

public:
    static constexpr int kSoonDays = 30;
    enum Column { ClaimColumn, ObligorColumn, FaceColumn, MaturityColumn, DaysColumn, StateColumn };
    using FfTableModel::FfTableModel;
    std::int64_t totalFaceFen() const;
    int maturingSoon() const;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<lianxin::forfaiting::Claim> m_rows;
};

} // namespace lx::models
