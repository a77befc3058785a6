#pragma once

#include "models/governance/ChannelConfigModel.h"

#include <QGroupBox>
#include <QStringList>

#include <memory>
#include <vector>

namespace Ui {
class ChannelConfigPanel;
} // namespace Ui

namespace lx::ui {

// A passed admission's network change (docs/channel-configuration.md): one
// row per channel the bank needs, with its update, the signatures recorded
// and what is missing, or "applied". The secretariat's administrator
// prepares and submits; a member's administrator signs (the page asks them
// to confirm what they sign first).
class ChannelConfigPanel : public QGroupBox
{
    Q_OBJECT

public:
    // What the signed-in user may do now: the channels each step applies
    // to (empty: the button is disabled), and which buttons they see at all.
    struct Steps
    {
        bool secretariat = false; // sees Prepare and Submit
        bool memberAdmin = false; // sees Sign…
        QStringList toPrepare;
        QStringList toSign;
        QStringList toSubmit;
    };

    explicit ChannelConfigPanel(QWidget *parent = nullptr);
    ~ChannelConfigPanel() override;

    models::ChannelConfigModel &model() { return *m_model; }
    // bank: the admitted bank's name; error: why the states could not be read.
    void showStates(std::vector<models::ChannelConfigState> states, const QString &bank, const QString &error);
    void setSteps(const Steps &steps, bool busy);

Q_SIGNALS:
    void prepareRequested(const QStringList &channels);
    void signRequested(const QStringList &channels);
    void submitRequested(const QStringList &channels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshTexts();

    std::unique_ptr<Ui::ChannelConfigPanel> m_ui;
    models::ChannelConfigModel *m_model;
    QString m_bank;
    QString m_error;
    Steps m_steps;
};

} // namespace lx::ui
