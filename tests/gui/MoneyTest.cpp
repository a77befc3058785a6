// The money type: exact fen in, exact fen out, in the user's locale (STYLE
// practice 9), with the input a person types in Chinese and English.
#include "models/Money.h"

#include "GuiTestMain.h"

#include <limits>

using lx::models::Money;

class MoneyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void format_data();
    void format();
    void roundTrip();
};

void MoneyTest::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("en plain") << "en_US"
                              << "1234567.89" << qint64(123456789);
    QTest::newRow("en grouped") << "en_US"
                                << "1,234,567.89" << qint64(123456789);
    QTest::newRow("en one decimal") << "en_US"
                                    << "12.5" << qint64(1250);
    QTest::newRow("en whole") << "en_US"
                              << "1,000,000" << qint64(100000000);
    QTest::newRow("en CNY prefix") << "en_US"
                                   << "CNY 2,500.00" << qint64(250000);
    QTest::newRow("en RMB lower") << "en_US"
                                  << "rmb 3" << qint64(300);
    QTest::newRow("en negative") << "en_US"
                                 << "-0.01" << qint64(-1);
    QTest::newRow("zh plain") << "zh_CN"
                              << "1234567.89" << qint64(123456789);
    QTest::newRow("zh yen sign") << "zh_CN"
                                 << "¥1,234,567.89" << qint64(123456789);
    QTest::newRow("zh full-width yen") << "zh_CN"
                                       << "￥500" << qint64(50000);
    QTest::newRow("zh yuan suffix") << "zh_CN"
                                    << "500元" << qint64(50000);
    QTest::newRow("zh renminbi prefix") << "zh_CN"
                                        << "人民币 8,000.5" << qint64(800050);
    QTest::newRow("zh full-width digits") << "zh_CN"
                                          << "１２３，４５６．７８" << qint64(12345678);
    QTest::newRow("zh spaces") << "zh_CN"
                               << "  12 345.60 " << qint64(1234560);
    QTest::newRow("de comma decimal") << "de_DE"
                                      << "1.234.567,89" << qint64(123456789);
    QTest::newRow("max") << "en_US"
                         << "92,233,720,368,547,758.07" << std::numeric_limits<qint64>::max();
}

void MoneyTest::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto parsed = Money::parse(text, QLocale(locale));
    QVERIFY2(parsed.money, qPrintable(parsed.error));
    QCOMPARE(parsed.money->fen(), fen);
    QVERIFY(parsed.error.isEmpty());
}

void MoneyTest::refuses_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "en_US"
                           << "";
    QTest::newRow("currency only") << "zh_CN"
                                   << "¥";
    QTest::newRow("three decimals") << "en_US"
                                    << "1.005";
    QTest::newRow("two points") << "en_US"
                                << "1.2.3";
    QTest::newRow("letters") << "en_US"
                             << "12a";
    QTest::newRow("exponent") << "en_US"
                              << "1e6";
    QTest::newRow("leading separator") << "en_US"
                                       << ",100";
    QTest::newRow("overflow") << "en_US"
                              << "92,233,720,368,547,758.08";
    QTest::newRow("far overflow") << "zh_CN"
                                  << "999999999999999999999";
    QTest::newRow("grouping after the point") << "en_US"
                                              << "1.000,00";
}

void MoneyTest::refuses()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    const auto parsed = Money::parse(text, QLocale(locale));
    QVERIFY2(!parsed.money, qPrintable(QStringLiteral("parsed as %1").arg(parsed.money ? parsed.money->fen() : 0)));
    QVERIFY(!parsed.error.isEmpty());
}

void MoneyTest::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("display");
    QTest::newRow("en") << "en_US" << qint64(123456789) << "1,234,567.89"
                        << "CNY 1,234,567.89";
    QTest::newRow("en small") << "en_US" << qint64(5) << "0.05"
                              << "CNY 0.05";
    QTest::newRow("en negative") << "en_US" << qint64(-100050) << "-1,000.50"
                                 << "CNY -1,000.50";
    QTest::newRow("zh") << "zh_CN" << qint64(123456789) << "1,234,567.89"
                        << "¥1,234,567.89";
    QTest::newRow("zh negative") << "zh_CN" << qint64(-250) << "-2.50"
                                 << "-¥2.50";
    QTest::newRow("de") << "de_DE" << qint64(123456789) << "1.234.567,89"
                        << "CNY 1.234.567,89";
    QTest::newRow("min") << "en_US" << std::numeric_limits<qint64>::min() << "-92,233,720,368,547,758.08"
                         << "CNY -92,233,720,368,547,758.08";
}

void MoneyTest::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, fen);
    QFETCH(QString, plain);
    QFETCH(QString, display);
    QCOMPARE(Money::fromFen(fen).toString(QLocale(locale)), plain);
    QCOMPARE(Money::fromFen(fen).toDisplayString(QLocale(locale)), display);
}

void MoneyTest::roundTrip()
{
    for (const char *name : { "en_US", "zh_CN", "de_DE", "fr_FR" }) {
        const QLocale locale { QString::fromLatin1(name) };
        for (const qint64 fen : { qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789012345) }) {
            const auto parsed = Money::parse(Money::fromFen(fen).toString(locale), locale);
            QVERIFY2(parsed.money, qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + parsed.error));
            QCOMPARE(parsed.money->fen(), fen);
        }
    }
}

LIANXIN_GUI_TEST_MAIN(MoneyTest)
#include "MoneyTest.moc"
