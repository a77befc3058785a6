#include "ui/ledger/LedgerPage.h"

#include "ui_LedgerPage.h"

#include "models/LedgerStatusModel.h"
#include "ui/mainwindow/Section.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace lx::ui {

using models::LedgerStatusModel;

LedgerPage::LedgerPage(LedgerStatusModel &status, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LedgerPage>()), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(SectionText::key(Section::Ledger) + QStringLiteral("Page"));
    m_proxy->setObjectName(QStringLiteral("ledgerHeightProxy"));
    m_proxy->setSourceModel(&status);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_ui->ledgerHeightTable->setModel(m_proxy);
    m_ui->ledgerHeightTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->ledgerHeightTable->horizontalHeader()->setStretchLastSection(true);
    // Channels in consortium order until the user sorts.
    m_ui->ledgerHeightTable->sortByColumn(-1, Qt::AscendingOrder);
    retranslate();
}

LedgerPage::~LedgerPage() = default;

void LedgerPage::retranslate()
{
    m_ui->ledgerTitle->setText(SectionText::title(Section::Ledger));
    m_ui->ledgerSummary->setText(SectionText::summary(Section::Ledger));
}

void LedgerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
