// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"
#include "lanekey.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace entente {

// Which lanes the timeline shows and which lanes an event is drawn in.
// - By actor: a lane per actor that takes part in any event, people and bodies nested under
//   the actor they belong to (Rutte under NATO), plus a last lane for events without actors.
// - By category: a lane per category ("" is "Uncategorized").
// - Packed: one lane for every event.
// Each lane has a key, the lane of the density summaries and tiles that feed it: the actor id
// (0: no actor), LaneKey::ofCategory, or LaneKey::AllActors.
class LaneModel final
{
    Q_DECLARE_TR_FUNCTIONS(entente::LaneModel)

public:
    enum class Mode { Actor, Category, Packed };

    struct Lane
    {
        qint64 key;
        QString label;
        QString color;            // an actor's colour; empty for category and packed lanes
        int depth;                // 0 for top level, 1 for nested, ...
        bool hasChildren = false; // actors nested under it have lanes (or would, expanded)
        bool collapsed = false;   // its nested actors' events are drawn in this lane
        QString category = {};    // by category: the category it shows

        friend bool operator==(const Lane &, const Lane &) = default;
    };

    // What the user made of the lanes: folded, hidden (with what is nested under them) and
    // moved. `order` ranks lanes among their siblings; lanes it does not name follow, as
    // they come.
    struct Arrangement
    {
        QSet<qint64> collapsed;
        QSet<qint64> hidden;
        QList<qint64> order;
    };

    LaneModel() = default;
    // actorsInUse: the actors that appear in at least one event.
    LaneModel(const QList<Actor> &actors, const QList<qint64> &actorsInUse,
              bool hasEventsWithoutActors, const Arrangement &arrangement = {});
    static LaneModel byCategory(const QStringList &categories, const Arrangement &arrangement = {});
    static LaneModel packed();

    Mode mode() const { return m_mode; }
    const QList<Lane> &lanes() const { return m_lanes; }
    // Lane indexes for an event, in lane order, no duplicates; empty when its lanes are hidden.
    QList<int> lanesOf(const Event &event) const;
    int laneOfKey(qint64 key) const { return m_laneOfKey.value(key, -1); }
    // The keys whose events a lane shows: its own, and those folded into it.
    QList<qint64> keysOfLane(int lane) const;
    // The lanes that share a parent with `lane` (itself included), in order: where it can move.
    // Empty for the "No actor" lane, which stays last.
    QList<int> siblingsOf(int lane) const;

private:
    void addWithChildren(const Actor &actor, int depth, const QHash<qint64, QList<Actor>> &children,
                         const QHash<qint64, bool> &wanted, const Arrangement &arrangement,
                         int foldInto);
    void hideWithChildren(qint64 actorId, const QHash<qint64, QList<Actor>> &children, int depth);
    void addLane(const Lane &lane);

    Mode m_mode = Mode::Actor;
    QList<Lane> m_lanes;
    QHash<qint64, int> m_laneOfKey;
};

} // namespace entente
