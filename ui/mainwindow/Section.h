#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace lx::ui {

// The workstation's areas, in navigation order. The next issues replace the
// placeholders one by one.
enum class Section {
    Worklist,
    LettersOfCredit,
    Approvals,
    Ledger,
    Forfaiting,
    Guarantees,
    Quotes,
    Dashboards,
    Governance
};

inline constexpr std::array kSections
    = { Section::Worklist, Section::LettersOfCredit, Section::Approvals, Section::Ledger, Section::Forfaiting,
          Section::Guarantees, Section::Quotes, Section::Dashboards, Section::Governance };

// Navigation items carry their section's key() under this role.
inline constexpr int kSectionKeyRole = Qt::UserRole + 1;

class SectionText
{
    Q_DECLARE_TR_FUNCTIONS(SectionText)

public:
    static QString key(Section section); // "worklist": stable, for objectNames and settings
    static QString title(Section section); // translated navigation text
    static QString summary(Section section); // translated: what the area is for
};

} // namespace lx::ui
