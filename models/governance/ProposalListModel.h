#pragma once

#include "lianxin/governance.pb.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace lx::models {

// The council's proposals as the registry lists them, newest first by
// default: what each decides, about whom, where its vote stands and until
// when votes count.
class ProposalListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        KindColumn,
        SubjectColumn,
        TitleColumn,
        StatusColumn,
        TallyColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role {
        ProposalIdRole = Qt::UserRole + 1,
        StatusRole, // lianxin.trust.Proposal.Status number
        SortRole,
    };
    Q_ENUM(Role)

    explicit ProposalListModel(QObject *parent = nullptr);

    void setProposals(std::vector<lianxin::trust::Proposal> proposals);
    const lianxin::trust::Proposal *proposalAt(int row) const;
    int rowOf(const QString &proposalId) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const lianxin::trust::Proposal &proposal, int column) const;
    QVariant sortValue(const lianxin::trust::Proposal &proposal, int column) const;

    std::vector<lianxin::trust::Proposal> m_proposals;
};

} // namespace lx::models
