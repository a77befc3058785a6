#include "ui/governance/ProposalDetailPane.h"

#include "ui_ProposalDetailPane.h"

#include "crypto/Bytes.h"
#include "models/Money.h"
#include "models/governance/GovernanceText.h"
#include "models/lc/LcText.h"
#include "ui/governance/ChannelConfigPanel.h"

#include <QHeaderView>
#include <QStringList>

namespace lx::ui {

using lianxin::trust::Proposal;
using models::GovernanceText;

namespace {

void fillRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

QString bankAndPerson(const std::string &mspId, const std::string &person)
{
    const QString bank = models::LcText::bankName(QString::fromStdString(mspId));
    //: A member and the person who acted for it, e.g. "Huaxia Trade Bank (admin1)".
    return person.empty() ? bank : ProposalDetailPane::tr("%1 (%2)").arg(bank, models::LcText::shown(person));
}

} // namespace

ProposalDetailPane::ProposalDetailPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProposalDetailPane>()), m_config(new ChannelConfigPanel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("proposalDetailPane"));
    m_ui->proposalConfigLayout->addWidget(m_config);
    for (QTableWidget *table :
        { m_ui->proposalMaterialsTable, m_ui->proposalOpinionsTable, m_ui->proposalVotesTable }) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setWordWrap(true);
    }
    // A SHA-256 is compared whole: its column keeps its width and the table scrolls.
    m_ui->proposalMaterialsTable->horizontalHeader()->setStretchLastSection(false);
    for (QLabel *value : findChildren<QLabel *>()) {
        if (value->objectName().endsWith(QLatin1String("Value")))
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    connect(
        m_ui->proposalVoteYesButton, &QPushButton::clicked, this, [this] { Q_EMIT voteChosen(QStringLiteral("YES")); });
    connect(
        m_ui->proposalVoteNoButton, &QPushButton::clicked, this, [this] { Q_EMIT voteChosen(QStringLiteral("NO")); });
    connect(m_ui->proposalVoteAbstainButton, &QPushButton::clicked, this,
        [this] { Q_EMIT voteChosen(QStringLiteral("ABSTAIN")); });
    connect(m_ui->proposalOpinionEdit, &QPlainTextEdit::textChanged, this, &ProposalDetailPane::refreshOpinionButton);
    connect(
        m_ui->proposalOpinionCombo, &QComboBox::currentIndexChanged, this, &ProposalDetailPane::refreshOpinionButton);
    connect(m_ui->proposalOpinionButton, &QPushButton::clicked, this, [this] {
        Q_EMIT opinionChosen(
            m_ui->proposalOpinionCombo->currentData().toString(), m_ui->proposalOpinionEdit->toPlainText().trimmed());
    });
    fillRecommendations();
    render();
}

ProposalDetailPane::~ProposalDetailPane() = default;

void ProposalDetailPane::showProposal(
    const Proposal *proposal, const models::GovernanceRights &rights, const QDate &today, bool busy)
{
    const bool other = !proposal || !m_proposal || m_proposal->id() != proposal->id();
    if (proposal)
        m_proposal = *proposal;
    else
        m_proposal.reset();
    m_rights = rights;
    m_today = today;
    m_busy = busy;
    if (other) {
        m_ui->proposalMessageLabel->clear();
        clearOpinion();
    }
    render();
}

void ProposalDetailPane::setMessage(const QString &text)
{
    m_ui->proposalMessageLabel->setText(text);
}

void ProposalDetailPane::clearOpinion()
{
    m_ui->proposalOpinionEdit->clear();
    m_ui->proposalOpinionCombo->setCurrentIndex(0);
}

void ProposalDetailPane::fillRecommendations()
{
    const QString chosen = m_ui->proposalOpinionCombo->currentData().toString();
    const QSignalBlocker quiet(m_ui->proposalOpinionCombo);
    m_ui->proposalOpinionCombo->clear();
    m_ui->proposalOpinionCombo->addItem(tr("Choose a recommendation"), QString());
    m_ui->proposalOpinionCombo->addItem(
        GovernanceText::recommendation(lianxin::trust::Opinion::IN_FAVOUR), QStringLiteral("IN_FAVOUR"));
    m_ui->proposalOpinionCombo->addItem(
        GovernanceText::recommendation(lianxin::trust::Opinion::AGAINST), QStringLiteral("AGAINST"));
    m_ui->proposalOpinionCombo->addItem(
        GovernanceText::recommendation(lianxin::trust::Opinion::NEUTRAL), QStringLiteral("NEUTRAL"));
    m_ui->proposalOpinionCombo->setCurrentIndex(std::max(0, m_ui->proposalOpinionCombo->findData(chosen)));
}

void ProposalDetailPane::render()
{
    const bool shown = m_proposal.has_value() && m_rights.has_value();
    for (QWidget *part : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        part->setVisible(shown);
    m_ui->proposalHeadingLabel->setVisible(true);
    if (!shown) {
        m_ui->proposalHeadingLabel->setText(tr("Choose a proposal in the list to see it whole."));
        return;
    }
    const Proposal &p = *m_proposal;
    m_ui->proposalHeadingLabel->setText(
        tr("%1 — %2").arg(QString::fromStdString(p.id()), models::LcText::shown(p.title())));
    renderFacts(p);
    renderTables(p);
    renderForms(p);
    m_config->setVisible(p.kind() == Proposal::ADMIT_MEMBER && p.status() == Proposal::PASSED);
}

void ProposalDetailPane::renderFacts(const Proposal &p)
{
    m_ui->proposalKindValue->setText(GovernanceText::proposalKind(p.kind()));
    QString subject;
    if (p.kind() == Proposal::ADMIT_MEMBER) {
        //: The applicant of an admission: its name, MSP ID and obligor tier.
        subject = tr("%1 (%2), tier %3")
                      .arg(GovernanceText::memberName(p.applicant()), models::LcText::shown(p.applicant().msp_id()))
                      .arg(p.applicant().tier());
    } else if (!p.subject_msp().empty()) {
        subject = tr("%1 (%2)").arg(
            models::LcText::bankName(QString::fromStdString(p.subject_msp())), models::LcText::shown(p.subject_msp()));
    }
    m_ui->proposalFactsForm->setRowVisible(m_ui->proposalSubjectValue, !subject.isEmpty());
    m_ui->proposalSubjectValue->setText(subject);
    const QString change = changeText(p);
    m_ui->proposalFactsForm->setRowVisible(m_ui->proposalChangeValue, !change.isEmpty());
    m_ui->proposalChangeValue->setText(change);
    //: A proposal's status with its tally and how many of the electorate voted.
    m_ui->proposalStatusValue->setText(tr("%1 — %2; %3 of %4 council votes cast")
                                           .arg(GovernanceText::proposalStatus(p.status()), GovernanceText::tally(p))
                                           .arg(p.votes_size())
                                           .arg(p.electorate_size()));
    m_ui->proposalProposerValue->setText(
        tr("by %1, %2")
            .arg(bankAndPerson(p.proposer_msp(), p.proposer()), GovernanceText::chinaTime(p.opened_seconds())));
    //: The voting period of a proposal; votes count until the end of the last day, China time.
    m_ui->proposalVotingValue->setText(
        tr("from %1 until the end of %2 (China time)")
            .arg(GovernanceText::dateText(p.opened_on()), GovernanceText::dateText(p.deadline())));
    QStringList electorate;
    for (const std::string &msp : p.electorate())
        electorate << models::LcText::bankName(QString::fromStdString(msp));
    m_ui->proposalElectorateValue->setText(electorate.join(GovernanceText::tr(", ")));
    if (p.status() == Proposal::OPEN) {
        m_ui->proposalDecisionValue->setText(tr("Not decided yet."));
    } else {
        //: A decided proposal: its outcome, when (China time) and in which transaction.
        m_ui->proposalDecisionValue->setText(
            tr("%1 on %2, transaction %3")
                .arg(GovernanceText::proposalStatus(p.status()), GovernanceText::chinaTime(p.decided_seconds()),
                    models::LcText::shown(p.decided_tx())));
    }
}

QString ProposalDetailPane::changeText(const Proposal &p) const
{
    QStringList lines;
    for (const auto &line : p.lines()) {
        lines << (line.in_sandbox() ? GovernanceText::tr("%1 (sandbox)").arg(GovernanceText::lineName(line.line()))
                                    : GovernanceText::lineName(line.line()));
    }
    QStringList seats;
    for (const int seat : p.seats())
        seats << GovernanceText::seatName(seat);
    switch (p.kind()) {
    case Proposal::ADMIT_MEMBER:
    case Proposal::ADMIT_LINE:
    case Proposal::END_SANDBOX:
        return tr("Lines of business: %1").arg(lines.join(GovernanceText::tr(", ")));
    case Proposal::SET_SEATS:
        return tr("Seats after: %1").arg(seats.isEmpty() ? tr("none") : seats.join(GovernanceText::tr(", ")));
    case Proposal::SET_THRESHOLD:
        return tr("%1/%2 of the council seats, rounded up").arg(p.threshold_numerator()).arg(p.threshold_denominator());
    case Proposal::SET_GAS_WEIGHTS:
        //: Gas weights in milli-Gas per unit.
        return tr("%1 per endorsement, %2 per transaction, %3 per available hour, %4 per approved yuan (milli-Gas)")
            .arg(p.gas_weights().per_endorsement())
            .arg(p.gas_weights().per_transaction())
            .arg(p.gas_weights().per_available_hour())
            .arg(p.gas_weights().per_approved_cost_yuan());
    case Proposal::SET_DUPLICATE_DOCUMENTS:
        return p.duplicate_documents() == lianxin::trust::ConsortiumSettings::REFUSE
            ? tr("Refuse a document presented under two L/Cs")
            : tr("Accept a document presented under two L/Cs and flag it");
    case Proposal::APPROVE_NODE_COST:
        //: %1 the month (YYYY-MM), %2 an amount of money, %3 what the cost is for.
        return tr("Node cost of %1: %2 (%3)")
            .arg(models::LcText::shown(p.node_cost().period()),
                models::Money::fromFen(p.node_cost().amount_fen()).toDisplayString(QLocale()),
                models::LcText::shown(p.node_cost().description()));
    default:
        return QString();
    }
}

void ProposalDetailPane::renderTables(const Proposal &p)
{
    QTableWidget *materials = m_ui->proposalMaterialsTable;
    materials->setHorizontalHeaderLabels({ tr("Type"), tr("File name"), tr("SHA-256") });
    materials->setRowCount(p.materials_size());
    for (int row = 0; row < p.materials_size(); ++row) {
        const auto &m = p.materials(row);
        fillRow(materials, row,
            { GovernanceText::documentType(m.doc_type()), models::LcText::shown(m.file_name()),
                QString::fromStdString(toHex(m.sha256())) });
    }
    QTableWidget *opinions = m_ui->proposalOpinionsTable;
    opinions->setHorizontalHeaderLabels({ tr("Member"), tr("Recommendation"), tr("Recorded"), tr("Opinion") });
    opinions->setRowCount(p.opinions_size());
    for (int row = 0; row < p.opinions_size(); ++row) {
        const auto &o = p.opinions(row);
        fillRow(opinions, row,
            { bankAndPerson(o.msp_id(), o.author()), GovernanceText::recommendation(o.recommendation()),
                GovernanceText::chinaTime(o.recorded_seconds()), models::LcText::shown(o.text()) });
    }
    m_ui->proposalOpinionsTitle->setText(
        p.opinions_size() == 0 ? tr("Expert opinions: none yet") : tr("Expert opinions"));
    opinions->setVisible(p.opinions_size() > 0);
    QTableWidget *votes = m_ui->proposalVotesTable;
    votes->setHorizontalHeaderLabels({ tr("Member"), tr("Voter"), tr("Vote"), tr("Cast") });
    votes->setRowCount(p.votes_size());
    for (int row = 0; row < p.votes_size(); ++row) {
        const auto &v = p.votes(row);
        fillRow(votes, row,
            { models::LcText::bankName(QString::fromStdString(v.msp_id())), models::LcText::shown(v.voter()),
                GovernanceText::voteChoice(v.choice()), GovernanceText::chinaTime(v.cast_seconds()) });
    }
    m_ui->proposalVotesTitle->setText(p.votes_size() == 0 ? tr("Votes: none yet") : tr("Votes"));
    votes->setVisible(p.votes_size() > 0);
}

void ProposalDetailPane::renderForms(const Proposal &p)
{
    const QString whyNoVote = m_rights->whyNoVote(p, m_today);
    m_ui->proposalVoteHintLabel->setText(
        whyNoVote.isEmpty() ? tr("Your vote is final once recorded; you are asked to confirm it.") : whyNoVote);
    for (QPushButton *button :
        { m_ui->proposalVoteYesButton, m_ui->proposalVoteNoButton, m_ui->proposalVoteAbstainButton })
        button->setEnabled(whyNoVote.isEmpty() && !m_busy);
    m_ui->proposalVoteBox->setEnabled(whyNoVote.isEmpty());
    // The opinion form is the expert committee's, while the proposal is
    // open; others read the opinions.
    m_ui->proposalOpinionBox->setVisible(m_rights->isExpert() && p.status() == Proposal::OPEN);
    const QString whyNoOpinion = m_rights->whyNoOpinion(p);
    m_opinionAllowed = whyNoOpinion.isEmpty();
    m_ui->proposalOpinionHintLabel->setText(m_opinionAllowed
            ? tr("Recorded for the council to read, not counted; your bank gives one opinion.")
            : whyNoOpinion);
    m_ui->proposalOpinionCombo->setEnabled(m_opinionAllowed);
    m_ui->proposalOpinionEdit->setEnabled(m_opinionAllowed);
    refreshOpinionButton();
}

void ProposalDetailPane::refreshOpinionButton()
{
    m_ui->proposalOpinionButton->setEnabled(m_opinionAllowed && !m_busy
        && !m_ui->proposalOpinionCombo->currentData().toString().isEmpty()
        && !m_ui->proposalOpinionEdit->toPlainText().trimmed().isEmpty());
}

void ProposalDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRecommendations();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
