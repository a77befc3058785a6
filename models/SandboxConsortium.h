#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace lx::models {

// The sandbox consortium in a data folder: whether it exists, and its
// creation on first run (CA and user keys, wallet, channels' genesis
// blocks), which runs on a worker thread.
class SandboxConsortium : public QObject
{
    Q_OBJECT

public:
    explicit SandboxConsortium(const QString &dataDir, QObject *parent = nullptr);
    ~SandboxConsortium() override;

    const QString &dataDir() const { return m_dataDir; }
    bool exists() const; // reads one file's metadata; cheap
    bool isCreating() const { return m_watcher.isRunning(); }

    // Starts the creation; created() or creationFailed() follows. Ignored
    // while a creation runs. With demoLetters > 0 a demo book of that many
    // L/Cs follows the creation (ledgerclient/DemoBook), as of today, with
    // demoProgress() as it goes; stopDemo() ends it early (what is written
    // stays, every step whole) and the sandbox is still created.
    void create(const QString &passphrase, int demoLetters = 0);
    void stopDemo();

    static constexpr int kMinimumPassphraseLength = 8;

Q_SIGNALS:
    void creatingChanged(bool creating);
    void created();
    void creationFailed(const QString &reason);
    void demoProgress(int done, int total);

private:
    void onFinished();

    struct DemoRun;
    QString m_dataDir;
    QFutureWatcher<QString> m_watcher; // result: empty, or the reason it failed
    std::shared_ptr<DemoRun> m_demo; // shared with the worker; polled, not called back
    QTimer m_poll;
};

} // namespace lx::models
