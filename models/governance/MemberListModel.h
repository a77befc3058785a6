#pragma once

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace lx::models {

// The consortium's members as the registry holds them: who they are, their
// standing, their seats in the consortium's bodies and the lines of
// business they are admitted to (those in the regulatory sandbox marked),
// and the membership fees outstanding where this user may read them.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MspIdColumn,
        NameColumn,
        KindColumn,
        TierColumn,
        StatusColumn,
        SeatsColumn,
        LinesColumn,
        FeesColumn,
        ColumnCount
    };
    enum Role {
        MspIdRole = Qt::UserRole + 1,
        StatusRole, // lianxin.trust.Member.Status number
        SortRole,
    };
    Q_ENUM(Role)

    explicit MemberListModel(QObject *parent = nullptr);

    void setMembers(std::vector<lianxin::trust::Member> members);
    // The fee statements this user may read; the others show no figure.
    void setFeeStatements(const std::vector<lianxin::trust::FeeStatement> &statements);
    const std::vector<lianxin::trust::Member> &members() const { return m_members; }
    int rowOf(const QString &mspId) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const lianxin::trust::Member &member, int column) const;

    std::vector<lianxin::trust::Member> m_members;
    QHash<QString, lianxin::trust::FeeStatement> m_fees; // by MSP ID
};

} // namespace lx::models
