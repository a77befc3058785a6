#include "ui/settings/SettingsDialog.h"

#include "models/NetworkChoice.h"
#include "models/TranslationCatalog.h"
#include "models/WorkstationSettings.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLayout>
#include <QPushButton>
#include <QTimer>

namespace lx::ui {

using models::NetworkChoice;
using models::TranslationCatalog;
using models::WorkstationSettings;

SettingsDialog::SettingsDialog(
    WorkstationSettings &settings, TranslationCatalog &catalog, QString dataDir, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_catalog(catalog)
    , m_dataDir(std::move(dataDir))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    // Never smaller than its content: the wrapped notes were cut off at the
    // size the dialog opened with.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    m_ui->settingsProblemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->settingsProblemLabel->setTextFormat(Qt::PlainText);
    m_ui->settingsLanguageCombo->view()->setObjectName(QStringLiteral("settingsLanguageView"));
    // Each language named in itself, as in the View menu.
    m_ui->settingsLanguageCombo->addItem(QStringLiteral("English"), TranslationCatalog::code(TranslationCatalog::Language::English));
    m_ui->settingsLanguageCombo->addItem(
        QStringLiteral("中文"), TranslationCatalog::code(TranslationCatalog::Language::SimplifiedChinese));
    m_ui->settingsIdleSpin->setRange(0, WorkstationSettings::kMaxIdleMinutes);
    m_ui->settingsPageRowsSpin->setRange(WorkstationSettings::kMinPageRows, WorkstationSettings::kMaxPageRows);
    connect(m_ui->settingsButtons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->settingsSandboxRadio, &QRadioButton::toggled, this, &SettingsDialog::updateLedgerFields);
    connect(m_ui->settingsExportFolderButton, &QPushButton::clicked, this,
        [this] { chooseFolder(QStringLiteral("settingsExportFolderChooser"), m_ui->settingsExportFolderEdit); });
    connect(m_ui->settingsDataFolderButton, &QPushButton::clicked, this,
        [this] { chooseFolder(QStringLiteral("settingsDataFolderChooser"), m_ui->settingsDataFolderEdit); });
    connect(m_ui->settingsProfileButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Connection profile"));
        dialog->setObjectName(QStringLiteral("settingsProfileChooser"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilter(tr("Connection profiles (*.json *.yaml *.yml)"));
        connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_ui->settingsProfileEdit->setText(QDir::toNativeSeparators(path)); });
        dialog->open();
    });
    retranslate();
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const TranslationCatalog::Language language = m_catalog.language();
    m_ui->settingsLanguageCombo->setCurrentIndex(
        m_ui->settingsLanguageCombo->findData(TranslationCatalog::code(language)));
    m_ui->settingsIdleSpin->setValue(m_settings.idleMinutes());
    m_ui->settingsPageRowsSpin->setValue(m_settings.pageRows());
    m_ui->settingsExportFolderEdit->setText(QDir::toNativeSeparators(m_settings.exportFolder()));
    const QString dataFolder = m_settings.dataFolder().isEmpty() ? m_dataDir : m_settings.dataFolder();
    m_ui->settingsDataFolderEdit->setText(QDir::toNativeSeparators(dataFolder));
    const NetworkChoice choice = NetworkChoice::load(dataFolder);
    (choice.isNetwork() ? m_ui->settingsNetworkRadio : m_ui->settingsSandboxRadio)->setChecked(true);
    m_ui->settingsProfileEdit->setText(QDir::toNativeSeparators(choice.profile));
    m_ui->settingsPeerEdit->setText(choice.peer);
    m_ui->settingsProblemLabel->clear();
    m_ui->settingsProblemLabel->hide();
    updateLedgerFields();
}

QString SettingsDialog::problem() const
{
    return m_ui->settingsProblemLabel->text();
}

QString SettingsDialog::nextDataDir() const
{
    return QDir::fromNativeSeparators(m_ui->settingsDataFolderEdit->text().trimmed());
}

QString SettingsDialog::firstProblem() const
{
    const QString exportFolder = QDir::fromNativeSeparators(m_ui->settingsExportFolderEdit->text().trimmed());
    if (QString problem = WorkstationSettings::exportFolderProblem(exportFolder); !problem.isEmpty())
        return tr("Export folder: %1").arg(problem);
    if (nextDataDir().isEmpty())
        return tr("Data folder: give the folder LianXin opens at start.");
    if (QString problem = WorkstationSettings::dataFolderProblem(nextDataDir()); !problem.isEmpty())
        return tr("Data folder: %1").arg(problem);
    if (m_ui->settingsNetworkRadio->isChecked()) {
        const QString profile = QDir::fromNativeSeparators(m_ui->settingsProfileEdit->text().trimmed());
        if (profile.isEmpty())
            return tr("Connection profile: choose the network's profile file, or the sandbox.");
        if (QDir::isRelativePath(profile))
            return tr("Connection profile: give the file as a full path.");
        const NetworkChoice choice { profile, m_ui->settingsPeerEdit->text().trimmed() };
        if (QString problem = choice.problem(); !problem.isEmpty())
            return tr("Connection profile: %1").arg(problem);
    }
    return {};
}

void SettingsDialog::accept()
{
    if (const QString problem = firstProblem(); !problem.isEmpty()) {
        m_ui->settingsProblemLabel->setText(problem);
        m_ui->settingsProblemLabel->show();
        return;
    }
    // The ledger first: it is the one write that can fail (the data folder's file).
    const NetworkChoice choice = m_ui->settingsNetworkRadio->isChecked()
        ? NetworkChoice { QDir::fromNativeSeparators(m_ui->settingsProfileEdit->text().trimmed()),
              m_ui->settingsPeerEdit->text().trimmed() }
        : NetworkChoice {};
    const NetworkChoice before = NetworkChoice::load(nextDataDir());
    if ((choice.profile != before.profile || choice.peer != before.peer)
        && !NetworkChoice::save(nextDataDir(), choice)) {
        m_ui->settingsProblemLabel->setText(tr("The ledger choice cannot be written into %1.")
                                                .arg(QDir::toNativeSeparators(NetworkChoice::fileOf(nextDataDir()))));
        m_ui->settingsProblemLabel->show();
        return;
    }
    m_settings.setIdleMinutes(m_ui->settingsIdleSpin->value());
    m_settings.setPageRows(m_ui->settingsPageRowsSpin->value());
    m_settings.setExportFolder(QDir::fromNativeSeparators(m_ui->settingsExportFolderEdit->text().trimmed()));
    m_settings.setDataFolder(nextDataDir() == m_dataDir && m_settings.dataFolder().isEmpty() ? QString() : nextDataDir());
    const auto language = TranslationCatalog::fromCode(m_ui->settingsLanguageCombo->currentData().toString());
    if (language) {
        m_settings.setLanguage(*language);
        m_catalog.setLanguage(*language);
    }
    QDialog::accept();
}

void SettingsDialog::chooseFolder(const QString &objectName, QLineEdit *edit)
{
    auto *dialog = new QFileDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QDir::fromNativeSeparators(edit->text()));
    connect(dialog, &QFileDialog::fileSelected, edit,
        [edit](const QString &path) { edit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void SettingsDialog::updateLedgerFields()
{
    const bool network = m_ui->settingsNetworkRadio->isChecked();
    for (QWidget *field : { static_cast<QWidget *>(m_ui->settingsProfileEdit), static_cast<QWidget *>(m_ui->settingsProfileButton),
             static_cast<QWidget *>(m_ui->settingsPeerEdit) })
        field->setEnabled(network);
}

void SettingsDialog::retranslate()
{
    m_ui->settingsIdleSpin->setSpecialValueText(tr("Never"));
    //: after a number of minutes in a spin box
    m_ui->settingsIdleSpin->setSuffix(tr(" min"));
    m_ui->settingsLanguageCombo->view()->setAccessibleName(tr("Languages"));
    m_ui->settingsPeerEdit->setPlaceholderText(tr("the organization's first peer"));
    m_ui->settingsExportFolderEdit->setPlaceholderText(tr("your documents folder"));
    if (QPushButton *ok = m_ui->settingsButtons->button(QDialogButtonBox::Ok)) {
        ok->setObjectName(QStringLiteral("settingsOkButton"));
        ok->setAccessibleName(tr("Save the settings"));
    }
    if (QPushButton *cancel = m_ui->settingsButtons->button(QDialogButtonBox::Cancel)) {
        cancel->setObjectName(QStringLiteral("settingsCancelButton"));
        cancel->setAccessibleName(tr("Cancel"));
    }
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // The wrapped notes take other heights in the other language: fit
        // them once the new texts are laid out.
        QTimer::singleShot(0, this, [this] { adjustSize(); });
    }
    QDialog::changeEvent(event);
}

} // namespace lx::ui
