#include "models/governance/ProposalListModel.h"

#include "models/governance/GovernanceText.h"
#include "models/lc/LcText.h"

#include <algorithm>

namespace lx::models {

using lianxin::trust::Proposal;

ProposalListModel::ProposalListModel(QObject *parent) : QAbstractTableModel(parent) { }

// The same rows again (a refresh after a block) keep the view's selection:
// only the changed cells are announced; a different list resets.
void ProposalListModel::setProposals(std::vector<Proposal> proposals)
{
    const bool sameRows = proposals.size() == m_proposals.size()
        && std::equal(proposals.begin(), proposals.end(), m_proposals.begin(),
            [](const Proposal &a, const Proposal &b) { return a.id() == b.id(); });
    if (!sameRows) {
        beginResetModel();
        m_proposals = std::move(proposals);
        endResetModel();
        return;
    }
    m_proposals = std::move(proposals);
    if (!m_proposals.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Proposal *ProposalListModel::proposalAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_proposals[static_cast<std::size_t>(row)] : nullptr;
}

int ProposalListModel::rowOf(const QString &proposalId) const
{
    const std::string id = proposalId.toStdString();
    for (std::size_t row = 0; row < m_proposals.size(); ++row) {
        if (m_proposals[row].id() == id)
            return static_cast<int>(row);
    }
    return -1;
}

void ProposalListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_proposals.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProposalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proposals.size());
}

int ProposalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalListModel::display(const Proposal &proposal, int column) const
{
    switch (column) {
    case IdColumn:
        return QString::fromStdString(proposal.id());
    case KindColumn:
        return GovernanceText::proposalKind(proposal.kind());
    case SubjectColumn:
        return GovernanceText::subjectOf(proposal);
    case TitleColumn:
        return LcText::shown(proposal.title());
    case StatusColumn:
        return GovernanceText::proposalStatus(proposal.status());
    case TallyColumn:
        return GovernanceText::tally(proposal);
    case DeadlineColumn:
        return GovernanceText::dateText(proposal.deadline());
    default:
        return {};
    }
}

QVariant ProposalListModel::sortValue(const Proposal &proposal, int column) const
{
    switch (column) {
    case StatusColumn:
        return static_cast<int>(proposal.status());
    case TallyColumn:
        return GovernanceText::yesVotes(proposal);
    case DeadlineColumn:
        return GovernanceText::date(proposal.deadline());
    default:
        return display(proposal, column);
    }
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Proposal &proposal = m_proposals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(proposal, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? display(proposal, index.column()) : QVariant();
    case ProposalIdRole:
        return QString::fromStdString(proposal.id());
    case StatusRole:
        return static_cast<int>(proposal.status());
    case SortRole:
        return sortValue(proposal, index.column());
    default:
        return {};
    }
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        //: The proposal's number, e.g. GOV-0001.
        return tr("Proposal");
    case KindColumn:
        //: What a proposal decides.
        return tr("Kind");
    case SubjectColumn:
        //: The member a proposal is about.
        return tr("Subject");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case TallyColumn:
        return tr("Tally");
    case DeadlineColumn:
        //: The last day (China time) a vote on the proposal counts.
        return tr("Voting until");
    default:
        return {};
    }
}

QHash<int, QByteArray> ProposalListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProposalIdRole, "proposalId");
    names.insert(StatusRole, "status");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace lx::models
