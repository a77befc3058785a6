#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace lx::ui {

// A form in a top-level window of its own, not modal (the officer can look
// things up in the lists meanwhile): the window takes the form as its child.
QWidget *formWindow(const QString &objectName, QWidget *form, QSize size);

// Shows a window, or brings it to the front if it is already open.
void bringToFront(QWidget *window);

} // namespace lx::ui
