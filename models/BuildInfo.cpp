#include "models/BuildInfo.h"

#include "models/SessionModel.h"

#include <QDir>
#include <QtGlobal>

#include <google/protobuf/stubs/common.h>
#include <grpc/grpc.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

namespace lx::models {

QString BuildInfo::version()
{
    return QStringLiteral(LIANXIN_VERSION);
}

std::vector<BuildInfo::Component> BuildInfo::components()
{
    const int protobuf = GOOGLE_PROTOBUF_VERSION; // e.g. 3021012
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only") },
        { QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
            QStringLiteral("Apache-2.0") },
        { QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing") },
        { QStringLiteral("Protocol Buffers"),
            QStringLiteral("%1.%2.%3").arg(protobuf / 1000000).arg(protobuf / 1000 % 1000).arg(protobuf % 1000),
            QStringLiteral("BSD-3-Clause") },
        { QStringLiteral("gRPC"), QString::fromLatin1(grpc_version_string()), QStringLiteral("Apache-2.0") },
        { QStringLiteral("yaml-cpp"), QStringLiteral(LIANXIN_YAML_CPP_VERSION), QStringLiteral("MIT") },
    };
}

QString BuildInfo::ledgerDescription(const SessionModel &session)
{
    if (!session.isNetwork())
        return tr("the embedded sandbox consortium in %1").arg(QDir::toNativeSeparators(session.dataDir()));
    return tr("the Hyperledger Fabric network %1, through peer %2 (%3)")
        .arg(session.networkName(), session.peerName(), session.peerAddress());
}

QString BuildInfo::licence()
{
    return tr("LianXin is licensed to the member banks, the secretariat and the regulator of the consortium "
              "under their membership agreement; all other rights reserved. The libraries below keep their own "
              "licences; their texts are installed with each Debian package under /usr/share/doc.");
}

} // namespace lx::models
