#pragma once

#include "lianxin/governance.pb.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace lx::models {

// Where a passed admission's configuration update stands on one channel
// (docs/channel-configuration.md), as this workstation judges it.
struct ChannelConfigState
{
    enum class Stage { NotPrepared, Signing, Ready, Applied };

    QString channel;
    bool applied = false; // the bank is in the channel's configuration in force
    bool prepared = false; // the secretariat recorded the update on trust
    lianxin::trust::ConfigUpdateRecord record; // when prepared
    // Why the recorded signatures do not yet pass the ordering service's
    // checks (English, from the ledger client); empty when they do.
    QString shortfall;
    // What an administrator signs (describeConfigUpdate), when prepared.
    QString description;

    Stage stage() const;
    bool signedBy(const QString &mspId) const;
};

// One row per channel the admitted bank needs: the update, who signed it
// and what is missing, or that it is applied.
class ChannelConfigModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChannelColumn, UpdateColumn, SignaturesColumn, StatusColumn, ColumnCount };
    enum Role {
        ChannelRole = Qt::UserRole + 1,
        StageRole, // ChannelConfigState::Stage as int
    };
    Q_ENUM(Role)

    explicit ChannelConfigModel(QObject *parent = nullptr);

    void setStates(std::vector<ChannelConfigState> states);
    const std::vector<ChannelConfigState> &states() const { return m_states; }
    void retranslate();

    // "Applied", "Ready to submit", "Not yet: …", "Not prepared".
    static QString statusText(const ChannelConfigState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const ChannelConfigState &state, int column) const;

    std::vector<ChannelConfigState> m_states;
};

} // namespace lx::models
