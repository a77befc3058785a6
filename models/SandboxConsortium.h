#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

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
    // while a creation runs.
    void create(const QString &passphrase);

    static constexpr int kMinimumPassphraseLength = 8;

Q_SIGNALS:
    void creatingChanged(bool creating);
    void created();
    void creationFailed(const QString &reason);

private:
    void onFinished();

    QString m_dataDir;
    QFutureWatcher<QString> m_watcher; // result: empty, or the reason it failed
};

} // namespace lx::models
