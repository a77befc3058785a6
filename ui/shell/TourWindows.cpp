#include "ui/shell/TourWindows.h"

#include "ui/help/AboutDialog.h"
#include "ui/help/HelpWindow.h"
#include "ui/lock/LockScreen.h"
#include "ui/lock/WorkstationLock.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/WorkstationShell.h"

#include <QAbstractButton>
#include <QAction>
#include <QTabWidget>

#include <memory>

namespace lx::ui {

namespace {

// The shared state of one walk: its steps capture this, not each other.
struct WindowsWalk
{
    WorkstationShell &shell;
    TourGrab grab;
    std::function<void()> done;

    MainWindow &main() const { return *shell.mainWindow(); }
    void trigger(const char *actionName) const
    {
        if (auto *action = main().findChild<QAction *>(QString::fromLatin1(actionName)))
            action->trigger();
    }
};

void governance(const std::shared_ptr<WindowsWalk> &walk, int tab, std::function<void()> next)
{
    auto *tabs = walk->main().findChild<QTabWidget *>(QStringLiteral("governanceTabs"));
    if (!tabs || tab >= tabs->count()) {
        next();
        return;
    }
    walk->main().showSection(Section::Governance);
    tabs->setCurrentIndex(tab);
    if (!tabs->isTabVisible(tab)) {
        governance(walk, tab + 1, std::move(next));
        return;
    }
    walk->grab(&walk->main(), SectionText::key(Section::Governance) + QLatin1Char('-') + QString::number(tab + 1),
        [walk, tab, next] { governance(walk, tab + 1, next); });
}

void lockScreen(const std::shared_ptr<WindowsWalk> &walk)
{
    WorkstationLock *lock = walk->shell.lock();
    if (!lock) {
        walk->done();
        return;
    }
    lock->lockNow();
    walk->grab(lock->lockScreen(), QStringLiteral("lockScreen"), [walk] { walk->done(); });
}

void about(const std::shared_ptr<WindowsWalk> &walk)
{
    walk->trigger("actionAbout");
    AboutDialog *dialog = walk->main().aboutDialog();
    if (!dialog) {
        lockScreen(walk);
        return;
    }
    walk->grab(dialog, QStringLiteral("about"), [walk, dialog] {
        dialog->hide();
        lockScreen(walk);
    });
}

void help(const std::shared_ptr<WindowsWalk> &walk)
{
    walk->trigger("actionHelp");
    HelpWindow *window = walk->main().helpWindow();
    if (!window) {
        about(walk);
        return;
    }
    walk->grab(window, QStringLiteral("help"), [walk, window] {
        window->hide();
        about(walk);
    });
}

void settings(const std::shared_ptr<WindowsWalk> &walk)
{
    walk->shell.openSettings();
    SettingsDialog *dialog = walk->shell.settingsDialog();
    if (!dialog) {
        help(walk);
        return;
    }
    walk->grab(dialog, QStringLiteral("settings"), [walk, dialog] {
        dialog->reject();
        help(walk);
    });
}

void outbox(const std::shared_ptr<WindowsWalk> &walk)
{
    if (auto *button = walk->main().findChild<QAbstractButton *>(QStringLiteral("statusOutboxButton")))
        button->click();
    OutboxWindow *window = walk->main().outboxWindow();
    if (!window) {
        settings(walk);
        return;
    }
    walk->grab(window, QStringLiteral("outbox"), [walk, window] {
        window->hide();
        settings(walk);
    });
}

} // namespace

void tourWindows(WorkstationShell &shell, const TourGrab &grab, std::function<void()> done)
{
    auto walk = std::make_shared<WindowsWalk>(WindowsWalk { shell, grab, std::move(done) });
    governance(walk, 0, [walk] { outbox(walk); });
}

} // namespace lx::ui
