// The catalogues: complete, and loaded at run time (ours and Qt's own).
#include "GuiTestMain.h"

#include "models/TranslationCatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QXmlStreamReader>

using lx::models::TranslationCatalog;

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void chineseCatalogueIsChinese();
    void catalogueSwitchesAtRunTime();

private:
    struct Message
    {
        QString context;
        QString source;
        QString translation;
        QString type;
    };
    static QList<Message> readCatalogue(const QString &path, QString *error);
};

QList<TranslationsTest::Message> TranslationsTest::readCatalogue(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message { context, {}, {}, {} };
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

void TranslationsTest::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("zh_CN") << QStringLiteral(LIANXIN_TRANSLATIONS_DIR "/lianxin_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral(LIANXIN_TRANSLATIONS_DIR "/lianxin_en.ts");
}

void TranslationsTest::catalogueIsComplete()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qUtf8Printable(error));
    QVERIFY(messages.size() > 50);
    QStringList incomplete;
    for (const Message &message : messages) {
        if (!message.type.isEmpty() || message.translation.trimmed().isEmpty())
            incomplete << message.context + QStringLiteral(": ") + message.source
                    + (message.type.isEmpty() ? QString() : QStringLiteral(" [") + message.type + u']');
    }
    QVERIFY2(incomplete.isEmpty(), qUtf8Printable(incomplete.join(u'\n')));
}

// A Chinese translation that still reads as the English source is a slip.
void TranslationsTest::chineseCatalogueIsChinese()
{
    QString error;
    const QList<Message> messages = readCatalogue(QStringLiteral(LIANXIN_TRANSLATIONS_DIR "/lianxin_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qUtf8Printable(error));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList english;
    for (const Message &message : messages) {
        if (message.source.contains(word) && !message.translation.contains(han))
            english << message.context + QStringLiteral(": ") + message.translation;
    }
    QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(u'\n')));
}

void TranslationsTest::catalogueSwitchesAtRunTime()
{
    TranslationCatalog catalog;
    QSignalSpy changed(&catalog, &TranslationCatalog::languageChanged);
    catalog.install(TranslationCatalog::Language::SimplifiedChinese);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(QCoreApplication::translate("SectionText", "Forfaiting"), QStringLiteral("福费廷"));
    QCOMPARE(QCoreApplication::translate("BankIdentity", "Checker"), QStringLiteral("复核"));
    // Qt's own catalogue, for standard dialogs.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    catalog.setLanguage(TranslationCatalog::Language::English);
    QCOMPARE(QCoreApplication::translate("SectionText", "Forfaiting"), QStringLiteral("Forfaiting"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    catalog.setLanguage(TranslationCatalog::Language::English);
    QCOMPARE(changed.count(), 2); // no change, no signal

    QCOMPARE(TranslationCatalog::fromCode(QStringLiteral("zh_CN")), TranslationCatalog::Language::SimplifiedChinese);
    QCOMPARE(TranslationCatalog::fromCode(QStringLiteral("en")), TranslationCatalog::Language::English);
    QVERIFY(!TranslationCatalog::fromCode(QStringLiteral("fr")));
}

LIANXIN_GUI_TEST_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
