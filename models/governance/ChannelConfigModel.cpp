#include "models/governance/ChannelConfigModel.h"

#include "models/governance/GovernanceText.h"
#include "models/lc/LcText.h"

#include <QStringList>

#include <algorithm>

namespace lx::models {

ChannelConfigState::Stage ChannelConfigState::stage() const
{
    if (applied)
        return Stage::Applied;
    if (!prepared)
        return Stage::NotPrepared;
    return shortfall.isEmpty() ? Stage::Ready : Stage::Signing;
}

bool ChannelConfigState::signedBy(const QString &mspId) const
{
    const std::string msp = mspId.toStdString();
    return std::any_of(record.signatures().begin(), record.signatures().end(),
        [&](const lianxin::trust::ConfigSignatureRecord &s) { return s.msp_id() == msp; });
}

ChannelConfigModel::ChannelConfigModel(QObject *parent) : QAbstractTableModel(parent) { }

void ChannelConfigModel::setStates(std::vector<ChannelConfigState> states)
{
    const bool sameRows = states.size() == m_states.size()
        && std::equal(states.begin(), states.end(), m_states.begin(),
            [](const ChannelConfigState &a, const ChannelConfigState &b) { return a.channel == b.channel; });
    if (!sameRows) {
        beginResetModel();
        m_states = std::move(states);
        endResetModel();
        return;
    }
    m_states = std::move(states);
    if (!m_states.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChannelConfigModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_states.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ChannelConfigModel::statusText(const ChannelConfigState &state)
{
    switch (state.stage()) {
    case ChannelConfigState::Stage::Applied:
        //: The configuration update is in force: the bank is a member of the channel.
        return tr("Applied");
    case ChannelConfigState::Stage::NotPrepared:
        return tr("Not prepared");
    case ChannelConfigState::Stage::Ready:
        //: The signatures meet the channel's policy: the secretariat may submit the update.
        return tr("Ready to submit");
    case ChannelConfigState::Stage::Signing:
        //: What the update still lacks, as the ordering service would judge it (the details are in English).
        return tr("Not yet: %1").arg(state.shortfall);
    }
    return QString();
}

int ChannelConfigModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_states.size());
}

int ChannelConfigModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelConfigModel::display(const ChannelConfigState &state, int column) const
{
    switch (column) {
    case ChannelColumn:
        return state.channel;
    case UpdateColumn:
        if (!state.prepared)
            return state.applied ? QString() : tr("Not prepared");
        //: A configuration update recorded by the secretariat: when and by whom.
        return tr("Prepared %1 by %2")
            .arg(GovernanceText::chinaTime(state.record.prepared_seconds()),
                tr("%1 (%2)").arg(LcText::bankName(QString::fromStdString(state.record.prepared_by_msp())),
                    LcText::shown(state.record.preparer())));
    case SignaturesColumn: {
        QStringList signers;
        for (const auto &s : state.record.signatures()) {
            //: A signature of a configuration update: the member and its administrator who signed.
            signers << tr("%1 (%2)").arg(
                LcText::bankName(QString::fromStdString(s.msp_id())), LcText::shown(s.signer()));
        }
        return signers.isEmpty() ? (state.prepared ? tr("None yet") : QString()) : signers.join(tr("; "));
    }
    case StatusColumn:
        return statusText(state);
    default:
        return {};
    }
}

QVariant ChannelConfigModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelConfigState &state = m_states[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(state, index.column());
    case Qt::ToolTipRole:
        return index.column() == StatusColumn || index.column() == SignaturesColumn ? display(state, index.column())
                                                                                    : QVariant();
    case ChannelRole:
        return state.channel;
    case StageRole:
        return static_cast<int>(state.stage());
    default:
        return {};
    }
}

QVariant ChannelConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case UpdateColumn:
        //: The channel configuration update of an admission.
        return tr("Update");
    case SignaturesColumn:
        return tr("Signatures");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelConfigModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ChannelRole, "channel");
    names.insert(StageRole, "stage");
    return names;
}

} // namespace lx::models
