#pragma once

#include "models/TranslationCatalog.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

class QWidget;

namespace lx::ui {

class WorkstationShell;

// Walks the shell through its screens and saves a PNG of each in English
// and Chinese, for the docs and for review:
//   signin, worklist, lettersOfCredit, approvals, ledger and (for an officer)
//   lcIssueForm, lcDetail (the first L/C's timeline), guarantees,
//   guaranteeIssueForm, guaranteeWindow and guaranteeTimeline, each as
//   <name>-en.png and <name>-zh_CN.png
// Event driven: each step waits for a signal (identities loaded, signed in,
// every channel's height known, the local cache caught up), then for the
// layout to settle.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(
        WorkstationShell &shell, const QString &outputDir, const QString &passphrase, QObject *parent = nullptr);

    void start();
    QStringList writtenFiles() const { return m_written; }

    static constexpr int kTimeoutMs = 60000;
    static constexpr int kSettleMs = 250;

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onIdentitiesLoaded();
    void grabSections(std::size_t index);
    void grabIssueForm();
    // The forfaiting desk's tabs, then its first deal's window.
    void grabForfaiting(int tab);
    void grabForfaitingDeal();
    void grabDetail();
    void grabQuotePostForm();
    void grabGuarantees();
    void onSignedIn();
    void onHeightsChanged();
    // Grabs widget in each language, then continues with next.
    void grabInEveryLanguage(QWidget *widget, const QString &baseName, std::function<void()> next);
    void grabStep(QWidget *widget, const QString &baseName, std::size_t languageIndex, std::function<void()> next);
    void fail(const QString &message);
    void finish();

    WorkstationShell &m_shell;
    QString m_outputDir;
    QString m_passphrase;
    models::TranslationCatalog::Language m_startLanguage;
    QStringList m_written;
    QTimer m_timeout;
    bool m_signInShot = false;
    bool m_mainShot = false;
    bool m_detailShot = false;
    bool m_done = false;
};

} // namespace lx::ui
