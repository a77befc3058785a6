#include "ui/mainwindow/PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

#include <QEvent>

namespace lx::ui {

PlaceholderPage::PlaceholderPage(Section section, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaceholderPage>()), m_section(section)
{
    m_ui->setupUi(this);
    setObjectName(SectionText::key(section) + QStringLiteral("Page"));
    retranslate();
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::retranslate()
{
    m_ui->placeholderTitle->setText(SectionText::title(m_section));
    m_ui->placeholderSummary->setText(SectionText::summary(m_section));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
