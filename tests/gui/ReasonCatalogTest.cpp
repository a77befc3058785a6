// Every reason code the contracts can return has a sentence the user reads
// in their language; unknown codes still say something a person can act on.
#include "models/ReasonCatalog.h"

#include "GuiTestMain.h"

#include "models/TranslationCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using lx::models::ReasonCatalog;
using lx::models::TranslationCatalog;

class ReasonCatalogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyContractCodeHasASentence();
    void everyDeskCodeHasASentence();
    void everyProfileAndMspCodeHasASentence();
    void everyGatewayCodeHasASentence();
    void everySentenceIsTranslated();
    void describeAddsTheDetails();
};

static QString sourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every match of pattern's first group in the sources.
static QSet<QString> captured(const QStringList &paths, const QRegularExpression &pattern)
{
    QSet<QString> out;
    for (const QString &path : paths) {
        const QString text = sourceText(path);
        for (auto match = pattern.globalMatch(text); match.hasNext();)
            out.insert(match.next().captured(1));
    }
    return out;
}

static QStringList contractSources()
{
    QStringList paths;
    QDirIterator files(QStringLiteral(LIANXIN_SOURCE_DIR "/chaincode"), { QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (files.hasNext())
        paths << files.next();
    return paths;
}

// The codes in the contracts' sources, in the ledger's gateway between
// channels and in lianxin-chaincode: every string literal shaped like a
// reason code, less the L/C state names some messages quote and the
// document types governance asks for.
static QSet<QString> contractCodes()
{
    const QRegularExpression literal(QStringLiteral("\"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)\""));
    QStringList paths = contractSources();
    paths << QStringLiteral(LIANXIN_SOURCE_DIR "/ledger/Consortium.cpp")
          << QStringLiteral(LIANXIN_SOURCE_DIR "/ledger/Simulator.cpp")
          // lianxin-chaincode's own refusals on a Fabric network
          << QStringLiteral(LIANXIN_SOURCE_DIR "/app/chaincode/ChaincodeServer.cpp")
          << QStringLiteral(LIANXIN_SOURCE_DIR "/app/chaincode/Endorsement.cpp")
          << QStringLiteral(LIANXIN_SOURCE_DIR "/app/chaincode/ShimStub.cpp");
    QSet<QString> codes = captured(paths, literal);
    codes.remove(QStringLiteral("AMENDMENT_PENDING"));
    codes.remove(QStringLiteral("PAID_AT_MATURITY"));
    // and the document types a governance proposal needs.
    codes.remove(QStringLiteral("MEMBERSHIP_APPLICATION"));
    codes.remove(QStringLiteral("MEMBERSHIP_AGREEMENT"));
    codes.remove(QStringLiteral("COMPLIANCE_ASSESSMENT"));
    return codes;
}

void ReasonCatalogTest::everyContractCodeHasASentence()
{
    const QSet<QString> codes = contractCodes();
    QVERIFY2(codes.size() > 80, "the scan found too few codes: is LIANXIN_SOURCE_DIR right?");
    QStringList missing;
    for (const QString &code : codes) {
        if (ReasonCatalog::text(code).isEmpty())
            missing << code;
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no sentence for: ") + missing.join(QStringLiteral(", "))));
}

void ReasonCatalogTest::everyDeskCodeHasASentence()
{
    // The desk builds its codes from each product's prefix at run time
    // (code + "_SELF_APPROVAL"): the suffixes from its source, the prefixes
    // from the products' DeskProduct definitions, and the L/C's own.
    const QSet<QString> suffixes = captured({ QStringLiteral(LIANXIN_SOURCE_DIR "/chaincode/Desk.cpp") },
        QRegularExpression(QStringLiteral("\\+\\s*\"_([A-Z][A-Z0-9_]+)\"")));
    QSet<QString> prefixes = captured(
        contractSources(), QRegularExpression(QStringLiteral("DeskProduct\\s+product\\s*\\{\\s*\"([A-Z]+)\"")));
    QVERIFY2(suffixes.size() >= 10, qPrintable(QStringList(suffixes.begin(), suffixes.end()).join(u' ')));
    QVERIFY2(prefixes.size() >= 3, qPrintable(QStringList(prefixes.begin(), prefixes.end()).join(u' ')));
    prefixes.insert(QStringLiteral("LC"));
    QStringList missing;
    for (const QString &prefix : prefixes) {
        for (const QString &suffix : suffixes) {
            const QString code = prefix + QLatin1Char('_') + suffix;
            if (ReasonCatalog::text(code).isEmpty())
                missing << code;
            else if (!ReasonCatalog::codes().contains(code))
                missing << code + QStringLiteral(" (not in codes())");
        }
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no sentence for: ") + missing.join(QStringLiteral(", "))));
    // The L/C keeps its own wording; the others share the desk's.
    QCOMPARE(ReasonCatalog::text(QStringLiteral("LC_NOT_OFFICER")),
        QStringLiteral("Only a trade-finance officer drafts L/C actions; sign in as an officer."));
    QCOMPARE(ReasonCatalog::text(QStringLiteral("GT_NOT_OFFICER")),
        QStringLiteral("Only a trade-finance officer drafts actions; sign in as an officer."));
    QVERIFY(ReasonCatalog::text(QStringLiteral("XX_SELF_APPROVAL")).isEmpty()); // no such product
    // lianxin-cli approvals: the desk across every product (app/cli/ApprovalCommands.cpp).
    QCOMPARE(ReasonCatalog::text(QStringLiteral("DESK_REGULATOR_READ_ONLY")),
        QStringLiteral("The regulator reads every record and its history but changes nothing."));
    QVERIFY(ReasonCatalog::codes().contains(QStringLiteral("DESK_NOT_A_BANK")));
}

// The codes of these that have no sentence, or are not in codes(), sorted.
static QString withoutSentence(const QSet<QString> &codes)
{
    QStringList missing;
    for (const QString &code : codes) {
        if (ReasonCatalog::text(code).isEmpty() || !ReasonCatalog::codes().contains(code))
            missing << code;
    }
    missing.sort();
    return missing.join(QStringLiteral(", "));
}

// The Fabric backend's own codes (the peer or orderer unreachable, an
// untrusted TLS certificate, an expired identity) reach the outbox and the
// dialogs as the ledger's do.
void ReasonCatalogTest::everyGatewayCodeHasASentence()
{
    const QRegularExpression literal(QStringLiteral("\"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)\""));
    const QSet<QString> codes = captured({ QStringLiteral(LIANXIN_SOURCE_DIR "/ledgerclient/FabricGateway.cpp"),
                                             QStringLiteral(LIANXIN_SOURCE_DIR "/ledgerclient/Client.cpp") },
        literal);
    QVERIFY2(
        codes.contains(QStringLiteral("ORDERER_UNAVAILABLE")) && codes.contains(QStringLiteral("IDENTITY_EXPIRED")),
        qPrintable(QStringList(codes.begin(), codes.end()).join(u' ')));
    const QString missing = withoutSentence(codes);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no sentence for: ") + missing));
}

// Joining a network: the connection profile's and the msp folder's
// refusals reach the first-run and import dialogs by their codes.
void ReasonCatalogTest::everyProfileAndMspCodeHasASentence()
{
    const QRegularExpression literal(QStringLiteral("\"((?:PROFILE|MSP)_[A-Z0-9_]+)\""));
    const QSet<QString> codes = captured({ QStringLiteral(LIANXIN_SOURCE_DIR "/ledgerclient/NetworkProfile.h"),
                                             QStringLiteral(LIANXIN_SOURCE_DIR "/ledgerclient/NetworkProfile.cpp"),
                                             QStringLiteral(LIANXIN_SOURCE_DIR "/ledgerclient/MspFolder.cpp") },
        literal);
    QVERIFY2(codes.size() >= 12, qPrintable(QStringList(codes.begin(), codes.end()).join(u' ')));
    const QString missing = withoutSentence(codes);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no sentence for: ") + missing));
}

void ReasonCatalogTest::everySentenceIsTranslated()
{
    TranslationCatalog catalog;
    catalog.install(TranslationCatalog::Language::English);
    QHash<QString, QString> english;
    for (const QString &code : ReasonCatalog::codes())
        english.insert(code, ReasonCatalog::text(code));
    catalog.install(TranslationCatalog::Language::SimplifiedChinese);
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const QString &code : ReasonCatalog::codes()) {
        const QString zh = ReasonCatalog::text(code);
        QVERIFY2(zh != english.value(code) && zh.contains(han), qPrintable(code + QStringLiteral(": ") + zh));
    }
    catalog.install(TranslationCatalog::Language::English);
}

void ReasonCatalogTest::describeAddsTheDetails()
{
    const QString details = QStringLiteral("L/C HX-1 is PAID; advising needs it ISSUED.");
    const QString text = ReasonCatalog::describe(QStringLiteral("LC_WRONG_STATE"), details);
    QVERIFY(text.startsWith(ReasonCatalog::text(QStringLiteral("LC_WRONG_STATE"))));
    QVERIFY(text.endsWith(details));
    const QString unknown = ReasonCatalog::describe(QStringLiteral("SOMETHING_NEW"), QString());
    QVERIFY(unknown.contains(QStringLiteral("SOMETHING_NEW")));
}

LIANXIN_GUI_TEST_MAIN(ReasonCatalogTest)
#include "ReasonCatalogTest.moc"
