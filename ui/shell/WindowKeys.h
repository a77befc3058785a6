#pragma once

#include <QObject>

#include <initializer_list>

class QDateTimeEdit;
class QWidget;

namespace lx::ui {

// A dialog's keys for the workstation's windows that are not QDialogs (the
// forms and detail windows stay modeless top-level widgets, so the officer
// can look things up in the lists meanwhile):
//   Escape closes the window, as its Cancel or Close button would;
//   Enter / Return on a focused button clicks it, and anywhere else (a field,
//   a list) clicks the window's default button (QPushButton::isDefault,
//   set in the form's .ui) if it is shown and enabled.
// Keys a focused widget uses itself (Return in a multi-line editor, Escape
// in an open list popup) are not seen: only what the widgets ignore reaches
// the window. Installed once per window with installWindowKeys().
class WindowKeys : public QObject
{
    Q_OBJECT

public:
    explicit WindowKeys(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

void installWindowKeys(QWidget *window);

// Tab reaches widgets in this order (each after the one before): for rows
// built in code after setupUi, which would otherwise come after the form's
// buttons.
void chainTabOrder(std::initializer_list<QWidget *> widgets);

// A date field showing its special value text ("any date") keeps Tab in Qt
// 6.4 (QDateTimeEdit accepts the key and moves nowhere): the keyboard user
// is stuck in it. This lets Tab go on to the next field, as Shift+Tab does.
void letTabLeave(QDateTimeEdit *edit);

} // namespace lx::ui
