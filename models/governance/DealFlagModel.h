#pragma once

#include "lianxin/audit.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

// The regulator's flags on deals (docs/audit-package.md) as the registry
// shows them to this user: every flag to the regulator and the
// secretariat, those on its own deals to a bank.
class DealFlagModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, DealColumn, SequenceColumn, NoteColumn, FlaggedColumn, PartiesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit DealFlagModel(QObject *parent = nullptr);

    void setFlags(std::vector<lianxin::audit::DealFlag> flags);
    const std::vector<lianxin::audit::DealFlag> &flags() const { return m_flags; }
    void retranslate();
    // "lc", "guarantee", "forfaiting" in the user's language.
    static QString productName(const std::string &product);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<lianxin::audit::DealFlag> m_flags;
};

} // namespace lx::models
