#pragma once

#include <QString>

namespace lx::models {

// Which ledger a data folder's workstation opens: the embedded sandbox
// consortium (the default) or a Fabric network by its connection profile and,
// optionally, one of its peers. Remembered in the data folder
// (workstation.ini, owner-only), so that `lianxin --network PROFILE` once and
// plain `lianxin` afterwards open the same network.
struct NetworkChoice
{
    QString profile; // absolute path of the connection profile; empty: the embedded sandbox
    QString peer; // a peer of the profile; empty: the organization's first

    bool isNetwork() const { return !profile.isEmpty(); }

    static NetworkChoice load(const QString &dataDir);
    // False when the file cannot be written.
    static bool save(const QString &dataDir, const NetworkChoice &choice);
    static QString fileOf(const QString &dataDir);
    // Why this choice cannot be opened, translated (the profile read as at
    // start, the peer looked up in it); empty when it can. Reads one small
    // local file.
    QString problem() const;
};

} // namespace lx::models
