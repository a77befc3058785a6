#include "ui/governance/ChannelConfigPanel.h"

#include "ui_ChannelConfigPanel.h"

#include <QHeaderView>

namespace lx::ui {

using models::ChannelConfigState;

ChannelConfigPanel::ChannelConfigPanel(QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::ChannelConfigPanel>()), m_model(new models::ChannelConfigModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("channelConfigPanel"));
    m_ui->channelConfigTable->setModel(m_model);
    // The update, its signers and what is missing wrap within the page's
    // width; rows grow to fit them.
    QHeaderView *header = m_ui->channelConfigTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ChannelConfigModel::UpdateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(models::ChannelConfigModel::SignaturesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(models::ChannelConfigModel::StatusColumn, QHeaderView::Stretch);
    m_ui->channelConfigTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->channelConfigPrepareButton, &QPushButton::clicked, this,
        [this] { Q_EMIT prepareRequested(m_steps.toPrepare); });
    connect(
        m_ui->channelConfigSignButton, &QPushButton::clicked, this, [this] { Q_EMIT signRequested(m_steps.toSign); });
    connect(m_ui->channelConfigSubmitButton, &QPushButton::clicked, this,
        [this] { Q_EMIT submitRequested(m_steps.toSubmit); });
    setSteps({}, false);
    refreshTexts();
}

ChannelConfigPanel::~ChannelConfigPanel() = default;

void ChannelConfigPanel::showStates(std::vector<ChannelConfigState> states, const QString &bank, const QString &error)
{
    m_bank = bank;
    m_error = error;
    m_model->setStates(std::move(states));
    refreshTexts();
}

void ChannelConfigPanel::setSteps(const Steps &steps, bool busy)
{
    m_steps = steps;
    m_ui->channelConfigPrepareButton->setVisible(steps.secretariat);
    m_ui->channelConfigSubmitButton->setVisible(steps.secretariat);
    m_ui->channelConfigSignButton->setVisible(steps.memberAdmin);
    m_ui->channelConfigPrepareButton->setEnabled(!busy && !steps.toPrepare.isEmpty());
    m_ui->channelConfigSignButton->setEnabled(!busy && !steps.toSign.isEmpty());
    m_ui->channelConfigSubmitButton->setEnabled(!busy && !steps.toSubmit.isEmpty());
}

// The hint says what the change is for; the status line where it stands
// on every channel at once.
void ChannelConfigPanel::refreshTexts()
{
    m_ui->channelConfigHintLabel->setText(
        tr("The council admitted %1. Its peers and users reach a channel once the channel's configuration names it: "
           "the secretariat prepares the update, a majority of the channel's organizations' administrators sign it, "
           "and the secretariat submits it.")
            .arg(m_bank));
    if (!m_error.isEmpty()) {
        m_ui->channelConfigStatusLabel->setText(tr("The configuration could not be read: %1").arg(m_error));
        return;
    }
    QStringList applied, ready, signing, unprepared;
    for (const ChannelConfigState &state : m_model->states()) {
        switch (state.stage()) {
        case ChannelConfigState::Stage::Applied:
            applied << state.channel;
            break;
        case ChannelConfigState::Stage::Ready:
            ready << state.channel;
            break;
        case ChannelConfigState::Stage::Signing:
            signing << state.channel;
            break;
        case ChannelConfigState::Stage::NotPrepared:
            unprepared << state.channel;
            break;
        }
    }
    const QString list = tr(", ");
    QStringList parts;
    if (m_model->states().empty())
        parts << tr("Reading the channels' configurations…");
    else if (applied.size() == static_cast<int>(m_model->states().size()))
        parts << tr("Applied: %1 is a member of %2.").arg(m_bank, applied.join(list));
    else {
        if (!applied.isEmpty())
            parts << tr("Applied on %1.").arg(applied.join(list));
        if (!ready.isEmpty())
            parts << tr("Ready to submit on %1.").arg(ready.join(list));
        if (!signing.isEmpty())
            parts << tr("Awaiting signatures on %1.").arg(signing.join(list));
        if (!unprepared.isEmpty())
            parts << tr("Not prepared on %1.").arg(unprepared.join(list));
    }
    m_ui->channelConfigStatusLabel->setText(parts.join(QLatin1Char(' ')));
}

void ChannelConfigPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        refreshTexts();
    }
    QGroupBox::changeEvent(event);
}

} // namespace lx::ui
