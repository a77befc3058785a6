#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OutboxWindow;
} // namespace Ui

namespace lx::models {
class BookReader;
class LocalBook;
class OutboxModel;
} // namespace lx::models

namespace lx::ui {

// The outbox as the user sees it: each action signed here, newest first,
// and where it stands (waiting, sent, committed in block N, rejected with
// the contract's reason). Follows the sender and the sync.
class OutboxWindow : public QWidget
{
    Q_OBJECT

public:
    OutboxWindow(models::LocalBook &book, models::BookReader &reader, QWidget *parent = nullptr);
    ~OutboxWindow() override;

    models::OutboxModel &model() { return *m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::OutboxWindow> m_ui;
    models::OutboxModel *m_model;
};

} // namespace lx::ui
