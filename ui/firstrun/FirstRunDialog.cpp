#include "ui/firstrun/FirstRunDialog.h"

#include "ui_FirstRunDialog.h"

#include "models/SandboxConsortium.h"

#include <QDir>
#include <QEvent>

namespace lx::ui {

using models::SandboxConsortium;

FirstRunDialog::FirstRunDialog(SandboxConsortium &sandbox, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_sandbox(sandbox)
{
    m_ui->setupUi(this);
    retranslate();
    m_ui->firstRunErrorLabel->hide();
    m_ui->firstRunProgressLabel->hide();
    m_ui->firstRunBusyIndicator->hide();
    m_ui->firstRunStopDemoButton->hide();

    connect(m_ui->firstRunCreateButton, &QPushButton::clicked, this, &FirstRunDialog::submit);
    connect(m_ui->firstRunQuitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_sandbox, &SandboxConsortium::creatingChanged, this, &FirstRunDialog::setCreating);
    connect(&m_sandbox, &SandboxConsortium::created, this, &QDialog::accept);
    connect(&m_sandbox, &SandboxConsortium::creationFailed, this, &FirstRunDialog::onCreationFailed);
    connect(&m_sandbox, &SandboxConsortium::demoProgress, this, &FirstRunDialog::onDemoProgress);
    connect(m_ui->firstRunStopDemoButton, &QPushButton::clicked, this, [this] {
        m_ui->firstRunStopDemoButton->setEnabled(false);
        m_sandbox.stopDemo();
    });
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::createWith(const QString &passphrase)
{
    m_ui->firstRunPassphraseEdit->setText(passphrase);
    m_ui->firstRunConfirmEdit->setText(passphrase);
    submit();
}

void FirstRunDialog::submit()
{
    const QString passphrase = m_ui->firstRunPassphraseEdit->text();
    if (passphrase.size() < SandboxConsortium::kMinimumPassphraseLength)
        m_problem = Problem::TooShort;
    else if (passphrase != m_ui->firstRunConfirmEdit->text())
        m_problem = Problem::Mismatch;
    else
        m_problem.reset();
    showProblem();
    if (!m_problem)
        m_sandbox.create(passphrase, m_ui->firstRunDemoCheck->isChecked() ? m_demoLetters : 0);
}

void FirstRunDialog::setCreating(bool creating)
{
    m_ui->firstRunProgressLabel->setVisible(creating);
    m_ui->firstRunBusyIndicator->setVisible(creating);
    m_ui->firstRunPassphraseEdit->setEnabled(!creating);
    m_ui->firstRunConfirmEdit->setEnabled(!creating);
    m_ui->firstRunCreateButton->setEnabled(!creating);
    m_ui->firstRunDemoCheck->setEnabled(!creating);
    m_ui->firstRunStopDemoButton->setVisible(creating && m_ui->firstRunDemoCheck->isChecked());
    m_ui->firstRunStopDemoButton->setEnabled(true);
}

// Long work shows how far it is and can be stopped: the book loads one L/C
// at a time, each whole, so stopping leaves a smaller, valid book.
void FirstRunDialog::onDemoProgress(int done, int total)
{
    m_ui->firstRunBusyIndicator->setMaximum(total);
    m_ui->firstRunBusyIndicator->setValue(done);
    m_ui->firstRunProgressLabel->setText(tr("Loading the demo book: %1 of %2 letters of credit…").arg(done).arg(total));
}

void FirstRunDialog::onCreationFailed(const QString &reason)
{
    m_problem = Problem::CreationFailed;
    m_failure = reason;
    showProblem();
}

void FirstRunDialog::showProblem()
{
    QString text;
    if (m_problem == Problem::TooShort)
        text = tr("The passphrase is too short: use at least %1 characters.")
                   .arg(SandboxConsortium::kMinimumPassphraseLength);
    else if (m_problem == Problem::Mismatch)
        text = tr("The two passphrases differ. Type the same passphrase twice.");
    else if (m_problem == Problem::CreationFailed)
        text = tr("The sandbox consortium could not be created: %1").arg(m_failure);
    m_ui->firstRunErrorLabel->setText(text);
    m_ui->firstRunErrorLabel->setVisible(!text.isEmpty());
}

void FirstRunDialog::retranslate()
{
    m_ui->firstRunIntro->setText(
        tr("This computer has no consortium yet. LianXin creates a sandbox consortium of fictional banks, "
           "the regulator and the secretariat in %1. Choose a passphrase of at least %2 characters: it "
           "protects the private keys of every sandbox user.")
            .arg(QDir::toNativeSeparators(m_sandbox.dataDir()))
            .arg(SandboxConsortium::kMinimumPassphraseLength));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showProblem();
    }
    QDialog::changeEvent(event);
}

} // namespace lx::ui
