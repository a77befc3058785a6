#include "ui/mainwindow/SessionStatusBar.h"

#include "models/BuildInfo.h"
#include "models/LedgerStatusModel.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/TranslationCatalog.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace lx::ui {

using models::LedgerStatusModel;

SessionStatusBar::SessionStatusBar(models::SessionModel &session, LedgerStatusModel &ledgerStatus,
    models::LocalBook &book, models::TranslationCatalog &catalog, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_ledgerStatus(ledgerStatus)
    , m_book(book)
    , m_catalog(catalog)
    , m_bank(addField(QStringLiteral("statusBank")))
    , m_user(addField(QStringLiteral("statusUser")))
    , m_role(addField(QStringLiteral("statusRole")))
    , m_network(addField(QStringLiteral("statusNetwork")))
    , m_heights(addField(QStringLiteral("statusHeights")))
    , m_sync(addField(QStringLiteral("statusSync")))
    , m_cache(addField(QStringLiteral("statusCache")))
    , m_cacheButton(new QToolButton(this))
    , m_outbox(addField(QStringLiteral("statusOutbox")))
    , m_outboxButton(new QToolButton(this))
{
    m_outboxButton->setObjectName(QStringLiteral("statusOutboxButton"));
    m_outboxButton->setAutoRaise(true);
    addWidget(m_outboxButton);
    connect(m_outboxButton, &QToolButton::clicked, this, &SessionStatusBar::outboxRequested);
    m_cacheButton->setObjectName(QStringLiteral("statusCacheButton"));
    m_cacheButton->setAutoRaise(true);
    insertWidget(7, m_cacheButton); // after the cache's label
    connect(m_cacheButton, &QToolButton::clicked, this, [this] {
        if (m_book.syncState() == models::LocalBook::SyncState::CatchingUp)
            m_book.cancelCatchUp();
        else
            m_book.resumeSync();
    });
    // The heights, the network's name and the connection may be clipped in a
    // narrow window rather than widen it (full text in the tooltip and the
    // accessible name); who is signed in, the cache, the outbox and an
    // unreachable peer's warning (refreshSync) never are.
    for (QLabel *label : { m_heights, m_network, m_sync })
        label->setMinimumWidth(1);
    setObjectName(QStringLiteral("statusBar"));
    setSizeGripEnabled(false);
    connect(&m_session, &models::SessionModel::identityChanged, this, &SessionStatusBar::refreshIdentity);
    connect(&m_session, &models::SessionModel::identityChanged, this, &SessionStatusBar::refreshNetwork);
    connect(&m_session, &models::SessionModel::membersChanged, this, &SessionStatusBar::refreshIdentity);
    connect(&m_catalog, &models::TranslationCatalog::languageChanged, this, &SessionStatusBar::refreshAll);
    connect(&m_ledgerStatus, &LedgerStatusModel::heightsChanged, this, &SessionStatusBar::refreshHeights);
    connect(&m_ledgerStatus, &LedgerStatusModel::modelReset, this, &SessionStatusBar::refreshHeights);
    connect(&m_ledgerStatus, &LedgerStatusModel::syncStateChanged, this, &SessionStatusBar::refreshSync);
    connect(&m_book, &models::LocalBook::syncStateChanged, this, &SessionStatusBar::refreshBook);
    connect(&m_book, &models::LocalBook::bookChanged, this, &SessionStatusBar::refreshBook);
    connect(&m_book, &models::LocalBook::syncProgress, this, [this](quint64 applied, quint64 total) {
        m_progressApplied = applied;
        m_progressTotal = total;
        refreshBook();
    });
    connect(&m_book, &models::LocalBook::outboxChanged, this, &SessionStatusBar::refreshOutbox);
    refreshAll();
}

QLabel *SessionStatusBar::addField(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(4, 0, 4, 0);
    addWidget(label);
    return label;
}

void SessionStatusBar::refreshAll()
{
    refreshIdentity();
    refreshNetwork();
    refreshHeights();
    refreshSync();
    refreshBook();
    refreshOutbox();
}

void SessionStatusBar::refreshIdentity()
{
    const models::BankIdentity &identity = m_session.identity();
    const bool signedIn = m_session.isSignedIn();
    const QString none = tr("—");
    //: Status bar: the signed-in user's bank
    m_bank->setText(tr("Bank: %1").arg(signedIn ? identity.bankName(m_catalog.language()) : none));
    m_bank->setToolTip(identity.mspId);
    //: Status bar: %1 person's name, %2 user id
    m_user->setText(
        signedIn ? tr("User: %1 (%2)").arg(identity.displayName, identity.userId) : tr("User: %1").arg(none));
    m_role->setText(tr("Role: %1").arg(signedIn ? identity.roleTitle() : none));
    m_bank->setAccessibleName(m_bank->text());
    m_user->setAccessibleName(m_user->text());
    m_role->setAccessibleName(m_role->text());
}

void SessionStatusBar::refreshNetwork()
{
    QString text;
    if (m_session.isNetwork()) {
        //: Status bar: %1 the network's name (its connection profile's), %2 the peer LianXin talks to
        text = tr("Network: %1 · peer %2").arg(m_session.networkName(), m_session.peerName());
        m_network->setToolTip(text + QLatin1Char('\n') + tr("Peer %1 at %2").arg(m_session.peerName(), m_session.peerAddress()));
    } else {
        //: Status bar: the ledger is the embedded sandbox consortium of the data folder
        text = tr("Sandbox");
        m_network->setToolTip(models::BuildInfo::ledgerDescription(m_session));
    }
    m_network->setText(text);
    m_network->setAccessibleName(text);
}

void SessionStatusBar::refreshHeights()
{
    QStringList parts;
    for (int row = 0; row < m_ledgerStatus.rowCount(); ++row) {
        const QModelIndex index = m_ledgerStatus.index(row, LedgerStatusModel::ChannelColumn);
        const quint64 height = index.data(LedgerStatusModel::HeightRole).toULongLong();
        parts.append(index.data(LedgerStatusModel::ChannelRole).toString() + QLatin1Char(' ')
            + (height > 0 ? QLocale().toString(height) : QStringLiteral("…")));
    }
    const QString list = parts.isEmpty() ? tr("—") : parts.join(QStringLiteral(" · "));
    //: Status bar: %1 is a list like "trust 3 · lc 12", each channel's height in blocks
    m_heights->setText(tr("Ledger: %1").arg(list));
    //: %1 is a list like "trust 3 · lc 12"
    m_heights->setAccessibleName(tr("Ledger height: %1").arg(list));
    m_heights->setToolTip(m_heights->accessibleName());
}

void SessionStatusBar::refreshSync()
{
    QString text;
    switch (m_ledgerStatus.syncState()) {
    case LedgerStatusModel::SyncState::Offline:
        text = tr("Not connected");
        break;
    case LedgerStatusModel::SyncState::Connecting:
        text = tr("Connecting…");
        break;
    case LedgerStatusModel::SyncState::Live:
        //: Sync state: following new blocks as they are committed
        text = tr("Synchronized");
        break;
    case LedgerStatusModel::SyncState::Failed:
        text = tr("Sync error");
        break;
    case LedgerStatusModel::SyncState::Unreachable:
        //: Status bar: the network's peer does not answer; LianXin keeps trying
        text = tr("Peer unreachable, retrying…");
        break;
    }
    const bool unreachable = m_ledgerStatus.syncState() == LedgerStatusModel::SyncState::Unreachable;
    m_sync->setStyleSheet(unreachable ? QStringLiteral("color: #b00020; font-weight: 600;") : QString());
    m_sync->setText(text);
    m_sync->setMinimumWidth(unreachable ? m_sync->sizeHint().width() : 1);
    m_sync->setToolTip(m_ledgerStatus.lastError());
    m_sync->setAccessibleName(tr("Sync state: %1").arg(text));
}

void SessionStatusBar::refreshBook()
{
    using State = models::LocalBook::SyncState;
    QString text;
    switch (m_book.syncState()) {
    case State::Closed:
        text = tr("Local cache: closed");
        break;
    case State::CatchingUp:
        //: Status bar: %1 blocks applied of %2
        text = m_progressTotal > 0
            ? tr("Local cache: catching up %1 / %2 blocks")
                  .arg(QLocale().toString(m_progressApplied), QLocale().toString(m_progressTotal))
            : tr("Local cache: catching up…");
        break;
    case State::Live:
        //: Status bar: the local cache holds every block up to this height
        text = tr("Local cache: up to date (%1 blocks)").arg(QLocale().toString(m_book.syncedHeight()));
        break;
    case State::Paused:
        text = tr("Local cache: paused at %1 blocks").arg(QLocale().toString(m_book.syncedHeight()));
        break;
    case State::Retrying:
        text = tr("Local cache: ledger unavailable, retrying");
        break;
    }
    m_cache->setText(text);
    m_cache->setToolTip(m_book.lastError());
    m_cache->setAccessibleName(text);
    // Long work can be stopped and taken up again.
    switch (m_book.syncState()) {
    case State::CatchingUp:
        m_cacheButton->setText(tr("Pause"));
        m_cacheButton->setAccessibleName(tr("Pause catching up with the ledger"));
        break;
    case State::Paused:
        m_cacheButton->setText(tr("Resume"));
        m_cacheButton->setAccessibleName(tr("Resume catching up with the ledger"));
        break;
    case State::Retrying:
        m_cacheButton->setText(tr("Retry now"));
        m_cacheButton->setAccessibleName(tr("Retry the ledger now"));
        break;
    default:
        break;
    }
    m_cacheButton->setVisible(m_book.syncState() == State::CatchingUp || m_book.syncState() == State::Paused
        || m_book.syncState() == State::Retrying);
}

void SessionStatusBar::refreshOutbox()
{
    const int pending = m_book.pendingActions();
    //: Status bar: actions signed and stored, not yet committed on the ledger
    const QString text = pending > 0 ? tr("Outbox: %n pending", nullptr, pending) : tr("Outbox: all sent");
    m_outbox->setText(text);
    m_outbox->setAccessibleName(text);
    m_outboxButton->setText(tr("Show"));
    m_outboxButton->setAccessibleName(tr("Show the outbox"));
}

void SessionStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshAll();
    QStatusBar::changeEvent(event);
}

} // namespace lx::ui
