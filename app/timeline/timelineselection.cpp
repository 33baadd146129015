// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineselection.h"

#include "eventstore.h"

#include <algorithm>

namespace entente {

QList<qint64> TimelineSelection::ids() const
{
    QList<qint64> ids(m_frame.selection.cbegin(), m_frame.selection.cend());
    std::sort(ids.begin(), ids.end());
    if (m_frame.selectedEventId != 0) {
        ids.removeOne(m_frame.selectedEventId);
        ids.prepend(m_frame.selectedEventId);
    }
    return ids;
}

bool TimelineSelection::set(const QList<qint64> &eventIds, qint64 current)
{
    QSet<qint64> selection(eventIds.cbegin(), eventIds.cend());
    selection.remove(0);
    if (current != 0) {
        selection.insert(current);
    }
    if (selection == m_frame.selection && current == m_frame.selectedEventId) {
        return false;
    }
    m_frame.selection = selection;
    return true;
}

std::pair<QList<qint64>, qint64> TimelineSelection::toggled(qint64 eventId) const
{
    QList<qint64> selected = ids();
    if (selected.removeOne(eventId)) {
        const qint64 current =
            eventId == m_frame.selectedEventId ? selected.value(0, 0) : m_frame.selectedEventId;
        return {selected, current};
    }
    return {selected << eventId, eventId};
}

bool TimelineSelection::setCurrent(qint64 eventId, const EventStore *store)
{
    if (m_frame.selectedEventId == eventId) {
        return false;
    }
    m_frame.selectedEventId = eventId;
    const std::optional<Event> event = store && eventId ? store->event(eventId) : std::nullopt;
    m_current = event.value_or(Event());
    return true;
}

void TimelineSelection::clear()
{
    m_frame.selectedEventId = 0;
    m_frame.selection.clear();
}

} // namespace entente
