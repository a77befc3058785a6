#pragma once

#include <QDialog>

#include <memory>
#include <optional>

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
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(models::SandboxConsortium &sandbox, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // For scripted runs: fills both fields and creates.
    void createWith(const QString &passphrase);
    // How many L/Cs the demo book has when its box is ticked (tests load fewer).
    void setDemoLetters(int letters) { m_demoLetters = letters; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem { TooShort, Mismatch, CreationFailed };
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
};

} // namespace lx::ui
