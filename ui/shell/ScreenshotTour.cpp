#include "ui/shell/ScreenshotTour.h"

#include "models/IdentityListModel.h"
#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/forfaiting/FfTableModel.h"
#include "models/lc/LcListModel.h"
#include "ui/dashboards/DashboardsTour.h"
#include "ui/forfaiting/FfDealWindow.h"
#include "ui/forfaiting/FfQuoteForm.h"
#include "ui/forfaiting/ForfaitingPage.h"
#include "ui/guarantee/GuaranteeTour.h"
#include "ui/lc/LcActionForm.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcListPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/quotes/QuoteBoardPage.h"
#include "ui/shell/TourWindows.h"
#include "ui/shell/WorkstationShell.h"
#include "ui/signin/SignInDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QWidget>

#include <array>

namespace lx::ui {

using Language = models::TranslationCatalog::Language;

namespace {
constexpr std::array kLanguages = { Language::English, Language::SimplifiedChinese };
}

ScreenshotTour::ScreenshotTour(
    WorkstationShell &shell, const QString &outputDir, const QString &passphrase, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_outputDir(outputDir)
    , m_passphrase(passphrase)
    , m_startLanguage(shell.catalog().language())
    , m_timeout(this)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this]() { fail(QStringLiteral("timed out")); });
    connect(&m_shell.identities(), &models::IdentityListModel::loaded, this, &ScreenshotTour::onIdentitiesLoaded);
    connect(&m_shell.session(), &models::SessionModel::signedIn, this, &ScreenshotTour::onSignedIn);
    connect(&m_shell.session(), &models::SessionModel::signInFailed, this,
        [this](models::SessionModel::SignInError, const QString &detail) {
            fail(QStringLiteral("sign-in failed ") + detail);
        });
    connect(
        &m_shell.ledgerStatus(), &models::LedgerStatusModel::heightsChanged, this, &ScreenshotTour::onHeightsChanged);
    connect(&m_shell.book(), &models::LocalBook::syncStateChanged, this, &ScreenshotTour::onHeightsChanged);
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_outputDir)) {
        fail(QStringLiteral("cannot create ") + m_outputDir);
        return;
    }
    m_timeout.start();
}

void ScreenshotTour::onIdentitiesLoaded()
{
    if (m_signInShot || m_done)
        return;
    m_signInShot = true;
    grabInEveryLanguage(m_shell.signInDialog(), QStringLiteral("signin"),
        [this]() { m_shell.signInDialog()->signInWith(m_passphrase); });
}

void ScreenshotTour::onSignedIn()
{
    onHeightsChanged();
}

void ScreenshotTour::onHeightsChanged()
{
    if (m_mainShot || m_done || !m_shell.session().isSignedIn() || !m_shell.ledgerStatus().allChannelsKnown()
        || m_shell.book().syncState() != models::LocalBook::SyncState::Live)
        return;
    m_mainShot = true;
    // The main window as an officer works in it: the whole screen.
    if (const QScreen *screen = m_shell.mainWindow()->screen())
        m_shell.mainWindow()->setGeometry(screen->availableGeometry());
    grabSections(0);
}

// Each built section of the main window, in every language.
void ScreenshotTour::grabSections(std::size_t index)
{
    static constexpr std::array kShown
        = { Section::Worklist, Section::LettersOfCredit, Section::Approvals, Section::Ledger, Section::Quotes };
    if (index == kShown.size()) {
        grabForfaiting(0);
        return;
    }
    m_shell.mainWindow()->showSection(kShown[index]);
    grabInEveryLanguage(
        m_shell.mainWindow(), SectionText::key(kShown[index]), [this, index] { grabSections(index + 1); });
}

void ScreenshotTour::grabForfaiting(int tab)
{
    auto *tabs = m_shell.mainWindow()->findChild<QTabWidget *>(QStringLiteral("ffTabs"));
    if (!tabs || tab >= tabs->count()) {
        grabForfaitingDeal();
        return;
    }
    m_shell.mainWindow()->showSection(Section::Forfaiting);
    tabs->setCurrentIndex(tab);
    grabInEveryLanguage(m_shell.mainWindow(), SectionText::key(Section::Forfaiting) + QLatin1Char('-')
            + QString::number(tab + 1),
        [this, tab] { grabForfaiting(tab + 1); });
}

void ScreenshotTour::grabForfaitingDeal()
{
    auto *page = m_shell.mainWindow()->findChild<ForfaitingPage *>(QStringLiteral("forfaitingPage"));
    auto *deals = page ? page->findChild<QAbstractItemView *>(QStringLiteral("ffDealsTable")) : nullptr;
    const QString dealId
        = deals ? deals->model()->index(0, 0).data(models::FfTableModel::IdRole).toString() : QString();
    FfDealWindow *window = dealId.isEmpty() ? nullptr : page->openDeal(dealId);
    if (!window) {
        grabIssueForm();
        return;
    }
    window->resize(1000, 520);
    grabInEveryLanguage(window, QStringLiteral("forfaitingDeal"), [this, window, page] {
        window->close();
        // The quote form on the first listing of the market, with a rate typed.
        auto *market = page->findChild<QAbstractItemView *>(QStringLiteral("ffMarketTable"));
        const QString listingId = market->model()->index(0, 0).data(models::FfTableModel::IdRole).toString();
        QWidget *form = listingId.isEmpty() ? nullptr : page->openQuoteForm(listingId);
        if (!form) {
            grabIssueForm();
            return;
        }
        if (auto *rate = form->findChild<QLineEdit *>(QStringLiteral("ffQuoteRateEdit")))
            rate->setText(QStringLiteral("3.10"));
        grabInEveryLanguage(form, QStringLiteral("forfaitingQuote"), [this, form] {
            form->close();
            grabIssueForm();
        });
    });
}

// The issuance form, when the signed-in user may draft (an officer).
void ScreenshotTour::grabIssueForm()
{
    m_shell.mainWindow()->showSection(Section::LettersOfCredit);
    auto *button = m_shell.mainWindow()->findChild<QPushButton *>(QStringLiteral("lcNewButton"));
    if (!button || !button->isVisible()) {
        grabDetail();
        return;
    }
    button->click();
    QWidget *form = nullptr;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->objectName() == QLatin1String("lcIssueWindow"))
            form = window;
    }
    if (!form) {
        fail(QStringLiteral("the issuance form did not open"));
        return;
    }
    grabInEveryLanguage(form, QStringLiteral("lcIssueForm"), [this, form] {
        form->hide();
        grabDetail();
    });
}

// The first L/C of the list in its own window, once it has loaded.
void ScreenshotTour::grabDetail()
{
    auto *list = m_shell.mainWindow()->findChild<LcListPage *>(QStringLiteral("lettersOfCreditPage"));
    const QString lcNo = list ? list->model().index(0, 0).data(models::LcListModel::LcNoRole).toString() : QString();
    if (lcNo.isEmpty()) {
        grabQuotePostForm();
        return;
    }
    LcDetailWindow *detail = list->openDetail(lcNo);
    detail->resize(1100, 640);
    connect(detail, &LcDetailWindow::loaded, this, [this, detail] {
        if (m_detailShot)
            return;
        m_detailShot = true;
        detail->findChild<QTabWidget *>(QStringLiteral("lcDetailTabs"))->setCurrentIndex(4);
        grabInEveryLanguage(detail, QStringLiteral("lcDetail"), [this, detail] {
            // A presentation's form over the same L/C (its dry run answers as typed).
            LcActionForm *form = detail->openForm(LcActionForm::Kind::Present);
            if (!form) {
                detail->close();
                grabQuotePostForm();
                return;
            }
            grabInEveryLanguage(form, QStringLiteral("lcActionForm"), [this, detail, form] {
                form->close();
                detail->close();
                grabQuotePostForm();
            });
        });
    });
}

// The quote board's post and deal report forms, when the signed-in user may post (an officer).
void ScreenshotTour::grabQuotePostForm()
{
    auto *board = m_shell.mainWindow()->findChild<QuoteBoardPage *>(QStringLiteral("quotesPage"));
    auto *button = board ? board->findChild<QPushButton *>(QStringLiteral("quotePostButton")) : nullptr;
    if (!button || button->isHidden()) {
        grabGuarantees();
        return;
    }
    board->openPostForm();
    grabInEveryLanguage(board->postWindow(), QStringLiteral("quotePostForm"), [this, board] {
        board->postWindow()->hide();
        board->openDealForm();
        grabInEveryLanguage(board->dealWindow(), QStringLiteral("quoteDealForm"), [this, board] {
            board->dealWindow()->hide();
            grabGuarantees();
        });
    });
}

// The guarantee list, issuance form and window (ui/guarantee/GuaranteeTour).
void ScreenshotTour::grabGuarantees()
{
    tourGuarantees(
        *m_shell.mainWindow(),
        [this](QWidget *widget, const QString &name, std::function<void()> next) {
            grabInEveryLanguage(widget, name, std::move(next));
        },
        [this] {
            tourDashboards(
                *m_shell.mainWindow(),
                [this](QWidget *widget, const QString &name, std::function<void()> next) {
                    grabInEveryLanguage(widget, name, std::move(next));
                },
                [this] {
                    tourWindows(
                        m_shell,
                        [this](QWidget *widget, const QString &name, std::function<void()> next) {
                            grabInEveryLanguage(widget, name, std::move(next));
                        },
                        [this] { finish(); });
                });
        });
}

void ScreenshotTour::grabInEveryLanguage(QWidget *widget, const QString &baseName, std::function<void()> next)
{
    grabStep(widget, baseName, 0, std::move(next));
}

void ScreenshotTour::grabStep(
    QWidget *widget, const QString &baseName, std::size_t languageIndex, std::function<void()> next)
{
    if (languageIndex == kLanguages.size()) {
        m_shell.catalog().setLanguage(m_startLanguage);
        next();
        return;
    }
    const Language language = kLanguages[languageIndex];
    m_shell.catalog().setLanguage(language);
    // Let the LanguageChange and layout events run before grabbing.
    QTimer::singleShot(kSettleMs, this, [this, widget, baseName, languageIndex, language, next]() {
        if (m_done)
            return;
        const QString path = QDir(m_outputDir)
                                 .filePath(baseName + QLatin1Char('-') + models::TranslationCatalog::code(language)
                                     + QStringLiteral(".png"));
        if (!widget->grab().save(path)) {
            fail(QStringLiteral("cannot write ") + path);
            return;
        }
        m_written.append(path);
        grabStep(widget, baseName, languageIndex + 1, next);
    });
}

void ScreenshotTour::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(false, message);
}

void ScreenshotTour::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(true, m_written.join(QLatin1Char('\n')));
}

} // namespace lx::ui
