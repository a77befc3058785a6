#include "KeyboardCheck.h"

#include "ui/shell/WindowKeys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTabBar>
#include <QTextEdit>

#include <algorithm>
#include <map>
#include <vector>

namespace lx::test {

namespace {

QString pathOf(const QWidget *widget, const QWidget *window)
{
    QStringList names;
    for (const QWidget *up = widget; up && up != window; up = up->parentWidget()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            names.prepend(up->objectName());
    }
    names.prepend(window->objectName());
    return names.join(u'/') + QStringLiteral(" (") + QString::fromLatin1(widget->metaObject()->className()) + u')';
}

// Parts of a composite control (a combo box's editor, a spin box's line
// edit, a view's header and scroll bars, a tab bar's scroll arrows) are
// reached through the control, not on their own.
bool isPart(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up)
            || qobject_cast<const QTabBar *>(up) || qobject_cast<const QAbstractItemView *>(up)
            || qobject_cast<const QCalendarWidget *>(up) || qobject_cast<const QAbstractSlider *>(up))
            return true;
    }
    return qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget);
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget);
}

bool shownControl(const QWidget *widget, const QWidget *window)
{
    return widget && widget != window && isControl(widget) && !isPart(widget, window) && widget->isVisibleTo(window)
        && widget->isEnabled();
}

// A view whose items can be edited (a grid of required documents), as far
// as its first row tells; an empty view is judged by its edit triggers.
bool isEditable(const QAbstractItemView *view)
{
    if (view->editTriggers() == QAbstractItemView::NoEditTriggers || !view->model())
        return false;
    const QAbstractItemModel *model = view->model();
    if (model->rowCount(view->rootIndex()) == 0)
        return true;
    for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
        if (model->flags(model->index(0, column, view->rootIndex())) & Qt::ItemIsEditable)
            return true;
    }
    return false;
}

bool takesTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// The layout's items in reading order: form rows label then field, grid
// cells row by row, boxes as laid out.
std::vector<QLayoutItem *> readingOrder(const QLayout *layout)
{
    std::vector<std::pair<std::pair<int, int>, QLayoutItem *>> cells;
    for (int i = 0; i < layout->count(); ++i) {
        int row = i, column = 0;
        if (const auto *grid = qobject_cast<const QGridLayout *>(layout)) {
            int rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        } else if (const auto *form = qobject_cast<const QFormLayout *>(layout)) {
            QFormLayout::ItemRole role {};
            form->getItemPosition(i, &row, &role);
            column = role == QFormLayout::LabelRole ? 0 : 1;
        }
        cells.push_back({ { row, column }, layout->itemAt(i) });
    }
    std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<QLayoutItem *> order;
    for (const auto &cell : cells)
        order.push_back(cell.second);
    return order;
}

// What Tab should reach first of a layout item: the control itself, or the
// first shown control inside it (a row of a field and its button, a group
// box's form).
const QWidget *firstControl(QLayoutItem *item, const QWidget *window)
{
    const QLayout *inside = item->layout();
    if (const QWidget *widget = item->widget()) {
        if (shownControl(widget, window) && takesTab(widget))
            return widget;
        if (!widget->isVisibleTo(window) || isPart(widget, window))
            return nullptr;
        inside = widget->layout();
    }
    if (!inside)
        return nullptr;
    for (QLayoutItem *nested : readingOrder(inside)) {
        if (const QWidget *found = firstControl(nested, window))
            return found;
    }
    return nullptr;
}

// Positions on the Tab cycle, counted from the window's first control in
// reading order (where the window sits in Qt's focus chain is not a Tab stop).
std::map<const QWidget *, int> tabPositions(const QWidget *window)
{
    QList<const QWidget *> chain = tabChain(window);
    if (QLayout *top = window->layout()) {
        if (const qsizetype first = chain.indexOf(firstControl(top, window)); first > 0)
            chain = chain.mid(first) + chain.mid(0, first);
    }
    std::map<const QWidget *, int> positions;
    for (const QWidget *widget : chain)
        positions.emplace(widget, static_cast<int>(positions.size()));
    return positions;
}

void checkOrder(const QWidget *window, QStringList &problems)
{
    const auto positions = tabPositions(window);
    for (const QLayout *layout : window->findChildren<QLayout *>()) {
        const QWidget *owner = layout->parentWidget();
        if (qobject_cast<const QStackedLayout *>(layout) || !owner || qobject_cast<const QDialogButtonBox *>(owner)
            || !owner->isVisibleTo(window) || (owner != window && isPart(owner, window)))
            continue;
        const QWidget *previous = nullptr;
        int previousAt = -1;
        for (QLayoutItem *item : readingOrder(layout)) {
            const QWidget *widget = firstControl(item, window);
            const auto found = positions.find(widget);
            if (found == positions.end())
                continue;
            if (found->second < previousAt) {
                problems << pathOf(widget, window) + QStringLiteral(": Tab reaches it before ")
                        + pathOf(previous, window) + QStringLiteral(", which comes first in layout ")
                        + layout->objectName();
            }
            previous = widget;
            previousAt = found->second;
        }
    }
}

// A label with its field beside it: a form row, or a grid cell and the cell to its right.
void checkBuddy(
    const QWidget *window, const QLayoutItem *labelItem, const QLayoutItem *fieldItem, QStringList &problems)
{
    const auto *label = labelItem ? qobject_cast<const QLabel *>(labelItem->widget()) : nullptr;
    const QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
    if (!label || label->text().isEmpty() || !label->isVisibleTo(window) || !shownControl(field, window)
        || !takesTab(field) || qobject_cast<const QAbstractButton *>(field))
        return;
    if (!label->buddy())
        problems << pathOf(label, window) + QStringLiteral(": labels ") + pathOf(field, window)
                + QStringLiteral(" but is not its buddy");
}

void checkBuddies(const QWidget *window, QStringList &problems)
{
    for (const QFormLayout *form : window->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row)
            checkBuddy(
                window, form->itemAt(row, QFormLayout::LabelRole), form->itemAt(row, QFormLayout::FieldRole), problems);
    }
    for (const QGridLayout *grid : window->findChildren<QGridLayout *>()) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            for (int column = 0; column + 1 < grid->columnCount(); ++column)
                checkBuddy(window, grid->itemAtPosition(row, column), grid->itemAtPosition(row, column + 1), problems);
        }
    }
}

bool isSubmit(const QPushButton *button)
{
    return button->objectName().endsWith(QLatin1String("SubmitButton"))
        || button->objectName() == QLatin1String("submitButton");
}

void checkKeys(const QWidget *window, QStringList &problems)
{
    if (qobject_cast<const QMainWindow *>(window))
        return;
    const auto buttons = window->findChildren<QPushButton *>();
    if (qobject_cast<const QDialog *>(window)) {
        // Escape is QDialog's own; Enter needs a default button where something is to be done.
        bool acts = false, hasDefault = false;
        for (const QPushButton *button : buttons) {
            if (!button->isVisibleTo(window))
                continue;
            hasDefault = hasDefault || button->isDefault();
            const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
            const QDialogButtonBox::ButtonRole role
                = box ? box->buttonRole(const_cast<QPushButton *>(button)) : QDialogButtonBox::InvalidRole;
            acts
                = acts || role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole || isSubmit(button);
        }
        if (acts && !hasDefault)
            problems << pathOf(window, window) + QStringLiteral(": Enter presses nothing (no default button)");
        return;
    }
    if (!window->findChild<ui::WindowKeys *>(QString(), Qt::FindDirectChildrenOnly)) {
        problems << pathOf(window, window) + QStringLiteral(": Escape and Enter do nothing (no WindowKeys)");
        return;
    }
    for (const QPushButton *button : buttons) {
        if (isSubmit(button) && button->isVisibleTo(window) && !button->isDefault())
            problems << pathOf(button, window) + QStringLiteral(": submits, but Enter does not press it (not default)");
    }
}

} // namespace

QList<const QWidget *> tabChain(const QWidget *window)
{
    QList<const QWidget *> chain;
    for (const QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (shownControl(widget, window) && takesTab(widget) && !chain.contains(widget))
            chain.append(widget);
    }
    return chain;
}

QStringList keyboardProblems(const QWidget *window)
{
    QStringList problems;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        // A scroll area around a form follows the focus by itself; as a Tab
        // stop it is one press for nothing (around a chart it is how the
        // keyboard scrolls, and stays).
        if (const auto *scroll = qobject_cast<const QScrollArea *>(widget);
            scroll && scroll->isVisibleTo(window) && takesTab(scroll) && scroll->widget()) {
            const auto inside = scroll->widget()->findChildren<QWidget *>();
            if (std::any_of(inside.begin(), inside.end(),
                    [window](const QWidget *child) { return shownControl(child, window) && takesTab(child); }))
                problems << pathOf(widget, window) + QStringLiteral(": Tab stops on the scroll area around its fields");
        }
        if (!shownControl(widget, window))
            continue;
        if (!takesTab(widget))
            problems << pathOf(widget, window) + QStringLiteral(": Tab never reaches it");
        // An editable text box that takes Tab as a character keeps the keyboard in it.
        const auto *plain = qobject_cast<const QPlainTextEdit *>(widget);
        const auto *rich = qobject_cast<const QTextEdit *>(widget);
        if ((plain && !plain->isReadOnly() && !plain->tabChangesFocus())
            || (rich && !rich->isReadOnly() && !rich->tabChangesFocus()))
            problems << pathOf(widget, window) + QStringLiteral(": Tab types a tab instead of leaving it");
        // A list to read: arrows move within it; Tab walking every cell would keep the keyboard in it.
        const auto *view = qobject_cast<const QAbstractItemView *>(widget);
        if (view && view->tabKeyNavigation() && !isEditable(view))
            problems << pathOf(widget, window) + QStringLiteral(": Tab walks its cells instead of leaving it");
    }
    checkOrder(window, problems);
    checkBuddies(window, problems);
    checkKeys(window, problems);
    return problems;
}

} // namespace lx::test
