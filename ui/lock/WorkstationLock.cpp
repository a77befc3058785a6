#include "ui/lock/WorkstationLock.h"

#include "models/SessionModel.h"
#include "ui/lock/LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace lx::ui {

using namespace std::chrono_literals;

WorkstationLock::WorkstationLock(models::SessionModel &session, models::TranslationCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_screen(std::make_unique<LockScreen>(session, catalog))
{
    m_lastInput.start();
    m_idleCheck.setObjectName(QStringLiteral("idleCheck"));
    connect(&m_idleCheck, &QTimer::timeout, this, &WorkstationLock::checkIdle);
    connect(&m_session, &models::SessionModel::lockChanged, this, &WorkstationLock::onLockChanged);
    connect(&m_session, &models::SessionModel::signedOut, this, &WorkstationLock::onSignedOut);
    qApp->installEventFilter(this);
}

WorkstationLock::~WorkstationLock()
{
    qApp->removeEventFilter(this);
}

void WorkstationLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, 0ms);
    m_lastInput.restart();
    if (m_timeout == 0ms) {
        m_idleCheck.stop();
        return;
    }
    // Checked often enough to lock within a tenth of the time (at most
    // 15 s late), rarely enough to cost nothing.
    m_idleCheck.start(std::clamp(m_timeout / 10, 50ms, 15'000ms));
}

void WorkstationLock::lockNow()
{
    m_session.lock();
}

bool WorkstationLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WorkstationLock::checkIdle()
{
    if (m_timeout > 0ms && m_session.isSignedIn() && !m_session.isLocked()
        && std::chrono::milliseconds(m_lastInput.elapsed()) >= m_timeout)
        m_session.lock();
}

void WorkstationLock::onLockChanged(bool locked)
{
    if (locked) {
        m_activeWindow = QApplication::activeWindow();
        m_focus = QApplication::focusWidget();
        m_hidden.clear();
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && window != m_screen.get()) {
                m_hidden.emplace_back(window);
                window->hide();
            }
        }
        m_screen->prepare();
        m_screen->show();
        m_screen->raise();
        m_screen->activateWindow();
        return;
    }
    m_screen->hide();
    if (!m_session.isSignedIn())
        return; // signed out: onSignedOut() puts the windows away
    for (const QPointer<QWidget> &window : m_hidden) {
        if (window)
            window->show();
    }
    m_hidden.clear();
    if (m_activeWindow) {
        m_activeWindow->raise();
        m_activeWindow->activateWindow();
    }
    if (m_focus)
        m_focus->setFocus(Qt::OtherFocusReason);
    m_lastInput.restart();
}

void WorkstationLock::onSignedOut()
{
    m_screen->hide();
    // What the officer had open, half-typed forms too, goes: the next
    // person starts from the sign-in.
    for (const QPointer<QWidget> &window : m_hidden) {
        if (window && std::find(m_shellWindows.begin(), m_shellWindows.end(), window) == m_shellWindows.end())
            window->close();
    }
    m_hidden.clear();
    Q_EMIT signedOut();
}

} // namespace lx::ui
