// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

LaneModel::LaneModel(const QList<Actor> &actors, const QList<qint64> &actorsInUse,
                     bool hasEventsWithoutActors, const QSet<qint64> &collapsed)
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
        addWithChildren(root, 0, children, wanted, collapsed, -1);
    }
    // Whatever affiliation cycle left unplaced still needs a lane of its own.
    for (const Actor &actor : actors) {
        addWithChildren(actor, 0, children, wanted, collapsed, -1);
    }
    if (hasEventsWithoutActors) {
        m_lanes.append(
            {0, QCoreApplication::translate("entente::LaneModel", "No actor"), QString(), 0});
        m_laneOfActor.insert(0, int(m_lanes.size()) - 1);
    }
}

void LaneModel::addWithChildren(const Actor &actor, int depth,
                                const QHash<qint64, QList<Actor>> &children,
                                const QHash<qint64, bool> &wanted, const QSet<qint64> &collapsed,
                                int foldInto)
{
    if (!wanted.value(actor.id) || m_laneOfActor.contains(actor.id) || depth > 8) {
        return;
    }
    if (foldInto >= 0) { // under a collapsed actor: drawn in its lane
        m_laneOfActor.insert(actor.id, foldInto);
    } else {
        m_laneOfActor.insert(actor.id, int(m_lanes.size()));
        Lane lane{actor.id, actor.displayName(), actor.color, depth};
        lane.hasChildren =
            std::any_of(children.value(actor.id).cbegin(), children.value(actor.id).cend(),
                        [&](const Actor &child) { return wanted.value(child.id); });
        lane.collapsed = lane.hasChildren && collapsed.contains(actor.id);
        m_lanes.append(lane);
        if (lane.collapsed) {
            foldInto = int(m_lanes.size()) - 1;
        }
    }
    for (const Actor &child : children.value(actor.id)) {
        addWithChildren(child, depth + 1, children, wanted, collapsed, foldInto);
    }
}

QList<qint64> LaneModel::actorsOfLane(int lane) const
{
    QList<qint64> actors;
    for (auto it = m_laneOfActor.cbegin(); it != m_laneOfActor.cend(); ++it) {
        if (it.value() == lane) {
            actors.append(it.key());
        }
    }
    std::sort(actors.begin(), actors.end());
    return actors;
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
