#include "models/governance/GovernanceActions.h"

#include "ledgerclient/AuditPackage.h"
#include "ledgerclient/GasLedger.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "models/SessionModel.h"
#include "models/lc/LcTermsCheck.h"

#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace lx::models {

GovernanceActions::GovernanceActions(SessionModel &session, QObject *parent) : QObject(parent), m_session(session) { }

// work(governance, outcome) runs on a pool thread; a LedgerError it throws
// becomes the outcome's reason, any other exception a general one.
template<typename Work> void GovernanceActions::run(Kind kind, const QString &proposalId, Work work)
{
    const std::shared_ptr<client::Client> client = m_session.client();
    if (m_busy || !client)
        return;
    m_busy = true;
    m_busyKind = kind;
    Q_EMIT busyChanged(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher]() {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT busyChanged(false);
        Q_EMIT finished(outcome);
    });
    watcher->setFuture(QtConcurrent::run([client, kind, proposalId, work]() {
        Outcome outcome;
        outcome.kind = kind;
        outcome.proposalId = proposalId;
        try {
            client::GovernanceWorkflow governance(*client);
            work(governance, outcome);
        } catch (const client::LedgerError &e) {
            outcome.reasonCode = QString::fromStdString(e.reasonCode());
            outcome.details = QString::fromStdString(e.what());
        } catch (const std::exception &e) {
            outcome.reasonCode = QStringLiteral("LEDGER_ERROR");
            outcome.details = QString::fromStdString(e.what());
        }
        return outcome;
    }));
}

void GovernanceActions::vote(const QString &proposalId, const QString &choice)
{
    run(Kind::Vote, proposalId,
        [id = proposalId.toStdString(), choice = choice.toStdString()](client::GovernanceWorkflow &governance,
            Outcome &outcome) { outcome.proposal = governance.vote(id, choice); });
}

void GovernanceActions::opine(const QString &proposalId, const QString &recommendation, const QString &text)
{
    run(Kind::Opinion, proposalId,
        [id = proposalId.toStdString(), recommendation = recommendation.toStdString(), text = text.toStdString()](
            client::GovernanceWorkflow &governance, Outcome &outcome) {
            outcome.proposal = governance.opine(id, recommendation, text);
        });
}

namespace {

// One configuration step per channel; a refusal names the channel it
// stopped at.
template<typename Step> void eachChannel(const QStringList &channels, GovernanceActions::Outcome &outcome, Step step)
{
    for (const QString &channel : channels) {
        try {
            step(channel.toStdString());
        } catch (const client::LedgerError &e) {
            throw client::LedgerError(e.kind(), e.reasonCode(), channel.toStdString() + ": " + e.what());
        }
        outcome.channelsDone << channel;
    }
}

} // namespace

void GovernanceActions::prepare(const QString &proposalId, const QStringList &channels)
{
    run(Kind::Prepare, proposalId,
        [id = proposalId.toStdString(), channels](client::GovernanceWorkflow &governance, Outcome &outcome) {
            eachChannel(channels, outcome,
                [&](const std::string &channel) { (void)governance.prepareConfigUpdate(id, channel); });
        });
}

void GovernanceActions::sign(const QString &proposalId, const QStringList &channels)
{
    run(Kind::Sign, proposalId,
        [id = proposalId.toStdString(), channels](client::GovernanceWorkflow &governance, Outcome &outcome) {
            eachChannel(
                channels, outcome, [&](const std::string &channel) { (void)governance.signConfigUpdate(id, channel); });
        });
}

void GovernanceActions::submit(const QString &proposalId, const QStringList &channels)
{
    run(Kind::Submit, proposalId,
        [id = proposalId.toStdString(), channels](client::GovernanceWorkflow &governance, Outcome &outcome) {
            eachChannel(channels, outcome,
                [&](const std::string &channel) { (void)governance.submitConfigUpdate(id, channel); });
        });
}

void GovernanceActions::verifyGas(const QString &period)
{
    run(Kind::VerifyGas, period,
        [period = period.toStdString()](client::GovernanceWorkflow &governance, Outcome &outcome) {
            const auto recorded = client::recordedGasReport(governance.client(), period);
            const client::GasVerification result = client::verifyGasReport(governance.client(), recorded);
            outcome.blocksRead = result.blocksRead;
            outcome.statementsChecked = result.statementsChecked;
            if (result.problem) {
                outcome.reasonCode = QStringLiteral("GAS_REPORT_MISMATCH");
                outcome.details = QString::fromStdString(*result.problem);
            }
        });
}

void GovernanceActions::flagDeal(const QString &product, const QString &dealId, const QString &note)
{
    run(Kind::FlagDeal, dealId,
        [product = product.toStdString(), dealId = dealId.toStdString(), note = note.toStdString()](
            client::GovernanceWorkflow &governance, Outcome &) { (void)governance.flagDeal(product, dealId, note); });
}

void GovernanceActions::exportAudit(const QString &channel, QDate from, QDate to, const QString &path)
{
    run(Kind::ExportAudit, channel,
        [channel = channel.toStdString(), from = LcTermsCheck::civilDate(from), to = LcTermsCheck::civilDate(to), path](
            client::GovernanceWorkflow &governance, Outcome &outcome) {
            const auto package = client::exportAuditPackage(governance.client(), channel, from, to);
            QSaveFile file(path);
            const std::string bytes = package.SerializeAsString();
            if (!file.open(QIODevice::WriteOnly)
                || file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())
                || !file.commit())
                throw client::LedgerError(client::LedgerError::Kind::Rejected, "AUDIT_FILE_NOT_WRITTEN",
                    path.toStdString() + ": " + file.errorString().toStdString());
            lianxin::audit::AuditManifest manifest;
            manifest.ParseFromString(package.manifest());
            outcome.firstBlock = manifest.first_block();
            outcome.lastBlock = manifest.last_block();
            outcome.transactions = manifest.transactions();
            outcome.path = path;
        });
}

} // namespace lx::models
