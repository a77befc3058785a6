#include "ui/shell/WindowKeys.h"

#include <QAbstractButton>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QPushButton>
#include <QWidget>

namespace lx::ui {

namespace {

// The button Enter presses when the focus is not on a button: the window's
// default one, where the user can see and use it.
QPushButton *defaultButton(const QWidget *window)
{
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->isDefault() && button->isVisibleTo(window) && button->isEnabled())
            return button;
    }
    return nullptr;
}

} // namespace

WindowKeys::WindowKeys(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

// A key event reaches the window after every widget between it and the
// focus ignored it (QLineEdit and the spin boxes ignore Return after
// finishing their edit; QPlainTextEdit takes it).
bool WindowKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Escape:
        m_window->close();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        QWidget *focus = m_window->focusWidget();
        if (auto *button = qobject_cast<QAbstractButton *>(focus); button && button->isEnabled()) {
            button->click();
            return true;
        }
        if (QPushButton *button = defaultButton(m_window)) {
            button->click();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void installWindowKeys(QWidget *window)
{
    new WindowKeys(window);
}

namespace {

class SpecialValueTab : public QObject
{
public:
    explicit SpecialValueTab(QDateTimeEdit *edit) : QObject(edit) { edit->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = static_cast<QDateTimeEdit *>(watched);
        if (event->type() != QEvent::KeyPress || edit->specialValueText().isEmpty()
            || edit->dateTime() != edit->minimumDateTime())
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Tab
            || (key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier)))
            return false;
        // The next widget that takes Tab in the window, as QWidget's own Tab would find it.
        for (QWidget *next = edit->nextInFocusChain(); next && next != edit; next = next->nextInFocusChain()) {
            if ((next->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !next->focusProxy() && next->isEnabled()
                && next->isVisibleTo(edit->window()) && next->window() == edit->window() && !edit->isAncestorOf(next)) {
                next->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
        return false;
    }
};

} // namespace

void letTabLeave(QDateTimeEdit *edit)
{
    new SpecialValueTab(edit);
}

void chainTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace lx::ui
