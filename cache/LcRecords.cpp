#include "cache/LcRecords.h"

#include "cache/CacheError.h"
#include "cache/Statement.h"

#include "chaincode/lc/LcDates.h"

#include <chrono>

namespace lx::cache {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

void bindDay(Statement &statement, int index, std::optional<int> day)
{
    if (day)
        statement.bind(index, static_cast<std::int64_t>(*day));
    else
        statement.bindNull(index);
}

void bindDate(Statement &statement, int index, const lianxin::lc::Date &date)
{
    bindDay(statement, index, epochDays(date));
}

std::optional<int> earliest(std::optional<int> a, std::optional<int> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

// The deadline running on a presentation the issuing bank has still to act
// on: deciding (or refusing) by the examination deadline, paying or
// confirming payment by the payment deadline.
std::optional<int> openDeadline(const Presentation &p)
{
    switch (p.state()) {
    case Presentation::PRESENTED:
    case Presentation::DISCREPANT:
        return epochDays(p.examination_deadline());
    case Presentation::COMPLYING:
    case Presentation::WAIVED:
        return epochDays(p.payment_deadline());
    default:
        return std::nullopt;
    }
}

// The day the payment duty was met: paid (sight) or payment at maturity
// confirmed (deferred), whichever came first.
std::optional<int> settledDay(const Presentation &p)
{
    return earliest(epochDays(p.payment().paid_date()), epochDays(p.payment_confirmation().confirmed_date()));
}

std::optional<int> confirmedMaturity(const Presentation &p)
{
    if (p.state() != Presentation::ACCEPTED)
        return std::nullopt;
    return epochDays(p.payment_confirmation().maturity_date());
}

// Schema 2 added tolerance, the presentation rows and the full-text index;
// schema 3 the term dictionary for searches too short for trigrams;
// schema 4 the presentation's examination and settlement days (deadline
// compliance) and its L/C's other parties and issue date (the dashboards
// scope presentations without joining the lc table); schema 5 the number
// of its documents presented under other L/Cs too (the examiner's
// worklist, the dashboards); each migrated in place from the records; a
// schema-1 cache came
// from development builds only and is rebuilt from the ledger rather than
// migrated.
constexpr const char *kSchema
    = "CREATE TABLE IF NOT EXISTS lc("
      " lc_no TEXT PRIMARY KEY, state INTEGER NOT NULL, issuing_bank TEXT NOT NULL,"
      " advising_bank TEXT NOT NULL, nominated_bank TEXT NOT NULL, applicant_name TEXT NOT NULL,"
      " applicant_uscc TEXT NOT NULL, beneficiary_name TEXT NOT NULL, beneficiary_uscc TEXT NOT NULL,"
      " currency TEXT NOT NULL, amount_fen INTEGER NOT NULL, available_balance_fen INTEGER NOT NULL,"
      " tolerance_plus INTEGER NOT NULL, tolerance_minus INTEGER NOT NULL,"
      " payment_kind INTEGER NOT NULL, issue_date INTEGER, expiry_date INTEGER,"
      " latest_shipment_date INTEGER, next_deadline INTEGER, next_maturity INTEGER,"
      " presentations_count INTEGER NOT NULL, amendment_pending INTEGER NOT NULL,"
      " goods TEXT NOT NULL, last_block INTEGER NOT NULL, last_tx_id TEXT NOT NULL,"
      " updated_seconds INTEGER NOT NULL, record BLOB NOT NULL);"
      "CREATE TABLE IF NOT EXISTS lc_presentation("
      " lc_no TEXT NOT NULL, number INTEGER NOT NULL, state INTEGER NOT NULL, issuing_bank TEXT NOT NULL,"
      " presenting_bank TEXT NOT NULL,"
      " amount_fen INTEGER NOT NULL, examination_deadline INTEGER, payment_deadline INTEGER,"
      " maturity_date INTEGER, confirmed_fen INTEGER NOT NULL, examined_date INTEGER, settled_date INTEGER,"
      " advising_bank TEXT NOT NULL DEFAULT '', nominated_bank TEXT NOT NULL DEFAULT '', issue_date INTEGER,"
      " duplicates INTEGER NOT NULL DEFAULT 0,"
      " PRIMARY KEY(lc_no, number)) WITHOUT ROWID;"
      "CREATE TABLE IF NOT EXISTS lc_event("
      " lc_no TEXT NOT NULL, seq INTEGER NOT NULL, action TEXT NOT NULL, tx_id TEXT NOT NULL,"
      " block INTEGER, date INTEGER, bank TEXT NOT NULL, maker TEXT NOT NULL, checker TEXT NOT NULL,"
      " summary TEXT NOT NULL, PRIMARY KEY(lc_no, seq));"
      "CREATE TABLE IF NOT EXISTS document("
      " sha256 BLOB NOT NULL, lc_no TEXT NOT NULL, presentation_no INTEGER NOT NULL,"
      " doc_type TEXT NOT NULL, file_name TEXT NOT NULL, content BLOB, added_seconds INTEGER,"
      " PRIMARY KEY(sha256, lc_no, presentation_no));"
      // Substring search, Chinese included: trigrams need no word breaker.
      // External content (the lc row) keeps the text once; the triggers keep
      // the index in the writer's transaction.
      "CREATE VIRTUAL TABLE IF NOT EXISTS lc_fts USING fts5(lc_no, applicant_name, beneficiary_name, goods,"
      " content='lc', content_rowid='rowid', tokenize='trigram');"
      "CREATE TRIGGER IF NOT EXISTS lc_fts_insert AFTER INSERT ON lc BEGIN"
      " INSERT INTO lc_fts(rowid, lc_no, applicant_name, beneficiary_name, goods)"
      " VALUES(new.rowid, new.lc_no, new.applicant_name, new.beneficiary_name, new.goods); END;"
      "CREATE TRIGGER IF NOT EXISTS lc_fts_delete AFTER DELETE ON lc BEGIN"
      " INSERT INTO lc_fts(lc_fts, rowid, lc_no, applicant_name, beneficiary_name, goods)"
      " VALUES('delete', old.rowid, old.lc_no, old.applicant_name, old.beneficiary_name, old.goods); END;"
      "CREATE TRIGGER IF NOT EXISTS lc_fts_update AFTER UPDATE OF applicant_name, beneficiary_name, goods ON lc"
      // The sync rewrites every column of a changed L/C; its text rarely changes.
      " WHEN old.applicant_name IS NOT new.applicant_name OR old.beneficiary_name IS NOT new.beneficiary_name"
      " OR old.goods IS NOT new.goods BEGIN"
      " INSERT INTO lc_fts(lc_fts, rowid, lc_no, applicant_name, beneficiary_name, goods)"
      " VALUES('delete', old.rowid, old.lc_no, old.applicant_name, old.beneficiary_name, old.goods);"
      " INSERT INTO lc_fts(rowid, lc_no, applicant_name, beneficiary_name, goods)"
      " VALUES(new.rowid, new.lc_no, new.applicant_name, new.beneficiary_name, new.goods); END;"
      // Searches of one or two characters (a Chinese name is often two)
      // cannot use trigrams. Party names and goods repeat across L/Cs, so
      // their distinct values are few: the query scans this dictionary and
      // looks the matching values up in the indexes below. (DO NOTHING, not
      // OR IGNORE: the writer's UPSERT would override a trigger's OR clause.)
      "CREATE TABLE IF NOT EXISTS lc_term(term TEXT PRIMARY KEY) WITHOUT ROWID;"
      "CREATE TRIGGER IF NOT EXISTS lc_term_insert AFTER INSERT ON lc BEGIN"
      " INSERT INTO lc_term(term) VALUES(new.applicant_name), (new.beneficiary_name), (new.goods)"
      " ON CONFLICT(term) DO NOTHING; END;"
      "CREATE TRIGGER IF NOT EXISTS lc_term_update AFTER UPDATE OF applicant_name, beneficiary_name, goods ON lc"
      " WHEN old.applicant_name IS NOT new.applicant_name OR old.beneficiary_name IS NOT new.beneficiary_name"
      " OR old.goods IS NOT new.goods BEGIN"
      " INSERT INTO lc_term(term) VALUES(new.applicant_name), (new.beneficiary_name), (new.goods)"
      " ON CONFLICT(term) DO NOTHING; END;"
      "CREATE INDEX IF NOT EXISTS lc_by_goods ON lc(goods);"
      // One index per sort column, ending in lc_no so a page is an index walk
      // that stops after `limit` rows (the lc_no tie-break included).
      "CREATE INDEX IF NOT EXISTS lc_by_issue ON lc(issue_date, lc_no);"
      "CREATE INDEX IF NOT EXISTS lc_by_expiry ON lc(expiry_date, lc_no);"
      "CREATE INDEX IF NOT EXISTS lc_by_amount ON lc(amount_fen, lc_no, next_deadline);"
      "CREATE INDEX IF NOT EXISTS lc_by_deadline ON lc(next_deadline, lc_no);"
      "CREATE INDEX IF NOT EXISTS lc_by_applicant ON lc(applicant_name, lc_no);"
      "CREATE INDEX IF NOT EXISTS lc_by_beneficiary ON lc(beneficiary_name, lc_no);"
      "CREATE INDEX IF NOT EXISTS lc_by_issuer ON lc(issuing_bank, lc_no);"
      "CREATE INDEX IF NOT EXISTS lc_by_adviser ON lc(advising_bank, lc_no);"
      // State filter and sort, and count/amount by state without the table.
      "CREATE INDEX IF NOT EXISTS lc_by_state ON lc(state, amount_fen, lc_no);"
      // The worklist: small partial indexes over what still waits on a bank.
      "CREATE INDEX IF NOT EXISTS lc_amendment_pending ON lc(advising_bank) WHERE amendment_pending = 1;"
      "CREATE INDEX IF NOT EXISTS lc_presentation_open ON lc_presentation(issuing_bank, state)"
      " WHERE state IN (1, 2, 3, 5, 6);"
      "CREATE INDEX IF NOT EXISTS lc_expiring ON lc(issuing_bank, expiry_date, lc_no, advising_bank,"
      " available_balance_fen) WHERE state NOT IN (13, 14, 15);"
      "CREATE INDEX IF NOT EXISTS lc_to_advise ON lc(advising_bank) WHERE state = 2;"
      // Dashboards and counts by party scan this instead of the table: an
      // lc row carries its record (over 1 KB), this entry about 60 bytes.
      "CREATE INDEX IF NOT EXISTS lc_dashboard ON lc(state, issuing_bank, advising_bank, nominated_bank,"
      " issue_date, amount_fen, available_balance_fen);"
      "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value);";

// Schema 3 to 4: the presentation rows gain their examination and
// settlement days and their L/C's advising and nominated banks and issue
// date, read from the records already held (only L/Cs with presentations),
// in one transaction.
void migrateFrom3(sqlite3 *db)
{
    Transaction transaction(db);
    execute(db,
        "ALTER TABLE lc_presentation ADD COLUMN examined_date INTEGER;"
        "ALTER TABLE lc_presentation ADD COLUMN settled_date INTEGER;"
        "ALTER TABLE lc_presentation ADD COLUMN advising_bank TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE lc_presentation ADD COLUMN nominated_bank TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE lc_presentation ADD COLUMN issue_date INTEGER;");
    Statement records(db, "SELECT record FROM lc WHERE presentations_count > 0");
    Statement update(db,
        "UPDATE lc_presentation SET examined_date = ?3, settled_date = ?4, advising_bank = ?5, nominated_bank = ?6,"
        " issue_date = ?7 WHERE lc_no = ?1 AND number = ?2");
    while (records.step()) {
        LetterOfCredit lc;
        if (!lc.ParseFromString(records.blob(0)))
            continue;
        for (const Presentation &p : lc.presentations()) {
            update.bind(1, lc.lc_no()).bind(2, p.number());
            bindDate(update, 3, p.examination().examined_date());
            bindDay(update, 4, settledDay(p));
            update.bind(5, lc.advising_bank_msp()).bind(6, lc.nominated_bank_msp());
            bindDate(update, 7, lc.issue_date());
            update.run();
        }
    }
    Statement version(db, "UPDATE meta SET value = 4 WHERE key = 'lc_schema_version'");
    version.run();
    transaction.commit();
}

// Schema 4 to 5: the presentation rows gain the count of their documents
// presented under other L/Cs too, read from the records already held.
void migrateFrom4(sqlite3 *db)
{
    Transaction transaction(db);
    execute(db, "ALTER TABLE lc_presentation ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;");
    Statement records(db, "SELECT record FROM lc WHERE presentations_count > 0");
    Statement update(db, "UPDATE lc_presentation SET duplicates = ?3 WHERE lc_no = ?1 AND number = ?2");
    while (records.step()) {
        LetterOfCredit lc;
        if (!lc.ParseFromString(records.blob(0)))
            continue;
        for (const Presentation &p : lc.presentations()) {
            if (p.duplicates_size() > 0)
                update.bind(1, lc.lc_no()).bind(2, p.number()).bind(3, p.duplicates_size()).run();
        }
    }
    Statement version(db, "UPDATE meta SET value = 5 WHERE key = 'lc_schema_version'");
    version.run();
    transaction.commit();
}

} // namespace

std::optional<int> epochDays(const lianxin::lc::Date &date)
{
    if (const auto day = chaincode::lc::civil(date))
        return static_cast<int>(std::chrono::sys_days(*day).time_since_epoch().count());
    return std::nullopt;
}

void createLcSchema(sqlite3 *db)
{
    {
        Statement tables(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('lc', 'meta')");
        tables.step();
        const auto existing = tables.integer(0);
        if (existing == 2) {
            Statement version(db, "SELECT value FROM meta WHERE key = 'lc_schema_version'");
            const auto found = version.step() ? version.integer(0) : 0;
            if (found == kLcSchemaVersion)
                return;
            if (found == 3)
                migrateFrom3(db);
            if (found == 3 || found == 4) {
                migrateFrom4(db);
                return;
            }
            throw CacheError(CacheError::Kind::Invalid,
                "The cache holds L/C schema " + std::to_string(found) + ", this build reads "
                    + std::to_string(kLcSchemaVersion) + "; delete the cache file to rebuild it from the ledger.");
        }
        if (existing == 1) {
            Statement lc(db, "SELECT count(*) FROM sqlite_master WHERE name = 'lc'");
            lc.step();
            if (lc.integer(0) == 1)
                throw CacheError(CacheError::Kind::Invalid,
                    "The cache holds an L/C schema of a development build; delete the cache file to rebuild it.");
        }
    }
    execute(db, kSchema);
    Statement version(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('lc_schema_version', ?1)");
    version.bind(1, kLcSchemaVersion).run();
}

LcWriter::LcWriter(sqlite3 *db) : m_db(db) { }

LcWriter::~LcWriter() = default;

void LcWriter::prepare()
{
    // An UPSERT rather than INSERT OR REPLACE: the row keeps its rowid, so
    // the full-text entry is updated in place, not deleted and re-added.
    m_upsert = std::make_unique<Statement>(m_db,
        "INSERT INTO lc(lc_no, state, issuing_bank, advising_bank, nominated_bank, applicant_name,"
        " applicant_uscc, beneficiary_name, beneficiary_uscc, currency, amount_fen, available_balance_fen,"
        " tolerance_plus, tolerance_minus, payment_kind, issue_date, expiry_date, latest_shipment_date,"
        " next_deadline, next_maturity, presentations_count, amendment_pending, goods, last_block,"
        " last_tx_id, updated_seconds, record) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
        " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)"
        " ON CONFLICT(lc_no) DO UPDATE SET state = excluded.state, issuing_bank = excluded.issuing_bank,"
        " advising_bank = excluded.advising_bank, nominated_bank = excluded.nominated_bank,"
        " applicant_name = excluded.applicant_name, applicant_uscc = excluded.applicant_uscc,"
        " beneficiary_name = excluded.beneficiary_name, beneficiary_uscc = excluded.beneficiary_uscc,"
        " currency = excluded.currency, amount_fen = excluded.amount_fen,"
        " available_balance_fen = excluded.available_balance_fen, tolerance_plus = excluded.tolerance_plus,"
        " tolerance_minus = excluded.tolerance_minus, payment_kind = excluded.payment_kind,"
        " issue_date = excluded.issue_date, expiry_date = excluded.expiry_date,"
        " latest_shipment_date = excluded.latest_shipment_date, next_deadline = excluded.next_deadline,"
        " next_maturity = excluded.next_maturity, presentations_count = excluded.presentations_count,"
        " amendment_pending = excluded.amendment_pending, goods = excluded.goods,"
        " last_block = excluded.last_block, last_tx_id = excluded.last_tx_id,"
        " updated_seconds = excluded.updated_seconds, record = excluded.record");
    m_clearPresentations = std::make_unique<Statement>(m_db, "DELETE FROM lc_presentation WHERE lc_no = ?1");
    m_presentation = std::make_unique<Statement>(m_db,
        "INSERT INTO lc_presentation(lc_no, number, state, presenting_bank, amount_fen, examination_deadline,"
        " payment_deadline, maturity_date, confirmed_fen, issuing_bank, examined_date, settled_date,"
        " advising_bank, nominated_bank, issue_date, duplicates)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    // History only grows on the ledger; a shorter one (never expected) still
    // wins, so the timeline is exactly the record's.
    m_clearEvents = std::make_unique<Statement>(m_db, "DELETE FROM lc_event WHERE lc_no = ?1 AND seq >= ?2");
    m_event = std::make_unique<Statement>(m_db,
        "INSERT INTO lc_event(lc_no, seq, action, tx_id, block, date, bank, maker, checker, summary)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        " ON CONFLICT(lc_no, seq) DO UPDATE SET action = excluded.action, tx_id = excluded.tx_id,"
        " block = coalesce(excluded.block, lc_event.block), date = excluded.date, bank = excluded.bank,"
        " maker = excluded.maker, checker = excluded.checker, summary = excluded.summary");
    m_document = std::make_unique<Statement>(m_db,
        "INSERT OR IGNORE INTO document(sha256, lc_no, presentation_no, doc_type, file_name)"
        " VALUES(?1, ?2, ?3, ?4, ?5)");
}

void LcWriter::upsert(const LetterOfCredit &lc, std::uint64_t block, const std::string &txId)
{
    if (!m_upsert)
        prepare();
    bool amendmentPending = false;
    for (const auto &a : lc.amendments())
        amendmentPending = amendmentPending || a.status() == lianxin::lc::Amendment::PENDING;
    std::optional<int> deadline;
    std::optional<int> maturity;
    for (const Presentation &p : lc.presentations()) {
        deadline = earliest(deadline, openDeadline(p));
        maturity = earliest(maturity, confirmedMaturity(p));
    }
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
        .bind(13, lc.tolerance().plus_percent())
        .bind(14, lc.tolerance().minus_percent())
        .bind(15, static_cast<std::int64_t>(lc.payment_term().kind()));
    bindDate(row, 16, lc.issue_date());
    bindDate(row, 17, lc.expiry_date());
    bindDate(row, 18, lc.latest_shipment_date());
    bindDay(row, 19, deadline);
    bindDay(row, 20, maturity);
    row.bind(21, static_cast<std::int64_t>(lc.presentations_size()))
        .bind(22, amendmentPending ? 1 : 0)
        .bind(23, lc.goods_description())
        .bind(24, static_cast<std::int64_t>(block))
        .bind(25, txId)
        .bind(26, updated)
        .bindBlob(27, lc.SerializeAsString());
    row.run();

    m_clearPresentations->bind(1, lc.lc_no()).run();
    for (const Presentation &p : lc.presentations()) {
        Statement &presentation = *m_presentation;
        presentation.bind(1, lc.lc_no())
            .bind(2, p.number())
            .bind(3, static_cast<std::int64_t>(p.state()))
            .bind(4, p.presenting_bank_msp())
            .bind(5, p.amount_fen());
        bindDate(presentation, 6, p.examination_deadline());
        bindDate(presentation, 7, p.payment_deadline());
        bindDate(presentation, 8, p.payment_confirmation().maturity_date());
        presentation.bind(9, p.payment_confirmation().amount_fen()).bind(10, lc.issuing_bank_msp());
        bindDate(presentation, 11, p.examination().examined_date());
        bindDay(presentation, 12, settledDay(p));
        presentation.bind(13, lc.advising_bank_msp()).bind(14, lc.nominated_bank_msp());
        bindDate(presentation, 15, lc.issue_date());
        presentation.bind(16, p.duplicates_size());
        presentation.run();
    }

    m_clearEvents->bind(1, lc.lc_no()).bind(2, lc.history_size()).run();
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

void upsertLetterOfCredit(sqlite3 *db, const LetterOfCredit &lc, std::uint64_t block, const std::string &txId)
{
    LcWriter(db).upsert(lc, block, txId);
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

std::vector<LcTimelineEntry> lcTimeline(sqlite3 *db, const std::string &lcNo)
{
    Statement query(db,
        "SELECT seq, action, tx_id, block, date, bank, maker, checker, summary FROM lc_event WHERE lc_no = ?1"
        " ORDER BY seq");
    query.bind(1, lcNo);
    std::vector<LcTimelineEntry> out;
    while (query.step()) {
        LcTimelineEntry entry;
        entry.seq = static_cast<int>(query.integer(0));
        entry.action = query.text(1);
        entry.txId = query.text(2);
        entry.block = query.isNull(3) ? 0 : static_cast<std::uint64_t>(query.integer(3));
        if (!query.isNull(4))
            entry.date = static_cast<int>(query.integer(4));
        entry.bank = query.text(5);
        entry.maker = query.text(6);
        entry.checker = query.text(7);
        entry.summary = query.text(8);
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace lx::cache
