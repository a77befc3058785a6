#pragma once

#include "crypto/Bytes.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace lx::cache {
class LocalCache;
} // namespace lx::cache

namespace lx::client {
class Client;
} // namespace lx::client

namespace lx::models {

// A presented document checked the two ways that matter: the copy in this
// bank's cache still hashes to what was presented, and the hash is
// notarized on the trust channel (by whom, under which L/C, when). Runs on
// a worker thread.
struct DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::DocumentCheck)

public:
    bool localCopy = false; // the cache holds the file (the presenting bank's does)
    std::optional<std::string> content; // when held and intact
    bool tampered = false; // held, but no longer hashing to its name
    int notarizations = 0;
    QString notarizedBy; // "DongfangBankMSP at 2026-11-26 10:00 (tx …)", first record
    QString ledgerError; // the notary could not be asked

    static DocumentCheck run(const std::shared_ptr<cache::LocalCache> &cache,
        const std::shared_ptr<client::Client> &client, const Bytes &sha256);
    // One sentence for the screen.
    QString summary() const;
};

} // namespace lx::models
