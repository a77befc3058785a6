#include "ui/worklist/WorklistPage.h"

#include "ui_WorklistPage.h"

#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/WorklistModel.h"
#include "ui/shell/ShownListExport.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace lx::ui {

using models::WorklistModel;

WorklistPage::WorklistPage(
    models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorklistPage>())
    , m_session(session)
    , m_model(new WorklistModel(reader, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("worklistPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorklistModel::SortRole);
    m_ui->worklistTable->setModel(m_proxy);
    m_ui->worklistTable->sortByColumn(WorklistModel::DueColumn, Qt::AscendingOrder);
    // The task takes what the figures leave; the figures are never cut.
    QHeaderView *header = m_ui->worklistTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WorklistModel::TaskColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_ui->worklistTable->setWordWrap(false);

    connect(&session, &models::SessionModel::identityChanged, this, &WorklistPage::onIdentityChanged);
    connect(&book, &models::LocalBook::bookChanged, m_model, &WorklistModel::refresh);
    connect(m_model, &WorklistModel::refreshed, this, &WorklistPage::refreshSummary);
    connect(m_ui->worklistTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(WorklistModel::KindRole).toInt() == static_cast<int>(cache::WorkKind::ApproveDraft))
            Q_EMIT openDraftRequested(index.data(WorklistModel::DraftIdRole).toString());
        else
            Q_EMIT openLcRequested(index.data(WorklistModel::LcNoRole).toString());
    });
    ShownListExport::connectButtons(
        this, session, m_ui->worklistExportCsvButton, m_ui->worklistExportPdfButton, m_ui->worklistExportResultLabel,
        [this] {
            return ShownList { m_ui->worklistTable, tr("Worklist"), {} };
        },
        [this](const QString &path, const QString &error) { Q_EMIT exported(path, error); });
    if (session.isSignedIn())
        onIdentityChanged();
    refreshSummary();
}

WorklistPage::~WorklistPage() = default;

void WorklistPage::onIdentityChanged()
{
    const models::BankIdentity &identity = m_session.identity();
    m_model->setDesk(identity.mspId, models::BankIdentity::roleKey(identity.role), m_session.clock());
}

void WorklistPage::refreshSummary()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->index(row, 0).data(WorklistModel::OverdueRole).toBool() ? 1 : 0;
    const int items = m_model->rowCount();
    QString text = items == 0 ? tr("Nothing waits on you.") : tr("%n task(s) waiting", nullptr, items);
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_ui->worklistSummaryLabel->setText(text);
}

void WorklistPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        refreshSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
