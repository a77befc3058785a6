#include "models/Money.h"

#include <limits>

namespace lx::models {

namespace {

// Full-width digits and punctuation from Chinese input methods, as ASCII.
QString halfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(static_cast<char16_t>(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0C) // ，
            out += QLatin1Char(',');
        else if (u == 0xFF0E) // ．
            out += QLatin1Char('.');
        else if (u == 0xFF0D) // －
            out += QLatin1Char('-');
        else if (u == 0x3000) // ideographic space
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QString withoutCurrency(QString text)
{
    static const char16_t *const currencies[] = { u"人民币", u"CNY", u"RMB", u"¥", u"￥", u"元" };
    text = text.trimmed();
    for (const char16_t *currency : currencies) {
        const QString c = QString::fromUtf16(currency);
        if (text.startsWith(c, Qt::CaseInsensitive))
            text = text.mid(c.size()).trimmed();
        if (text.endsWith(c, Qt::CaseInsensitive))
            text.chop(c.size());
        text = text.trimmed();
    }
    return text;
}

} // namespace

QString Money::toString(const QLocale &locale) const
{
    const std::uint64_t magnitude
        = m_fen < 0 ? 0 - static_cast<std::uint64_t>(m_fen) : static_cast<std::uint64_t>(m_fen);
    QString yuan = locale.toString(static_cast<qulonglong>(magnitude / 100));
    const QString cents = QStringLiteral("%1").arg(static_cast<uint>(magnitude % 100), 2, 10, QLatin1Char('0'));
    const QString number = yuan + locale.decimalPoint() + cents;
    return m_fen < 0 ? locale.negativeSign() + number : number;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("CNY ") + toString(locale);
    QString number = toString(locale);
    if (m_fen < 0)
        number.remove(0, locale.negativeSign().size());
    return (m_fen < 0 ? locale.negativeSign() : QString()) + QStringLiteral("¥") + number;
}

MoneyParse Money::parse(const QString &input, const QLocale &locale)
{
    QString text = withoutCurrency(halfWidth(input));
    if (text.isEmpty())
        return { std::nullopt, tr("Enter an amount.") };
    bool negative = false;
    if (text.startsWith(locale.negativeSign()) || text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(text.startsWith(QLatin1Char('-')) ? 1 : locale.negativeSign().size()).trimmed();
        text = withoutCurrency(text);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // Where the locale groups with "." (e.g. German), a "." is a group
    // separator; everywhere else it is the decimal point.
    const bool dotGroups = group == QLatin1String(".");
    std::uint64_t whole = 0;
    int decimals = -1; // digits after the point; -1 before it
    std::uint64_t fraction = 0;
    constexpr std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.digitValue() >= 0) {
            const auto d = static_cast<std::uint64_t>(c.digitValue());
            if (decimals < 0) {
                if (whole > (limit / 100 - d) / 10)
                    return { std::nullopt, tr("The amount is too large.") };
                whole = whole * 10 + d;
            } else {
                if (++decimals > 2)
                    return { std::nullopt, tr("An amount has at most two decimals (fen).") };
                fraction = fraction * 10 + d;
            }
            continue;
        }
        const QString s(c);
        const bool isPoint = s == point || (!dotGroups && c == QLatin1Char('.'));
        const bool isGroup = s == group || (!dotGroups && c == QLatin1Char(',')) || c == QLatin1Char(' ')
            || c.unicode() == 0x00A0 || c.unicode() == 0x202F || c == QLatin1Char('\'');
        if (isPoint && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (isGroup && decimals < 0 && i > 0)
            continue;
        return { std::nullopt,
            tr("\"%1\" is not an amount: use digits, the decimal point and up to two decimals.").arg(input.trimmed()) };
    }
    if (decimals == 1)
        fraction *= 10;
    std::uint64_t fen = whole * 100 + fraction;
    if (fen > limit)
        return { std::nullopt, tr("The amount is too large.") };
    const auto signedFen = static_cast<std::int64_t>(fen);
    return { Money::fromFen(negative ? -signedFen : signedFen), {} };
}

} // namespace lx::models
