#include "ui/signin/SignInDialog.h"

#include "ui_SignInDialog.h"

#include "models/IdentityListModel.h"

#include <QAbstractItemView>
#include <QEvent>

namespace lx::ui {

using models::SessionModel;

SignInDialog::SignInDialog(SessionModel &session, models::IdentityListModel &identities, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_session(session), m_identities(identities)
{
    m_ui->setupUi(this);
    m_ui->signInIdentityCombo->setModel(&m_identities);
    m_ui->signInIdentityCombo->setMinimumWidth(380);
    m_ui->signInIdentityCombo->view()->setObjectName(QStringLiteral("signInIdentityList"));
    m_ui->signInIdentityCombo->view()->setAccessibleName(tr("Identities"));
    m_ui->signInBusyIndicator->hide();
    m_ui->signInErrorLabel->hide();

    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_ui->signInCancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_session, &SessionModel::busyChanged, this, &SignInDialog::setBusy);
    connect(&m_session, &SessionModel::signedIn, this, &SignInDialog::onSignedIn);
    connect(&m_session, &SessionModel::signInFailed, this, &SignInDialog::onSignInFailed);
    connect(&m_identities, &models::IdentityListModel::loaded, this, &SignInDialog::applyPreselection);
    connect(&m_identities, &models::IdentityListModel::loadFailed, this, &SignInDialog::onIdentitiesFailed);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::preselect(const QString &label)
{
    m_preselected = label;
    if (m_identities.rowCount() > 0)
        applyPreselection();
}

void SignInDialog::applyPreselection()
{
    if (m_preselected.isEmpty())
        return;
    const int row = m_identities.rowOf(m_preselected);
    if (row >= 0) {
        m_ui->signInIdentityCombo->setCurrentIndex(row);
    } else {
        m_message = Message { Message::UnknownPreselection, {}, m_preselected };
        showMessage();
    }
}

QString SignInDialog::selectedLabel() const
{
    return m_ui->signInIdentityCombo->currentData(models::IdentityListModel::LabelRole).toString();
}

void SignInDialog::signInWith(const QString &passphrase)
{
    m_ui->signInPassphraseEdit->setText(passphrase);
    submit();
}

void SignInDialog::prepareForSignIn()
{
    m_ui->signInPassphraseEdit->clear();
    m_message.reset();
    showMessage();
    m_ui->signInPassphraseEdit->setFocus();
}

void SignInDialog::submit()
{
    if (m_session.isBusy())
        return;
    const QString label = selectedLabel();
    if (label.isEmpty()) {
        m_message = Message { Message::NoIdentity, {}, {} };
    } else if (m_ui->signInPassphraseEdit->text().isEmpty()) {
        m_message = Message { Message::EmptyPassphrase, {}, {} };
    } else {
        m_message.reset();
        m_awaitingResult = true;
        m_session.signIn(label, m_ui->signInPassphraseEdit->text());
    }
    showMessage();
}

void SignInDialog::setBusy(bool busy)
{
    if (!m_awaitingResult)
        return;
    m_ui->signInBusyIndicator->setVisible(busy);
    m_ui->signInIdentityCombo->setEnabled(!busy);
    m_ui->signInPassphraseEdit->setEnabled(!busy);
    m_ui->signInButton->setEnabled(!busy);
}

void SignInDialog::onSignedIn()
{
    if (!m_awaitingResult)
        return;
    m_awaitingResult = false;
    m_ui->signInPassphraseEdit->clear();
}

void SignInDialog::onSignInFailed(SessionModel::SignInError error, const QString &detail)
{
    if (!m_awaitingResult)
        return;
    m_awaitingResult = false;
    m_message = Message { Message::SignInFailed, error, detail };
    showMessage();
    m_ui->signInPassphraseEdit->selectAll();
    m_ui->signInPassphraseEdit->setFocus();
}

void SignInDialog::onIdentitiesFailed(const QString &reason)
{
    m_message = Message { Message::WalletUnreadable, {}, reason };
    showMessage();
}

void SignInDialog::showMessage()
{
    QString text;
    if (m_message) {
        switch (m_message->kind) {
        case Message::EmptyPassphrase:
            text = tr("Enter the wallet passphrase.");
            break;
        case Message::NoIdentity:
            text = tr("Choose an identity to sign in as.");
            break;
        case Message::UnknownPreselection:
            text = tr("The wallet has no identity %1. Choose one from the list.").arg(m_message->detail);
            break;
        case Message::WalletUnreadable:
            text = tr("The wallet cannot be read: %1").arg(m_message->detail);
            break;
        case Message::SignInFailed:
            switch (m_message->error) {
            case SessionModel::SignInError::WrongPassphrase:
                text = tr("The passphrase is wrong. Try again.");
                break;
            case SessionModel::SignInError::UnknownIdentity:
                text = tr("This identity is not in the wallet.");
                break;
            case SessionModel::SignInError::WalletDamaged:
                text = tr("The wallet file is damaged and cannot be unlocked.");
                break;
            case SessionModel::SignInError::LedgerUnavailable:
                text = tr("The consortium ledger cannot be opened: %1").arg(m_message->detail);
                break;
            case SessionModel::SignInError::CacheLocked:
                text = tr("This bank's local cache was locked with another passphrase. Sign in with that "
                          "passphrase, or ask your administrator to reset the cache: it is rebuilt from the ledger.");
                break;
            case SessionModel::SignInError::CacheDamaged:
                text = tr("This bank's local cache failed its integrity check and was not opened (%1). Ask your "
                          "administrator to reset it: it is rebuilt from the ledger.")
                           .arg(m_message->detail);
                break;
            case SessionModel::SignInError::Other:
                text = tr("Signing in failed: %1").arg(m_message->detail);
                break;
            }
            break;
        }
    }
    m_ui->signInErrorLabel->setText(text);
    m_ui->signInErrorLabel->setVisible(!text.isEmpty());
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->signInIdentityCombo->view()->setAccessibleName(tr("Identities"));
        showMessage();
    }
    QDialog::changeEvent(event);
}

} // namespace lx::ui
