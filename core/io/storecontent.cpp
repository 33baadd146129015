// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecontent.h"

#include "eventstore.h"

#include <QHash>
#include <QSet>

namespace entente {

TimelineContent StoreContent::read(const EventStore &store)
{
    return read(store, EventCriteria());
}

TimelineContent StoreContent::read(const EventStore &store, const EventCriteria &criteria)
{
    TimelineContent content;
    content.title = store.title();
    content.categoriesComplete = true;
    content.events = events(store, criteria);
    if (criteria.isEmpty()) {
        content.actors = store.actors();
        content.sources = store.sources();
        content.savedViews = store.savedViews();
        content.actorGroups = store.actorGroups();
    } else {
        addNamedActorsAndSources(store, &content);
    }
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
    const QList<Relation> relations =
        criteria.isEmpty() ? store.relations() : store.relationsBetween(placeholder.keys());
    for (Relation relation : relations) {
        relation.fromEventId = placeholder.value(relation.fromEventId);
        relation.toEventId = placeholder.value(relation.toEventId);
        content.relations.append(relation);
    }
    QList<qint64> eventIds;
    eventIds.reserve(content.events.size());
    for (const Event &event : std::as_const(content.events)) {
        eventIds.append(event.id);
    }
    addAgreements(store, eventIds, placeholder, &content);
    addRoles(store, &content);
    return content;
}

// The agreements among `eventIds` (the content's events, by store id), and what they need that
// the content lacks: the actors their provisions bind, the sources their links and assessments
// cite.
void StoreContent::addAgreements(const EventStore &store, const QList<qint64> &eventIds,
                                 const QHash<qint64, qint64> &placeholder, TimelineContent *content)
{
    QSet<qint64> actors, sources;
    for (const Actor &actor : std::as_const(content->actors)) {
        actors.insert(actor.id);
    }
    for (const Source &source : std::as_const(content->sources)) {
        sources.insert(source.id);
    }
    const auto needSource = [&](qint64 id) {
        if (id != 0 && !sources.contains(id)) {
            sources.insert(id);
            content->sources.append(store.source(id).value_or(Source{}));
        }
    };
    for (qint64 eventId : eventIds) {
        if (std::optional<Agreement> agreement = store.agreement(eventId)) {
            agreement->id = placeholder.value(eventId);
            agreement->endEventId = placeholder.value(agreement->endEventId);
            content->agreements.append(*agreement);
        }
        for (Provision provision : store.provisionsOf(eventId)) {
            for (qint64 party : std::as_const(provision.partyIds)) {
                if (!actors.contains(party)) {
                    actors.insert(party);
                    content->actors.append(store.actor(party).value_or(Actor{}));
                }
            }
            for (ProvisionLink link : store.linksOfProvision(provision.id)) {
                if (placeholder.contains(link.eventId)) {
                    needSource(link.sourceId);
                    link.eventId = placeholder.value(link.eventId);
                    content->provisionLinks.append(link);
                }
            }
            for (const LevelAssessment &assessment : store.assessmentsOf(provision.id)) {
                needSource(assessment.sourceId);
                content->assessments.append(assessment);
            }
            provision.agreementId = placeholder.value(eventId);
            content->provisions.append(provision);
        }
    }
}

// The roles a user added or changed (and those the events brought): a timeline that gets the
// content gets them too.
void StoreContent::addRoles(const EventStore &store, TimelineContent *content)
{
    const QList<ActorRole> builtIn = ActorRole::builtIn();
    for (const ActorRole &role : store.actorRoles()) {
        if (!builtIn.contains(role)) {
            content->actorRoles.append(role);
        }
    }
}

// The actors and sources that content's events name, in the order they are first named.
void StoreContent::addNamedActorsAndSources(const EventStore &store, TimelineContent *content)
{
    QSet<qint64> actors, sources;
    for (const Event &event : std::as_const(content->events)) {
        for (const EventActor &actor : event.actors) {
            if (!actors.contains(actor.actorId)) {
                actors.insert(actor.actorId);
                content->actors.append(store.actor(actor.actorId).value_or(Actor{}));
            }
        }
        for (qint64 source : event.sourceIds) {
            if (!sources.contains(source)) {
                sources.insert(source);
                content->sources.append(store.source(source).value_or(Source{}));
            }
        }
    }
}

QList<Event> StoreContent::events(const EventStore &store, const EventCriteria &criteria)
{
    if (criteria.isEmpty()) {
        return store.events();
    }
    const MatchSet matches = store.matches(criteria);
    QList<qint64> ids;
    ids.reserve(matches.count());
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        ids.append(match.eventId);
    }
    return store.events(ids, EventStore::Detail::Full);
}

TimelineContent StoreContent::gather(const EventStore &store, const QList<qint64> &eventIds)
{
    TimelineContent content;
    content.categoriesComplete = true; // the categories stay as the timeline shows them
    QHash<qint64, qint64> placeholder; // event id → -1, -2 …
    QList<qint64> gathered;
    for (qint64 id : eventIds) {
        std::optional<Event> event = store.event(id);
        if (!event || placeholder.contains(id)) {
            continue;
        }
        placeholder.insert(id, TimelineContent::placeholderOf(content.events.size()));
        gathered.append(id);
        event->id = 0;
        event->uid.clear();
        content.events.append(*event);
    }
    addNamedActorsAndSources(store, &content);
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
    addAgreements(store, gathered, placeholder, &content);
    for (Provision &provision : content.provisions) {
        provision.uid.clear(); // like the events: what is made of them is new
    }
    addRoles(store, &content);
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
