#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class LedgerPage;
}

namespace lx::models {
class LedgerStatusModel;
}

namespace lx::ui {

// The Ledger section: every channel's height, last block hash and the time
// of the last report, sortable, live.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPage(models::LedgerStatusModel &status, QWidget *parent = nullptr);
    ~LedgerPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::LedgerPage> m_ui;
    QSortFilterProxyModel *m_proxy;
};

} // namespace lx::ui
