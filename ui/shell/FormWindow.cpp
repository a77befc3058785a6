#include "ui/shell/FormWindow.h"

#include "ui/shell/WindowKeys.h"

#include <QVBoxLayout>
#include <QWidget>

namespace lx::ui {

QWidget *formWindow(const QString &objectName, QWidget *form, QSize size)
{
    auto *window = new QWidget(nullptr, Qt::Window);
    window->setObjectName(objectName);
    auto *layout = new QVBoxLayout(window);
    form->setParent(window);
    layout->addWidget(form);
    window->resize(size);
    installWindowKeys(window);
    return window;
}

void bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace lx::ui
