#pragma once

#include <QIcon>
#include <QString>

#include <array>

class QWidget;

namespace lx::ui {

// The workstation's line icons (resources/icons, drawn by
// scripts/draw-icons.py, compiled in at :/icons/): one per navigation
// section, then the common actions.
enum class Icon {
    Worklist,
    LettersOfCredit,
    Approvals,
    Ledger,
    Forfaiting,
    Guarantees,
    Quotes,
    Dashboards,
    Governance,
    New,
    Approve,
    Return,
    Export,
    Import,
    Print,
    Refresh,
    Verify,
    Search,
    Filter,
    SignOut,
    SwitchIdentity,
    Lock,
    Settings,
    Help,
    About,
    Outbox,
    Quit,
    Language
};

inline constexpr std::array kIcons = { Icon::Worklist, Icon::LettersOfCredit, Icon::Approvals, Icon::Ledger,
    Icon::Forfaiting, Icon::Guarantees, Icon::Quotes, Icon::Dashboards, Icon::Governance, Icon::New, Icon::Approve,
    Icon::Return, Icon::Export, Icon::Import, Icon::Print, Icon::Refresh, Icon::Verify, Icon::Search, Icon::Filter,
    Icon::SignOut, Icon::SwitchIdentity, Icon::Lock, Icon::Settings, Icon::Help, Icon::About, Icon::Outbox, Icon::Quit,
    Icon::Language };

// The resource path of an icon, e.g. ":/icons/letters-of-credit.svg".
QString iconPath(Icon which);
QIcon icon(Icon which);

// LianXin's own mark: the window icon, and the hicolor icon the desktop
// entry names.
QString applicationIconPath();
QIcon applicationIcon();

// The list pages' buttons that an icon helps recognise, found under root by
// the pages' objectName convention (…ExportCsvButton, …NewButton,
// approvalsApproveButton, …VerifyButton): the pages' forms stay as they are.
void setButtonIcons(QWidget *root);

} // namespace lx::ui
