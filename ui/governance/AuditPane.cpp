#include "ui/governance/AuditPane.h"

#include "ui_AuditPane.h"

#include "chaincode/Stub.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/governance/DealFlagModel.h"
#include "models/governance/GovernanceRegistry.h"
#include "ui/shell/SaveFileChooser.h"
#include "ui/shell/SortedProxy.h"

#include <QAbstractItemView>
#include <QDir>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimeZone>

#include <chrono>

namespace lx::ui {

using models::GovernanceActions;

AuditPane::AuditPane(models::SessionModel &session, models::GovernanceRegistry &registry, GovernanceActions &actions,
    QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditPane>())
    , m_session(session)
    , m_registry(registry)
    , m_actions(actions)
    , m_flagModel(new models::DealFlagModel(this))
    , m_flagProxy(sortedBy(m_flagModel, models::DealFlagModel::SortRole, this))
{
    m_ui->setupUi(this);
    m_ui->auditFlagTable->setModel(m_flagProxy);
    m_ui->auditFlagTable->sortByColumn(models::DealFlagModel::FlaggedColumn, Qt::DescendingOrder);
    m_ui->auditFlagTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->auditFlagTable->horizontalHeader()->setSectionResizeMode(
        models::DealFlagModel::NoteColumn, QHeaderView::Stretch);
    m_ui->auditFlagTable->horizontalHeader()->setStretchLastSection(false);
    for (QComboBox *combo : { m_ui->auditProductCombo, m_ui->auditChannelCombo })
        combo->view()->setObjectName(combo->objectName() + QStringLiteral("List"));
    // Today in China, by the clock the session signs with.
    const auto now = std::chrono::system_clock::to_time_t(m_session.clock()());
    const QDate today = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(now), QTimeZone(8 * 3600)).date();
    m_ui->auditFromEdit->setDate(today.addDays(-30));
    m_ui->auditToEdit->setDate(today);
    fillCombos();

    connect(&m_registry, &models::GovernanceRegistry::refreshed, this,
        [this] { m_flagModel->setFlags(m_registry.dealFlags()); });
    connect(&m_session, &models::SessionModel::identityChanged, this, [this] {
        m_outcome.reset();
        updateForms();
    });
    connect(&m_actions, &GovernanceActions::busyChanged, this, &AuditPane::updateForms);
    connect(&m_actions, &GovernanceActions::finished, this, &AuditPane::onActionFinished);
    connect(m_ui->auditDealEdit, &QLineEdit::textChanged, this, &AuditPane::updateForms);
    connect(m_ui->auditNoteEdit, &QLineEdit::textChanged, this, &AuditPane::updateForms);
    connect(m_ui->auditFlagButton, &QPushButton::clicked, this, [this] {
        m_outcome.reset();
        m_actions.flagDeal(m_ui->auditProductCombo->currentData().toString(), m_ui->auditDealEdit->text().trimmed(),
            m_ui->auditNoteEdit->text().trimmed());
    });
    connect(m_ui->auditExportButton, &QPushButton::clicked, this, &AuditPane::chooseExportFile);
    m_flagModel->setFlags(m_registry.dealFlags());
    updateForms();
}

AuditPane::~AuditPane() = default;

QTableView *AuditPane::flagTable() const
{
    return m_ui->auditFlagTable;
}

bool AuditPane::isRegulator() const
{
    return m_session.isSignedIn() && m_session.identity().mspId == QLatin1String(chaincode::kRegulatorMsp);
}

void AuditPane::fillCombos()
{
    const QString product = m_ui->auditProductCombo->currentData().toString();
    m_ui->auditProductCombo->clear();
    for (const char *p : { "lc", "guarantee", "forfaiting" })
        m_ui->auditProductCombo->addItem(models::DealFlagModel::productName(p), QString::fromLatin1(p));
    m_ui->auditProductCombo->setCurrentIndex(std::max(0, m_ui->auditProductCombo->findData(product)));
    const QString channel = m_ui->auditChannelCombo->currentText();
    m_ui->auditChannelCombo->clear();
    // Fabric's channel names, as the ledger calls them.
    m_ui->auditChannelCombo->addItems({ QStringLiteral("trust"), QStringLiteral("lc"), QStringLiteral("forfaiting"),
        QStringLiteral("guarantee") });
    if (!channel.isEmpty())
        m_ui->auditChannelCombo->setCurrentText(channel);
    m_ui->auditProductCombo->view()->setAccessibleName(tr("Products"));
    m_ui->auditChannelCombo->view()->setAccessibleName(tr("Channels"));
    // The inner fields a keyboard reaches carry their owner's names.
    for (QDateEdit *edit : { m_ui->auditFromEdit, m_ui->auditToEdit }) {
        if (auto *line = edit->findChild<QLineEdit *>()) {
            line->setObjectName(edit->objectName() + QStringLiteral("Text"));
            line->setAccessibleName(edit->accessibleName());
        }
    }
}

void AuditPane::updateForms()
{
    const bool regulator = isRegulator();
    const bool idle = !m_actions.isBusy();
    m_ui->auditFlagBox->setEnabled(regulator);
    m_ui->auditExportBox->setEnabled(regulator);
    m_ui->auditFlagButton->setEnabled(regulator && idle && !m_ui->auditDealEdit->text().trimmed().isEmpty()
        && !m_ui->auditNoteEdit->text().trimmed().isEmpty());
    m_ui->auditExportButton->setEnabled(regulator && idle);
    const QString why = regulator ? QString() : tr("Only the regulator's users flag deals and export audit packages.");
    m_ui->auditFlagBox->setToolTip(why);
    m_ui->auditExportBox->setToolTip(why);
    showResult();
}

void AuditPane::chooseExportFile()
{
    const QString channel = m_ui->auditChannelCombo->currentText();
    const QDate from = m_ui->auditFromEdit->date();
    const QDate to = m_ui->auditToEdit->date();
    const QString name = QStringLiteral("audit-%1-%2-%3.pkg")
                             .arg(channel, from.toString(QStringLiteral("yyyyMMdd")), to.toString(QStringLiteral("yyyyMMdd")));
    SaveFileChooser::ask(this, QStringLiteral("auditExportDialog"), tr("Save the audit package"), name,
        tr("Audit packages (*.pkg)"), [this, channel, from, to](const QString &path) {
            if (path.isEmpty())
                return;
            m_outcome.reset();
            m_actions.exportAudit(channel, from, to, path);
        });
}

void AuditPane::onActionFinished(const GovernanceActions::Outcome &outcome)
{
    if (outcome.kind != GovernanceActions::Kind::FlagDeal && outcome.kind != GovernanceActions::Kind::ExportAudit)
        return;
    m_outcome = outcome;
    if (outcome.ok() && outcome.kind == GovernanceActions::Kind::FlagDeal) {
        m_ui->auditNoteEdit->clear();
        m_registry.refresh();
    }
    updateForms();
}

void AuditPane::showResult()
{
    QString text;
    const bool mine = m_actions.busyKind() == GovernanceActions::Kind::FlagDeal
        || m_actions.busyKind() == GovernanceActions::Kind::ExportAudit;
    if (m_actions.isBusy() && mine) {
        text = tr("Signing and sending to the ledger…");
    } else if (m_outcome) {
        if (!m_outcome->ok())
            text = tr("Refused: %1").arg(models::ReasonCatalog::describe(m_outcome->reasonCode, m_outcome->details));
        else if (m_outcome->kind == GovernanceActions::Kind::FlagDeal)
            text = tr("Flagged %1; the banks party to it see the flag.").arg(m_outcome->proposalId);
        else
            //: %1 and %2 block numbers, %3 the channel, %4 a count, %5 the file.
            text = tr("Audit package exported: blocks %1 to %2 of %3, %4 transactions, written to %5.")
                       .arg(m_outcome->firstBlock)
                       .arg(m_outcome->lastBlock)
                       .arg(m_outcome->proposalId)
                       .arg(m_outcome->transactions)
                       .arg(QDir::toNativeSeparators(m_outcome->path));
    }
    m_ui->auditResultLabel->setText(text);
}

void AuditPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        m_flagModel->retranslate();
        updateForms();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
