#include "models/governance/GovernanceText.h"

#include "models/lc/LcText.h"

#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace lx::models {

using lianxin::trust::Member;
using lianxin::trust::Proposal;

QString GovernanceText::proposalKind(int kind)
{
    switch (kind) {
    case Proposal::ADMIT_MEMBER:
        //: A council proposal: admit a bank to the consortium.
        return tr("Admit a member");
    case Proposal::ADMIT_LINE:
        //: A council proposal: admit an active bank to a line of business.
        return tr("Admit a line of business");
    case Proposal::SUSPEND_MEMBER:
        return tr("Suspend a member");
    case Proposal::EXPEL_MEMBER:
        return tr("Expel a member");
    case Proposal::REINSTATE_MEMBER:
        return tr("Reinstate a member");
    case Proposal::SET_THRESHOLD:
        return tr("Set the voting threshold");
    case Proposal::SET_GAS_WEIGHTS:
        return tr("Set the Gas weights");
    case Proposal::END_SANDBOX:
        //: A council proposal: a line of business leaves its regulatory sandbox.
        return tr("End a sandbox");
    case Proposal::SET_SEATS:
        return tr("Set a member's seats");
    case Proposal::SET_DUPLICATE_DOCUMENTS:
        //: A council proposal: what happens to documents presented under two L/Cs.
        return tr("Set the duplicate-document rule");
    case Proposal::APPROVE_NODE_COST:
        //: A council proposal: a member's cost of running nodes in a month, rewarded in Gas.
        return tr("Approve a node cost");
    default:
        return QString();
    }
}

QString GovernanceText::proposalStatus(int status)
{
    switch (status) {
    case Proposal::OPEN:
        //: A proposal still being voted on.
        return tr("Open");
    case Proposal::PASSED:
        return tr("Passed");
    case Proposal::REJECTED:
        return tr("Rejected");
    case Proposal::LAPSED:
        //: A proposal closed after its deadline without enough votes.
        return tr("Lapsed");
    default:
        return QString();
    }
}

QString GovernanceText::memberKind(int kind)
{
    switch (kind) {
    case Member::BANK:
        return tr("Bank");
    case Member::REGULATOR:
        return tr("Regulator");
    case Member::SECRETARIAT:
        //: The consortium's secretariat, as a kind of member.
        return tr("Secretariat");
    default:
        return QString();
    }
}

QString GovernanceText::memberStatus(int status)
{
    switch (status) {
    case Member::ACTIVE:
        //: A member in good standing.
        return tr("Active");
    case Member::SUSPENDED:
        return tr("Suspended");
    case Member::APPLICANT:
        //: A bank whose admission is proposed or was refused.
        return tr("Applicant");
    case Member::EXPELLED:
        return tr("Expelled");
    default:
        return QString();
    }
}

QString GovernanceText::seatName(int seat)
{
    switch (seat) {
    case lianxin::trust::SEAT_COUNCIL:
        //: The consortium's deciding body (zh: 理事会).
        return tr("Council");
    case lianxin::trust::SEAT_EXPERT_COMMITTEE:
        //: The consortium's advising body (zh: 专家委员会).
        return tr("Expert committee");
    case lianxin::trust::SEAT_SECRETARIAT:
        //: The seat of the consortium's secretariat (zh: 秘书处).
        return tr("Secretariat seat");
    case lianxin::trust::SEAT_REGULATOR:
        return tr("Regulator seat");
    default:
        return QString();
    }
}

QString GovernanceText::lineName(int line)
{
    switch (line) {
    case lianxin::trust::LINE_LC:
        return tr("Letters of credit");
    case lianxin::trust::LINE_FORFAITING:
        return tr("Forfaiting");
    case lianxin::trust::LINE_GUARANTEE:
        return tr("Guarantees");
    default:
        return QString();
    }
}

QString GovernanceText::voteChoice(int choice)
{
    switch (choice) {
    case lianxin::trust::Vote::YES:
        //: A council vote in favour of a proposal.
        return tr("Yes");
    case lianxin::trust::Vote::NO:
        //: A council vote against a proposal.
        return tr("No");
    case lianxin::trust::Vote::ABSTAIN:
        return tr("Abstain");
    default:
        return QString();
    }
}

QString GovernanceText::recommendation(int recommendation)
{
    switch (recommendation) {
    case lianxin::trust::Opinion::IN_FAVOUR:
        //: An expert's recommendation on a proposal.
        return tr("In favour");
    case lianxin::trust::Opinion::AGAINST:
        //: An expert's recommendation on a proposal.
        return tr("Against");
    case lianxin::trust::Opinion::NEUTRAL:
        //: An expert's recommendation on a proposal.
        return tr("Neutral");
    default:
        return QString();
    }
}

QString GovernanceText::documentType(const std::string &docType)
{
    if (docType == "MEMBERSHIP_APPLICATION")
        return tr("Membership application");
    if (docType == "MEMBERSHIP_AGREEMENT")
        return tr("Membership agreement");
    if (docType == "COMPLIANCE_ASSESSMENT")
        return tr("Compliance assessment");
    return LcText::shown(docType);
}

QString GovernanceText::subjectOf(const Proposal &proposal)
{
    const std::string &msp
        = proposal.kind() == Proposal::ADMIT_MEMBER ? proposal.applicant().msp_id() : proposal.subject_msp();
    return LcText::shown(msp);
}

int GovernanceText::yesVotes(const Proposal &proposal)
{
    return static_cast<int>(std::count_if(proposal.votes().begin(), proposal.votes().end(),
        [](const lianxin::trust::Vote &v) { return v.choice() == lianxin::trust::Vote::YES; }));
}

QString GovernanceText::tally(const Proposal &proposal)
{
    //: A proposal's tally: yes votes cast and the yes votes it needs to pass.
    return tr("%1 yes of %2 needed").arg(yesVotes(proposal)).arg(proposal.required_yes());
}

QString GovernanceText::memberName(const Member &member)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string &preferred = chinese && !member.name_zh().empty() ? member.name_zh() : member.name();
    return LcText::shown(preferred.empty() ? member.msp_id() : preferred);
}

QString GovernanceText::seats(const Member &member)
{
    QStringList names;
    for (const int seat : member.seats())
        names << seatName(seat);
    return names.join(tr(", "));
}

QString GovernanceText::lines(const Member &member)
{
    QStringList names;
    for (const auto &line : member.lines()) {
        //: A line of business admitted in the regulatory sandbox, e.g. "Forfaiting (sandbox)".
        names << (line.in_sandbox() ? tr("%1 (sandbox)").arg(lineName(line.line())) : lineName(line.line()));
    }
    return names.join(tr(", "));
}

QDate GovernanceText::date(const lianxin::lc::Date &day)
{
    return QDate(day.year(), day.month(), day.day());
}

QString GovernanceText::dateText(const lianxin::lc::Date &day)
{
    const QDate shown = date(day);
    return shown.isValid() ? QLocale().toString(shown, QLocale::ShortFormat) : QString();
}

QString GovernanceText::chinaTime(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return QString();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone(8 * 3600));
    //: A date and time of day in China (UTC+8), e.g. "2024-05-20 14:03 (China time)".
    return tr("%1 (China time)").arg(QLocale().toString(at, QLocale::ShortFormat));
}

} // namespace lx::models
