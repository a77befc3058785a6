#include "models/governance/GovernanceRights.h"

#include "models/governance/GovernanceText.h"

#include <algorithm>

namespace lx::models {

using lianxin::trust::Proposal;

GovernanceRights::GovernanceRights(const BankIdentity &identity, const std::vector<lianxin::trust::Member> &members)
    : m_identity(identity), m_members(members)
{
}

const lianxin::trust::Member *GovernanceRights::ownMember() const
{
    const std::string msp = m_identity.mspId.toStdString();
    const auto found = std::find_if(
        m_members.begin(), m_members.end(), [&](const lianxin::trust::Member &m) { return m.msp_id() == msp; });
    return found == m_members.end() ? nullptr : &*found;
}

bool GovernanceRights::isAdmin() const
{
    return m_identity.isValid() && m_identity.role == client::Role::Admin;
}

bool GovernanceRights::isSecretariatAdmin() const
{
    const lianxin::trust::Member *own = ownMember();
    return isAdmin() && own && own->kind() == lianxin::trust::Member::SECRETARIAT;
}

bool GovernanceRights::isActiveMemberAdmin() const
{
    const lianxin::trust::Member *own = ownMember();
    return isAdmin() && own && own->status() == lianxin::trust::Member::ACTIVE;
}

bool GovernanceRights::isExpert() const
{
    const lianxin::trust::Member *own = ownMember();
    return own
        && std::find(own->seats().begin(), own->seats().end(), lianxin::trust::SEAT_EXPERT_COMMITTEE)
        != own->seats().end();
}

QString GovernanceRights::whyNoVote(const Proposal &proposal, const QDate &today) const
{
    const std::string msp = m_identity.mspId.toStdString();
    if (proposal.status() != Proposal::OPEN)
        //: The proposal is decided; %1 is its status (Passed, Rejected, Lapsed).
        return tr("Voting is over (%1).").arg(GovernanceText::proposalStatus(proposal.status()));
    const QDate deadline = GovernanceText::date(proposal.deadline());
    if (deadline.isValid() && today.isValid() && today > deadline)
        return tr("Voting ended on %1 (China time); any member's administrator may now close the proposal.")
            .arg(GovernanceText::dateText(proposal.deadline()));
    if (std::find(proposal.electorate().begin(), proposal.electorate().end(), msp) == proposal.electorate().end())
        return tr("Only the council members who were on the council when the proposal opened vote on it.");
    if (!isAdmin())
        return tr("Only your bank's administrator votes for it; sign in as the administrator.");
    const auto voted = std::find_if(proposal.votes().begin(), proposal.votes().end(),
        [&](const lianxin::trust::Vote &v) { return v.msp_id() == msp; });
    if (voted != proposal.votes().end())
        return tr("Your bank voted %1 on %2.")
            .arg(GovernanceText::voteChoice(voted->choice()), GovernanceText::chinaTime(voted->cast_seconds()));
    return QString();
}

QString GovernanceRights::whyNoOpinion(const Proposal &proposal) const
{
    const std::string msp = m_identity.mspId.toStdString();
    if (proposal.status() != Proposal::OPEN)
        return tr("The proposal is decided: opinions are closed.");
    if (!isExpert())
        return tr("Only the expert committee's members give opinions.");
    if (!isAdmin())
        return tr("Only your bank's administrator records its opinion; sign in as the administrator.");
    const bool opined = std::any_of(proposal.opinions().begin(), proposal.opinions().end(),
        [&](const lianxin::trust::Opinion &o) { return o.msp_id() == msp; });
    if (opined)
        return tr("Your bank has given its opinion on this proposal.");
    return QString();
}

QStringList GovernanceRights::channelsToPrepare(const std::vector<ChannelConfigState> &states) const
{
    QStringList channels;
    if (!isSecretariatAdmin())
        return channels;
    for (const ChannelConfigState &state : states) {
        if (state.stage() == ChannelConfigState::Stage::NotPrepared)
            channels << state.channel;
    }
    return channels;
}

QStringList GovernanceRights::channelsToSign(const std::vector<ChannelConfigState> &states) const
{
    QStringList channels;
    if (!isActiveMemberAdmin())
        return channels;
    for (const ChannelConfigState &state : states) {
        if (state.prepared && !state.applied && !state.signedBy(m_identity.mspId))
            channels << state.channel;
    }
    return channels;
}

QStringList GovernanceRights::channelsToSubmit(const std::vector<ChannelConfigState> &states) const
{
    QStringList channels;
    if (!isSecretariatAdmin())
        return channels;
    for (const ChannelConfigState &state : states) {
        if (state.stage() == ChannelConfigState::Stage::Ready)
            channels << state.channel;
    }
    return channels;
}

} // namespace lx::models
