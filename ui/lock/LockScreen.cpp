#include "ui/lock/LockScreen.h"

#include "models/TranslationCatalog.h"
#include "ui/shell/Icons.h"
#include "ui_LockScreen.h"

#include <QCloseEvent>

namespace lx::ui {

using models::SessionModel;

LockScreen::LockScreen(SessionModel &session, models::TranslationCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LockScreen>())
    , m_session(session)
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("lockScreen"));
    setWindowModality(Qt::ApplicationModal);
    setWindowIcon(applicationIcon());
    // No close button: the lock ends with the passphrase or a sign-out.
    setWindowFlags((windowFlags() | Qt::CustomizeWindowHint | Qt::WindowTitleHint)
        & ~(Qt::WindowCloseButtonHint | Qt::WindowContextHelpButtonHint));
    m_ui->lockMessageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->lockWhoLabel->setTextFormat(Qt::PlainText);
    m_ui->lockMessageLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->lockUnlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_ui->lockPassphraseEdit, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_ui->lockSignOutButton, &QPushButton::clicked, &m_session, &SessionModel::signOut);
    connect(&m_session, &SessionModel::busyChanged, this, &LockScreen::setBusy);
    connect(&m_session, &SessionModel::resumeFailed, this, &LockScreen::onResumeFailed);
    retranslate();
}

LockScreen::~LockScreen() = default;

void LockScreen::prepare()
{
    m_failure.reset();
    m_emptyPassphrase = false;
    m_ui->lockPassphraseEdit->clear();
    setBusy(m_session.isBusy());
    retranslate();
    m_ui->lockPassphraseEdit->setFocus();
}

QString LockScreen::message() const
{
    return m_ui->lockMessageLabel->text();
}

void LockScreen::reject()
{
    // Escape does not leave the lock.
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

void LockScreen::unlock()
{
    if (m_session.isBusy())
        return;
    const QString passphrase = m_ui->lockPassphraseEdit->text();
    m_failure.reset();
    m_emptyPassphrase = passphrase.isEmpty();
    if (!m_emptyPassphrase)
        m_session.resume(passphrase);
    retranslate();
}

void LockScreen::onResumeFailed(SessionModel::SignInError error, const QString &detail, int attemptsLeft)
{
    m_failure = Failure { error, detail, attemptsLeft };
    m_ui->lockPassphraseEdit->clear();
    retranslate();
    m_ui->lockPassphraseEdit->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    m_ui->lockPassphraseEdit->setEnabled(!busy);
    m_ui->lockUnlockButton->setEnabled(!busy);
    if (busy)
        m_ui->lockMessageLabel->setText(tr("Unlocking…"));
    else
        retranslate();
    if (!busy && isVisible())
        m_ui->lockPassphraseEdit->setFocus();
}

void LockScreen::retranslate()
{
    const models::BankIdentity &who = m_session.identity();
    //: %1 the person's name, %2 their role (officer, checker…), %3 the bank, %4 the wallet's label
    m_ui->lockWhoLabel->setText(tr("Signed in: %1, %2, %3 (%4).")
                                    .arg(who.displayName, who.roleTitle(), who.bankName(m_catalog.language()), who.label));
    QString text;
    if (m_emptyPassphrase) {
        text = tr("Enter the wallet passphrase.");
    } else if (m_failure) {
        switch (m_failure->error) {
        case SessionModel::SignInError::WrongPassphrase:
            text = tr("The passphrase is wrong. %n more wrong attempt(s) and LianXin signs out.", nullptr,
                m_failure->attemptsLeft);
            break;
        case SessionModel::SignInError::LedgerUnavailable:
            text = tr("The consortium ledger cannot be opened: %1").arg(m_failure->detail);
            break;
        default:
            text = tr("Unlocking failed: %1").arg(m_failure->detail);
            break;
        }
    }
    if (!m_session.isBusy())
        m_ui->lockMessageLabel->setText(text);
    m_ui->lockMessageLabel->setVisible(!m_ui->lockMessageLabel->text().isEmpty());
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace lx::ui
