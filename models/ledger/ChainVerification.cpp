#include "models/ledger/ChainVerification.h"

#include "ledgerclient/ChainCheck.h"
#include "ledgerclient/Client.h"
#include "models/SessionModel.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace lx::models {

ChainVerification::ChainVerification(SessionModel &session, QObject *parent)
    : QObject(parent), m_session(session), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ChainVerification::onFinished);
}

ChainVerification::~ChainVerification()
{
    m_cancel->store(true);
    m_watcher.waitForFinished(); // at most one block read: the worker checks the flag before each
}

void ChainVerification::start(const QString &channel)
{
    if (isRunning())
        return;
    m_channel = channel;
    m_checked = 0;
    m_height = 0;
    m_badBlock = 0;
    m_reason.clear();
    m_cancelRequested = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    setState(State::Running);
    m_watcher.setFuture(QtConcurrent::run([model = this, generation, client = m_session.client(),
                                              ch = channel.toStdString(), cancel = m_cancel]() {
        Outcome outcome;
        QElapsedTimer sinceReport;
        sinceReport.start();
        // The destructor waits for this task, so the model outlives it, and
        // Qt drops calls still queued for a deleted model.
        const auto progress = [&](std::uint64_t checked, std::uint64_t height) {
            if (cancel->load())
                return false;
            if (sinceReport.elapsed() >= kProgressIntervalMs || checked == 0 || checked == height) {
                sinceReport.restart();
                QMetaObject::invokeMethod(
                    model, [model, generation, checked, height]() { model->onProgress(generation, checked, height); },
                    Qt::QueuedConnection);
            }
            return true;
        };
        try {
            if (!client)
                throw std::runtime_error("not signed in");
            const client::ChainCheckOutcome result = client::checkChain(*client, ch, progress);
            outcome.checked = result.blocksVerified;
            outcome.height = result.height;
            outcome.cancelled = result.cancelled;
            if (result.problem) {
                outcome.failed = true;
                outcome.badBlock = result.problem->blockNumber;
                outcome.reason = QString::fromStdString(result.problem->reason);
            }
        } catch (const std::exception &e) {
            outcome.error = QString::fromStdString(e.what());
        }
        return outcome;
    }));
}

void ChainVerification::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true; // the outcome reads as cancelled even if the last block was already done
    m_cancel->store(true);
}

void ChainVerification::onProgress(quint64 generation, quint64 checked, quint64 height)
{
    if (generation != m_generation || !isRunning())
        return;
    m_checked = checked;
    m_height = height;
    Q_EMIT progressChanged(checked, height);
}

void ChainVerification::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_checked = outcome.checked;
    m_height = outcome.height;
    if (!outcome.error.isEmpty()) {
        m_reason = outcome.error;
        setState(State::Error);
    } else if (outcome.cancelled || m_cancelRequested) {
        setState(State::Cancelled);
    } else if (outcome.failed) {
        m_badBlock = outcome.badBlock;
        m_reason = outcome.reason;
        setState(State::Failed);
    } else {
        Q_EMIT progressChanged(m_checked, m_height);
        setState(State::Verified);
    }
    Q_EMIT finished(m_state);
}

void ChainVerification::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString ChainVerification::resultText() const
{
    switch (m_state) {
    case State::Idle:
        return QString();
    case State::Running:
        //: %1 is the channel ID (zh: 正在校验通道 %1 的链……)
        return tr("Verifying the chain of %1…").arg(m_channel);
    case State::Verified:
        if (m_height == 0)
            return tr("%1: the chain is empty.").arg(m_channel);
        //: Chain verification succeeded; %1 channel, %2 last block number
        return tr("%1: all %n block(s) verified, up to block %2.", nullptr, static_cast<int>(m_checked))
            .arg(m_channel)
            .arg(m_height - 1);
    case State::Failed:
        //: Chain verification found a bad block; %3 is the verifier's reason, in English
        return tr("%1: block %2 is invalid: %3").arg(m_channel).arg(m_badBlock).arg(m_reason);
    case State::Cancelled:
        return tr("%1: verification cancelled after %n block(s).", nullptr, static_cast<int>(m_checked)).arg(m_channel);
    case State::Error:
        return tr("%1: the ledger could not be read: %2").arg(m_channel, m_reason);
    }
    return QString();
}

} // namespace lx::models
