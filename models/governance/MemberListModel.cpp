#include "models/governance/MemberListModel.h"

#include "models/Money.h"
#include "models/governance/GovernanceText.h"
#include "models/lc/LcText.h"

#include <QLocale>

#include <algorithm>

namespace lx::models {

using lianxin::trust::Member;

MemberListModel::MemberListModel(QObject *parent) : QAbstractTableModel(parent) { }

void MemberListModel::setMembers(std::vector<Member> members)
{
    const bool sameRows = members.size() == m_members.size()
        && std::equal(members.begin(), members.end(), m_members.begin(),
            [](const Member &a, const Member &b) { return a.msp_id() == b.msp_id(); });
    if (!sameRows) {
        beginResetModel();
        m_members = std::move(members);
        endResetModel();
        return;
    }
    m_members = std::move(members);
    if (!m_members.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MemberListModel::setFeeStatements(const std::vector<lianxin::trust::FeeStatement> &statements)
{
    m_fees.clear();
    for (const auto &statement : statements)
        m_fees.insert(QString::fromStdString(statement.msp_id()), statement);
    if (!m_members.empty())
        Q_EMIT dataChanged(index(0, FeesColumn), index(rowCount() - 1, FeesColumn));
}

int MemberListModel::rowOf(const QString &mspId) const
{
    const std::string id = mspId.toStdString();
    for (std::size_t row = 0; row < m_members.size(); ++row) {
        if (m_members[row].msp_id() == id)
            return static_cast<int>(row);
    }
    return -1;
}

void MemberListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::display(const Member &member, int column) const
{
    switch (column) {
    case MspIdColumn:
        return LcText::shown(member.msp_id());
    case NameColumn:
        return GovernanceText::memberName(member);
    case KindColumn:
        return GovernanceText::memberKind(member.kind());
    case TierColumn:
        // An obligor tier is a bank's; the regulator and the secretariat have none.
        return member.kind() == Member::BANK && member.tier() > 0 ? QString::number(member.tier())
                                                                  : QStringLiteral("—");
    case StatusColumn:
        return GovernanceText::memberStatus(member.status());
    case SeatsColumn:
        return GovernanceText::seats(member);
    case LinesColumn:
        return GovernanceText::lines(member);
    case FeesColumn: {
        const auto found = m_fees.constFind(QString::fromStdString(member.msp_id()));
        if (found == m_fees.constEnd())
            return QStringLiteral("—"); // not this user's to read, or nothing owed
        const QLocale locale;
        const QString outstanding = Money::fromFen(found->outstanding_fen()).toDisplayString(locale);
        if (found->overdue_fen() > 0)
            //: Membership fees: %1 outstanding, %2 of it overdue.
            return tr("%1 outstanding, %2 overdue")
                .arg(outstanding, Money::fromFen(found->overdue_fen()).toDisplayString(locale));
        return found->outstanding_fen() > 0 ? tr("%1 outstanding").arg(outstanding) : tr("Paid up");
    }
    default:
        return {};
    }
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(member, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == TierColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case MspIdRole:
        return QString::fromStdString(member.msp_id());
    case StatusRole:
        return static_cast<int>(member.status());
    case SortRole:
        if (index.column() == TierColumn)
            return member.kind() == Member::BANK ? member.tier() : 0;
        if (index.column() == StatusColumn)
            return static_cast<int>(member.status());
        if (index.column() == FeesColumn) {
            const auto found = m_fees.constFind(QString::fromStdString(member.msp_id()));
            return found == m_fees.constEnd() ? qlonglong(-1) : qlonglong(found->outstanding_fen());
        }
        return display(member, index.column());
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MspIdColumn:
        return tr("MSP ID");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        //: What kind of member: bank, regulator, secretariat.
        return tr("Kind");
    case TierColumn:
        //: A bank's obligor tier, 1 strongest.
        return tr("Tier");
    case StatusColumn:
        return tr("Status");
    case SeatsColumn:
        //: Seats in the consortium's bodies (council, expert committee).
        return tr("Seats");
    case LinesColumn:
        return tr("Lines of business");
    case FeesColumn:
        //: Membership fees outstanding (and overdue), as the fee statement says.
        return tr("Membership fees");
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MspIdRole, "mspId");
    names.insert(StatusRole, "status");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace lx::models
