#include "ui/governance/GovernancePage.h"

#include "ui_GovernancePage.h"

#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/governance/GovernanceRegistry.h"
#include "models/governance/GovernanceText.h"
#include "models/governance/MemberListModel.h"
#include "models/governance/ProposalListModel.h"
#include "models/lc/LcText.h"
#include "ui/governance/AuditPane.h"
#include "ui/governance/ChannelConfigPanel.h"
#include "ui/governance/GasPane.h"
#include "ui/governance/GovernanceConfirmDialog.h"
#include "ui/governance/ProposalDetailPane.h"
#include "ui/shell/ShownListExport.h"
#include "ui/shell/SortedProxy.h"

#include <QDateTime>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTimeZone>

#include <chrono>

namespace lx::ui {

using lianxin::trust::Proposal;
using models::GovernanceActions;
using models::GovernanceText;
using models::MemberListModel;
using models::ProposalListModel;

namespace {

int choiceNumber(const QString &choice)
{
    if (choice == QLatin1String("YES"))
        return lianxin::trust::Vote::YES;
    if (choice == QLatin1String("NO"))
        return lianxin::trust::Vote::NO;
    return lianxin::trust::Vote::ABSTAIN;
}

int recommendationNumber(const QString &recommendation)
{
    if (recommendation == QLatin1String("IN_FAVOUR"))
        return lianxin::trust::Opinion::IN_FAVOUR;
    if (recommendation == QLatin1String("AGAINST"))
        return lianxin::trust::Opinion::AGAINST;
    return lianxin::trust::Opinion::NEUTRAL;
}

} // namespace

GovernancePage::GovernancePage(models::SessionModel &session, models::LedgerStatusModel &status, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GovernancePage>())
    , m_session(session)
    , m_registry(new models::GovernanceRegistry(session, status, this))
    , m_actions(new GovernanceActions(session, this))
    , m_proposalModel(new ProposalListModel(this))
    , m_memberModel(new MemberListModel(this))
    , m_proposalProxy(sortedBy(m_proposalModel, ProposalListModel::SortRole, this))
    , m_memberProxy(sortedBy(m_memberModel, MemberListModel::SortRole, this))
    , m_detail(new ProposalDetailPane)
    , m_gas(nullptr)
    , m_audit(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("governancePage"));
    m_ui->governanceDetailLayout->addWidget(m_detail);
    m_gas = new GasPane(*m_registry, *m_actions);
    m_ui->governanceGasLayout->addWidget(m_gas);
    m_audit = new AuditPane(session, *m_registry, *m_actions);
    m_ui->governanceAuditLayout->addWidget(m_audit);
    m_proposalProxy->setFilterRole(ProposalListModel::StatusRole);
    m_proposalProxy->setFilterKeyColumn(ProposalListModel::IdColumn);
    m_ui->governanceProposalTable->setModel(m_proposalProxy);
    m_ui->governanceProposalTable->sortByColumn(ProposalListModel::IdColumn, Qt::DescendingOrder); // newest first
    m_ui->governanceMemberTable->setModel(m_memberProxy);
    m_ui->governanceMemberTable->sortByColumn(MemberListModel::MspIdColumn, Qt::AscendingOrder);
    for (QTableView *table : { m_ui->governanceProposalTable, m_ui->governanceMemberTable })
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A long title gives way (elided, whole in its tooltip); the other columns fit their contents.
    m_ui->governanceProposalTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->governanceProposalTable->horizontalHeader()->setSectionResizeMode(
        ProposalListModel::TitleColumn, QHeaderView::Stretch);
    // The list above, a few rows high; the proposal chosen takes the room
    // beneath, in the page's full width (hashes and opinions are long).
    m_ui->governanceSplitter->setStretchFactor(0, 1);
    m_ui->governanceSplitter->setStretchFactor(1, 3);
    m_ui->governanceSplitter->setSizes({ 170, 480 });
    QTabBar *tabs = m_ui->governanceTabs->tabBar();
    tabs->setObjectName(QStringLiteral("governanceTabBar"));
    tabs->setAccessibleName(tr("Proposals, members, Gas or the regulator's"));
    fillStateFilter();

    connect(m_registry, &models::GovernanceRegistry::refreshed, this, &GovernancePage::onRefreshed);
    connect(m_registry, &models::GovernanceRegistry::refreshFailed, this, &GovernancePage::refreshSummary);
    connect(m_ui->governanceStateFilterCombo, &QComboBox::currentIndexChanged, this, &GovernancePage::applyStateFilter);
    connect(m_ui->governanceProposalTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_ui->governanceProposalTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return; // a refresh or a filter: the proposal shown stays until another is chosen
        m_selected = rows.front().data(ProposalListModel::ProposalIdRole).toString();
        showSelected();
    });
    connect(&session, &models::SessionModel::identityChanged, this, [this] {
        m_outcome.reset();
        m_awaitingRead = false;
        showSelected();
    });
    connect(m_detail, &ProposalDetailPane::voteChosen, this, &GovernancePage::confirmVote);
    connect(m_detail, &ProposalDetailPane::opinionChosen, this, &GovernancePage::confirmOpinion);
    ChannelConfigPanel *config = m_detail->configPanel();
    connect(config, &ChannelConfigPanel::prepareRequested, this, [this](const QStringList &channels) {
        m_outcome.reset();
        m_actions->prepare(m_selected, channels);
    });
    connect(config, &ChannelConfigPanel::signRequested, this, &GovernancePage::confirmSignature);
    connect(config, &ChannelConfigPanel::submitRequested, this, [this](const QStringList &channels) {
        m_outcome.reset();
        m_actions->submit(m_selected, channels);
    });
    connect(m_actions, &GovernanceActions::busyChanged, this, &GovernancePage::showSelected);
    connect(m_actions, &GovernanceActions::finished, this, &GovernancePage::onActionFinished);
    ShownListExport::connectButtons(
        this, session, m_ui->governanceExportCsvButton, m_ui->governanceExportPdfButton,
        m_ui->governanceExportResultLabel,
        [this] {
            QWidget *tab = m_ui->governanceTabs->currentWidget();
            if (tab == m_ui->governanceGasTab)
                return ShownList { m_gas->reportTable(), tr("Gas of %1").arg(m_gas->period()), {} };
            if (tab == m_ui->governanceAuditTab)
                return ShownList { m_audit->flagTable(), tr("The regulator's flags"), {} };
            const bool members = tab == m_ui->governanceMembersTab;
            QStringList filters;
            if (!members && m_ui->governanceStateFilterCombo->currentIndex() > 0)
                filters << tr("State: %1").arg(m_ui->governanceStateFilterCombo->currentText());
            return ShownList { members ? m_ui->governanceMemberTable : m_ui->governanceProposalTable,
                members ? tr("Consortium members") : tr("Council proposals"), filters };
        },
        [this](const QString &path, const QString &error) { Q_EMIT exported(path, error); });
    onRefreshed();
}

GovernancePage::~GovernancePage() = default;

void GovernancePage::fillStateFilter()
{
    QComboBox *combo = m_ui->governanceStateFilterCombo;
    const int chosen = combo->currentData().toInt();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(tr("All states"), 0);
    for (const int status : { Proposal::OPEN, Proposal::PASSED, Proposal::REJECTED, Proposal::LAPSED })
        combo->addItem(GovernanceText::proposalStatus(status), status);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void GovernancePage::applyStateFilter()
{
    const int status = m_ui->governanceStateFilterCombo->currentData().toInt();
    m_proposalProxy->setFilterRegularExpression(status == 0 ? QString() : QStringLiteral("^%1$").arg(status));
    const int row = m_proposalModel->rowOf(m_selected);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_proposalProxy->mapFromSource(m_proposalModel->index(row, 0));
    if (shown.isValid()) {
        m_ui->governanceProposalTable->selectRow(shown.row());
    } else {
        m_selected.clear();
        if (m_proposalProxy->rowCount() > 0)
            m_ui->governanceProposalTable->selectRow(0);
        else
            showSelected();
    }
}

bool GovernancePage::selectProposal(const QString &proposalId)
{
    if (m_proposalModel->rowOf(proposalId) < 0)
        return false;
    m_selected = proposalId;
    if (m_ui->governanceStateFilterCombo->currentIndex() != 0)
        m_ui->governanceStateFilterCombo->setCurrentIndex(0); // applyStateFilter selects it
    else
        applyStateFilter();
    return true;
}

QString GovernancePage::selectedProposalId() const
{
    return m_selected;
}

// A new answer of the registry: the lists, the selection kept (or the
// newest proposal chosen), the chosen one again.
void GovernancePage::onRefreshed()
{
    if (!m_registry->isReadPending())
        m_awaitingRead = false;
    m_proposalModel->setProposals(m_registry->proposals());
    m_memberModel->setMembers(m_registry->members());
    m_memberModel->setFeeStatements(m_registry->feeStatements());
    const int row = m_proposalModel->rowOf(m_selected);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_proposalProxy->mapFromSource(m_proposalModel->index(row, 0));
    const QModelIndexList selected = m_ui->governanceProposalTable->selectionModel()->selectedRows();
    if (shown.isValid() && (selected.isEmpty() || selected.front().row() != shown.row()))
        m_ui->governanceProposalTable->selectRow(shown.row());
    else if (m_selected.isEmpty() && m_proposalProxy->rowCount() > 0)
        m_ui->governanceProposalTable->selectRow(0);
    refreshSummary();
    showSelected();
}

void GovernancePage::showSelected()
{
    const Proposal *proposal = m_registry->proposal(m_selected);
    const bool busy = m_actions->isBusy() || m_awaitingRead;
    const models::GovernanceRights rights = this->rights();
    m_detail->showProposal(proposal, rights, todayInChina(), busy);
    const bool admission
        = proposal && proposal->kind() == Proposal::ADMIT_MEMBER && proposal->status() == Proposal::PASSED;
    m_registry->followConfiguration(admission ? m_selected : QString());
    if (admission) {
        const auto &states = m_registry->configuration();
        ChannelConfigPanel *panel = m_detail->configPanel();
        panel->showStates(states, GovernanceText::memberName(proposal->applicant()), m_registry->configError());
        panel->setSteps({ rights.isSecretariatAdmin(), rights.isActiveMemberAdmin(), rights.channelsToPrepare(states),
                            rights.channelsToSign(states), rights.channelsToSubmit(states) },
            busy);
    }
    showOutcome();
}

void GovernancePage::refreshSummary()
{
    QString text;
    if (!m_session.isSignedIn()) {
        text.clear();
    } else if (!m_registry->lastError().isEmpty()) {
        text = tr("The registry on the trust channel could not be read: %1").arg(m_registry->lastError());
    } else if (!m_registry->isLoaded()) {
        text = tr("Reading the registry on the trust channel…");
    } else {
        const auto &proposals = m_registry->proposals();
        const int open = static_cast<int>(std::count_if(
            proposals.begin(), proposals.end(), [](const Proposal &p) { return p.status() == Proposal::OPEN; }));
        //: The Governance summary: "2 proposals, 1 open;" then "8 members."
        text = tr("%1 %2").arg(tr("%n proposal(s), %1 open;", nullptr, static_cast<int>(proposals.size())).arg(open),
            tr("%n member(s).", nullptr, static_cast<int>(m_registry->members().size())));
    }
    m_ui->governanceSummaryLabel->setText(text);
}

void GovernancePage::openConfirmation(const QString &title, const QString &question, const QString &details,
    const QString &confirmText, std::function<void()> confirmed)
{
    auto *dialog = new GovernanceConfirmDialog(title, question, details, confirmText, this);
    connect(dialog, &QDialog::accepted, this, std::move(confirmed));
    dialog->open(); // window-modal, no nested event loop
}

void GovernancePage::confirmVote(const QString &choice)
{
    const Proposal *proposal = m_registry->proposal(m_selected);
    if (!proposal)
        return;
    const QString choiceText = GovernanceText::voteChoice(choiceNumber(choice));
    const QString id = m_selected;
    openConfirmation(tr("Confirm your vote"),
        tr("Vote %1 on %2, “%3”, for %4? A vote is final.")
            .arg(choiceText, id, models::LcText::shown(proposal->title()),
                models::LcText::bankName(m_session.identity().mspId)),
        QString(), tr("Vote %1").arg(choiceText), [this, id, choice] {
            m_outcome.reset();
            m_actions->vote(id, choice);
        });
}

void GovernancePage::confirmOpinion(const QString &recommendation, const QString &text)
{
    const Proposal *proposal = m_registry->proposal(m_selected);
    if (!proposal)
        return;
    const QString id = m_selected;
    openConfirmation(tr("Confirm your opinion"),
        tr("Record %1's opinion (%2) on %3, “%4”? It cannot be changed afterwards.")
            .arg(models::LcText::bankName(m_session.identity().mspId),
                GovernanceText::recommendation(recommendationNumber(recommendation)), id,
                models::LcText::shown(proposal->title())),
        text, tr("Record opinion"), [this, id, recommendation, text] {
            m_outcome.reset();
            m_actions->opine(id, recommendation, text);
        });
}

// What the administrator signs, channel by channel, exactly as the ledger
// client reads it from the recorded bytes.
void GovernancePage::confirmSignature(const QStringList &channels)
{
    QStringList details;
    for (const models::ChannelConfigState &state : m_registry->configuration()) {
        if (channels.contains(state.channel))
            details << state.description.trimmed();
    }
    const QString id = m_selected;
    openConfirmation(tr("Confirm your signature"),
        tr("Sign, as %1's administrator, the configuration update of %2 on %3? You sign exactly what is shown "
           "below: the organization it adds, its root CA certificate and the update's SHA-256.")
            .arg(models::LcText::bankName(m_session.identity().mspId), id, channels.join(GovernanceText::tr(", "))),
        details.join(QStringLiteral("\n\n")), tr("Sign"), [this, id, channels] {
            m_outcome.reset();
            m_actions->sign(id, channels);
        });
}

void GovernancePage::onActionFinished(const GovernanceActions::Outcome &outcome)
{
    if (outcome.kind == GovernanceActions::Kind::VerifyGas || outcome.kind == GovernanceActions::Kind::FlagDeal
        || outcome.kind == GovernanceActions::Kind::ExportAudit) {
        Q_EMIT actionFinished(outcome); // the Gas and Regulator tabs show these
        return;
    }
    m_outcome = outcome;
    if (outcome.proposal)
        m_registry->applyProposal(*outcome.proposal);
    if (outcome.ok() || !outcome.channelsDone.isEmpty())
        m_awaitingRead = true;
    m_registry->refresh();
    showSelected();
    Q_EMIT actionFinished(outcome);
}

void GovernancePage::showOutcome()
{
    QString text;
    const auto running = m_actions->busyKind();
    if (m_actions->isBusy() && running != GovernanceActions::Kind::VerifyGas
        && running != GovernanceActions::Kind::FlagDeal && running != GovernanceActions::Kind::ExportAudit) {
        text = tr("Signing and sending to the ledger…");
    } else if (m_outcome && m_outcome->proposalId == m_selected) {
        const GovernanceActions::Outcome &o = *m_outcome;
        const QString done = o.channelsDone.join(GovernanceText::tr(", "));
        switch (o.kind) {
        case GovernanceActions::Kind::Vote:
            if (o.ok() && o.proposal)
                text = tr("Your bank's vote is recorded. The proposal is %1 (%2).")
                           .arg(GovernanceText::proposalStatus(o.proposal->status()),
                               GovernanceText::tally(*o.proposal));
            break;
        case GovernanceActions::Kind::Opinion:
            if (o.ok())
                text = tr("Your bank's opinion is recorded.");
            break;
        case GovernanceActions::Kind::Prepare:
            if (!done.isEmpty())
                text = tr("The update is prepared on %1.").arg(done);
            break;
        case GovernanceActions::Kind::Sign:
            if (!done.isEmpty())
                text = tr("Your organization's signature is recorded on %1.").arg(done);
            break;
        case GovernanceActions::Kind::Submit:
            if (!done.isEmpty())
                text = tr("The update is in force on %1.").arg(done);
            break;
        case GovernanceActions::Kind::VerifyGas:
        case GovernanceActions::Kind::FlagDeal:
        case GovernanceActions::Kind::ExportAudit:
            break; // the Gas and Regulator tabs', never kept here
        }
        if (!o.ok()) {
            //: The ledger refused a governance action; the reason follows.
            const QString refusal = tr("Refused: %1").arg(models::ReasonCatalog::describe(o.reasonCode, o.details));
            text = text.isEmpty() ? refusal : text + QLatin1Char('\n') + refusal;
        }
    }
    m_detail->setMessage(text);
}

models::GovernanceRights GovernancePage::rights() const
{
    return models::GovernanceRights(m_session.identity(), m_registry->members());
}

QDate GovernancePage::todayInChina() const
{
    const auto now = m_session.clock() ? m_session.clock()() : std::chrono::system_clock::now();
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(8 * 3600)).date();
}

void GovernancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->governanceTabs->tabBar()->setAccessibleName(tr("Proposals, members, Gas or the regulator's"));
        fillStateFilter();
        m_proposalModel->retranslate();
        m_memberModel->retranslate();
        refreshSummary();
        showSelected();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
