#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class FfDealWindow;
} // namespace Ui

namespace lx::models {
class FfDesk;
class FfTimelineModel;
} // namespace lx::models

namespace lx::ui {

// One forfaiting deal in its own window: its terms and state, its
// timeline from the ledger (each committed change with block, transaction,
// bank, maker and checker), and the actions this bank may take now, each
// offered only when the contract's dry run accepts it (send the
// claim-transfer notice, acknowledge, settle, pay at maturity, record
// overdue, resell). Follows the desk as the book changes.
class FfDealWindow : public QWidget
{
    Q_OBJECT

public:
    FfDealWindow(models::FfDesk &desk, const QString &dealId, QWidget *parent = nullptr);
    ~FfDealWindow() override;

    const QString &dealId() const { return m_dealId; }
    models::FfTimelineModel &timeline() { return *m_timeline; }
    // "notify", "settle", ...: the actions offered now.
    QStringList offeredKeys() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::unique_ptr<Ui::FfDealWindow> m_ui;
    models::FfDesk &m_desk;
    QString m_dealId;
    models::FfTimelineModel *m_timeline;
    QList<QPushButton *> m_actions;
};

} // namespace lx::ui
