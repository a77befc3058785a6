#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>

namespace lx::models {

struct MoneyParse;

// An exact amount of renminbi in fen (1/100 yuan), as every ledger record
// carries it. Parsing and formatting follow the user's locale; nothing ever
// passes through a floating-point number.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::Money)

public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool operator==(const Money &) const = default;

    // "1,234,567.89" with the locale's separators, always two decimals.
    QString toString(const QLocale &locale) const;
    // With the currency as the locale writes it: "CNY 1,234,567.89",
    // "¥1,234,567.89" (zh_CN).
    QString toDisplayString(const QLocale &locale) const;

    // What a person types into an amount field: the locale's (or ASCII)
    // digits and separators, full-width forms from a Chinese input method,
    // an optional currency ("CNY", "RMB", "¥", "￥", "元", "人民币") and sign,
    // at most two decimals. Never rounds; refuses what it cannot read
    // exactly, and amounts beyond 64 bits of fen.
    static MoneyParse parse(const QString &text, const QLocale &locale);

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) { }
    std::int64_t m_fen = 0;
};

struct MoneyParse
{
    std::optional<Money> money;
    QString error; // translated, says what to correct; empty when parsed
};

} // namespace lx::models
