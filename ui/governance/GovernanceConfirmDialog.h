#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class GovernanceConfirmDialog;
} // namespace Ui

namespace lx::ui {

// "Are you sure?" for a governance step that cannot be undone (a vote, an
// opinion, a signature), with what exactly is at stake beneath the
// question (for a signature: what is signed). Opened with open(), never
// exec(); it deletes itself when closed, and emits accepted() on Confirm.
class GovernanceConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // details: shown read-only beneath the question; empty hides the box.
    GovernanceConfirmDialog(const QString &title, const QString &question, const QString &details,
        const QString &confirmText, QWidget *parent);
    ~GovernanceConfirmDialog() override;

    QString question() const;
    QString details() const;

private:
    std::unique_ptr<Ui::GovernanceConfirmDialog> m_ui;
};

} // namespace lx::ui
