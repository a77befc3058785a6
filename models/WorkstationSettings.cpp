#include "models/WorkstationSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace lx::models {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kIdleMinutesKey = QStringLiteral("session/idleMinutes");
const QString kPageRowsKey = QStringLiteral("lists/pageRows");
const QString kExportFolderKey = QStringLiteral("paths/exportFolder");
const QString kDataFolderKey = QStringLiteral("paths/dataFolder");

int boundedInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}
} // namespace

WorkstationSettings::WorkstationSettings(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

std::optional<TranslationCatalog::Language> WorkstationSettings::language() const
{
    return TranslationCatalog::fromCode(m_settings.value(kLanguageKey).toString());
}

void WorkstationSettings::setLanguage(TranslationCatalog::Language language)
{
    m_settings.setValue(kLanguageKey, TranslationCatalog::code(language));
    Q_EMIT changed();
}

int WorkstationSettings::idleMinutes() const
{
    return boundedInt(m_settings, kIdleMinutesKey, kDefaultIdleMinutes, 0, kMaxIdleMinutes);
}

void WorkstationSettings::setIdleMinutes(int minutes)
{
    m_settings.setValue(kIdleMinutesKey, std::clamp(minutes, 0, kMaxIdleMinutes));
    Q_EMIT changed();
}

int WorkstationSettings::pageRows() const
{
    return boundedInt(m_settings, kPageRowsKey, kDefaultPageRows, kMinPageRows, kMaxPageRows);
}

void WorkstationSettings::setPageRows(int rows)
{
    m_settings.setValue(kPageRowsKey, std::clamp(rows, kMinPageRows, kMaxPageRows));
    Q_EMIT changed();
}

QString WorkstationSettings::exportFolder() const
{
    return m_settings.value(kExportFolderKey).toString();
}

void WorkstationSettings::setExportFolder(const QString &folder)
{
    m_settings.setValue(kExportFolderKey, folder.isEmpty() ? QString() : QDir::cleanPath(folder));
    Q_EMIT changed();
}

QString WorkstationSettings::dataFolder() const
{
    return m_settings.value(kDataFolderKey).toString();
}

void WorkstationSettings::setDataFolder(const QString &folder)
{
    m_settings.setValue(kDataFolderKey, folder.isEmpty() ? QString() : QDir::cleanPath(folder));
    Q_EMIT changed();
}

QString WorkstationSettings::dataFolderProblem(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    if (QDir::isRelativePath(folder))
        return tr("Give the data folder as a full path, e.g. %1.").arg(QDir::homePath() + QStringLiteral("/lianxin"));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder));
    return {};
}

QString WorkstationSettings::exportFolderProblem(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    const QFileInfo info(folder);
    if (!info.exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
    if (!info.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder));
    if (!info.isWritable())
        return tr("You may not write into %1.").arg(QDir::toNativeSeparators(folder));
    return {};
}

} // namespace lx::models
