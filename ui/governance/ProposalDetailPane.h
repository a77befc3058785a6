#pragma once

#include "models/governance/GovernanceRights.h"

#include "lianxin/governance.pb.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ProposalDetailPane;
} // namespace Ui

namespace lx::ui {

class ChannelConfigPanel;

// One proposal whole: what it decides, its materials (type, file name,
// SHA-256), the expert committee's opinions, the electorate and the votes
// cast (who, when), the deadline in China time and the decision; beneath,
// the signed-in administrator's vote (Yes / No / Abstain) and, for the
// expert committee, its opinion. The forms are enabled only where the
// contract would accept them, with the reason when not; the page confirms
// and sends. For a passed admission the channel configuration panel sits
// below (the page fills it).
class ProposalDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalDetailPane(QWidget *parent = nullptr);
    ~ProposalDetailPane() override;

    ChannelConfigPanel *configPanel() const { return m_config; }
    // proposal: nullptr when none is chosen. today: China time.
    void showProposal(const lianxin::trust::Proposal *proposal, const models::GovernanceRights &rights,
        const QDate &today, bool busy);
    void setMessage(const QString &text);
    // The opinion as typed, for the page's confirmation; cleared once recorded.
    void clearOpinion();

Q_SIGNALS:
    // "YES", "NO" or "ABSTAIN".
    void voteChosen(const QString &choice);
    // "IN_FAVOUR", "AGAINST" or "NEUTRAL", and the text.
    void opinionChosen(const QString &recommendation, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderFacts(const lianxin::trust::Proposal &proposal);
    void renderTables(const lianxin::trust::Proposal &proposal);
    void renderForms(const lianxin::trust::Proposal &proposal);
    void fillRecommendations();
    void refreshOpinionButton();
    QString changeText(const lianxin::trust::Proposal &proposal) const;

    std::unique_ptr<Ui::ProposalDetailPane> m_ui;
    ChannelConfigPanel *m_config;
    std::optional<lianxin::trust::Proposal> m_proposal;
    std::optional<models::GovernanceRights> m_rights;
    QDate m_today;
    bool m_busy = false;
    bool m_opinionAllowed = false;
};

} // namespace lx::ui
