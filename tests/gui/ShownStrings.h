#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace lx::test {

// One string a user can read, and where: the objectName path from its
// window down to the widget (class names where a widget has none), and
// what kind of text it is ("label", "header 3", "row 0 column 2", ...).
struct ShownString
{
    QString where;
    QString text;
};

// Every string a user reads on window and the visible widgets in it:
// window titles, labels, buttons, tooltips, group box titles, tab texts,
// combo items, placeholders, read-only text, status bar messages, menus,
// chart titles and legends, and of each item view its model's horizontal
// headers and the DisplayRole data of its first rowsPerView rows.
QList<ShownString> shownStrings(const QWidget *window, int rowsPerView = 5);

// The first ASCII word of three letters or more in text that is none of
// the names that stay as they are in every language (the allow-list in
// ShownStrings.cpp); empty when there is none.
QString englishWordIn(const QString &text);

} // namespace lx::test
