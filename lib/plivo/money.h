#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// An exact amount with five decimal places, as Plivo sends "0.01667": never a double.
class Money
{
public:
    static constexpr int Decimals = 5;
    static constexpr qint64 UnitsPerWhole = 100000;

    constexpr Money() = default;
    static constexpr Money fromUnits(qint64 units) { return Money(units); }
    // "0.01667", "-1.5", "12": at most five decimals (further digits must be zeros).
    static std::optional<Money> parse(QStringView text);

    constexpr qint64 units() const { return m_units; }
    // Always five decimals: "0.01667".
    QString toString() const;

    constexpr Money operator+(Money other) const { return Money(m_units + other.m_units); }
    constexpr Money &operator+=(Money other)
    {
        m_units += other.m_units;
        return *this;
    }
    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(qint64 units)
        : m_units(units)
    { }
    qint64 m_units = 0;
};
