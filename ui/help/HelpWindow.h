#pragma once

#include <QDialog>

class QTextBrowser;

namespace lx::models {
class TranslationCatalog;
} // namespace lx::models

namespace lx::ui {

// F1: the short user guide in the current language (ui/help/guide_*.html),
// the officer's, the checker's, the manager's and the regulator's tasks,
// each with the screen it happens on, named as the navigation names it.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(models::TranslationCatalog &catalog, QWidget *parent = nullptr);

    QString guideHtml() const;
    // The guide of a language with each {{section:KEY}} replaced by that section's title.
    static QString guide(const QString &languageCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    models::TranslationCatalog &m_catalog;
    QTextBrowser *m_browser;
};

} // namespace lx::ui
