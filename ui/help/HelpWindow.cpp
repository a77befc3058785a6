#include "ui/help/HelpWindow.h"

#include "models/TranslationCatalog.h"
#include "ui/mainwindow/Section.h"
#include "ui/shell/Icons.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must stand outside any namespace; it also keeps the
// linker from dropping the guide out of the static library.
static void registerGuide()
{
    Q_INIT_RESOURCE(help);
}

namespace lx::ui {

HelpWindow::HelpWindow(models::TranslationCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_browser(new QTextBrowser(this))
{
    registerGuide();
    setObjectName(QStringLiteral("helpWindow"));
    setWindowIcon(icon(Icon::Help));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("helpCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
    load();
}

QString HelpWindow::guideHtml() const
{
    return m_browser->toHtml();
}

QString HelpWindow::guide(const QString &languageCode)
{
    // A language without its own guide reads the English one.
    QString path = QStringLiteral(":/help/guide_") + languageCode + QStringLiteral(".html");
    if (!QFile::exists(path))
        path = QStringLiteral(":/help/guide_en.html");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(file.readAll());
    for (const Section section : kSections)
        html.replace(QStringLiteral("{{section:") + SectionText::key(section) + QStringLiteral("}}"),
            SectionText::title(section).toHtmlEscaped());
    return html;
}

void HelpWindow::load()
{
    setWindowTitle(tr("LianXin guide"));
    setAccessibleName(windowTitle());
    m_browser->setAccessibleName(tr("Guide"));
    if (auto *close = findChild<QPushButton *>(QStringLiteral("helpCloseButton")))
        close->setAccessibleName(tr("Close the guide"));
    m_browser->setHtml(guide(models::TranslationCatalog::code(m_catalog.language())));
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

} // namespace lx::ui
