#include "models/lc/DocumentCheck.h"

#include "cache/CacheError.h"
#include "cache/Database.h"
#include "cache/DocumentStore.h"
#include "cache/LocalCache.h"

#include "ledgerclient/Client.h"
#include "models/lc/LcText.h"

#include "lianxin/notary.pb.h"

#include <QDateTime>
#include <QLocale>

namespace lx::models {

DocumentCheck DocumentCheck::run(
    const std::shared_ptr<cache::LocalCache> &cache, const std::shared_ptr<client::Client> &client, const Bytes &sha256)
{
    DocumentCheck out;
    if (cache) {
        try {
            cache::Database db = cache->connect();
            out.content = cache::DocumentStore(db.handle()).content(sha256);
            out.localCopy = out.content.has_value();
        } catch (const cache::CacheError &e) {
            out.localCopy = true;
            out.tampered = e.kind() == cache::CacheError::Kind::Tampered;
            if (!out.tampered)
                throw;
        }
    }
    if (client) {
        try {
            lianxin::trust::NotaryRecord record;
            record.ParseFromString(client->evaluate("trust", "notary", "Verify", { sha256 }).payload());
            out.notarizations = record.entries_size();
            if (record.entries_size() > 0) {
                const auto &first = record.entries(0);
                out.notarizedBy = tr("%1 on %2 (transaction %3…)")
                                      .arg(LcText::bankName(QString::fromStdString(first.submitting_msp())),
                                          QLocale().toString(QDateTime::fromSecsSinceEpoch(first.recorded_seconds()),
                                              QLocale::ShortFormat),
                                          QString::fromStdString(first.tx_id()).left(16));
            }
        } catch (const client::LedgerError &e) {
            // NOTARY_NOT_FOUND is an answer, not a failure.
            if (e.reasonCode() != "NOTARY_NOT_FOUND")
                out.ledgerError = QString::fromStdString(e.what());
        }
    }
    return out;
}

QString DocumentCheck::summary() const
{
    QString local;
    if (tampered)
        local = tr("The copy in this bank's cache has been altered: it no longer matches the presented document.");
    else if (localCopy)
        local = tr("The copy in this bank's cache matches the presented document.");
    else
        local = tr("This bank's cache holds no copy (the presenting bank keeps the file).");
    QString notary;
    if (!ledgerError.isEmpty())
        notary = tr("The notary could not be asked: %1").arg(ledgerError);
    else if (notarizations == 0)
        notary = tr("Its hash is not notarized on the ledger.");
    else
        notary = tr("Its hash is notarized on the ledger %n time(s), first by %1.", nullptr, notarizations)
                     .arg(notarizedBy);
    return local + QLatin1Char(' ') + notary;
}

} // namespace lx::models
