#pragma once

#include "models/SessionModel.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace lx::models {
class IdentityListModel;
}

namespace lx::ui {

// Choose a wallet identity, enter the passphrase, sign in. The unlock runs
// in SessionModel's worker; this dialog shows busy, then either the session
// moves on (the shell closes the dialog) or a translated reason appears in
// place and nothing else changes.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(models::SessionModel &session, models::IdentityListModel &identities, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Selects label ("MSPID/user") now, or once the wallet list has loaded.
    void preselect(const QString &label);
    QString selectedLabel() const;
    // For scripted runs: fills the passphrase and signs in.
    void signInWith(const QString &passphrase);
    // Clears the passphrase and any message, before the dialog shows again.
    void prepareForSignIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void applyPreselection();
    void setBusy(bool busy);
    void onSignedIn();
    void onSignInFailed(models::SessionModel::SignInError error, const QString &detail);
    void onIdentitiesFailed(const QString &reason);
    void showMessage();

    struct Message
    {
        enum Kind { EmptyPassphrase, NoIdentity, UnknownPreselection, WalletUnreadable, SignInFailed } kind;
        models::SessionModel::SignInError error = models::SessionModel::SignInError::Other;
        QString detail;
    };

    std::unique_ptr<Ui::SignInDialog> m_ui;
    models::SessionModel &m_session;
    models::IdentityListModel &m_identities;
    QString m_preselected;
    std::optional<Message> m_message; // kept so it can be retranslated
    bool m_awaitingResult = false;
};

} // namespace lx::ui
