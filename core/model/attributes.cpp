// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributes.h"

#include <algorithm>

namespace entente {

Attributes::Attributes(std::initializer_list<std::pair<QString, QString>> entries)
{
    m_entries.reserve(qsizetype(entries.size()));
    for (const auto &[key, value] : entries) {
        insert(key, value);
    }
}

QString Attributes::value(QStringView key) const
{
    const qsizetype index = lowerBound(key);
    return isAt(index, key) ? m_entries.at(index).value : QString();
}

bool Attributes::contains(QStringView key) const
{
    return isAt(lowerBound(key), key);
}

void Attributes::insert(const QString &key, const QString &value)
{
    if (m_entries.isEmpty() || m_entries.constLast().key < key) {
        m_entries.append({key, value});
        return;
    }
    const qsizetype index = lowerBound(key);
    if (isAt(index, key)) {
        m_entries[index].value = value;
    } else {
        m_entries.insert(index, {key, value});
    }
}

bool Attributes::remove(QStringView key)
{
    const qsizetype index = lowerBound(key);
    if (!isAt(index, key)) {
        return false;
    }
    m_entries.removeAt(index);
    return true;
}

QStringList Attributes::keys() const
{
    QStringList keys;
    keys.reserve(m_entries.size());
    for (const Attribute &entry : m_entries) {
        keys.append(entry.key);
    }
    return keys;
}

qsizetype Attributes::lowerBound(QStringView key) const
{
    const auto it = std::lower_bound(
        m_entries.cbegin(), m_entries.cend(), key,
        [](const Attribute &entry, QStringView wanted) { return QStringView(entry.key) < wanted; });
    return it - m_entries.cbegin();
}

bool Attributes::isAt(qsizetype index, QStringView key) const
{
    return index < m_entries.size() && QStringView(m_entries.at(index).key) == key;
}

} // namespace entente
