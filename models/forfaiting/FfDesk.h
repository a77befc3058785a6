#pragma once

#include "ledgerclient/Clock.h"
#include "models/BankIdentity.h"
#include "models/forfaiting/FfSnapshot.h"

#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace lx::models {

class BookReader;
class LocalBook;

// An action this bank may draft on a deal or claim now, with its button
// text and a stable key for objectNames ("notify", "settle", ...).
struct FfDeskAction
{
    lianxin::forfaiting::FfAction action;
    QString title;
    QString key;
};

// The forfaiting desk of the signed-in bank (a service model): holds the
// book's latest snapshot, re-read on the BookReader's thread whenever the
// local book changes, answers "would the contract accept this now?" with
// the contract's own dry run, and sends drafts to the outbox. The table
// models of the forfaiting screens follow changed().
class FfDesk : public QObject
{
    Q_OBJECT

public:
    FfDesk(BookReader &reader, LocalBook &book, QObject *parent = nullptr);

    // Who acts, and the clock that says what "now" is; re-reads the book.
    void setIdentity(const BankIdentity &identity, client::Clock clock);
    const BankIdentity &identity() const { return m_identity; }
    bool mayDraft() const; // a bank's officer
    void refresh();
    // For tests and the reader's answer: replaces the snapshot.
    void setSnapshot(FfSnapshot snapshot);
    const FfSnapshot &snapshot() const { return m_snapshot; }
    std::int64_t nowSeconds() const;
    int today() const { return m_snapshot.today; }

    // The contract's answer for this bank now: nullopt when it accepts,
    // else the translated reason with the contract's details. A resale of
    // a claim whose L/C this bank's cache does not hold (a forfaiter is no
    // party to it) is left to the ledger, which reads the L/C itself.
    std::optional<QString> rejection(const lianxin::forfaiting::FfAction &action) const;
    // The deal's actions (and its claim's: pay, overdue, resell) the
    // contract would accept from this bank now; none for a non-officer.
    QList<FfDeskAction> dealActions(const QString &dealId) const;
    // Writes the draft to the outbox (LocalBook::actionQueued follows).
    void submit(const lianxin::forfaiting::FfAction &action);

    static lianxin::forfaiting::FfAction listAction(const std::string &lcNo, int presentationNo, bool inquiry);

Q_SIGNALS:
    void changed();
    void readFailed(const QString &message);

private:
    BookReader &m_reader;
    LocalBook &m_book;
    BankIdentity m_identity;
    client::Clock m_clock;
    FfSnapshot m_snapshot;
    quint64 m_generation = 0;
};

} // namespace lx::models
