#include "models/NetworkChoice.h"

#include "ledgerclient/NetworkProfile.h"
#include "models/ReasonCatalog.h"

#include <QDir>
#include <QFile>
#include <QSettings>

namespace lx::models {

namespace {
const QString kProfileKey = QStringLiteral("network/profile");
const QString kPeerKey = QStringLiteral("network/peer");
} // namespace

QString NetworkChoice::fileOf(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("workstation.ini"));
}

NetworkChoice NetworkChoice::load(const QString &dataDir)
{
    if (!QFile::exists(fileOf(dataDir)))
        return {};
    const QSettings settings(fileOf(dataDir), QSettings::IniFormat);
    return { settings.value(kProfileKey).toString(), settings.value(kPeerKey).toString() };
}

bool NetworkChoice::save(const QString &dataDir, const NetworkChoice &choice)
{
    if (!QDir().mkpath(dataDir))
        return false;
    {
        QSettings settings(fileOf(dataDir), QSettings::IniFormat);
        if (choice.isNetwork()) {
            settings.setValue(kProfileKey, choice.profile);
            settings.setValue(kPeerKey, choice.peer);
        } else {
            settings.remove(QStringLiteral("network"));
        }
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return false;
    }
    return QFile::setPermissions(fileOf(dataDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString NetworkChoice::problem() const
{
    if (!isNetwork())
        return {};
    try {
        const client::NetworkProfile read = client::readNetworkProfile(profile.toStdString());
        if (!peer.isEmpty())
            (void)read.peer(peer.toStdString());
    } catch (const client::NetworkProfileError &error) {
        return ReasonCatalog::describe(QString::fromStdString(error.reasonCode()), QString::fromStdString(error.what()));
    }
    return {};
}

} // namespace lx::models
