// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace entente {

// What a dataset records about an event beyond Entente's fields (Event::attributes): names and
// values, unique names, always in the order of QString's operator< (QMap's, which the stored
// JSON and the exports have always had). One list instead of a map: an import of a million
// ACLED rows (a dozen attributes each) spent much of its time making, walking and freeing map
// nodes. Copies share the list until one of them is changed.
class Attributes
{
public:
    struct Attribute
    {
        QString key;
        QString value;

        friend bool operator==(const Attribute &, const Attribute &) = default;
    };
    using const_iterator = QList<Attribute>::const_iterator;

    Attributes() = default;
    // Inserted one by one: a later entry of the same key replaces an earlier one.
    Attributes(std::initializer_list<std::pair<QString, QString>> entries);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    // Empty when there is no such key.
    QString value(QStringView key) const;
    bool contains(QStringView key) const;
    // Adds the key or replaces its value. A key after all the others, as readers that take
    // their columns in order give them, is appended without a search.
    void insert(const QString &key, const QString &value);
    // Whether there was such a key.
    bool remove(QStringView key);
    QStringList keys() const;
    void reserve(qsizetype size) { m_entries.reserve(size); }

    const_iterator begin() const { return m_entries.cbegin(); }
    const_iterator end() const { return m_entries.cend(); }

    friend bool operator==(const Attributes &, const Attributes &) = default;

private:
    // The index of the first entry whose key is not less than `key`.
    qsizetype lowerBound(QStringView key) const;
    bool isAt(qsizetype index, QStringView key) const;

    QList<Attribute> m_entries;
};

} // namespace entente

// Two implicitly shared strings: moved about as bytes when the list grows or inserts.
Q_DECLARE_TYPEINFO(entente::Attributes::Attribute, Q_RELOCATABLE_TYPE);
