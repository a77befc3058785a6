#pragma once

#include "models/BankIdentity.h"
#include "models/governance/ChannelConfigModel.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace lx::models {

// Who may do what in the Governance screen, as the registry contract will
// judge it (docs/governance.md): the screen offers a form only to those the
// contract would accept, and says why not to the others. The contract
// still decides; these only spare a refusal.
class GovernanceRights
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::GovernanceRights)

public:
    GovernanceRights(const BankIdentity &identity, const std::vector<lianxin::trust::Member> &members);

    bool isAdmin() const;
    bool isSecretariatAdmin() const;
    // An administrator of a member in good standing.
    bool isActiveMemberAdmin() const;
    // The user's organization holds an expert committee seat.
    bool isExpert() const;

    // Empty when the signed-in user may vote on the proposal today (China
    // time), else why not (translated).
    QString whyNoVote(const lianxin::trust::Proposal &proposal, const QDate &today) const;
    // Empty when the user may record the bank's expert opinion.
    QString whyNoOpinion(const lianxin::trust::Proposal &proposal) const;

    // The channels each configuration step applies to now.
    QStringList channelsToPrepare(const std::vector<ChannelConfigState> &states) const;
    QStringList channelsToSign(const std::vector<ChannelConfigState> &states) const;
    QStringList channelsToSubmit(const std::vector<ChannelConfigState> &states) const;

private:
    const lianxin::trust::Member *ownMember() const;

    BankIdentity m_identity;
    std::vector<lianxin::trust::Member> m_members;
};

} // namespace lx::models
