#pragma once

#include "models/TranslationCatalog.h"
#include "ui/mainwindow/Section.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace lx::models {
class BookReader;
class LedgerStatusModel;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

class AboutDialog;
class HelpWindow;
class LcListPage;
class OutboxWindow;
class SessionStatusBar;

// The workstation's frame: navigation on the left, one page per section,
// menus, and the session's status bar. Built in code; pages are forms.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(models::SessionModel &session, models::LedgerStatusModel &ledgerStatus, models::LocalBook &book,
        models::BookReader &reader, models::TranslationCatalog &catalog, QSettings &settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    // Rows the L/C list reads from the cache at a time (Settings).
    void setPageRows(int rows);
    OutboxWindow *outboxWindow() const { return m_outbox; }
    HelpWindow *helpWindow() const { return m_help; }
    AboutDialog *aboutDialog() const { return m_aboutDialog; }
    Section currentSection() const;

Q_SIGNALS:
    void switchIdentityRequested();
    void importIdentityRequested();
    void lockRequested();
    void settingsRequested();
    // The user picked a language in the View menu (remembered for the next start).
    void languageChosen(lx::models::TranslationCatalog::Language language);
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void fitToScreen();
    void buildMenus();
    void retranslate();
    void refreshTitle();
    void syncLanguageActions();
    void showAbout();
    void showHelp();
    QAction *addMenuAction(QMenu *menu, const QString &objectName);

    models::SessionModel &m_session;
    models::TranslationCatalog &m_catalog;
    QSettings &m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SessionStatusBar *m_statusBar;
    LcListPage *m_lcList = nullptr;
    OutboxWindow *m_outbox = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_switchIdentity = nullptr;
    QAction *m_importIdentity = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_english = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_about = nullptr;
    QAction *m_helpAction = nullptr;
    HelpWindow *m_help = nullptr;
    AboutDialog *m_aboutDialog = nullptr;
    std::vector<QAction *> m_goTo;
};

} // namespace lx::ui
