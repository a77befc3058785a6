#include "models/IdentityListModel.h"

#include "ledgerclient/Sandbox.h"
#include "models/MemberDirectory.h"
#include "ledgerclient/Wallet.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace lx::models {

IdentityListModel::IdentityListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Listing>::finished, this, &IdentityListModel::applyListing);
}

IdentityListModel::~IdentityListModel() = default;

int IdentityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_identities.size());
}

QVariant IdentityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BankIdentity &identity = m_identities[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        //: Sign-in list entry: %1 bank, %2 person, %3 user id, %4 role
        return tr("%1 — %2 (%3), %4")
            .arg(identity.bankName(m_language), identity.displayName, identity.userId, identity.roleTitle());
    case Qt::ToolTipRole:
    case LabelRole:
        return identity.label;
    case MspIdRole:
        return identity.mspId;
    case BankNameRole:
        return identity.bankName(m_language);
    case UserIdRole:
        return identity.userId;
    case DisplayNameRole:
        return identity.displayName;
    case RoleKeyRole:
        return BankIdentity::roleKey(identity.role);
    case RoleTitleRole:
        return identity.roleTitle();
    case OrgKindRole:
        return identity.orgKind;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> IdentityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LabelRole, QByteArrayLiteral("label"));
    names.insert(MspIdRole, QByteArrayLiteral("mspId"));
    names.insert(BankNameRole, QByteArrayLiteral("bankName"));
    names.insert(UserIdRole, QByteArrayLiteral("userId"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(RoleKeyRole, QByteArrayLiteral("roleKey"));
    names.insert(RoleTitleRole, QByteArrayLiteral("roleTitle"));
    names.insert(OrgKindRole, QByteArrayLiteral("orgKind"));
    return names;
}

void IdentityListModel::reload(const QString &dataDir)
{
    const std::filesystem::path data = dataDir.toStdString();
    m_watcher.setFuture(QtConcurrent::run([data]() {
        Listing listing;
        try {
            // Names from the registry as this process knows it, else as the
            // last session kept it in the data folder (no passphrase needed).
            std::vector<Member> members = MemberDirectory::current();
            if (members.empty())
                members = MemberDirectory::readFile(data).value_or(std::vector<Member>());
            listing.identities = BankIdentity::fromWallet(client::Wallet::listEntries(client::walletDir(data)), members);
        } catch (const std::exception &error) {
            listing.error = QString::fromStdString(error.what());
        }
        return listing;
    }));
}

void IdentityListModel::applyListing()
{
    Listing listing = m_watcher.result();
    if (!listing.error.isEmpty()) {
        Q_EMIT loadFailed(listing.error);
        return;
    }
    beginResetModel();
    m_identities = std::move(listing.identities);
    endResetModel();
    Q_EMIT loaded();
}

int IdentityListModel::rowOf(const QString &label) const
{
    for (std::size_t row = 0; row < m_identities.size(); ++row) {
        if (m_identities[row].label == label)
            return static_cast<int>(row);
    }
    return -1;
}

BankIdentity IdentityListModel::identityAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return BankIdentity();
    return m_identities[static_cast<std::size_t>(row)];
}

void IdentityListModel::setLanguage(TranslationCatalog::Language language)
{
    m_language = language;
    // Bank names and role titles both follow the language.
    if (!m_identities.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace lx::models
