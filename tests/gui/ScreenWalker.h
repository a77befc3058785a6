#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace lx::models {
class BookReader;
} // namespace lx::models

namespace lx::test {

// Looks at screens for English (ShownStrings) as a test walks them: every
// string of a window, tab by tab, each finding once with the step, the
// widget's objectName path and the text. Each window is checked for
// keyboard-only use as well (KeyboardCheck), found as "keyboard: ...". With LIANXIN_ZH_SHOTS=DIR set,
// every look is grabbed there as a numbered PNG too (to look at).
class ScreenWalker
{
public:
    explicit ScreenWalker(models::BookReader &reader);

    // Whose screens the next looks are ("HuaxiaBankMSP/officer1").
    void setRole(const QString &role) { m_role = role; }
    // Every read posted to the book's reader so far has come back (the
    // reader runs them in order, and this one is last); false after 20 s.
    bool settle();
    // The window's strings (rows: of each item view), English ones kept.
    void look(const QWidget *window, const QString &step, int rows);
    // Each tab of the tab widgets under root in turn, nested ones within
    // their tab, looked at with root's window.
    void walkTabs(QWidget *root, const QString &step, int rows);
    // What was found since the last call, "role · step: path (kind): «text» (word)".
    QStringList takeFound();

private:
    models::BookReader &m_reader;
    QString m_role;
    QStringList m_found;
    QSet<QString> m_seen;
    int m_shot = 0;
};

} // namespace lx::test
