// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace entente {

// Which lanes the timeline shows and which lanes an event is drawn in. In actor mode there is
// a lane per actor that takes part in any event, people and bodies nested under the actor
// they belong to (Rutte under NATO), plus a last lane for events without actors.
class LaneModel final
{
public:
    struct Lane
    {
        qint64 actorId; // 0: the "no actor" lane
        QString label;
        QString color;
        int depth;                // 0 for top level, 1 for nested, ...
        bool hasChildren = false; // actors nested under it have lanes (or would, expanded)
        bool collapsed = false;   // its nested actors' events are drawn in this lane

        friend bool operator==(const Lane &, const Lane &) = default;
    };

    LaneModel() = default;
    // actorsInUse: the actors that appear in at least one event. The lanes of actors nested
    // under a `collapsed` one are folded into its lane.
    LaneModel(const QList<Actor> &actors, const QList<qint64> &actorsInUse,
              bool hasEventsWithoutActors, const QSet<qint64> &collapsed = {});

    const QList<Lane> &lanes() const { return m_lanes; }
    // Lane indexes for an event, one per actor, in lane order, no duplicates.
    QList<int> lanesOf(const Event &event) const;
    int laneOfActor(qint64 actorId) const { return m_laneOfActor.value(actorId, -1); }
    // The actors whose events a lane shows: its own, and those folded into it.
    QList<qint64> actorsOfLane(int lane) const;

private:
    void addWithChildren(const Actor &actor, int depth, const QHash<qint64, QList<Actor>> &children,
                         const QHash<qint64, bool> &wanted, const QSet<qint64> &collapsed,
                         int foldInto);

    QList<Lane> m_lanes;
    QHash<qint64, int> m_laneOfActor;
};

} // namespace entente
