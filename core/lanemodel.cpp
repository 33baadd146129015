// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

LaneModel::LaneModel(const QList<Actor> &actors, const QList<qint64> &actorsInUse,
                     bool hasEventsWithoutActors)
{
    QHash<qint64, Actor> byId;
    for (const Actor &actor : actors) {
        byId.insert(actor.id, actor);
    }
    // An actor gets a lane when it or anyone nested under it is in use, so that nesting shows.
    QHash<qint64, bool> wanted;
    for (qint64 id : actorsInUse) {
        for (qint64 at = id; at != 0 && byId.contains(at) && !wanted.value(at);
             at = byId.value(at).affiliationId) {
            wanted.insert(at, true);
        }
    }
    QHash<qint64, QList<Actor>> children;
    QList<Actor> roots;
    for (const Actor &actor : actors) {
        const bool hasParent = actor.affiliationId != 0 && byId.contains(actor.affiliationId);
        (hasParent ? children[actor.affiliationId] : roots).append(actor);
    }
    for (const Actor &root : roots) {
        addWithChildren(root, 0, children, wanted);
    }
    // Whatever affiliation cycle left unplaced still needs a lane of its own.
    for (const Actor &actor : actors) {
        addWithChildren(actor, 0, children, wanted);
    }
    if (hasEventsWithoutActors) {
        m_lanes.append(
            {0, QCoreApplication::translate("entente::LaneModel", "No actor"), QString(), 0});
        m_laneOfActor.insert(0, int(m_lanes.size()) - 1);
    }
}

void LaneModel::addWithChildren(const Actor &actor, int depth,
                                const QHash<qint64, QList<Actor>> &children,
                                const QHash<qint64, bool> &wanted)
{
    if (!wanted.value(actor.id) || m_laneOfActor.contains(actor.id) || depth > 8) {
        return;
    }
    m_laneOfActor.insert(actor.id, int(m_lanes.size()));
    m_lanes.append({actor.id, actor.displayName(), actor.color, depth});
    for (const Actor &child : children.value(actor.id)) {
        addWithChildren(child, depth + 1, children, wanted);
    }
}

QList<int> LaneModel::lanesOf(const Event &event) const
{
    QList<int> lanes;
    for (const EventActor &participant : event.actors) {
        const int lane = laneOfActor(participant.actorId);
        if (lane >= 0 && !lanes.contains(lane)) {
            lanes.append(lane);
        }
    }
    if (lanes.isEmpty() && m_laneOfActor.contains(0)) {
        lanes.append(m_laneOfActor.value(0));
    }
    std::sort(lanes.begin(), lanes.end());
    return lanes;
}

} // namespace entente
