#include "models/SandboxConsortium.h"

#include "ledgerclient/DemoBook.h"
#include "ledgerclient/DemoForfaiting.h"
#include "ledgerclient/DemoQuotes.h"
#include "ledgerclient/DemoGuarantees.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/BusinessDays.h"
#include "models/MemberDirectory.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <exception>

namespace lx::models {

// What the worker reports and what it is told: atomics the GUI polls, so no
// callback ever reaches a deleted object.
struct SandboxConsortium::DemoRun
{
    std::atomic<bool> cancel { false };
    std::atomic<int> done { 0 };
    std::atomic<int> total { 0 };
};

SandboxConsortium::SandboxConsortium(const QString &dataDir, QObject *parent) : QObject(parent), m_dataDir(dataDir)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &SandboxConsortium::onFinished);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_demo)
            Q_EMIT demoProgress(m_demo->done, m_demo->total);
    });
}

SandboxConsortium::~SandboxConsortium()
{
    if (m_demo)
        m_demo->cancel = true;
}

void SandboxConsortium::stopDemo()
{
    if (m_demo)
        m_demo->cancel = true;
}

bool SandboxConsortium::exists() const
{
    return client::sandboxExists(m_dataDir.toStdString());
}

void SandboxConsortium::create(const QString &passphrase, int demoLetters)
{
    if (isCreating())
        return;
    const std::filesystem::path dir = m_dataDir.toStdString();
    const std::string secret = passphrase.toStdString();
    m_demo = std::make_shared<DemoRun>();
    m_demo->total = demoLetters;
    if (demoLetters > 0)
        m_poll.start(100);
    m_watcher.setFuture(QtConcurrent::run([dir, secret, demoLetters, demo = m_demo]() {
        try {
            client::initSandbox(dir, secret);
            MemberDirectory::seedFromSandbox(dir, secret);
            if (demoLetters > 0) {
                const auto wallet = client::Wallet::open(client::walletDir(dir), secret);
                client::DemoBookOptions options;
                options.letters = demoLetters;
                options.today = civilDay(chinaToday(client::systemClock()));
                options.cancel = &demo->cancel;
                options.progress = [demo](int done, int) { demo->done = done; };
                const auto ledger = client::openEmbeddedLedger(client::consortiumDir(dir));
                client::loadDemoBook(ledger, wallet, options);
                if (!demo->cancel) {
                    client::loadDemoQuotes(ledger, wallet, options.today);
                    client::loadDemoForfaiting(ledger, wallet, options.today);
                    client::loadDemoGuarantees(ledger, wallet, options.today);
                }
            }
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
    m_poll.stop();
    if (m_demo && m_demo->total > 0)
        Q_EMIT demoProgress(m_demo->done, m_demo->total);
    const QString failure = m_watcher.result();
    Q_EMIT creatingChanged(false);
    if (failure.isEmpty())
        Q_EMIT created();
    else
        Q_EMIT creationFailed(failure);
}

} // namespace lx::models
