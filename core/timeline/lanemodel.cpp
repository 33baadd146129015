// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanemodel.h"

#include "lanekey.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace entente {

namespace {

// Siblings in the user's order; those it does not name keep their own order, after the rest.
template <typename T, typename KeyOf>
void arrange(QList<T> &siblings, const QList<qint64> &order, KeyOf keyOf)
{
    if (order.isEmpty()) {
        return;
    }
    const auto rank = [&](const T &item) {
        const qsizetype at = order.indexOf(keyOf(item));
        return at < 0 ? std::numeric_limits<qsizetype>::max() : at;
    };
    std::stable_sort(siblings.begin(), siblings.end(),
                     [&](const T &a, const T &b) { return rank(a) < rank(b); });
}

} // namespace

LaneModel::LaneModel(const QList<Actor> &actors, const QList<qint64> &actorsInUse,
                     bool hasEventsWithoutActors, const Arrangement &arrangement)
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
    const auto idOf = [](const Actor &actor) { return actor.id; };
    arrange(roots, arrangement.order, idOf);
    for (QList<Actor> &siblings : children) {
        arrange(siblings, arrangement.order, idOf);
    }
    for (const Actor &root : roots) {
        addWithChildren(root, 0, children, wanted, arrangement, -1);
    }
    // Whatever affiliation cycle left unplaced still needs a lane of its own.
    for (const Actor &actor : actors) {
        addWithChildren(actor, 0, children, wanted, arrangement, -1);
    }
    if (hasEventsWithoutActors && !arrangement.hidden.contains(LaneKey::NoActor)) {
        addLane({LaneKey::NoActor, LaneModel::tr("No actor"), QString(), 0});
    }
}

LaneModel LaneModel::byCategory(const QStringList &categories, const Arrangement &arrangement)
{
    LaneModel model;
    model.m_mode = Mode::Category;
    QStringList sorted = categories;
    arrange(sorted, arrangement.order, LaneKey::ofCategory);
    for (const QString &category : std::as_const(sorted)) {
        const qint64 key = LaneKey::ofCategory(category);
        if (!arrangement.hidden.contains(key) && model.laneOfKey(key) < 0) {
            Lane lane{key, category.isEmpty() ? LaneModel::tr("Uncategorized") : category,
                      QString(), 0};
            lane.category = category;
            model.addLane(lane);
        }
    }
    return model;
}

LaneModel LaneModel::packed()
{
    LaneModel model;
    model.m_mode = Mode::Packed;
    model.addLane({LaneKey::AllActors, LaneModel::tr("All events"), QString(), 0});
    return model;
}

void LaneModel::addLane(const Lane &lane)
{
    m_laneOfKey.insert(lane.key, int(m_lanes.size()));
    m_lanes.append(lane);
}

void LaneModel::addWithChildren(const Actor &actor, int depth,
                                const QHash<qint64, QList<Actor>> &children,
                                const QHash<qint64, bool> &wanted, const Arrangement &arrangement,
                                int foldInto)
{
    // A hidden actor is remembered as placed (at no lane), so that the pass for affiliation
    // cycles does not bring it or its people back.
    if (!wanted.value(actor.id) || m_laneOfKey.contains(actor.id) || depth > 8) {
        return;
    }
    if (arrangement.hidden.contains(actor.id)) {
        hideWithChildren(actor.id, children, depth);
        return;
    }
    if (foldInto >= 0) { // under a collapsed actor: drawn in its lane
        m_laneOfKey.insert(actor.id, foldInto);
    } else {
        Lane lane{actor.id, actor.displayName(), actor.color, depth};
        lane.hasChildren =
            std::any_of(children.value(actor.id).cbegin(), children.value(actor.id).cend(),
                        [&](const Actor &child) { return wanted.value(child.id); });
        lane.collapsed = lane.hasChildren && arrangement.collapsed.contains(actor.id);
        addLane(lane);
        if (lane.collapsed) {
            foldInto = int(m_lanes.size()) - 1;
        }
    }
    for (const Actor &child : children.value(actor.id)) {
        addWithChildren(child, depth + 1, children, wanted, arrangement, foldInto);
    }
}

void LaneModel::hideWithChildren(qint64 actorId, const QHash<qint64, QList<Actor>> &children,
                                 int depth)
{
    if (m_laneOfKey.contains(actorId) || depth > 8) {
        return;
    }
    m_laneOfKey.insert(actorId, -1);
    for (const Actor &child : children.value(actorId)) {
        hideWithChildren(child.id, children, depth + 1);
    }
}

QList<qint64> LaneModel::keysOfLane(int lane) const
{
    QList<qint64> keys;
    for (auto it = m_laneOfKey.cbegin(); it != m_laneOfKey.cend(); ++it) {
        if (it.value() == lane) {
            keys.append(it.key());
        }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<int> LaneModel::siblingsOf(int lane) const
{
    const auto parentOf = [&](int index) {
        for (int at = index - 1; at >= 0; --at) {
            if (m_lanes.at(at).depth < m_lanes.at(index).depth) {
                return at;
            }
        }
        return -1;
    };
    // "No actor" stays last, under every actor: it is not one of them to move among.
    const auto isFixed = [&](int index) {
        return m_mode == Mode::Actor && m_lanes.at(index).key == LaneKey::NoActor;
    };
    QList<int> siblings;
    if (lane < 0 || lane >= m_lanes.size() || isFixed(lane)) {
        return siblings;
    }
    const int parent = parentOf(lane);
    for (int index = parent + 1; index < m_lanes.size(); ++index) {
        if (m_lanes.at(index).depth < m_lanes.at(lane).depth) {
            break; // past the parent's last child
        }
        if (m_lanes.at(index).depth == m_lanes.at(lane).depth && !isFixed(index)) {
            siblings.append(index);
        }
    }
    return siblings;
}

QList<int> LaneModel::lanesOf(const Event &event) const
{
    QList<int> lanes;
    const auto add = [&](qint64 key) {
        const int lane = laneOfKey(key);
        if (lane >= 0 && !lanes.contains(lane)) {
            lanes.append(lane);
        }
    };
    switch (m_mode) {
    case Mode::Packed:
        add(LaneKey::AllActors);
        return lanes;
    case Mode::Category:
        add(LaneKey::ofCategory(event.category));
        return lanes;
    case Mode::Actor:
        break;
    }
    for (const EventActor &participant : event.actors) {
        add(participant.actorId);
    }
    if (event.actors.isEmpty()) {
        add(LaneKey::NoActor);
    }
    std::sort(lanes.begin(), lanes.end());
    return lanes;
}

} // namespace entente
