#include "money.h"

#include <limits>

std::optional<Money> Money::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype pos = 0;
    const bool negative = text[0] == u'-';
    if (negative || text[0] == u'+')
        ++pos;

    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 10 - 9;
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; pos < text.size() && text[pos].isDigit(); ++pos, ++wholeDigits) {
        whole = whole * 10 + (text[pos].unicode() - u'0');
        if (whole > limit / UnitsPerWhole)
            return std::nullopt;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == u'.') {
        for (++pos; pos < text.size() && text[pos].isDigit(); ++pos, ++fractionDigits) {
            const int digit = text[pos].unicode() - u'0';
            if (fractionDigits < Decimals)
                fraction = fraction * 10 + digit;
            else if (digit != 0)
                return std::nullopt; // more precision than the type holds: refuse, never round
        }
    }
    if (pos != text.size() || wholeDigits + fractionDigits == 0)
        return std::nullopt;
    for (int i = fractionDigits; i < Decimals; ++i)
        fraction *= 10;
    const qint64 units = whole * UnitsPerWhole + fraction;
    return Money(negative ? -units : units);
}

QString Money::toString() const
{
    const qint64 magnitude = m_units < 0 ? -m_units : m_units;
    return (m_units < 0 ? QStringLiteral("-") : QString())
            + QString::number(magnitude / UnitsPerWhole) + u'.'
            + QString::number(magnitude % UnitsPerWhole).rightJustified(Decimals, u'0');
}
