#pragma once

#include <QSortFilterProxyModel>

namespace lx::ui {

// A list's sorting proxy: the view sorts by the model's sortRole (numbers
// and dates as values, not as their text), the proxy a child of parent.
inline QSortFilterProxyModel *sortedBy(QAbstractItemModel *model, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    return proxy;
}

} // namespace lx::ui
