// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineselection.h"

#include "eventstore.h"
#include "storechange.h"

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
    m_current = Event();
}

void TimelineSelection::refresh(const StoreChange &change, const EventStore *store)
{
    if (m_current.id == 0 || !(change.everything || change.events.changed.contains(m_current.id))) {
        return;
    }
    const std::optional<Event> event = store ? store->event(m_current.id) : std::nullopt;
    m_current = event.value_or(Event());
}

std::optional<std::pair<QList<qint64>, qint64>>
TimelineSelection::without(const QList<qint64> &removed) const
{
    QList<qint64> kept = ids();
    bool lost = false;
    for (qint64 id : removed) {
        lost = kept.removeOne(id) || lost;
    }
    if (!lost) {
        return std::nullopt;
    }
    const qint64 current = removed.contains(m_frame.selectedEventId) ? 0 : m_frame.selectedEventId;
    return std::pair{kept, current};
}

} // namespace entente
