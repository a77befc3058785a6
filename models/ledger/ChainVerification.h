#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace lx::models {

class SessionModel;

// Verifies one channel's chain the way `lianxin-cli ledger verify` does
// (client::checkChain: ChainVerifier with the standard contracts), on a
// worker thread. Progress reaches the GUI at most every kProgressIntervalMs;
// cancel() stops the worker before its next block. Ends in Verified (every
// block up to the height), Failed (the first bad block and why), Cancelled,
// or Error (the ledger could not be read).
class ChainVerification : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Verified, Failed, Cancelled, Error };
    Q_ENUM(State)
    static constexpr int kProgressIntervalMs = 100;

    explicit ChainVerification(SessionModel &session, QObject *parent = nullptr);
    ~ChainVerification() override; // cancels and waits for the worker

    // Ignored while a verification runs.
    void start(const QString &channel);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const QString &channel() const { return m_channel; }
    quint64 blocksChecked() const { return m_checked; }
    quint64 height() const { return m_height; }
    quint64 badBlock() const { return m_badBlock; } // when Failed
    const QString &reason() const { return m_reason; } // Failed or Error, untranslated
    // The outcome in the interface language; empty while Idle.
    QString resultText() const;

Q_SIGNALS:
    void stateChanged(lx::models::ChainVerification::State state);
    void progressChanged(quint64 checked, quint64 height);
    void finished(lx::models::ChainVerification::State state);

private:
    struct Outcome
    {
        quint64 checked = 0;
        quint64 height = 0;
        bool cancelled = false;
        bool failed = false;
        quint64 badBlock = 0;
        QString reason;
        QString error;
    };
    void onProgress(quint64 generation, quint64 checked, quint64 height);
    void onFinished();
    void setState(State state);

    SessionModel &m_session;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_cancelRequested = false;
    State m_state = State::Idle;
    QString m_channel;
    quint64 m_checked = 0;
    quint64 m_height = 0;
    quint64 m_badBlock = 0;
    QString m_reason;
};

} // namespace lx::models
