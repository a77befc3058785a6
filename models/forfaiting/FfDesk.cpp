#include "models/forfaiting/FfDesk.h"

#include "chaincode/forfaiting/FfDryRun.h"
#include "chaincode/forfaiting/FfStateMachine.h"
#include "models/BookReader.h"
#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/ReasonCatalog.h"

#include <chrono>

namespace lx::models {

using lianxin::forfaiting::FfAction;

FfDesk::FfDesk(BookReader &reader, LocalBook &book, QObject *parent)
    : QObject(parent), m_reader(reader), m_book(book), m_clock(client::systemClock())
{
    connect(&m_book, &LocalBook::bookChanged, this, &FfDesk::refresh);
}

void FfDesk::setIdentity(const BankIdentity &identity, client::Clock clock)
{
    m_identity = identity;
    m_clock = std::move(clock);
    FfSnapshot empty;
    empty.bankMsp = identity.mspId.toStdString();
    empty.today = chinaToday(m_clock);
    setSnapshot(std::move(empty));
    refresh();
}

bool FfDesk::mayDraft() const
{
    return m_identity.isMaker();
}

void FfDesk::refresh()
{
    if (!m_identity.isValid() || !m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    m_reader.read<FfSnapshot>(
        this,
        [bank = m_identity.mspId.toStdString(), today = chinaToday(m_clock)](
            sqlite3 *db) { return FfSnapshot::read(db, bank, today); },
        [this, generation](FfSnapshot snapshot) {
            if (generation == m_generation)
                setSnapshot(std::move(snapshot));
        },
        [this](const QString &message) { Q_EMIT readFailed(message); });
}

void FfDesk::setSnapshot(FfSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    Q_EMIT changed();
}

std::int64_t FfDesk::nowSeconds() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(m_clock().time_since_epoch()).count();
}

std::optional<QString> FfDesk::rejection(const FfAction &action) const
{
    const auto refused
        = chaincode::forfaiting::dryRunRejection(m_snapshot.records, action, m_snapshot.bankMsp, nowSeconds());
    if (!refused)
        return std::nullopt;
    // A forfaiter reselling a claim is no party to its L/C, so its cache
    // does not hold it: the dry run cannot judge the L/C, the ledger will
    // (the contract re-reads it at endorsement).
    if (action.has_list() && refused->rfind("FF_LC_UNKNOWN", 0) == 0
        && !m_snapshot.records.count("lc/" + action.list().lc_no())
        && m_snapshot.claim(chaincode::forfaiting::claimId(action.list().lc_no(), action.list().presentation_no())))
        return std::nullopt;
    const QString text = QString::fromStdString(*refused);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return ReasonCatalog::describe(text, QString());
    return ReasonCatalog::describe(text.left(colon).trimmed(), text.mid(colon + 1).trimmed());
}

FfAction FfDesk::listAction(const std::string &lcNo, int presentationNo, bool inquiry)
{
    FfAction action;
    action.mutable_list()->set_lc_no(lcNo);
    action.mutable_list()->set_presentation_no(presentationNo);
    action.mutable_list()->set_inquiry(inquiry);
    return action;
}

QList<FfDeskAction> FfDesk::dealActions(const QString &dealId) const
{
    QList<FfDeskAction> offered;
    const auto *deal = m_snapshot.deal(dealId.toStdString());
    if (!deal || !mayDraft())
        return offered;
    const auto *claim = m_snapshot.claim(deal->claim_id());
    std::vector<FfDeskAction> candidates;
    FfAction a;
    a.mutable_notify_transfer()->set_deal_id(deal->deal_id());
    candidates.push_back({ a, tr("Send claim-transfer notice"), QStringLiteral("notify") });
    a.Clear();
    a.mutable_acknowledge_transfer()->set_deal_id(deal->deal_id());
    candidates.push_back({ a, tr("Acknowledge the transfer"), QStringLiteral("acknowledge") });
    a.Clear();
    a.mutable_settle()->set_deal_id(deal->deal_id());
    candidates.push_back({ a, tr("Settle (pay the net amount)"), QStringLiteral("settle") });
    if (claim) {
        a.Clear();
        a.mutable_pay_at_maturity()->set_claim_id(claim->claim_id());
        candidates.push_back({ a, tr("Pay at maturity"), QStringLiteral("pay") });
        a.Clear();
        a.mutable_record_overdue()->set_claim_id(claim->claim_id());
        candidates.push_back({ a, tr("Record overdue"), QStringLiteral("overdue") });
        candidates.push_back(
            { listAction(claim->lc_no(), claim->presentation_no(), false), tr("Resell"), QStringLiteral("resell") });
    }
    for (auto &candidate : candidates) {
        if (!rejection(candidate.action))
            offered.append(std::move(candidate));
    }
    return offered;
}

void FfDesk::submit(const FfAction &action)
{
    m_book.submitDeskDraft("forfaiting", action.SerializeAsString());
}

} // namespace lx::models
