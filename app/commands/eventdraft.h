// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"
#include "relation.h"
#include "source.h"

#include <QList>

#include <optional>

namespace entente {

// What the event editor hands over when the user accepts: the event (id 0 for a new one),
// actors and sources created in the editor, and existing sources corrected in it. The event
// names a new actor or source by a placeholder id: -1 for the first of newActors (or
// newSources), -2 for the second, and so on.
struct EventDraft
{
    Event event;
    QList<Actor> newActors;
    QList<Source> newSources;
    QList<Source> editedSources;
    // Every relation the event has once saved, or nothing to leave its relations alone. A
    // relation with id 0 is new; an end of 0 is this event (a new event has no id yet).
    // Relations of the event that are not in the list are removed.
    std::optional<QList<Relation>> relations;

    static qint64 placeholder(qsizetype index) { return -1 - index; }
};

} // namespace entente
