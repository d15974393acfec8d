#include "stringpool.h"

#include <QHashFunctions>

StringPool::StringPool()
{
    clear();
}

void StringPool::clear()
{
    m_data.clear();
    // Id 0 is null: it owns the empty range [0, 0).
    m_offsets.assign(2, 0);
    m_slots.assign(64, Null);
}

QByteArrayView StringPool::bytes(Id id) const
{
    return QByteArrayView(m_data.constData() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
}

StringPool::Id StringPool::intern(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const size_t mask = m_slots.size() - 1;
    size_t slot = qHash(QByteArrayView(utf8)) & mask;
    while (m_slots[slot] != Null) {
        if (bytes(m_slots[slot]) == QByteArrayView(utf8))
            return m_slots[slot];
        slot = (slot + 1) & mask;
    }
    const Id id = Id(m_offsets.size() - 1);
    m_data.append(utf8);
    m_offsets.push_back(quint32(m_data.size()));
    m_slots[slot] = id;
    // Keep the table at most half full so probes stay short.
    if (size_t(size()) * 2 > m_slots.size())
        grow();
    return id;
}

void StringPool::grow()
{
    std::vector<Id> table(m_slots.size() * 2, Null);
    const size_t mask = table.size() - 1;
    for (Id id = 1; id < Id(m_offsets.size() - 1); ++id) {
        size_t slot = qHash(bytes(id)) & mask;
        while (table[slot] != Null)
            slot = (slot + 1) & mask;
        table[slot] = id;
    }
    m_slots.swap(table);
}

QString StringPool::text(Id id) const
{
    if (id == Null || id + 1 >= m_offsets.size())
        return {};
    return QString::fromUtf8(bytes(id));
}

qsizetype StringPool::memoryUsed() const
{
    return m_data.capacity() + qsizetype(m_offsets.capacity() * sizeof(quint32))
            + qsizetype(m_slots.capacity() * sizeof(Id));
}
