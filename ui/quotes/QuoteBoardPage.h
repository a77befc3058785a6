#pragma once

#include "ui/quotes/QuotePostForm.h"

#include <QWidget>

#include <memory>

namespace Ui {
class QuoteBoardPage;
} // namespace Ui

namespace lianxin::quotes {
class QuoteAction;
} // namespace lianxin::quotes

class QSortFilterProxyModel;

namespace lx::models {
class BookReader;
class DealListModel;
class LocalBook;
class QuoteBoardModel;
class QuoteListModel;
class QuoteMarket;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

class QuoteCurveChart;
class QuoteDealForm;

// The unified forfaiting quote board (統一報價): best bid and offer, the
// banks quoting them and the depth per tenor bucket and obligor tier, the
// best-bid curve by tenor, the live quotes (the bank's own marked, with
// Withdraw) and the recent deals; filtered by tier and tenor. Live: it
// follows the cache, and the board is judged again each minute by the
// session's clock, so expired quotes drop off without any write. A bank's
// officer posts quotes from here (a draft for the checker).
class QuoteBoardPage : public QWidget
{
    Q_OBJECT

public:
    QuoteBoardPage(
        models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~QuoteBoardPage() override;

    models::QuoteMarket &market() { return *m_market; }
    QuoteCurveChart *curveChart() const { return m_curve; }
    // The post form's window, once opened.
    QWidget *postWindow() const { return m_postWindow; }
    void openPostForm();
    // The deal report form's window, once opened.
    QWidget *dealWindow() const { return m_dealWindow; }
    void openDealForm();

Q_SIGNALS:
    // An export of the live quotes or recent deals finished; error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilters();
    void applyFilter();
    void onMarketChanged();
    void refreshActions();
    void refreshWithdraw();
    void withdrawSelected();
    void submitPost(const lianxin::quotes::QuoteAction &action);
    void submitDeal(const lianxin::quotes::QuoteAction &action);
    QList<QuotePostForm::MemberBank> memberBanks() const;
    QString selectedQuoteId() const;
    bool isMaker() const;

    std::unique_ptr<Ui::QuoteBoardPage> m_ui;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    models::QuoteMarket *m_market;
    models::QuoteBoardModel *m_boardModel;
    models::QuoteListModel *m_quoteModel;
    models::DealListModel *m_dealModel;
    QSortFilterProxyModel *m_boardProxy;
    QSortFilterProxyModel *m_quoteProxy;
    QSortFilterProxyModel *m_dealProxy;
    QuoteCurveChart *m_curve;
    QWidget *m_postWindow = nullptr;
    QuotePostForm *m_postForm = nullptr;
    QWidget *m_dealWindow = nullptr;
    QuoteDealForm *m_dealForm = nullptr;
};

} // namespace lx::ui
