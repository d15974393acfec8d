#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

// Interned text: each distinct string is stored once as UTF-8 and named by a 32-bit id.
// Id 0 is null (no value), so optional text costs nothing extra.
class StringPool
{
public:
    using Id = quint32;
    static constexpr Id Null = 0;

    StringPool();

    Id intern(QStringView text);
    Id intern(const std::optional<QString> &text)
    {
        return text ? intern(QStringView(*text)) : Null;
    }
    QString text(Id id) const;
    std::optional<QString> optionalText(Id id) const
    {
        return id == Null ? std::nullopt : std::optional<QString>(text(id));
    }
    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    // Bytes held: text, offsets and the hash table.
    qsizetype memoryUsed() const;
    void clear();

private:
    QByteArrayView bytes(Id id) const;
    void grow();

    QByteArray m_data;
    std::vector<quint32> m_offsets; // m_offsets[id] .. m_offsets[id + 1] is the text of id
    std::vector<Id> m_slots; // open addressing, 0 = empty
};
