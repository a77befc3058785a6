#include "ui/mainwindow/MainWindow.h"

#include "models/SessionModel.h"
#include "models/TranslationCatalog.h"
#include "models/lc/LcListModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/dashboards/DashboardsPage.h"
#include "ui/forfaiting/ForfaitingPage.h"
#include "ui/governance/GovernancePage.h"
#include "ui/guarantee/GuaranteeListPage.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/ledger/LedgerPage.h"
#include "ui/mainwindow/PlaceholderPage.h"
#include "ui/mainwindow/SessionStatusBar.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/quotes/QuoteBoardPage.h"
#include "ui/shell/Icons.h"
#include "ui/worklist/WorklistPage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>

namespace lx::ui {

using models::TranslationCatalog;

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");

Icon iconOf(Section section)
{
    switch (section) {
    case Section::Worklist:
        return Icon::Worklist;
    case Section::LettersOfCredit:
        return Icon::LettersOfCredit;
    case Section::Approvals:
        return Icon::Approvals;
    case Section::Ledger:
        return Icon::Ledger;
    case Section::Forfaiting:
        return Icon::Forfaiting;
    case Section::Guarantees:
        return Icon::Guarantees;
    case Section::Quotes:
        return Icon::Quotes;
    case Section::Dashboards:
        return Icon::Dashboards;
    case Section::Governance:
        return Icon::Governance;
    }
    return Icon::Worklist;
}
} // namespace

MainWindow::MainWindow(models::SessionModel &session, models::LedgerStatusModel &ledgerStatus, models::LocalBook &book,
    models::BookReader &reader, TranslationCatalog &catalog, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusBar(new SessionStatusBar(session, ledgerStatus, book, catalog, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    WorklistPage *worklist = nullptr;
    DashboardsPage *dashboards = nullptr;
    for (Section section : kSections) {
        switch (section) {
        case Section::Worklist:
            m_pages->addWidget(worklist = new WorklistPage(session, book, reader, m_pages));
            break;
        case Section::LettersOfCredit:
            m_pages->addWidget(m_lcList = new LcListPage(session, book, reader, m_pages));
            break;
        case Section::Approvals:
            m_pages->addWidget(new ApprovalsPage(session, book, reader, m_pages));
            break;
        case Section::Forfaiting:
            m_pages->addWidget(new ForfaitingPage(session, book, reader, m_pages));
            break;
        case Section::Ledger:
            m_pages->addWidget(new LedgerPage(session, ledgerStatus, m_pages));
            break;
        case Section::Quotes:
            m_pages->addWidget(new QuoteBoardPage(session, book, reader, m_pages));
            break;
        case Section::Guarantees:
            m_pages->addWidget(new GuaranteeListPage(session, book, reader, m_pages));
            break;
        case Section::Dashboards:
            m_pages->addWidget(dashboards = new DashboardsPage(session, book, m_pages));
            break;
        case Section::Governance:
            m_pages->addWidget(new GovernancePage(session, ledgerStatus, m_pages));
            break;
        default:
            m_pages->addWidget(new PlaceholderPage(section, m_pages));
        }
    }
    connect(m_statusBar, &SessionStatusBar::outboxRequested, this, [this, &book, &reader] {
        if (!m_outbox)
            m_outbox = new OutboxWindow(book, reader, this);
        m_outbox->show();
        m_outbox->raise();
    });
    connect(worklist, &WorklistPage::openLcRequested, this, [this](const QString &lcNo) {
        showSection(Section::LettersOfCredit);
        m_lcList->search(lcNo);
        m_lcList->openDetail(lcNo);
    });
    // A deal behind a dashboard figure, in the window its desk opens.
    connect(dashboards, &DashboardsPage::dealRequested, this, [this](int product, const QString &reference) {
        if (product == static_cast<int>(cache::dash::Product::Lc)) {
            showSection(Section::LettersOfCredit);
            m_lcList->openDetail(reference);
        } else if (product == static_cast<int>(cache::dash::Product::Forfaiting)) {
            if (auto *forfaiting = m_pages->findChild<ForfaitingPage *>())
                forfaiting->openDeal(reference);
        } else if (auto *guarantees = m_pages->findChild<GuaranteeListPage *>()) {
            guarantees->openGuarantee(reference);
        }
    });
    connect(worklist, &WorklistPage::openDraftRequested, this, [this](const QString &draftId) {
        showSection(Section::Approvals);
        if (auto *approvals = m_pages->findChild<ApprovalsPage *>())
            approvals->selectDraft(draftId);
    });
    m_pages->setObjectName(QStringLiteral("pageStack"));
    setButtonIcons(m_pages);
    buildNavigation();
    buildMenus();
    retranslate();

    connect(&m_session, &models::SessionModel::identityChanged, this, &MainWindow::refreshTitle);
    connect(&m_session, &models::SessionModel::membersChanged, this, &MainWindow::refreshTitle);
    connect(&m_catalog, &TranslationCatalog::languageChanged, this, &MainWindow::syncLanguageActions);
    connect(&m_catalog, &TranslationCatalog::languageChanged, this, &MainWindow::refreshTitle);

    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray()))
        fitToScreen();
    restoreState(m_settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

// The first start, before any size was saved: the whole screen of a
// 1366x768 or 1440x900 desk (the lists' columns need the width), a
// comfortable window on a larger one, and the old fixed size where the
// screen is smaller than that (the headless test platform's).
void MainWindow::fitToScreen()
{
    const QSize comfortable(1100, 700);
    resize(comfortable);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (available.width() < comfortable.width() || available.height() < comfortable.height())
        return;
    if (available.width() < 1600) {
        // The geometry as well as the state: without a window manager (a
        // kiosk session) nobody applies the state.
        setGeometry(available);
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    resize(std::min(available.width() * 4 / 5, 1600), std::min(available.height() * 4 / 5, 1000));
    move(available.center() - rect().center());
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(160);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationList::item { padding: 6px 8px; }"));
    for (Section section : kSections) {
        auto *item = new QListWidgetItem(icon(iconOf(section)), QString(), m_navigation);
        item->setData(kSectionKeyRole, SectionText::key(section));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_settings.setValue(kSectionKey, SectionText::key(kSections[static_cast<std::size_t>(row)]));
    });
    // Where the user was last time.
    int start = 0;
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        if (SectionText::key(kSections[i]) == m_settings.value(kSectionKey).toString())
            start = static_cast<int>(i);
    }
    m_navigation->setCurrentRow(start);
}

QAction *MainWindow::addMenuAction(QMenu *menu, const QString &objectName)
{
    QAction *action = menu->addAction(QString());
    action->setObjectName(objectName);
    return action;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_switchIdentity = addMenuAction(m_fileMenu, QStringLiteral("actionSwitchIdentity"));
    m_switchIdentity->setIcon(icon(Icon::SwitchIdentity));
    connect(m_switchIdentity, &QAction::triggered, this, &MainWindow::switchIdentityRequested);
    m_importIdentity = addMenuAction(m_fileMenu, QStringLiteral("actionImportIdentity"));
    m_importIdentity->setIcon(icon(Icon::Import));
    connect(m_importIdentity, &QAction::triggered, this, &MainWindow::importIdentityRequested);
    m_settingsAction = addMenuAction(m_fileMenu, QStringLiteral("actionSettings"));
    m_settingsAction->setIcon(icon(Icon::Settings));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_fileMenu->addSeparator();
    // Ctrl+L locks from whichever LianXin window has the keyboard.
    m_lock = addMenuAction(m_fileMenu, QStringLiteral("actionLock"));
    m_lock->setIcon(icon(Icon::Lock));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    m_fileMenu->addSeparator();
    m_quit = addMenuAction(m_fileMenu, QStringLiteral("actionQuit"));
    m_quit->setIcon(icon(Icon::Quit));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    // Ctrl+1 ... Ctrl+9: the sections in navigation order.
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        QAction *go = addMenuAction(m_viewMenu, QStringLiteral("actionGoTo_") + SectionText::key(kSections[i]));
        go->setIcon(icon(iconOf(kSections[i])));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(i))));
        connect(go, &QAction::triggered, this, [this, i] { showSection(kSections[i]); });
        m_goTo.push_back(go);
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->setIcon(icon(Icon::Language));
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    // Each language is named in itself (endonyms), the same in every UI
    // language, so someone lost in a foreign UI can find their own.
    m_english = addMenuAction(m_languageMenu, QStringLiteral("actionLanguageEnglish"));
    m_english->setText(QStringLiteral("English"));
    m_chinese = addMenuAction(m_languageMenu, QStringLiteral("actionLanguageChinese"));
    m_chinese->setText(QStringLiteral("中文"));
    for (QAction *action : { m_english, m_chinese }) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_english, &QAction::triggered, this, [this]() {
        m_catalog.setLanguage(TranslationCatalog::Language::English);
        Q_EMIT languageChosen(TranslationCatalog::Language::English);
    });
    connect(m_chinese, &QAction::triggered, this, [this]() {
        m_catalog.setLanguage(TranslationCatalog::Language::SimplifiedChinese);
        Q_EMIT languageChosen(TranslationCatalog::Language::SimplifiedChinese);
    });
    syncLanguageActions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpAction = addMenuAction(m_helpMenu, QStringLiteral("actionHelp"));
    m_helpAction->setIcon(icon(Icon::Help));
    m_helpAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_helpAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    m_about = addMenuAction(m_helpMenu, QStringLiteral("actionAbout"));
    m_about->setIcon(icon(Icon::About));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(SectionText::title(kSections[static_cast<std::size_t>(row)]));
    }
    m_navigation->setAccessibleName(tr("Navigation"));
    m_pages->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_switchIdentity->setText(tr("&Switch identity…"));
    m_switchIdentity->setStatusTip(tr("Sign in as another identity of this wallet"));
    m_importIdentity->setText(tr("&Import identity…"));
    m_importIdentity->setStatusTip(tr("Bring an identity from a Fabric msp folder into this wallet"));
    m_settingsAction->setText(tr("S&ettings…"));
    m_settingsAction->setStatusTip(tr("Language, lock time, list size, folders and the ledger"));
    m_lock->setText(tr("&Lock workstation"));
    m_lock->setStatusTip(tr("Hide every window and forget the keys until the passphrase is entered again"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    for (std::size_t i = 0; i < m_goTo.size(); ++i)
        m_goTo[i]->setText(SectionText::title(kSections[i]));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("LianXin &guide"));
    m_helpAction->setStatusTip(tr("What each role does, and on which screen"));
    m_about->setText(tr("&About LianXin"));
    refreshTitle();
}

void MainWindow::refreshTitle()
{
    //: The application's name (zh: 联信)
    const QString appName = tr("LianXin");
    if (m_session.isSignedIn())
        setWindowTitle(tr("%1 — %2").arg(appName, m_session.identity().bankName(m_catalog.language())));
    else
        setWindowTitle(appName);
    setAccessibleName(windowTitle());
}

void MainWindow::syncLanguageActions()
{
    const bool chinese = m_catalog.language() == TranslationCatalog::Language::SimplifiedChinese;
    m_chinese->setChecked(chinese);
    m_english->setChecked(!chinese);
}

void MainWindow::showSection(Section section)
{
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        if (kSections[i] == section)
            m_navigation->setCurrentRow(static_cast<int>(i));
    }
}

void MainWindow::setPageRows(int rows)
{
    if (m_lcList)
        m_lcList->model().setPageRows(rows);
}

Section MainWindow::currentSection() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? kSections[static_cast<std::size_t>(row)] : Section::Worklist;
}

void MainWindow::showAbout()
{
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(m_session, this);
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

// Non-modal: the officer reads the guide beside the screen it describes.
void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(m_catalog, this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT quitRequested();
}

} // namespace lx::ui
