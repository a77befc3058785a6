#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace lx::test {

// Every text a user reads on a window: visible labels and buttons,
// navigation items, menus, table headers and cells, the window title.
QStringList visibleTexts(const QWidget *window);

// What is left of text once the tokens that stay untranslated in every
// language are taken out: channel IDs, MSP IDs, user IDs, people's names of
// the sandbox, block hashes, mnemonics.
QString withoutUntranslatableTokens(QString text);

// True when text has a Latin letter left, i.e. reads as untranslated.
bool looksUntranslated(const QString &text);

} // namespace lx::test
