#include "ui/governance/GovernanceConfirmDialog.h"

#include "ui_GovernanceConfirmDialog.h"

#include <QFontDatabase>
#include <QLayout>

namespace lx::ui {

GovernanceConfirmDialog::GovernanceConfirmDialog(
    const QString &title, const QString &question, const QString &details, const QString &confirmText, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GovernanceConfirmDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("governanceConfirmDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setAccessibleName(title);
    m_ui->governanceConfirmQuestionLabel->setText(question);
    m_ui->governanceConfirmDetailsEdit->setPlainText(details);
    m_ui->governanceConfirmDetailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->governanceConfirmDetailsEdit->setVisible(!details.isEmpty());
    if (details.isEmpty()) {
        // The question alone: as high as its wrapped lines need.
        const int w = 520;
        resize(w, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height());
    }
    m_ui->governanceConfirmButton->setText(confirmText);
    m_ui->governanceConfirmButton->setAccessibleName(confirmText);
    // Nothing irreversible on Enter alone: Cancel is the default.
    m_ui->governanceCancelButton->setDefault(true);
    connect(m_ui->governanceConfirmButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->governanceCancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

GovernanceConfirmDialog::~GovernanceConfirmDialog() = default;

QString GovernanceConfirmDialog::question() const
{
    return m_ui->governanceConfirmQuestionLabel->text();
}

QString GovernanceConfirmDialog::details() const
{
    return m_ui->governanceConfirmDetailsEdit->toPlainText();
}

} // namespace lx::ui
