// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "timelineframe.h"

#include <QList>

#include <optional>
#include <utility>

namespace entente {

class EventStore;
struct StoreChange;

// The selected events and the current one among them (the one details and keys follow). The
// ids live in the frame, where the renderer draws them; the current event is also kept whole,
// so that it is drawn even where its tile shows only the lane's density.
class TimelineSelection final
{
public:
    explicit TimelineSelection(TimelineFrame &frame) : m_frame(frame) {}

    qint64 currentId() const { return m_frame.selectedEventId; }
    // The current event as the store last had it; id 0 when there is none.
    const Event &currentEvent() const { return m_current; }
    // Every selected event, the current one first.
    QList<qint64> ids() const;
    // Selects these events (and `current`, when not 0); false when that is the selection
    // already. The current event is set apart, with setCurrent().
    bool set(const QList<qint64> &eventIds, qint64 current);
    // The selection with the event added or taken out, and the current event then.
    std::pair<QList<qint64>, qint64> toggled(qint64 eventId) const;
    // False when it is the current event already.
    bool setCurrent(qint64 eventId, const EventStore *store);
    void clear();
    // The current event read again when `change` edited it: the copy would otherwise be
    // drawn over the fresh one of its tile.
    void refresh(const StoreChange &change, const EventStore *store);
    // The selection without these (removed) events, and the current event then (0 when it
    // was removed); none when none of them was selected.
    std::optional<std::pair<QList<qint64>, qint64>> without(const QList<qint64> &removed) const;

private:
    TimelineFrame &m_frame;
    Event m_current;
};

} // namespace entente
