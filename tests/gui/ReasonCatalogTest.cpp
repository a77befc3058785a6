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
    void everySentenceIsTranslated();
    void describeAddsTheDetails();
};

// The codes in the contracts' sources: every string literal shaped like a
// reason code, less the L/C state names some messages quote.
static QSet<QString> contractCodes()
{
    const QRegularExpression literal(QStringLiteral("\"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)\""));
    const QSet<QString> stateNames { QStringLiteral("AMENDMENT_PENDING"), QStringLiteral("PAID_AT_MATURITY") };
    QSet<QString> codes;
    QDirIterator files(QStringLiteral(LIANXIN_SOURCE_DIR "/chaincode"), { QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = literal.globalMatch(text); match.hasNext();) {
            const QString code = match.next().captured(1);
            if (!stateNames.contains(code))
                codes.insert(code);
        }
    }
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
