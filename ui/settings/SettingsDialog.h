#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace lx::models {
class TranslationCatalog;
class WorkstationSettings;
} // namespace lx::models

namespace lx::ui {

// Settings (File › Settings…, Ctrl+,): language, idle minutes before the
// lock, rows a list reads at a time and the export folder take effect on
// OK; the data folder and the ledger (sandbox or a Fabric network's
// connection profile, remembered in the data folder that opens next) at
// the next start. A value that cannot be used is named under the form and
// OK keeps the dialog open; nothing is saved half.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(models::WorkstationSettings &settings, models::TranslationCatalog &catalog, QString dataDir,
        QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The form filled from the settings as they are now.
    void load();
    QString problem() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString firstProblem() const;
    QString nextDataDir() const;
    void chooseFolder(const QString &objectName, class QLineEdit *edit);
    void updateLedgerFields();
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    models::WorkstationSettings &m_settings;
    models::TranslationCatalog &m_catalog;
    QString m_dataDir; // the data folder open now
};

} // namespace lx::ui
