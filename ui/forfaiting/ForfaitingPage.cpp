#include "ui/forfaiting/ForfaitingPage.h"

#include "ui_ForfaitingPage.h"

#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/forfaiting/FfClaimModels.h"
#include "models/forfaiting/FfDealModels.h"
#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfMarketModels.h"
#include "models/lc/LcText.h"
#include "ui/forfaiting/FfDealWindow.h"
#include "ui/forfaiting/FfQuoteForm.h"
#include "ui/shell/ShownListExport.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabBar>

#include <memory>
#include <optional>

namespace lx::ui {

using lianxin::forfaiting::FfAction;
using models::FfListingsModel;
using models::FfTableModel;

ForfaitingPage::ForfaitingPage(
    models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ForfaitingPage>())
    , m_session(session)
    , m_desk(new models::FfDesk(reader, book, this))
    , m_eligible(new models::FfEligibleModel(*m_desk, this))
    , m_market(new FfListingsModel(*m_desk, FfListingsModel::Side::Market, this))
    , m_ownListings(new FfListingsModel(*m_desk, FfListingsModel::Side::Own, this))
    , m_quotes(new models::FfQuotesModel(*m_desk, this))
    , m_deals(new models::FfDealsModel(*m_desk, this))
    , m_portfolio(new models::FfPortfolioModel(*m_desk, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("forfaitingPage"));
    m_ui->ffTabs->tabBar()->setAccessibleName(m_ui->ffTabs->accessibleName());
    attach(m_ui->ffEligibleTable, m_eligible);
    attach(m_ui->ffMarketTable, m_market);
    attach(m_ui->ffMyListingsTable, m_ownListings);
    attach(m_ui->ffQuotesTable, m_quotes);
    attach(m_ui->ffDealsTable, m_deals);
    attach(m_ui->ffPortfolioTable, m_portfolio);
    m_ui->ffMyListingsTable->hideColumn(FfListingsModel::SellerColumn); // always this bank
    // The quotes pane follows a listing: show the first one's until the officer picks another.
    connect(m_ownListings, &QAbstractItemModel::modelReset, this, [this] {
        if (selectedId(m_ui->ffMyListingsTable).isEmpty() && m_ownListings->rowCount() > 0)
            m_ui->ffMyListingsTable->selectRow(0);
    });

    connect(&session, &models::SessionModel::identityChanged, this, &ForfaitingPage::onIdentityChanged);
    connect(m_desk, &models::FfDesk::changed, this, [this] {
        // The quotes follow the selected listing, which may have gone.
        const QString listing = selectedId(m_ui->ffMyListingsTable);
        if (listing != m_quotes->listingId())
            m_quotes->setListing(listing);
        refreshActions();
        refreshTotals();
    });
    connect(m_desk, &models::FfDesk::readFailed, this, &ForfaitingPage::say);
    connect(&book, &models::LocalBook::actionQueued, this,
        [this](qint64, const QString &summary) { say(tr("Draft sent to the outbox for a checker: %1").arg(summary)); });
    connect(&book, &models::LocalBook::actionFailed, this, &ForfaitingPage::say);

    connect(m_ui->ffListButton, &QPushButton::clicked, this, [this] {
        if (const auto *claim = m_eligible->claimAt(m_eligible->rowOf(selectedId(m_ui->ffEligibleTable))))
            submit(models::FfDesk::listAction(claim->lcNo, claim->presentationNo, false));
    });
    connect(m_ui->ffInquireButton, &QPushButton::clicked, this, [this] {
        if (const auto *claim = m_eligible->claimAt(m_eligible->rowOf(selectedId(m_ui->ffEligibleTable))))
            submit(models::FfDesk::listAction(claim->lcNo, claim->presentationNo, true));
    });
    connect(
        m_ui->ffQuoteButton, &QPushButton::clicked, this, [this] { openQuoteForm(selectedId(m_ui->ffMarketTable)); });
    connect(m_ui->ffAcceptButton, &QPushButton::clicked, this, [this] {
        FfAction action;
        action.mutable_accept_quote()->set_quote_id(selectedId(m_ui->ffQuotesTable).toStdString());
        submit(action);
    });
    connect(m_ui->ffWithdrawListingButton, &QPushButton::clicked, this, [this] {
        FfAction action;
        action.mutable_withdraw_listing()->set_listing_id(selectedId(m_ui->ffMyListingsTable).toStdString());
        submit(action);
    });
    connect(m_ui->ffOpenDealButton, &QPushButton::clicked, this, [this] { openDeal(selectedId(m_ui->ffDealsTable)); });
    connect(m_ui->ffDealsTable, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openDeal(index.data(FfTableModel::IdRole).toString()); });
    connect(m_ui->ffMarketTable, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openQuoteForm(index.data(FfTableModel::IdRole).toString()); });
    connect(m_ui->ffMyListingsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_quotes->setListing(selectedId(m_ui->ffMyListingsTable)); });
    for (QTableView *view : { m_ui->ffEligibleTable, m_ui->ffMarketTable, m_ui->ffQuotesTable, m_ui->ffDealsTable }) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ForfaitingPage::refreshActions);
    }
    connect(m_quotes, &QAbstractItemModel::modelReset, this, &ForfaitingPage::refreshActions);
    connectExport();
    onIdentityChanged();
}

ForfaitingPage::~ForfaitingPage() = default;

QSortFilterProxyModel *ForfaitingPage::attach(QTableView *view, FfTableModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(FfTableModel::SortRole);
    view->setModel(proxy);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->sortByColumn(0, Qt::AscendingOrder);
    // Each refresh resets the model: the officer's selection stays on its record.
    auto selected = std::make_shared<QString>();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this, view, selected] { *selected = selectedId(view); });
    connect(model, &QAbstractItemModel::modelReset, this, [view, proxy, selected] {
        for (int row = 0; !selected->isEmpty() && row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(FfTableModel::IdRole).toString() == *selected)
                view->selectRow(row);
        }
    });
    return proxy;
}

QString ForfaitingPage::selectedId(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(FfTableModel::IdRole).toString();
}

void ForfaitingPage::onIdentityChanged()
{
    m_desk->setIdentity(m_session.identity(), m_session.clock());
    const bool bank = m_desk->mayDraft();
    for (QPushButton *button : { m_ui->ffListButton, m_ui->ffInquireButton, m_ui->ffQuoteButton, m_ui->ffAcceptButton,
             m_ui->ffWithdrawListingButton })
        button->setVisible(bank);
    say(QString());
    refreshActions();
}

void ForfaitingPage::offer(QPushButton *button, const FfAction *action, QString &why)
{
    std::optional<QString> refused;
    if (action)
        refused = m_desk->rejection(*action);
    button->setEnabled(action && m_desk->mayDraft() && !refused);
    button->setToolTip(refused.value_or(QString()));
    if (refused && why.isEmpty())
        why = *refused;
}

void ForfaitingPage::refreshActions()
{
    QString why;
    std::optional<FfAction> list, inquire, accept, withdraw;
    if (const auto *claim = m_eligible->claimAt(m_eligible->rowOf(selectedId(m_ui->ffEligibleTable)))) {
        list = models::FfDesk::listAction(claim->lcNo, claim->presentationNo, false);
        inquire = models::FfDesk::listAction(claim->lcNo, claim->presentationNo, true);
    }
    const QString listing = selectedId(m_ui->ffMyListingsTable);
    if (!listing.isEmpty()) {
        withdraw.emplace();
        withdraw->mutable_withdraw_listing()->set_listing_id(listing.toStdString());
    }
    const QString quote = selectedId(m_ui->ffQuotesTable);
    if (!quote.isEmpty()) {
        accept.emplace();
        accept->mutable_accept_quote()->set_quote_id(quote.toStdString());
    }
    const int tab = m_ui->ffTabs->currentIndex();
    QString ignored;
    offer(m_ui->ffListButton, list ? &*list : nullptr, tab == 0 ? why : ignored);
    offer(m_ui->ffInquireButton, inquire ? &*inquire : nullptr, ignored);
    offer(m_ui->ffAcceptButton, accept ? &*accept : nullptr, tab == 2 ? why : ignored);
    offer(m_ui->ffWithdrawListingButton, withdraw ? &*withdraw : nullptr, ignored);
    const QString marketListing = selectedId(m_ui->ffMarketTable);
    m_ui->ffQuoteButton->setEnabled(m_desk->mayDraft() && !marketListing.isEmpty());
    m_ui->ffOpenDealButton->setEnabled(!selectedId(m_ui->ffDealsTable).isEmpty());
    if (!why.isEmpty())
        say(why);
}

void ForfaitingPage::refreshTotals()
{
    m_ui->ffPortfolioTotalsLabel->setText(tr("Claims held: %1 · face value %2 · maturing within 30 days: %3")
                                              .arg(m_portfolio->rowCount())
                                              .arg(models::LcText::money(m_portfolio->totalFaceFen()))
                                              .arg(m_portfolio->maturingSoon()));
}

void ForfaitingPage::submit(const FfAction &action)
{
    // The contract has the last word; refuse here what it would refuse.
    if (const auto refused = m_desk->rejection(action)) {
        say(*refused);
        return;
    }
    m_desk->submit(action);
    say(tr("Sending the draft…"));
}

void ForfaitingPage::say(const QString &message)
{
    m_ui->ffStatusLabel->setText(message);
    m_ui->ffStatusLabel->setAccessibleDescription(message);
}

FfDealWindow *ForfaitingPage::openDeal(const QString &dealId)
{
    if (dealId.isEmpty())
        return nullptr;
    QPointer<FfDealWindow> &window = m_dealWindows[dealId];
    if (!window)
        window = new FfDealWindow(*m_desk, dealId, this);
    window->show();
    window->raise();
    return window;
}

FfQuoteForm *ForfaitingPage::openQuoteForm(const QString &listingId)
{
    if (listingId.isEmpty() || !m_desk->mayDraft())
        return nullptr;
    if (m_quoteForm)
        m_quoteForm->close();
    m_quoteForm = new FfQuoteForm(*m_desk, listingId, this);
    connect(m_quoteForm, &FfQuoteForm::submitted, this, &ForfaitingPage::submit);
    m_quoteForm->show();
    return m_quoteForm;
}

// The current tab's list as shown (on "My listings", the listings; the
// quotes beneath follow one listing).
void ForfaitingPage::connectExport()
{
    ShownListExport::connectButtons(
        this, m_session, m_ui->ffExportCsvButton, m_ui->ffExportPdfButton, m_ui->ffExportResultLabel,
        [this]() -> ShownList {
            const QWidget *tab = m_ui->ffTabs->currentWidget();
            if (tab == m_ui->ffMarketTab)
                return { m_ui->ffMarketTable, tr("Forfaiting market"), {} };
            if (tab == m_ui->ffListingsTab)
                return { m_ui->ffMyListingsTable, tr("My forfaiting listings"), {} };
            if (tab == m_ui->ffDealsTab)
                return { m_ui->ffDealsTable, tr("Forfaiting deals"), {} };
            if (tab == m_ui->ffPortfolioTab)
                return { m_ui->ffPortfolioTable, tr("Forfaiting portfolio"), {} };
            return { m_ui->ffEligibleTable, tr("Claims eligible for forfaiting"), {} };
        },
        [this](const QString &path, const QString &error) { Q_EMIT exported(path, error); });
}

void ForfaitingPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->ffTabs->tabBar()->setAccessibleName(m_ui->ffTabs->accessibleName());
    for (FfTableModel *model :
        std::initializer_list<FfTableModel *> { m_eligible, m_market, m_ownListings, m_quotes, m_deals, m_portfolio })
        model->retranslate();
    refreshTotals();
}

void ForfaitingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lx::ui
