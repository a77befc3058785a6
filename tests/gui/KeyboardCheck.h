#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace lx::test {

// What keyboard-only use of a window needs, checked on the window as it is
// shown; one line per problem, "objectName path: what is wrong":
//  - every shown, enabled control (field, button, list, tab bar) takes Tab
//    focus, Tab leaves an editable text box (tabChangesFocus) and a
//    read-only table (no tabKeyNavigation: arrows move within it);
//  - within each layout, Tab reaches its controls in the layout's reading
//    order (a control made in code after setupUi lands at the chain's end);
//  - a form row's label is its field's buddy (Alt+mnemonic, screen readers);
//  - the window answers Escape and Enter: a QDialog, or a window with
//    lx::ui::WindowKeys whose submit button is the default; the main
//    window (menus and shortcuts) excepted.
QStringList keyboardProblems(const QWidget *window);

// The shown, enabled controls of window that take Tab, in the order of its
// focus chain (the order Tab reaches them in).
QList<const QWidget *> tabChain(const QWidget *window);

} // namespace lx::test
