#pragma once

#include "models/TranslationCatalog.h"

#include <QObject>
#include <QString>

#include <optional>

class QSettings;

namespace lx::models {

// The workstation's settings (QSettings, the user's own), typed, with their
// defaults and ranges in one place: the Settings dialog edits them, the
// shell and main() read them. Language, idle time, page size and export
// folder take effect at once (changed() tells); the data folder and the
// ledger at the next start (the ledger is remembered in the data folder,
// NetworkChoice).
class WorkstationSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kMaxIdleMinutes = 240;
    static constexpr int kDefaultPageRows = 100;
    static constexpr int kMinPageRows = 25;
    static constexpr int kMaxPageRows = 1000;

    explicit WorkstationSettings(QSettings &settings, QObject *parent = nullptr);

    // Empty: the system's language decides.
    std::optional<TranslationCatalog::Language> language() const;
    void setLanguage(TranslationCatalog::Language language);
    // Minutes without input before the workstation locks; 0: never.
    int idleMinutes() const;
    void setIdleMinutes(int minutes);
    // Rows a list reads from the cache at a time.
    int pageRows() const;
    void setPageRows(int rows);
    // Where exports are offered first; empty: the user's documents folder.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    // The data folder the next start opens (lianxin --data wins); empty: the default.
    QString dataFolder() const;
    void setDataFolder(const QString &folder);

    // Why a folder cannot be used, translated; empty when it can. A data
    // folder may be new (it is created); an export folder must exist and
    // be writable.
    static QString dataFolderProblem(const QString &folder);
    static QString exportFolderProblem(const QString &folder);

Q_SIGNALS:
    void changed();

private:
    QSettings &m_settings;
};

} // namespace lx::models
