#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

class QWidget;

namespace lx::models {
class SessionModel;
class TranslationCatalog;
} // namespace lx::models

namespace lx::ui {

class LockScreen;

// The workstation's lock (docs/auto-lock.md). Watches the user's input
// across the application; after the idle time, or when asked (Ctrl+L), the
// session locks: every window is hidden as it is (forms keep what was
// typed), the session drops its keys, and the lock screen asks for the
// passphrase. Unlocked, the same windows come back with the focus where it
// was. Signed out (five wrong passphrases, or the lock screen's button),
// the windows the officer had opened are closed; the shell asks for a
// sign-in.
class WorkstationLock : public QObject
{
    Q_OBJECT

public:
    WorkstationLock(models::SessionModel &session, models::TranslationCatalog &catalog, QObject *parent = nullptr);
    ~WorkstationLock() override;

    // Zero: never locks by itself.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_timeout; }
    void lockNow();
    LockScreen *lockScreen() const { return m_screen.get(); }
    // Windows a sign-out leaves to the shell instead of closing (the main
    // window, whose closing quits, and the sign-in dialog).
    void setShellWindows(std::vector<QPointer<QWidget>> windows) { m_shellWindows = std::move(windows); }

Q_SIGNALS:
    // The windows were put away after a sign-out; main window, sign-in
    // dialog and lock screen are the shell's to show.
    void signedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLockChanged(bool locked);
    void onSignedOut();
    void checkIdle();

    models::SessionModel &m_session;
    std::unique_ptr<LockScreen> m_screen;
    std::chrono::milliseconds m_timeout { 0 };
    QElapsedTimer m_lastInput;
    QTimer m_idleCheck;
    // What the lock put away, to bring back as it was.
    std::vector<QPointer<QWidget>> m_hidden;
    std::vector<QPointer<QWidget>> m_shellWindows;
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focus;
};

} // namespace lx::ui
