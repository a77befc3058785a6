#include "ScreenTexts.h"

#include "ledgerclient/Sandbox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>

namespace lx::test {

namespace {

void addViewTexts(const QAbstractItemView *view, QStringList &texts)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->index(row, column).data().toString();
    }
    if (qobject_cast<const QTableView *>(view)) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
    }
}

void addMenuTexts(const QMenu *menu, QStringList &texts)
{
    texts << menu->title();
    for (const QAction *action : menu->actions()) {
        // Language names are endonyms by design: English stays "English".
        if (action->objectName().startsWith(QLatin1String("actionLanguage")))
            continue;
        if (action->menu())
            addMenuTexts(action->menu(), texts);
        else
            texts << action->text();
    }
}

} // namespace

QStringList visibleTexts(const QWidget *window)
{
    QStringList texts { window->windowTitle() };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts << label->text();
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            texts << button->text();
    }
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (view->isVisible())
            addViewTexts(view, texts);
    }
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window)) {
        for (const QAction *action : mainWindow->menuBar()->actions()) {
            if (action->menu())
                addMenuTexts(action->menu(), texts);
        }
    }
    texts.removeAll(QString());
    return texts;
}

QString withoutUntranslatableTokens(QString text)
{
    static const QStringList names = []() {
        QStringList list;
        const client::SandboxSpec spec = client::defaultSandbox();
        for (const auto &org : spec.orgs) {
            for (const auto &user : org.users)
                list << QString::fromStdString(user.displayName);
        }
        for (const auto &channel : spec.channels)
            list << QString::fromStdString(channel);
        return list;
    }();
    static const QRegularExpression ids(
        QStringLiteral("\\b(\\w+MSP(/\\w+)?|(officer|checker|manager|admin|auditor)\\d+|[0-9a-f]{8,})\\b"));
    static const QRegularExpression mnemonic(QStringLiteral("\\(?&(\\w)\\)?"));
    text.remove(ids);
    text.remove(mnemonic);
    for (const QString &name : names)
        text.remove(
            QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(name) + QStringLiteral("\\b")));
    return text;
}

bool looksUntranslated(const QString &text)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return withoutUntranslatableTokens(text).contains(latin);
}

} // namespace lx::test
