#include "ui/firstrun/FirstRunDialog.h"

#include "ui_FirstRunDialog.h"

#include "models/SandboxConsortium.h"
#include "ui/firstrun/ImportIdentityDialog.h"
#include "ui/shell/WindowKeys.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace lx::ui {

using models::SandboxConsortium;

FirstRunDialog::FirstRunDialog(SandboxConsortium &sandbox, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_sandbox(sandbox)
{
    m_ui->setupUi(this);
    buildJoinPanel();
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
    connect(&m_join, &models::NetworkJoin::busyChanged, this, &FirstRunDialog::setCreating);
    connect(&m_join, &models::NetworkJoin::failed, this,
        [this](models::NetworkJoin::Problem problem, const QString &code, const QString &detail) {
            m_problem = Problem::JoinFailed;
            m_failure = joinProblemText(problem, code, detail);
            showProblem();
        });
    connect(&m_join, &models::NetworkJoin::succeeded, this, [this](const QString &, const QString &profile) {
        Q_EMIT joined(profile, m_peer->text().trimmed());
        accept();
    });
    syncMode();
}

// The choice between the sandbox and a network, and the join panel: built
// here and put into the form's layout above the passphrase (shared by both).
void FirstRunDialog::buildJoinPanel()
{
    m_sandboxMode = new QRadioButton(this);
    m_sandboxMode->setObjectName(QStringLiteral("firstRunSandboxMode"));
    m_joinMode = new QRadioButton(this);
    m_joinMode->setObjectName(QStringLiteral("firstRunJoinMode"));
    m_sandboxMode->setChecked(true);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_sandboxMode);
    modes->addWidget(m_joinMode);
    modes->addStretch(1);

    // The join rows go into the form's layout above the passphrase, so every
    // label lines up; syncMode shows them only to join.
    QFormLayout *form = m_ui->firstRunForm;
    m_profileLabel = new QLabel(this);
    m_profile = new QLineEdit(this);
    m_profile->setObjectName(QStringLiteral("firstRunProfileEdit"));
    m_profile->setMinimumWidth(300);
    m_profileBrowse = new QPushButton(this);
    m_profileBrowse->setObjectName(QStringLiteral("firstRunProfileBrowse"));
    m_profileBrowse->setAutoDefault(false);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_profileBrowse);
    form->insertRow(0, m_profileLabel, profileRow);
    m_profileLabel->setBuddy(m_profile);
    m_peerLabel = new QLabel(this);
    m_peer = new QLineEdit(this);
    m_peer->setObjectName(QStringLiteral("firstRunPeerEdit"));
    m_peerLabel->setBuddy(m_peer);
    form->insertRow(1, m_peerLabel, m_peer);
    m_identity = new MspIdentityFields(QStringLiteral("firstRun"), this, form, 2);
    // Made after setupUi, these rows would otherwise come after the buttons.
    chainTabOrder({ m_sandboxMode, m_joinMode, m_profile, m_profileBrowse, m_peer, m_identity->mspDirEdit(),
        m_identity->browseButton(), m_identity->mspIdEdit(), m_identity->userEdit(), m_ui->firstRunPassphraseEdit,
        m_ui->firstRunConfirmEdit, m_ui->firstRunDemoCheck, m_ui->firstRunQuitButton, m_ui->firstRunStopDemoButton,
        m_ui->firstRunCreateButton });
    // The sandbox is the usual first start: the passphrase is what to type.
    m_ui->firstRunPassphraseEdit->setFocus();

    m_ui->firstRunLayout->insertLayout(2, modes);
    connect(m_sandboxMode, &QRadioButton::toggled, this, &FirstRunDialog::syncMode);
    connect(m_profileBrowse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(
            this, tr("Choose the connection profile"), m_profile->text(), tr("Connection profiles (*.json *.yaml *.yml)"));
        chooser->setObjectName(QStringLiteral("profileChooser"));
        chooser->setFileMode(QFileDialog::ExistingFile);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, m_profile, &QLineEdit::setText);
        chooser->open();
    });
}

void FirstRunDialog::syncMode()
{
    const bool joining = isJoining();
    m_ui->firstRunForm->setRowVisible(m_profileLabel, joining);
    m_ui->firstRunForm->setRowVisible(m_peer, joining);
    m_identity->setVisible(joining);
    m_ui->firstRunDemoCheck->setVisible(!joining);
    m_problem.reset();
    showProblem();
    retranslate();
}

bool FirstRunDialog::isJoining() const
{
    return m_joinMode->isChecked();
}

void FirstRunDialog::chooseJoin(const QString &profile, const QString &peer)
{
    m_joinMode->setChecked(true);
    m_profile->setText(profile);
    m_peer->setText(peer);
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
    if (!m_problem && isJoining()) {
        m_failure = m_profile->text().trimmed().isEmpty()
            ? tr("Choose the network's connection profile (a .json or .yaml file from your bank's administrator).")
            : m_identity->missingField(false);
        if (!m_failure.isEmpty())
            m_problem = Problem::JoinInput;
    }
    showProblem();
    if (m_problem)
        return;
    if (!isJoining()) {
        m_sandbox.create(passphrase, m_ui->firstRunDemoCheck->isChecked() ? m_demoLetters : 0);
        return;
    }
    models::NetworkJoin::Request request;
    request.dataDir = m_sandbox.dataDir();
    request.profile = m_profile->text().trimmed();
    request.peer = m_peer->text().trimmed();
    request.mspDir = m_identity->mspDir();
    request.mspId = m_identity->mspId();
    request.user = m_identity->user();
    request.passphrase = passphrase;
    m_join.join(request);
}

void FirstRunDialog::setCreating(bool creating)
{
    m_ui->firstRunProgressLabel->setVisible(creating);
    m_ui->firstRunBusyIndicator->setVisible(creating);
    m_ui->firstRunPassphraseEdit->setEnabled(!creating);
    m_ui->firstRunConfirmEdit->setEnabled(!creating);
    m_ui->firstRunCreateButton->setEnabled(!creating);
    m_ui->firstRunDemoCheck->setEnabled(!creating);
    m_sandboxMode->setEnabled(!creating);
    m_joinMode->setEnabled(!creating);
    m_profile->setEnabled(!creating);
    m_profileBrowse->setEnabled(!creating);
    m_peer->setEnabled(!creating);
    m_identity->setBusy(creating);
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
    else if (m_problem == Problem::JoinInput || m_problem == Problem::JoinFailed)
        text = m_failure;
    m_ui->firstRunErrorLabel->setText(text);
    m_ui->firstRunErrorLabel->setVisible(!text.isEmpty());
}

void FirstRunDialog::retranslate()
{
    m_identity->retranslate();
    //: Placeholder of the MSP ID field when joining: left empty, the profile's organization's MSP ID is used
    m_identity->mspIdEdit()->setPlaceholderText(tr("the profile's organization's"));
    m_sandboxMode->setText(tr("Create the &sandbox"));
    m_sandboxMode->setAccessibleName(tr("Create the sandbox consortium"));
    m_joinMode->setText(tr("&Join a consortium network"));
    m_joinMode->setAccessibleName(tr("Join a consortium network"));
    m_profileLabel->setText(tr("Connection &profile:"));
    m_profile->setAccessibleName(tr("Connection profile file"));
    m_profile->setPlaceholderText(QStringLiteral("…/profiles/HuaxiaBankMSP.yaml")); // a path: the same in every language
    m_profileBrowse->setText(tr("Browse…"));
    m_profileBrowse->setAccessibleName(tr("Choose the connection profile"));
    m_peerLabel->setText(tr("P&eer:"));
    m_peer->setAccessibleName(tr("Peer name"));
    m_peer->setPlaceholderText(tr("the organization's first peer"));
    if (isJoining()) {
        m_ui->firstRunHeadline->setText(tr("Join a consortium network"));
        m_ui->firstRunIntro->setText(
            tr("LianXin connects to your bank's peer as the connection profile describes it, and keeps the "
               "identity your bank's Fabric CA enrolled in a new wallet in %1. Choose the profile, the "
               "identity's msp folder, and a passphrase of at least %2 characters: it protects the "
               "identity's private key.")
                .arg(QDir::toNativeSeparators(m_sandbox.dataDir()))
                .arg(SandboxConsortium::kMinimumPassphraseLength));
        m_ui->firstRunCreateButton->setText(tr("&Join"));
        m_ui->firstRunCreateButton->setAccessibleName(tr("Join the consortium network"));
        m_ui->firstRunProgressLabel->setText(tr("Checking the profile and the identity, writing the wallet…"));
        return;
    }
    m_ui->firstRunHeadline->setText(tr("Create the sandbox consortium"));
    m_ui->firstRunCreateButton->setText(tr("&Create"));
    m_ui->firstRunCreateButton->setAccessibleName(tr("Create the sandbox consortium"));
    m_ui->firstRunProgressLabel->setText(
        tr("Creating the sandbox consortium: keys, certificates, wallet and channels…"));
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
