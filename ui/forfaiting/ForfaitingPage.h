#pragma once

#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

class QAbstractItemView;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ForfaitingPage;
} // namespace Ui

namespace lianxin::forfaiting {
class FfAction;
} // namespace lianxin::forfaiting

namespace lx::models {
class BookReader;
class FfDealsModel;
class FfDesk;
class FfEligibleModel;
class FfListingsModel;
class FfPortfolioModel;
class FfQuotesModel;
class FfTableModel;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

class FfDealWindow;
class FfQuoteForm;

// The forfaiting desk (福费廷): the claims this bank could sell, the
// market of other banks' listings, its own listings with the quotes
// received, its deals and its portfolio. Every button is enabled only
// when the contract's dry run accepts its action for this bank now; the
// reason it refuses is shown beneath. Drafts go to the outbox for the
// checker.
class ForfaitingPage : public QWidget
{
    Q_OBJECT

public:
    ForfaitingPage(
        models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~ForfaitingPage() override;

    models::FfDesk &desk() { return *m_desk; }
    // The deal's window, opened (or raised) for dealId.
    FfDealWindow *openDeal(const QString &dealId);
    // The quote form for a listing of the market.
    FfQuoteForm *openQuoteForm(const QString &listingId);

Q_SIGNALS:
    // An export of the current tab's list finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSortFilterProxyModel *attach(QTableView *view, models::FfTableModel *model);
    QString selectedId(QTableView *view) const;
    void refreshActions();
    void refreshTotals();
    // Enables button when the action is the contract's to accept now;
    // the first refusal is what the status line says.
    void offer(QPushButton *button, const lianxin::forfaiting::FfAction *action, QString &why);
    void submit(const lianxin::forfaiting::FfAction &action);
    void onIdentityChanged();
    void say(const QString &message);
    void retranslate();
    void connectExport();

    std::unique_ptr<Ui::ForfaitingPage> m_ui;
    models::SessionModel &m_session;
    models::FfDesk *m_desk;
    models::FfEligibleModel *m_eligible;
    models::FfListingsModel *m_market;
    models::FfListingsModel *m_ownListings;
    models::FfQuotesModel *m_quotes;
    models::FfDealsModel *m_deals;
    models::FfPortfolioModel *m_portfolio;
    std::map<QString, QPointer<FfDealWindow>> m_dealWindows;
    QPointer<FfQuoteForm> m_quoteForm;
};

} // namespace lx::ui
