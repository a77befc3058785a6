#pragma once

#include "models/SessionModel.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LockScreen;
}

namespace lx::models {
class TranslationCatalog;
} // namespace lx::models

namespace lx::ui {

// What the workstation shows while it is locked (docs/auto-lock.md): who
// is signed in, the passphrase that resumes the session, and sign-out.
// It cannot be dismissed: Escape and the window's close button do nothing.
class LockScreen : public QDialog
{
    Q_OBJECT

public:
    LockScreen(models::SessionModel &session, models::TranslationCatalog &catalog, QWidget *parent = nullptr);
    ~LockScreen() override;

    // Empty passphrase, no message, focus in the passphrase field.
    void prepare();
    QString message() const;

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void unlock();
    void onResumeFailed(models::SessionModel::SignInError error, const QString &detail, int attemptsLeft);
    void setBusy(bool busy);
    void retranslate();

    struct Failure
    {
        models::SessionModel::SignInError error;
        QString detail;
        int attemptsLeft = 0;
    };

    std::unique_ptr<Ui::LockScreen> m_ui;
    models::SessionModel &m_session;
    models::TranslationCatalog &m_catalog;
    std::optional<Failure> m_failure; // the last unlock's, shown until the next try
    bool m_emptyPassphrase = false;
};

} // namespace lx::ui
