#include "ui/outbox/OutboxWindow.h"

#include "ui_OutboxWindow.h"

#include "models/LocalBook.h"
#include "models/OutboxModel.h"
#include "ui/shell/WindowKeys.h"

#include <QHeaderView>

namespace lx::ui {

OutboxWindow::OutboxWindow(models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::OutboxWindow>())
    , m_model(new models::OutboxModel(reader, this))
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("outboxWindow"));
    m_ui->outboxTable->setModel(m_model);
    m_ui->outboxTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->outboxTable->horizontalHeader()->setStretchLastSection(true);
    connect(&book, &models::LocalBook::outboxChanged, m_model, &models::OutboxModel::refresh);
    connect(&book, &models::LocalBook::bookChanged, m_model, &models::OutboxModel::refresh);
    connect(&book, &models::LocalBook::outboxAttempted, m_model, &models::OutboxModel::refresh);
    m_model->refresh();
}

OutboxWindow::~OutboxWindow() = default;

void OutboxWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
