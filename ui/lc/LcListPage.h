#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class LcListPage;
} // namespace Ui

namespace lx::models {
class BookReader;
class LcListModel;
class LocalBook;
} // namespace lx::models

namespace lx::ui {

// The bank's whole book of L/Cs: search, filters by state, counterparty,
// issue dates and amount, sorting by any column (in the cache, so it stays
// fast at a million rows), and the count of matches.
class LcListPage : public QWidget
{
    Q_OBJECT

public:
    LcListPage(models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~LcListPage() override;

    models::LcListModel &model() { return *m_model; }
    // Shows the L/Cs matching text (e.g. one L/C number), other filters cleared.
    void search(const QString &text);

    static constexpr int kFilterDelayMs = 250;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void nameDateEditors();
    void applyFilter();
    void clearFilters();
    void refreshCount();

    std::unique_ptr<Ui::LcListPage> m_ui;
    models::LcListModel *m_model;
    QTimer m_filterDelay;
};

} // namespace lx::ui
