#include "models/SandboxConsortium.h"

#include "ledgerclient/Sandbox.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace lx::models {

SandboxConsortium::SandboxConsortium(const QString &dataDir, QObject *parent) : QObject(parent), m_dataDir(dataDir)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &SandboxConsortium::onFinished);
}

SandboxConsortium::~SandboxConsortium() = default;

bool SandboxConsortium::exists() const
{
    return client::sandboxExists(m_dataDir.toStdString());
}

void SandboxConsortium::create(const QString &passphrase)
{
    if (isCreating())
        return;
    const std::filesystem::path dir = m_dataDir.toStdString();
    const std::string secret = passphrase.toStdString();
    m_watcher.setFuture(QtConcurrent::run([dir, secret]() {
        try {
            client::initSandbox(dir, secret);
            return QString();
        } catch (const std::exception &error) {
            return QString::fromStdString(error.what());
        } catch (...) {
            return QStringLiteral("unknown error");
        }
    }));
    Q_EMIT creatingChanged(true);
}

void SandboxConsortium::onFinished()
{
    const QString failure = m_watcher.result();
    Q_EMIT creatingChanged(false);
    if (failure.isEmpty())
        Q_EMIT created();
    else
        Q_EMIT creationFailed(failure);
}

} // namespace lx::models
