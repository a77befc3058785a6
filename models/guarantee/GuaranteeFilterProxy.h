#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace lx::models {

// Sorts the guarantee list by any column (numbers as numbers) and filters
// it by state, type, counterparty bank (issuer or advising bank) and a
// search text over number, parties and underlying contract.
class GuaranteeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GuaranteeFilterProxy(QObject *parent = nullptr);

    void setStateFilter(int state); // 0 = every state
    void setTypeFilter(int type); // 0 = every type
    void setCounterpartyFilter(const QString &mspId); // empty = every bank
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_state = 0;
    int m_type = 0;
    QString m_counterparty;
    QString m_search;
};

} // namespace lx::models
