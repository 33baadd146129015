// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"

#include <QHash>
#include <QString>

namespace entente {

// The Events list's filter as a test of one event: the title, the category or an actor's name
// or short name contains the text, ignoring the case of ASCII letters. The list asks the store
// the same question in SQL (EventListModel); the timeline asks this of the events it draws, so
// that what it dims is what the list leaves out, without a set of a million matching ids.
class EventFilter final
{
public:
    EventFilter() = default; // lets every event through
    explicit EventFilter(const QString &text);

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString &text() const { return m_text; }
    bool matches(const Event &event, const QHash<qint64, Actor> &actors) const;

    friend bool operator==(const EventFilter &, const EventFilter &) = default;

private:
    bool contains(const QString &haystack) const;

    QString m_text; // trimmed, with ASCII letters in lower case
};

} // namespace entente
