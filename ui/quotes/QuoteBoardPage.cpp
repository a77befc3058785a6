#include "ui/quotes/QuoteBoardPage.h"

#include "ui_QuoteBoardPage.h"

#include "models/LocalBook.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/forfaiting/FfText.h"
#include "models/lc/LcText.h"
#include "models/quotes/DealListModel.h"
#include "models/quotes/QuoteBoardModel.h"
#include "models/quotes/QuoteDraft.h"
#include "models/quotes/QuoteListModel.h"
#include "models/quotes/QuoteMarket.h"
#include "models/quotes/QuoteText.h"
#include "ui/quotes/QuoteCurveChart.h"
#include "ui/quotes/QuoteDealForm.h"
#include "ui/quotes/QuotePostForm.h"
#include "ui/shell/FormWindow.h"
#include "ui/shell/ShownListExport.h"

#include "lianxin/quotes.pb.h"
#include "ui/shell/SortedProxy.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QVBoxLayout>

namespace lx::ui {

namespace {

void showTable(QTableView *table, QSortFilterProxyModel *proxy, int sortColumn)
{
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

QuoteBoardPage::QuoteBoardPage(
    models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuoteBoardPage>())
    , m_session(session)
    , m_book(book)
    , m_market(new models::QuoteMarket(reader, session.clock(), this))
    , m_boardModel(new models::QuoteBoardModel(this))
    , m_quoteModel(new models::QuoteListModel(this))
    , m_dealModel(new models::DealListModel(this))
    , m_boardProxy(sortedBy(m_boardModel, models::QuoteBoardModel::SortRole, this))
    , m_quoteProxy(sortedBy(m_quoteModel, models::QuoteListModel::SortRole, this))
    , m_dealProxy(sortedBy(m_dealModel, models::DealListModel::SortRole, this))
    , m_curve(new QuoteCurveChart(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("quotesPage"));
    auto *curveLayout = qobject_cast<QVBoxLayout *>(m_ui->quoteCurveGroup->layout());
    curveLayout->addWidget(m_curve);
    showTable(m_ui->quoteBoardTable, m_boardProxy, models::QuoteBoardModel::TenorColumn);
    showTable(m_ui->quoteListTable, m_quoteProxy, models::QuoteListModel::TenorColumn);
    showTable(m_ui->quoteDealTable, m_dealProxy, models::DealListModel::TradeDateColumn);
    m_ui->quoteDealTable->sortByColumn(models::DealListModel::TradeDateColumn, Qt::DescendingOrder);
    // The board takes the full width; the curve needs room for five bucket
    // labels and a legend of tiers beside the quotes and deals.
    m_ui->quoteMainSplitter->setStretchFactor(0, 1);
    m_ui->quoteMainSplitter->setStretchFactor(1, 1);
    m_ui->quoteBottomSplitter->setSizes({ 400, 520 });
    m_curve->setMinimumWidth(360);
    QTabBar *tabs = m_ui->quoteListTabs->tabBar();
    tabs->setObjectName(QStringLiteral("quoteListTabBar"));
    tabs->setAccessibleName(tr("Live quotes or recent deals"));
    fillFilters();

    connect(m_ui->quoteTierFilterCombo, &QComboBox::currentIndexChanged, this, &QuoteBoardPage::applyFilter);
    connect(m_ui->quoteTenorFilterCombo, &QComboBox::currentIndexChanged, this, &QuoteBoardPage::applyFilter);
    connect(m_ui->quotePostButton, &QPushButton::clicked, this, &QuoteBoardPage::openPostForm);
    connect(m_ui->quoteReportDealButton, &QPushButton::clicked, this, &QuoteBoardPage::openDealForm);
    connect(m_ui->quoteWithdrawButton, &QPushButton::clicked, this, &QuoteBoardPage::withdrawSelected);
    connect(m_ui->quoteListTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &QuoteBoardPage::refreshWithdraw);
    connect(m_market, &models::QuoteMarket::changed, this, &QuoteBoardPage::onMarketChanged);
    // The tab on show: live quotes or recent deals, under the board's filters.
    ShownListExport::connectButtons(
        this, session, m_ui->quoteExportCsvButton, m_ui->quoteExportPdfButton, m_ui->quoteExportResultLabel,
        [this] {
            QStringList filters;
            if (m_ui->quoteTierFilterCombo->currentIndex() > 0)
                filters << tr("Obligor tier: %1").arg(m_ui->quoteTierFilterCombo->currentText());
            if (m_ui->quoteTenorFilterCombo->currentIndex() > 0)
                filters << tr("Tenor: %1").arg(m_ui->quoteTenorFilterCombo->currentText());
            const bool deals = m_ui->quoteListTabs->currentWidget() == m_ui->quoteDealTab;
            return ShownList { deals ? m_ui->quoteDealTable : m_ui->quoteListTable,
                deals ? tr("Recent deals") : tr("Live quotes"), filters };
        },
        [this](const QString &path, const QString &error) { Q_EMIT exported(path, error); });
    connect(&book, &models::LocalBook::bookChanged, m_market, &models::QuoteMarket::refresh);
    connect(&session, &models::SessionModel::identityChanged, this, [this] {
        m_market->setClock(m_session.clock());
        m_market->setBank(m_session.identity().mspId);
        refreshActions();
    });
    // The forms' "now" is the market's: a test or demonstration moving the session's day moves both.
    connect(&session, &models::SessionModel::clockChanged, this, [this] { m_market->setClock(m_session.clock()); });
    m_market->setBank(session.identity().mspId);
    refreshActions();
    onMarketChanged();
}

QuoteBoardPage::~QuoteBoardPage()
{
    delete m_postWindow;
    delete m_dealWindow;
}

void QuoteBoardPage::fillFilters()
{
    const auto refill = [](QComboBox *combo, const QString &all, int first, int last, auto name) {
        const int chosen = combo->currentData().toInt();
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(all, 0);
        for (int value = first; value <= last; ++value)
            combo->addItem(name(value), value);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    refill(m_ui->quoteTierFilterCombo, tr("All tiers"), 1, 5, &models::QuoteText::tierName);
    refill(m_ui->quoteTenorFilterCombo, tr("All tenors"), lianxin::quotes::DAYS_1_30, lianxin::quotes::DAYS_271_366,
        &models::QuoteText::bucketName);
}

// The board itself is filtered by the contract's buildBoard (its filter),
// so cells, curve, quotes and deals agree with what the ledger would show.
void QuoteBoardPage::applyFilter()
{
    m_market->setFilter(
        m_ui->quoteTierFilterCombo->currentData().toInt(), m_ui->quoteTenorFilterCombo->currentData().toInt());
}

void QuoteBoardPage::onMarketChanged()
{
    const QString selected = selectedQuoteId();
    const models::QuoteMarket::Snapshot &snapshot = m_market->snapshot();
    m_boardModel->setBoard(snapshot.board);
    m_quoteModel->setQuotes(snapshot.live, m_market->bank(), snapshot.asOf);
    m_dealModel->setDeals({ snapshot.board.recent_deals().begin(), snapshot.board.recent_deals().end() });
    m_curve->setCurve(models::QuoteMarket::curveOf(snapshot.board));
    const int row = m_quoteModel->rowOf(selected);
    if (row >= 0)
        m_ui->quoteListTable->selectRow(m_quoteProxy->mapFromSource(m_quoteModel->index(row, 0)).row());
    m_ui->quoteAsOfLabel->setText(m_market->isLoaded() ? tr("As of %1: %2 live quotes")
                                                             .arg(models::QuoteText::chinaDateTime(snapshot.asOf))
                                                             .arg(snapshot.live.size())
                                                       : QString());
    refreshWithdraw();
}

bool QuoteBoardPage::isMaker() const
{
    return m_session.isSignedIn() && m_session.identity().isMaker();
}

// Only a bank's officer drafts quotes and withdrawals; checkers approve
// them, managers and the regulator read the board.
void QuoteBoardPage::refreshActions()
{
    const bool maker = isMaker();
    m_ui->quotePostButton->setVisible(maker);
    m_ui->quoteReportDealButton->setVisible(maker);
    m_ui->quoteWithdrawButton->setVisible(maker);
    for (QWidget *window : { m_postWindow, m_dealWindow }) {
        if (!maker && window)
            window->hide();
    }
    refreshWithdraw();
}

QString QuoteBoardPage::selectedQuoteId() const
{
    const QModelIndexList rows = m_ui->quoteListTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(models::QuoteListModel::QuoteIdRole).toString();
}

// Withdraw is offered only where the contract's dry run accepts it: the
// bank's own quote, still live.
void QuoteBoardPage::refreshWithdraw()
{
    const QString id = selectedQuoteId();
    QString why;
    bool allowed = false;
    if (!id.isEmpty() && isMaker()) {
        const auto refusal = m_market->withdrawRejection(id);
        allowed = !refusal;
        if (refusal) {
            const QString text = QString::fromStdString(*refusal);
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            why = models::ReasonCatalog::describe(text.left(colon), text.mid(colon + 1).trimmed());
        }
    }
    m_ui->quoteWithdrawButton->setEnabled(allowed);
    m_ui->quoteWithdrawButton->setToolTip(why);
    m_ui->quoteWithdrawHintLabel->setText(why);
}

void QuoteBoardPage::withdrawSelected()
{
    const QString id = selectedQuoteId();
    if (id.isEmpty() || m_market->withdrawRejection(id))
        return;
    lianxin::quotes::QuoteAction action;
    action.mutable_withdraw()->set_quote_id(id.toStdString());
    m_book.submitDeskDraft("quotes", action.SerializeAsString());
    m_ui->quoteWithdrawButton->setEnabled(false);
}

// A form in a window of its own (not modal): the officer can keep an eye on the board.
QList<QuotePostForm::MemberBank> QuoteBoardPage::memberBanks() const
{
    QList<QuotePostForm::MemberBank> banks;
    for (const QString &msp : models::LcText::memberBanks())
        banks.append({ msp, models::LcText::bankName(msp), models::FfText::obligorTier(msp.toStdString()) });
    return banks;
}

void QuoteBoardPage::openPostForm()
{
    if (!m_postWindow) {
        m_postForm = new QuotePostForm(*m_market);
        m_postWindow = formWindow(QStringLiteral("quotePostWindow"), m_postForm, QSize(560, 620));
        connect(m_postForm, &QuotePostForm::postRequested, this, &QuoteBoardPage::submitPost);
        connect(m_postForm, &QuotePostForm::cancelled, m_postWindow, &QWidget::hide);
    }
    m_postForm->setMemberBanks(memberBanks(), models::memberRecords());
    m_postForm->setBank(m_session.identity().mspId);
    m_postForm->clear();
    m_postWindow->setWindowTitle(tr("Post a quote — %1").arg(models::LcText::bankName(m_session.identity().mspId)));
    bringToFront(m_postWindow);
}

void QuoteBoardPage::openDealForm()
{
    if (!m_dealWindow) {
        m_dealForm = new QuoteDealForm(*m_market);
        m_dealWindow = formWindow(QStringLiteral("quoteDealWindow"), m_dealForm, QSize(560, 520));
        connect(m_dealForm, &QuoteDealForm::reportRequested, this, &QuoteBoardPage::submitDeal);
        connect(m_dealForm, &QuoteDealForm::cancelled, m_dealWindow, &QWidget::hide);
    }
    // The registry's members and the reports on the board: a deal is reported once.
    std::map<std::string, Bytes> held = models::memberRecords();
    for (const auto &[key, value] : m_market->snapshot().records)
        held[key] = value;
    m_dealForm->setMemberBanks(memberBanks());
    m_dealForm->setHeldRecords(std::move(held));
    m_dealForm->setBank(m_session.identity().mspId);
    m_dealForm->clear();
    m_dealWindow->setWindowTitle(tr("Report a deal — %1").arg(models::LcText::bankName(m_session.identity().mspId)));
    bringToFront(m_dealWindow);
}

// The form's dry run accepted the quote; it goes to the outbox as a draft
// for the bank's checker.
void QuoteBoardPage::submitPost(const lianxin::quotes::QuoteAction &action)
{
    m_book.submitDeskDraft("quotes", action.SerializeAsString());
    m_postForm->clear();
    m_postWindow->hide();
}

void QuoteBoardPage::submitDeal(const lianxin::quotes::QuoteAction &action)
{
    m_book.submitDeskDraft("quotes", action.SerializeAsString());
    m_dealForm->clear();
    m_dealWindow->hide();
}

void QuoteBoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->quoteListTabs->tabBar()->setAccessibleName(tr("Live quotes or recent deals"));
        fillFilters();
        m_boardModel->retranslate();
        m_quoteModel->retranslate();
        m_dealModel->retranslate();
        onMarketChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
