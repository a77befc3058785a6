#include "ui/dashboards/DrillDownDialog.h"

#include "ui_DrillDownDialog.h"

#include "models/TableExport.h"
#include "models/dashboards/DealRowsModel.h"
#include "ui/shell/ListExport.h"

#include <QHeaderView>
#include <QLocale>

namespace lx::ui {

DrillDownDialog::DrillDownDialog(models::SessionModel &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DrillDownDialog>())
    , m_session(session)
    , m_model(new models::DealRowsModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dashDrillDownDialog"));
    setModal(false);
    m_ui->drillTable->setModel(m_model);
    m_ui->drillTable->verticalHeader()->hide();
    m_ui->drillTable->setWordWrap(false);
    m_ui->drillTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->drillCloseButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->drillExportCsvButton, &QPushButton::clicked, this,
        [this] { exportList(static_cast<int>(models::ExportFormat::Csv)); });
    connect(m_ui->drillExportPdfButton, &QPushButton::clicked, this,
        [this] { exportList(static_cast<int>(models::ExportFormat::Pdf)); });
    connect(m_ui->drillTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT dealActivated(index.data(models::DealRowsModel::ProductRole).toInt(),
            index.data(models::DealRowsModel::ReferenceRole).toString());
    });
}

DrillDownDialog::~DrillDownDialog() = default;

void DrillDownDialog::showLoading(const QString &title)
{
    m_loading = true;
    m_model->setRows({});
    setTitle(title);
    m_ui->drillExportResultLabel->clear();
    refreshCount();
}

void DrillDownDialog::setTitle(const QString &title)
{
    m_title = title;
    m_ui->drillTitleLabel->setText(title);
    setWindowTitle(title);
}

void DrillDownDialog::setRows(std::vector<cache::dash::DealRow> rows, qint64 total)
{
    m_loading = false;
    m_total = total;
    m_model->setRows(std::move(rows));
    m_ui->drillTable->resizeColumnsToContents();
    refreshCount();
}

void DrillDownDialog::refreshCount()
{
    if (m_loading) {
        m_ui->drillCountLabel->setText(tr("Reading the deals…"));
        return;
    }
    const qint64 shown = m_model->rowCount();
    m_ui->drillCountLabel->setText(shown < m_total
            ? tr("Showing %1 of %2 deals").arg(QLocale().toString(shown), QLocale().toString(m_total))
            : tr("%n deal(s)", nullptr, static_cast<int>(shown)));
}

void DrillDownDialog::exportList(int format)
{
    ListExport::exportList(
        this, m_session, static_cast<models::ExportFormat>(format), m_title, {},
        [this](std::function<void(models::ExportTable)> deliver) {
            deliver(models::TableExport::fromModel(*m_model));
        },
        [this](const QString &path, const QString &error) {
            m_ui->drillExportResultLabel->setText(ListExport::resultText(path, error));
            Q_EMIT exported(path, error);
        });
}

void DrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setWindowTitle(m_title);
        m_model->retranslate();
        m_ui->drillTable->resizeColumnsToContents();
        refreshCount();
    }
    QDialog::changeEvent(event);
}

} // namespace lx::ui
