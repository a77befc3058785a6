#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace lx::models {

class SessionModel;

// What Help › About says: the version, the ledger this workstation talks
// to, and the libraries of this build with their versions and licences.
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    struct Component
    {
        QString name;
        QString version; // as the library reports it at run time
        QString licence; // SPDX identifier
    };

    static QString version(); // the project's, e.g. "0.1.0"
    // The libraries linked into lianxin, in the order a reader expects.
    static std::vector<Component> components();
    // Translated: "the embedded sandbox consortium (DIR)" or "Fabric network NAME, peer P (ADDRESS)".
    static QString ledgerDescription(const SessionModel &session);
    // LianXin's own licence terms, translated.
    static QString licence();
};

} // namespace lx::models
