#pragma once

#include "models/NetworkJoin.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ui {
class FirstRunDialog;
}

namespace lx::models {
class SandboxConsortium;
}

namespace lx::ui {

// First run: no consortium in the data folder yet. Asks for a new wallet
// passphrase twice, then has SandboxConsortium create the sandbox on a
// worker thread while a busy indicator runs. Accepts when it is created.
class MspIdentityFields;

// Or joins a consortium network: a connection profile, an identity's msp
// folder with its MSP ID and user name, and the new wallet's passphrase;
// NetworkJoin checks them all, then writes the wallet and remembers the
// network (joined() then accepted()).
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(models::SandboxConsortium &sandbox, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // For scripted runs: fills both fields and creates.
    void createWith(const QString &passphrase);
    // Shows the join panel with this profile (and peer) filled in.
    void chooseJoin(const QString &profile, const QString &peer);
    bool isJoining() const;
    // How many L/Cs the demo book has when its box is ticked (tests load fewer).
    void setDemoLetters(int letters) { m_demoLetters = letters; }

Q_SIGNALS:
    // The wallet holds the identity and the data folder remembers the network.
    void joined(const QString &profile, const QString &peer);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem { TooShort, Mismatch, CreationFailed, JoinInput, JoinFailed };
    void buildJoinPanel();
    void syncMode();
    void submit();
    void setCreating(bool creating);
    void onCreationFailed(const QString &reason);
    void showProblem();
    void onDemoProgress(int done, int total);
    void retranslate();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    models::SandboxConsortium &m_sandbox;
    std::optional<Problem> m_problem;
    QString m_failure;
    int m_demoLetters = 300;
    models::NetworkJoin m_join;
    QRadioButton *m_sandboxMode = nullptr;
    QRadioButton *m_joinMode = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLineEdit *m_profile = nullptr;
    QPushButton *m_profileBrowse = nullptr;
    QLabel *m_peerLabel = nullptr;
    QLineEdit *m_peer = nullptr;
    MspIdentityFields *m_identity = nullptr;
};

} // namespace lx::ui
