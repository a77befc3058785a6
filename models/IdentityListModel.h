#pragma once

#include "models/BankIdentity.h"
#include "models/TranslationCatalog.h"

#include <QAbstractListModel>
#include <QFutureWatcher>

#include <vector>

namespace lx::models {

// The wallet's identities for the sign-in list. The wallet file is read on a
// worker thread (no passphrase needed: labels and certificates are public).
class IdentityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        LabelRole = Qt::UserRole + 1,
        MspIdRole,
        BankNameRole, // in the current language
        UserIdRole,
        DisplayNameRole,
        RoleKeyRole, // "officer"
        RoleTitleRole, // translated
        OrgKindRole,
    };
    Q_ENUM(Roles)

    explicit IdentityListModel(QObject *parent = nullptr);
    ~IdentityListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads walletDir(dataDir) in the background; loaded() or loadFailed().
    void reload(const QString &dataDir);
    bool isLoading() const { return m_watcher.isRunning(); }
    int rowOf(const QString &label) const; // -1 when absent
    BankIdentity identityAt(int row) const;

public Q_SLOTS:
    void setLanguage(lx::models::TranslationCatalog::Language language);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &reason);

private:
    struct Listing
    {
        std::vector<BankIdentity> identities;
        QString error;
    };
    void applyListing();

    std::vector<BankIdentity> m_identities;
    TranslationCatalog::Language m_language = TranslationCatalog::Language::English;
    QFutureWatcher<Listing> m_watcher;
};

} // namespace lx::models
