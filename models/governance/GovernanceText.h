#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <string>

namespace lianxin::lc {
class Date;
} // namespace lianxin::lc

namespace lianxin::trust {
class Member;
class Proposal;
} // namespace lianxin::trust

namespace lx::models {

// How the registry's governance records read on screen, in the current
// language (docs/governance.md): kinds, states, seats, lines, votes.
class GovernanceText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::GovernanceText)

public:
    // lianxin.trust.Proposal.Kind number -> "Admit a member" / "接纳成员".
    static QString proposalKind(int kind);
    // lianxin.trust.Proposal.Status number -> "Passed" / "已通过".
    static QString proposalStatus(int status);
    static QString memberKind(int kind);
    static QString memberStatus(int status);
    static QString seatName(int seat);
    static QString lineName(int line);
    static QString voteChoice(int choice);
    static QString recommendation(int recommendation);
    // MEMBERSHIP_APPLICATION -> "Membership application"; another type reads as itself.
    static QString documentType(const std::string &docType);

    // The member the proposal is about: the applicant of an admission, else its subject.
    static QString subjectOf(const lianxin::trust::Proposal &proposal);
    // "3 yes of 4 needed".
    static QString tally(const lianxin::trust::Proposal &proposal);
    static int yesVotes(const lianxin::trust::Proposal &proposal);
    // A member's name in the interface language (name_zh in Chinese), else its MSP ID.
    static QString memberName(const lianxin::trust::Member &member);
    static QString seats(const lianxin::trust::Member &member);
    // "Letters of credit, Forfaiting (sandbox)".
    static QString lines(const lianxin::trust::Member &member);

    static QDate date(const lianxin::lc::Date &day);
    static QString dateText(const lianxin::lc::Date &day);
    // A Unix time as the date and time of day it is in China, marked so.
    static QString chinaTime(std::int64_t unixSeconds);
};

} // namespace lx::models
