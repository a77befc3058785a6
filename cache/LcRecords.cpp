#include "cache/LcRecords.h"

#include "cache/Statement.h"

#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"

#include <chrono>

namespace lx::cache {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

// Days since 1970-01-01, or NULL for an unset date.
void bindDate(Statement &statement, int index, const lianxin::lc::Date &date)
{
    if (const auto day = chaincode::lc::civil(date))
        statement.bind(index, static_cast<std::int64_t>(std::chrono::sys_days(*day).time_since_epoch().count()));
    else
        statement.bindNull(index);
}

int dayKey(const lianxin::lc::Date &d)
{
    return (d.year() * 13 + d.month()) * 32 + d.day();
}

bool isOpen(const Presentation &p)
{
    switch (p.state()) {
    case Presentation::PRESENTED:
    case Presentation::COMPLYING:
    case Presentation::DISCREPANT:
    case Presentation::WAIVED:
        return true;
    default:
        return false;
    }
}

// The earliest deadline still running on an open presentation.
const lianxin::lc::Date *nextDeadline(const LetterOfCredit &lc)
{
    const lianxin::lc::Date *best = nullptr;
    const auto earlier
        = [](const lianxin::lc::Date &a, const lianxin::lc::Date *b) { return !b || dayKey(a) < dayKey(*b); };
    for (const Presentation &p : lc.presentations()) {
        if (!isOpen(p))
            continue;
        const auto &deadline = p.state() == Presentation::PRESENTED ? p.examination_deadline() : p.payment_deadline();
        if (chaincode::lc::isSet(deadline) && earlier(deadline, best))
            best = &deadline;
    }
    return best;
}

const lianxin::lc::Date *nextMaturity(const LetterOfCredit &lc)
{
    const lianxin::lc::Date *best = nullptr;
    for (const Presentation &p : lc.presentations()) {
        const auto &maturity = p.payment_confirmation().maturity_date();
        if (p.state() == Presentation::ACCEPTED && chaincode::lc::isSet(maturity)
            && (!best || dayKey(maturity) < dayKey(*best)))
            best = &maturity;
    }
    return best;
}

} // namespace

void createLcSchema(sqlite3 *db)
{
    execute(db,
        "CREATE TABLE IF NOT EXISTS lc("
        " lc_no TEXT PRIMARY KEY, state INTEGER NOT NULL, issuing_bank TEXT NOT NULL,"
        " advising_bank TEXT NOT NULL, nominated_bank TEXT NOT NULL, applicant_name TEXT NOT NULL,"
        " applicant_uscc TEXT NOT NULL, beneficiary_name TEXT NOT NULL, beneficiary_uscc TEXT NOT NULL,"
        " currency TEXT NOT NULL, amount_fen INTEGER NOT NULL, available_balance_fen INTEGER NOT NULL,"
        " payment_kind INTEGER NOT NULL, issue_date INTEGER, expiry_date INTEGER,"
        " latest_shipment_date INTEGER, next_deadline INTEGER, next_maturity INTEGER,"
        " presentations_count INTEGER NOT NULL, amendment_pending INTEGER NOT NULL,"
        " goods TEXT NOT NULL, last_block INTEGER NOT NULL, last_tx_id TEXT NOT NULL,"
        " updated_seconds INTEGER NOT NULL, record BLOB NOT NULL);"
        "CREATE TABLE IF NOT EXISTS lc_event("
        " lc_no TEXT NOT NULL, seq INTEGER NOT NULL, action TEXT NOT NULL, tx_id TEXT NOT NULL,"
        " block INTEGER, date INTEGER, bank TEXT NOT NULL, maker TEXT NOT NULL, checker TEXT NOT NULL,"
        " summary TEXT NOT NULL, PRIMARY KEY(lc_no, seq));"
        "CREATE TABLE IF NOT EXISTS document("
        " sha256 BLOB NOT NULL, lc_no TEXT NOT NULL, presentation_no INTEGER NOT NULL,"
        " doc_type TEXT NOT NULL, file_name TEXT NOT NULL, content BLOB, added_seconds INTEGER,"
        " PRIMARY KEY(sha256, lc_no, presentation_no));"
        "CREATE INDEX IF NOT EXISTS lc_by_issue ON lc(issue_date, lc_no);"
        "CREATE INDEX IF NOT EXISTS lc_by_state ON lc(state, issue_date);");
}

LcWriter::LcWriter(sqlite3 *db) : m_db(db) { }

LcWriter::~LcWriter() = default;

void LcWriter::upsert(const LetterOfCredit &lc, std::uint64_t block, const std::string &txId)
{
    if (!m_upsert) {
        m_upsert = std::make_unique<Statement>(m_db,
            "INSERT OR REPLACE INTO lc(lc_no, state, issuing_bank, advising_bank, nominated_bank,"
            " applicant_name, applicant_uscc, beneficiary_name, beneficiary_uscc, currency, amount_fen,"
            " available_balance_fen, payment_kind, issue_date, expiry_date, latest_shipment_date,"
            " next_deadline, next_maturity, presentations_count, amendment_pending, goods, last_block,"
            " last_tx_id, updated_seconds, record) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
            " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)");
        m_event = std::make_unique<Statement>(m_db,
            "INSERT INTO lc_event(lc_no, seq, action, tx_id, block, date, bank, maker, checker, summary)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            " ON CONFLICT(lc_no, seq) DO UPDATE SET block = coalesce(excluded.block, lc_event.block)");
        m_document = std::make_unique<Statement>(m_db,
            "INSERT OR IGNORE INTO document(sha256, lc_no, presentation_no, doc_type, file_name)"
            " VALUES(?1, ?2, ?3, ?4, ?5)");
    }
    bool amendmentPending = false;
    for (const auto &a : lc.amendments())
        amendmentPending = amendmentPending || a.status() == lianxin::lc::Amendment::PENDING;
    const std::int64_t updated = lc.history().empty() ? 0 : lc.history(lc.history_size() - 1).timestamp_seconds();
    Statement &row = *m_upsert;
    row.bind(1, lc.lc_no())
        .bind(2, static_cast<std::int64_t>(lc.state()))
        .bind(3, lc.issuing_bank_msp())
        .bind(4, lc.advising_bank_msp())
        .bind(5, lc.nominated_bank_msp())
        .bind(6, lc.applicant().name())
        .bind(7, lc.applicant().uscc())
        .bind(8, lc.beneficiary().name())
        .bind(9, lc.beneficiary().uscc())
        .bind(10, lc.currency().empty() ? std::string("CNY") : lc.currency())
        .bind(11, lc.amount_fen())
        .bind(12, lc.available_balance_fen())
        .bind(13, static_cast<std::int64_t>(lc.payment_term().kind()));
    bindDate(row, 14, lc.issue_date());
    bindDate(row, 15, lc.expiry_date());
    bindDate(row, 16, lc.latest_shipment_date());
    if (const auto *deadline = nextDeadline(lc))
        bindDate(row, 17, *deadline);
    else
        row.bindNull(17);
    if (const auto *maturity = nextMaturity(lc))
        bindDate(row, 18, *maturity);
    else
        row.bindNull(18);
    row.bind(19, static_cast<std::int64_t>(lc.presentations_size()))
        .bind(20, amendmentPending ? 1 : 0)
        .bind(21, lc.goods_description())
        .bind(22, static_cast<std::int64_t>(block))
        .bind(23, txId)
        .bind(24, updated)
        .bindBlob(25, lc.SerializeAsString());
    row.run();

    for (int i = 0; i < lc.history_size(); ++i) {
        const auto &e = lc.history(i);
        Statement &event = *m_event;
        event.bind(1, lc.lc_no()).bind(2, i).bind(3, e.action()).bind(4, e.tx_id());
        if (e.tx_id() == txId)
            event.bind(5, static_cast<std::int64_t>(block));
        else
            event.bindNull(5);
        bindDate(event, 6, e.date());
        event.bind(7, e.bank_msp()).bind(8, e.maker()).bind(9, e.checker()).bind(10, e.summary());
        event.run();
    }
    for (const Presentation &p : lc.presentations()) {
        for (const auto &doc : p.documents()) {
            Statement &document = *m_document;
            document.bindBlob(1, doc.sha256())
                .bind(2, lc.lc_no())
                .bind(3, p.number())
                .bind(4, doc.doc_type())
                .bind(5, doc.file_name());
            document.run();
        }
    }
}

std::optional<LetterOfCredit> loadLetterOfCredit(sqlite3 *db, const std::string &lcNo)
{
    Statement query(db, "SELECT record FROM lc WHERE lc_no = ?1");
    query.bind(1, lcNo);
    if (!query.step())
        return std::nullopt;
    LetterOfCredit lc;
    if (!lc.ParseFromString(query.blob(0)))
        return std::nullopt;
    return lc;
}

} // namespace lx::cache
