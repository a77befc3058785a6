#include "ui/firstrun/ImportIdentityDialog.h"

#include "models/ReasonCatalog.h"
#include "ui/shell/WindowKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lx::ui {

using models::NetworkJoin;

QString joinProblemText(NetworkJoin::Problem problem, const QString &reasonCode, const QString &detail)
{
    switch (problem) {
    case NetworkJoin::Problem::None:
        return QString();
    case NetworkJoin::Problem::Refused:
        return models::ReasonCatalog::describe(reasonCode, detail);
    case NetworkJoin::Problem::WrongPassphrase:
        return QCoreApplication::translate("lx::ui::ImportIdentityDialog",
            "The passphrase does not open this wallet. Type the passphrase you sign in with.");
    case NetworkJoin::Problem::WalletExists:
        return QCoreApplication::translate("lx::ui::ImportIdentityDialog",
            "This data folder has a wallet already (%1); import further identities from File > Import identity…")
            .arg(detail);
    case NetworkJoin::Problem::Other:
        break;
    }
    return QCoreApplication::translate("lx::ui::ImportIdentityDialog", "The identity could not be imported: %1")
        .arg(detail);
}

MspIdentityFields::MspIdentityFields(const QString &prefix, QWidget *parent, QFormLayout *form, int row)
    : QObject(parent)
    , m_form(form)
    , m_parent(parent)
    , m_mspDirLabel(new QLabel(parent))
    , m_mspDir(new QLineEdit(parent))
    , m_browse(new QPushButton(parent))
    , m_mspIdLabel(new QLabel(parent))
    , m_mspId(new QLineEdit(parent))
    , m_userLabel(new QLabel(parent))
    , m_user(new QLineEdit(parent))
{
    setObjectName(prefix + QStringLiteral("IdentityFields"));
    m_mspDir->setObjectName(prefix + QStringLiteral("MspDirEdit"));
    m_browse->setObjectName(prefix + QStringLiteral("MspDirBrowse"));
    m_browse->setAutoDefault(false);
    m_mspId->setObjectName(prefix + QStringLiteral("MspIdEdit"));
    m_user->setObjectName(prefix + QStringLiteral("UserEdit"));
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_mspDir, 1);
    dirRow->addWidget(m_browse);
    const int first = row < 0 ? form->rowCount() : row;
    form->insertRow(first, m_mspDirLabel, dirRow);
    form->insertRow(first + 1, m_mspIdLabel, m_mspId);
    form->insertRow(first + 2, m_userLabel, m_user);
    m_mspDirLabel->setBuddy(m_mspDir);
    m_mspIdLabel->setBuddy(m_mspId);
    m_userLabel->setBuddy(m_user);
    m_mspDir->setMinimumWidth(280);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        // Non-blocking for the rest of the app: a sheet-like dialog of its own.
        auto *chooser = new QFileDialog(m_parent->window(), tr("Choose the identity's msp folder"), m_mspDir->text());
        chooser->setObjectName(QStringLiteral("mspDirChooser"));
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly, true);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, m_mspDir, &QLineEdit::setText);
        chooser->open();
    });
    retranslate();
}

QString MspIdentityFields::mspDir() const
{
    return m_mspDir->text().trimmed();
}

QString MspIdentityFields::mspId() const
{
    return m_mspId->text().trimmed();
}

QString MspIdentityFields::user() const
{
    return m_user->text().trimmed();
}

void MspIdentityFields::setVisible(bool visible)
{
    for (QWidget *label : std::initializer_list<QWidget *> { m_mspDirLabel, m_mspIdLabel, m_userLabel })
        m_form->setRowVisible(label, visible);
}

void MspIdentityFields::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_mspDir, m_browse, m_mspId, m_user })
        w->setEnabled(!busy);
}

QString MspIdentityFields::missingField(bool mspIdRequired) const
{
    if (mspDir().isEmpty())
        return tr("Choose the identity's msp folder (with signcerts/ and keystore/).");
    if (mspIdRequired && mspId().isEmpty())
        return tr("Give the MSP ID of the identity's organization, e.g. HuaxiaBankMSP.");
    if (user().isEmpty())
        return tr("Give the user name the identity has in the wallet, e.g. officer1.");
    return QString();
}

void MspIdentityFields::retranslate()
{
    m_mspDirLabel->setText(tr("&msp folder:"));
    m_mspDir->setAccessibleName(tr("msp folder of the identity"));
    m_mspDir->setPlaceholderText(QStringLiteral("…/users/officer1/msp")); // a path: the same in every language
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(tr("Choose the msp folder"));
    //: Fabric's membership service provider ID of an organization
    m_mspIdLabel->setText(tr("MSP &ID:"));
    m_mspId->setAccessibleName(tr("MSP ID"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setAccessibleName(tr("User name in the wallet"));
}

ImportIdentityDialog::ImportIdentityDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
    , m_join(new NetworkJoin(this))
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_fields(new MspIdentityFields(QStringLiteral("import"), this, m_form))
{
    setObjectName(QStringLiteral("importIdentityDialog"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("importIntro"));
    m_passphrase->setObjectName(QStringLiteral("importPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_error->setObjectName(QStringLiteral("importErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setAutoDefault(false);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    m_form->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    setMinimumWidth(520);
    // The folder's rows were made after the passphrase and the buttons; the dialog opens on the first.
    chainTabOrder({ m_fields->mspDirEdit(), m_fields->browseButton(), m_fields->mspIdEdit(), m_fields->userEdit(),
        m_passphrase, m_cancel, m_import });
    m_fields->mspDirEdit()->setFocus();

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportIdentityDialog::submit);
    connect(m_join, &NetworkJoin::busyChanged, this, [this](bool busy) {
        m_fields->setBusy(busy);
        m_passphrase->setEnabled(!busy);
        m_import->setEnabled(!busy);
    });
    connect(m_join, &NetworkJoin::failed, this,
        [this](NetworkJoin::Problem problem, const QString &code, const QString &detail) {
            showProblem(joinProblemText(problem, code, detail));
        });
    connect(m_join, &NetworkJoin::succeeded, this, [this](const QString &label) {
        showProblem(QString());
        m_passphrase->clear();
        Q_EMIT imported(label);
        accept();
    });
    retranslate();
}

ImportIdentityDialog::~ImportIdentityDialog() = default;

void ImportIdentityDialog::setDefaultMspId(const QString &mspId)
{
    if (m_fields->mspId().isEmpty())
        m_fields->mspIdEdit()->setText(mspId);
}

void ImportIdentityDialog::submit()
{
    const QString missing = m_fields->missingField(true);
    if (!missing.isEmpty()) {
        showProblem(missing);
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showProblem(tr("Type the wallet's passphrase, the one you sign in with."));
        return;
    }
    showProblem(QString());
    NetworkJoin::Request request;
    request.dataDir = m_dataDir;
    request.mspDir = m_fields->mspDir();
    request.mspId = m_fields->mspId();
    request.user = m_fields->user();
    request.passphrase = m_passphrase->text();
    m_join->importIdentity(request);
}

void ImportIdentityDialog::showProblem(const QString &text)
{
    m_error->setText(text);
    m_error->setAccessibleName(text.isEmpty() ? tr("No problem") : text);
    m_error->setVisible(!text.isEmpty());
}

void ImportIdentityDialog::retranslate()
{
    m_fields->retranslate();
    setWindowTitle(tr("Import identity — LianXin"));
    setAccessibleName(tr("Import identity"));
    m_intro->setText(tr("Bring an identity your bank's Fabric CA enrolled into this wallet: choose its msp folder "
                        "(signcerts/ and keystore/), its organization's MSP ID and the user name it gets here. "
                        "The private key is sealed under the wallet's passphrase."));
    m_passphraseLabel->setText(tr("Wallet &passphrase:"));
    m_passphrase->setAccessibleName(tr("Wallet passphrase"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_import->setText(tr("&Import"));
    m_import->setAccessibleName(tr("Import the identity"));
}

void ImportIdentityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lx::ui
