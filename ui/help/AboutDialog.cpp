#include "ui/help/AboutDialog.h"

#include "models/BuildInfo.h"
#include "ui/shell/Icons.h"
#include "ui_AboutDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace lx::ui {

AboutDialog::AboutDialog(const models::SessionModel &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    m_ui->aboutIconLabel->setPixmap(applicationIcon().pixmap(64, 64));
    m_ui->aboutLedgerLabel->setTextFormat(Qt::PlainText);
    m_ui->aboutComponentsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->aboutButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::fill()
{
    //: %1 the version number
    m_ui->aboutTitleLabel->setText(tr("LianXin %1").arg(models::BuildInfo::version()));
    m_ui->aboutLedgerLabel->setText(models::BuildInfo::ledgerDescription(m_session));
    m_ui->aboutLicenceLabel->setText(models::BuildInfo::licence());
    QTableWidget *table = m_ui->aboutComponentsTable;
    table->setHorizontalHeaderLabels({ tr("Library"), tr("Version"), tr("Licence") });
    const auto components = models::BuildInfo::components();
    table->setRowCount(static_cast<int>(components.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &component = components[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(component.name));
        table->setItem(row, 1, new QTableWidgetItem(component.version));
        table->setItem(row, 2, new QTableWidgetItem(component.licence));
    }
    if (QPushButton *close = m_ui->aboutButtons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("aboutCloseButton"));
        close->setAccessibleName(tr("Close"));
    }
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace lx::ui
