// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

namespace entente {

// The ids of one kind of row that a write added, changed or removed.
struct IdChanges
{
    QList<qint64> added;
    QList<qint64> changed;
    QList<qint64> removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    bool contains(qint64 id) const
    {
        return added.contains(id) || changed.contains(id) || removed.contains(id);
    }
    void merge(const IdChanges &other);
};

// What one write (or one batch of writes) to the store changed, announced once. Listeners
// refresh only what it names: the tile cache drops the tiles of `spans`, the list its rows.
struct StoreChange
{
    // A stretch of time, in seconds, that changed events covered before or after the write.
    struct Span
    {
        qint64 from;
        qint64 to;
        friend bool operator==(const Span &, const Span &) = default;
    };

    IdChanges events;
    IdChanges actors;
    IdChanges sources;
    IdChanges relations;
    IdChanges eras;
    IdChanges savedViews;
    // Agreements (issue 15). A write to a provision, a link or an assessment also names the
    // agreement (and a link's event) in `events.changed`, for the views that summarise them.
    IdChanges provisions;
    IdChanges provisionLinks;
    IdChanges assessments;
    IdChanges agreements; // by the agreement event's id
    IdChanges actorGroups;
    QList<Span> spans;
    // The category names that were created, renamed, recoloured or removed.
    bool categoriesChanged = false;
    // Relation types were created, renamed, relabelled, recoloured or removed (the relations
    // that moved with them are named in `relations`).
    bool relationTypesChanged = false;
    // Actor roles were added, renamed (in the events too), relabelled, reseated or removed.
    bool rolesChanged = false;
    // The timeline's title was set or cleared.
    bool titleChanged = false;
    // Too much changed to name (another connection wrote, or a cascade rebuilt the
    // summaries): refresh everything.
    bool everything = false;

    bool isEmpty() const
    {
        return events.isEmpty() && actors.isEmpty() && sources.isEmpty() && relations.isEmpty() &&
               eras.isEmpty() && savedViews.isEmpty() && provisions.isEmpty() &&
               provisionLinks.isEmpty() && assessments.isEmpty() && agreements.isEmpty() &&
               actorGroups.isEmpty() && !categoriesChanged && !relationTypesChanged &&
               !rolesChanged && !titleChanged && !everything;
    }
    bool touchesEvents() const { return everything || !events.isEmpty(); }
    // Whether events that changed covered any second of [from, to].
    bool touchesTime(qint64 from, qint64 to) const;
    void addSpan(qint64 from, qint64 to);
    void merge(const StoreChange &other);

    static StoreChange all();

private:
    void boundSpans();
};

} // namespace entente

Q_DECLARE_METATYPE(entente::StoreChange)
