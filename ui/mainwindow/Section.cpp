#include "ui/mainwindow/Section.h"

namespace lx::ui {

QString SectionText::key(Section section)
{
    switch (section) {
    case Section::Worklist:
        return QStringLiteral("worklist");
    case Section::LettersOfCredit:
        return QStringLiteral("lettersOfCredit");
    case Section::Approvals:
        return QStringLiteral("approvals");
    case Section::Ledger:
        return QStringLiteral("ledger");
    case Section::Forfaiting:
        return QStringLiteral("forfaiting");
    case Section::Guarantees:
        return QStringLiteral("guarantees");
    case Section::Quotes:
        return QStringLiteral("quotes");
    case Section::Dashboards:
        return QStringLiteral("dashboards");
    case Section::Governance:
        return QStringLiteral("governance");
    }
    return QString();
}

QString SectionText::title(Section section)
{
    switch (section) {
    case Section::Worklist:
        //: Navigation: the user's tasks (zh: 工作清单)
        return tr("Worklist");
    case Section::LettersOfCredit:
        //: Navigation: domestic letters of credit (zh: 信用证)
        return tr("Letters of Credit");
    case Section::Approvals:
        //: Navigation: maker-checker approvals (zh: 审批)
        return tr("Approvals");
    case Section::Ledger:
        //: Navigation: the consortium ledger's channels and blocks (zh: 账本)
        return tr("Ledger");
    case Section::Forfaiting:
        //: Navigation (zh: 福费廷)
        return tr("Forfaiting");
    case Section::Guarantees:
        //: Navigation: demand guarantees (zh: 保函)
        return tr("Guarantees");
    case Section::Quotes:
        //: Navigation: the unified forfaiting quote board (zh: 报价)
        return tr("Quotes");
    case Section::Dashboards:
        //: Navigation: management dashboards (zh: 仪表板)
        return tr("Dashboards");
    case Section::Governance:
        //: Navigation: the consortium's council, its proposals and members (zh: 治理)
        return tr("Governance");
    }
    return QString();
}

QString SectionText::summary(Section section)
{
    switch (section) {
    case Section::Worklist:
        return tr("Everything waiting for you: drafts to finish, presentations to examine, deadlines to meet.");
    case Section::LettersOfCredit:
        return tr("Domestic letters of credit: issuance, advising, amendments, presentations, acceptance and "
                  "payment.");
    case Section::Approvals:
        return tr("Drafts your bank's makers submitted for a second pair of eyes before they leave the bank.");
    case Section::Ledger:
        return tr("The height of every channel of the consortium ledger, live.");
    case Section::Forfaiting:
        return tr("Inquiries, quotes, deals and claim-transfer notices on accepted letters of credit.");
    case Section::Guarantees:
        return tr("Demand guarantees under URDG 758: issuance, amendments, demands and payment.");
    case Section::Quotes:
        return tr("The unified quote board: forfaiting rates by tenor and obligor bank tier.");
    case Section::Dashboards:
        return tr("Volumes, exposure by counterparty bank, maturity ladder and deadline compliance.");
    case Section::Governance:
        return tr("The council's proposals and votes, the expert committee's opinions, the members, and the channel "
                  "configuration that lets an admitted bank in.");
    }
    return QString();
}

} // namespace lx::ui
