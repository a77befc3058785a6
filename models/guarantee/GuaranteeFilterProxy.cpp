#include "models/guarantee/GuaranteeFilterProxy.h"

#include "models/guarantee/GuaranteeListModel.h"

namespace lx::models {

using Model = GuaranteeListModel;

GuaranteeFilterProxy::GuaranteeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setDynamicSortFilter(true);
}

void GuaranteeFilterProxy::setStateFilter(int state)
{
    m_state = state;
    invalidateFilter();
}

void GuaranteeFilterProxy::setTypeFilter(int type)
{
    m_type = type;
    invalidateFilter();
}

void GuaranteeFilterProxy::setCounterpartyFilter(const QString &mspId)
{
    m_counterparty = mspId;
    invalidateFilter();
}

void GuaranteeFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool GuaranteeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state > 0 && row.data(Model::StateRole).toInt() != m_state)
        return false;
    if (m_type > 0 && row.data(Model::TypeRole).toInt() != m_type)
        return false;
    if (!m_counterparty.isEmpty() && row.data(Model::IssuerRole).toString() != m_counterparty
        && row.data(Model::AdvisingBankRole).toString() != m_counterparty)
        return false;
    if (!m_search.isEmpty() && !row.data(Model::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace lx::models
