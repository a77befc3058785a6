#pragma once

#include "models/TranslationCatalog.h"
#include "ui/shell/WorkstationShell.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QLabel;

namespace lx::test {

// One workstation on a fresh sandbox consortium in a temporary folder:
// initSandbox runs directly (known passphrase), then the shell is built the
// way app/main.cpp builds it, with settings in the same folder. Widgets are
// found by objectName and driven with QTest, like a user would.
class WorkstationFixture
{
public:
    static const QString kPassphrase;
    static const QString kHuaxiaOfficer; // HuaxiaBankMSP/officer1
    static const QString kDongfangChecker; // DongfangBankMSP/checker1
    static const QString kSecretariatAdmin; // SecretariatMSP/admin1

    // A new CA certificate (PEM) for an applicant that needs no users of
    // its own: an admission must name its root CA certificates.
    static std::string rootCertOf(const std::string &mspId, const std::string &name);
    // The serialized proposal to admit a bank (registry.Propose as the
    // secretariat's admin): a write on trust that any test can make once
    // per MSP ID now that members join by council vote.
    static std::string admissionOf(const std::string &mspId, const std::string &name);

    struct Setup
    {
        bool createSandbox = true;
        // An existing data folder to work in instead of a temporary one
        // (createSandbox false), e.g. one that joined a network.
        QString dataDir;
        models::TranslationCatalog::Language language = models::TranslationCatalog::Language::English;
        ui::ShellOptions options; // dataDir is filled in
    };

    WorkstationFixture();
    explicit WorkstationFixture(Setup setup);
    ~WorkstationFixture();

    bool isValid() const { return m_valid; }
    QString dataDir() const { return m_dataDir; }
    ui::WorkstationShell &shell() { return *m_shell; }
    models::TranslationCatalog &catalog() { return m_catalog; }
    QSettings &settings() { return *m_settings; }

    // Start the shell and wait for the sign-in list.
    bool startAndWaitForSignIn();
    // Pick the identity, type the passphrase, click Sign in. Does not wait.
    void enterSignIn(const QString &label, const QString &passphrase);
    // enterSignIn, then wait until the main window shows this identity.
    bool signIn(const QString &label, const QString &passphrase = kPassphrase);
    // Signed in as label (switching from whoever is signed in, unless it is
    // label already and not `afresh`) with the book live; false if either
    // does not happen within timeoutMs.
    bool switchTo(const QString &label, int timeoutMs = 30000, bool afresh = false);
    // Every channel shows a height of at least one block.
    bool waitForLedgerHeights();

    QLabel *statusLabel(const char *objectName) const;

    template<typename T> static T *find(const QWidget *root, const char *objectName)
    {
        return root ? root->findChild<T *>(QString::fromLatin1(objectName)) : nullptr;
    }

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    bool m_valid = false;
    std::unique_ptr<QSettings> m_settings;
    models::TranslationCatalog m_catalog;
    std::unique_ptr<ui::WorkstationShell> m_shell;
};

} // namespace lx::test
