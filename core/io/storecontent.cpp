// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecontent.h"

#include "eventstore.h"

#include <QHash>
#include <QSet>

namespace entente {

TimelineContent StoreContent::read(const EventStore &store)
{
    TimelineContent content;
    content.title = store.title();
    content.categoriesComplete = true;
    content.events = store.events();
    content.actors = store.actors();
    content.sources = store.sources();
    for (const Category &category : store.categories()) {
        if (category.defined) {
            content.categories.append({category.name, category.color});
        }
    }
    for (const RelationType &type : store.relationTypes(EventStore::Count::Nothing)) {
        content.relationTypes.append({type.name, type.label, type.color, 0});
    }
    content.eras = store.eras();
    QHash<qint64, qint64> placeholder; // event id → -1, -2 …
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        placeholder.insert(content.events.at(i).id, TimelineContent::placeholderOf(i));
    }
    for (Relation relation : store.relations()) {
        relation.fromEventId = placeholder.value(relation.fromEventId);
        relation.toEventId = placeholder.value(relation.toEventId);
        content.relations.append(relation);
    }
    return content;
}

TimelineContent StoreContent::gather(const EventStore &store, const QList<qint64> &eventIds)
{
    TimelineContent content;
    content.categoriesComplete = true; // the categories stay as the timeline shows them
    QHash<qint64, qint64> placeholder; // event id → -1, -2 …
    QSet<qint64> actors, sources;
    for (qint64 id : eventIds) {
        std::optional<Event> event = store.event(id);
        if (!event || placeholder.contains(id)) {
            continue;
        }
        placeholder.insert(id, TimelineContent::placeholderOf(content.events.size()));
        for (const EventActor &actor : std::as_const(event->actors)) {
            if (!actors.contains(actor.actorId)) {
                actors.insert(actor.actorId);
                content.actors.append(store.actor(actor.actorId).value_or(Actor{}));
            }
        }
        for (qint64 source : std::as_const(event->sourceIds)) {
            if (!sources.contains(source)) {
                sources.insert(source);
                content.sources.append(store.source(source).value_or(Source{}));
            }
        }
        event->id = 0;
        event->uid.clear();
        content.events.append(*event);
    }
    for (Relation relation : store.relationsOf(placeholder.keys())) {
        if (placeholder.contains(relation.fromEventId) &&
            placeholder.contains(relation.toEventId)) {
            relation.id = 0;
            relation.fromEventId = placeholder.value(relation.fromEventId);
            relation.toEventId = placeholder.value(relation.toEventId);
            content.relations.append(relation);
        }
    }
    addRelationTypes(store, &content);
    return content;
}

void StoreContent::addRelationTypes(const EventStore &store, TimelineContent *content)
{
    // With their labels and colours: a paste into a timeline without them creates them so.
    QSet<QString> used;
    for (const Relation &relation : std::as_const(content->relations)) {
        used.insert(relation.type);
    }
    for (const RelationType &type : store.relationTypes(EventStore::Count::Nothing)) {
        if (used.contains(type.name)) {
            content->relationTypes.append(type);
        }
    }
}

} // namespace entente
