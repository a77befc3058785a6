#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace lx::models {
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// Help › About: the version, the ledger this workstation talks to, the
// libraries of the build with their versions and licences, and LianXin's
// own licence (models::BuildInfo).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const models::SessionModel &session, QWidget *parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    const models::SessionModel &m_session;
};

} // namespace lx::ui
