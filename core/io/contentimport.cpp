// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentimport.h"

#include "cancelled.h"
#include "categorycolours.h"
#include "error.h"
#include "eventstore.h"

#include <QSet>

#include <algorithm>

namespace entente {

namespace {

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

// Sources and eras are matched by all of their fields: one hash lookup each, not a comparison
// with every row.
QString sourceKey(const Source &source)
{
    return QStringList{source.outlet, source.title, source.url, source.published.toEdtf(),
                       source.quote}
        .join(QChar(0x1f));
}

QString eraKey(const Era &era)
{
    return QStringList{era.name, era.start.toEdtf(), era.end.toEdtf(), era.color}.join(QChar(0x1f));
}

template <typename T>
QList<T> reversed(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

QList<qint64> ImportOutcome::addedEventIds() const
{
    QList<qint64> ids;
    ids.reserve(addedEvents.size());
    for (const Event &event : addedEvents) {
        ids.append(event.id);
    }
    return ids;
}

ImportOutcome ContentImport::run(EventStore &store, const TimelineContent &content,
                                 const Options &options)
{
    ContentImport import(store, content, options);
    const EventStore::BulkAdd bulk(store);
    store.batch([&] { import.importAll(); });
    return import.m_outcome;
}

void ContentImport::importAll()
{
    setTitle();
    mapActors();
    mapSources();
    addCategories();
    addRelationTypes();
    addEras();
    addEvents();
    addRelations();
}

void ContentImport::mapActors()
{
    QHash<QString, qint64> byName; // names first: a name wins over another actor's alias
    const QList<Actor> existing = m_store.actors();
    for (const Actor &actor : existing) {
        byName.insert(nameKey(actor.name), actor.id);
    }
    const auto addAliases = [&](const Actor &actor, qint64 id) {
        for (const QString &alias : actor.aliases) {
            if (const QString key = nameKey(alias); !byName.contains(key)) {
                byName.insert(key, id);
            }
        }
    };
    for (const Actor &actor : existing) {
        addAliases(actor, actor.id);
    }
    QList<qint64> affiliations; // of the created actors, as content keys
    for (const Actor &actor : m_content.actors) {
        qint64 id = byName.value(nameKey(actor.name));
        for (qsizetype i = 0; id == 0 && i < actor.aliases.size(); ++i) {
            id = byName.value(nameKey(actor.aliases.at(i)));
        }
        if (id == 0) {
            Actor row = actor;
            row.id = 0;
            row.affiliationId = 0; // the actor it belongs to may come later
            row.id = id = m_store.addActor(row);
            m_outcome.createdActors.append(row);
            affiliations.append(actor.affiliationId);
            byName.insert(nameKey(row.name), id);
            addAliases(row, id);
        }
        m_actorIds.insert(actor.id, id);
    }
    for (qsizetype i = 0; i < affiliations.size(); ++i) {
        Actor &row = m_outcome.createdActors[i];
        row.affiliationId = m_actorIds.value(affiliations.at(i));
        if (row.affiliationId != 0) {
            m_store.updateActor(row);
        }
    }
}

// A source is one citation, and a timeline may hold equal ones (two events quoting one
// sentence): each source of the content takes an equal source of the store that no other source
// of the content took, so that importing a file again adds none and an export imported into an
// empty timeline keeps every one.
void ContentImport::mapSources()
{
    QHash<QString, QList<qint64>> untaken;
    for (const Source &source : m_store.sources()) {
        untaken[sourceKey(source)].append(source.id);
    }
    for (const Source &source : m_content.sources) {
        QList<qint64> &equal = untaken[sourceKey(source)];
        qint64 id = equal.isEmpty() ? 0 : equal.takeFirst();
        if (id == 0) {
            Source row = source;
            row.id = 0;
            row.id = id = m_store.addSource(row);
            m_outcome.createdSources.append(row);
        }
        m_sourceIds.insert(source.id, id);
    }
}

void ContentImport::setTitle()
{
    if (!m_content.title.isEmpty() && m_store.title().isEmpty()) {
        m_store.setTitle(m_content.title);
        m_outcome.title = m_content.title;
    }
}

// Those the content describes, then those only its events name.
void ContentImport::addCategories()
{
    QList<Category> all = m_store.categories();
    QSet<QString> known;
    for (const Category &category : std::as_const(all)) {
        known.insert(category.name);
    }
    const auto add = [&](const Category &category) {
        if (category.name.isEmpty() || known.contains(category.name)) {
            return;
        }
        Category row{category.name, category.color, 0, false};
        if (row.color.isEmpty() && !m_content.categoriesComplete) {
            row.color = CategoryColours::forNew(all);
        }
        m_store.setCategory(row);
        m_outcome.createdCategories.append(row);
        known.insert(row.name);
        all.append(row);
    };
    for (const Category &category : m_content.categories) {
        add(category);
    }
    if (!m_content.categoriesComplete) {
        for (const Event &event : m_content.events) {
            if (!known.contains(event.category)) {
                add({event.category, {}, 0, false});
            }
        }
    }
}

void ContentImport::addRelationTypes()
{
    QSet<QString> known;
    for (const RelationType &type : m_store.relationTypes(EventStore::Count::Nothing)) {
        known.insert(type.name);
    }
    QList<RelationType> wanted;
    for (const RelationType &type : m_content.relationTypes) {
        wanted.append({type.name, type.label.isEmpty() ? type.name : type.label, type.color, 0});
    }
    for (const Relation &relation : m_content.relations) {
        wanted.append({relation.type, relation.type, {}, 0}); // if the content does not say
    }
    for (const RelationType &type : std::as_const(wanted)) {
        if (!known.contains(type.name)) {
            m_store.setRelationType(type);
            m_outcome.createdRelationTypes.append(type);
            known.insert(type.name);
        }
    }
}

void ContentImport::addEras()
{
    QSet<QString> known;
    for (const Era &era : m_store.eras()) {
        known.insert(eraKey(era));
    }
    for (const Era &era : m_content.eras) {
        if (known.contains(eraKey(era))) {
            continue;
        }
        Era row = era;
        row.id = 0;
        row.id = m_store.addEra(row);
        m_outcome.createdEras.append(row);
        known.insert(eraKey(row));
    }
}

void ContentImport::addEvents()
{
    m_storeWasEmpty = m_store.eventCount() == 0;
    const qint64 total = m_content.events.size();
    m_eventIds.reserve(total);
    m_eventAdded.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        try {
            addEvent(m_content.events.at(i), i);
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &error) {
            throw Error(tr("Event %1 of %2 (“%3”): %4")
                            .arg(i + 1)
                            .arg(total)
                            .arg(m_content.events.at(i).title, error.message()));
        }
        if (m_options.progress && ((i + 1) % ProgressEvery == 0 || i + 1 == total) &&
            !m_options.progress(i + 1, total)) {
            throw Cancelled(tr("The import was cancelled; nothing was changed."));
        }
    }
}

void ContentImport::addEvent(const Event &event, qsizetype index)
{
    Event row = mapped(event);
    if (row.uid.isEmpty()) {
        row.uid = EventStore::newUid(); // known here, so that a redo brings back the same event
    } else if (const auto earlier = m_uidIndex.constFind(row.uid); earlier != m_uidIndex.cend()) {
        ++m_outcome.skipped; // the same event twice in the content: the first one counts
        m_eventIds.append(m_eventIds.at(*earlier));
        m_eventAdded.append(false);
        return;
    } else if (const std::optional<Event> existing =
                   m_storeWasEmpty ? std::nullopt : m_store.eventByUid(row.uid)) {
        m_uidIndex.insert(row.uid, index);
        m_eventIds.append(existing->id);
        m_eventAdded.append(false);
        if (m_options.duplicates == Duplicates::Skip) {
            ++m_outcome.skipped;
            return;
        }
        row.id = existing->id;
        m_store.updateEvent(row);
        m_outcome.eventsBeforeUpdate.append(*existing);
        m_outcome.eventsAfterUpdate.append(row);
        ++m_outcome.updated;
        return;
    }
    m_uidIndex.insert(row.uid, index);
    row.id = m_store.addEvent(row);
    m_eventIds.append(row.id);
    m_eventAdded.append(true);
    m_outcome.addedEvents.append(row);
    ++m_outcome.added;
}

// The event with the store's ids for its actors and sources.
Event ContentImport::mapped(const Event &event) const
{
    Event row = event;
    row.id = 0;
    for (EventActor &actor : row.actors) {
        actor.actorId = m_actorIds.value(actor.actorId);
        if (actor.actorId == 0) {
            throw Error(tr("it names an actor the content does not have"));
        }
    }
    for (qint64 &source : row.sourceIds) {
        source = m_sourceIds.value(source);
        if (source == 0) {
            throw Error(tr("it names a source the content does not have"));
        }
    }
    return row;
}

void ContentImport::addRelations()
{
    for (const Relation &relation : m_content.relations) {
        Relation row = relation;
        row.id = 0;
        row.fromEventId = eventIdOf(relation.fromEventId);
        row.toEventId = eventIdOf(relation.toEventId);
        if (!isAdded(relation.fromEventId) && !isAdded(relation.toEventId) && hasEqual(row)) {
            continue; // imported before, with the events it links
        }
        row.id = m_store.addRelation(row);
        m_outcome.addedRelations.append(row);
    }
}

bool ContentImport::isAdded(qint64 reference) const
{
    return reference < 0 && m_eventAdded.value(TimelineContent::indexOfPlaceholder(reference));
}

bool ContentImport::hasEqual(const Relation &relation) const
{
    const QList<Relation> existing = m_store.relationsOf({relation.fromEventId});
    return std::any_of(existing.begin(), existing.end(), [&](const Relation &other) {
        return other.fromEventId == relation.fromEventId && other.toEventId == relation.toEventId &&
               other.type == relation.type;
    });
}

qint64 ContentImport::eventIdOf(qint64 reference) const
{
    if (reference >= 0) {
        return reference; // an event already in the store
    }
    const qsizetype index = TimelineContent::indexOfPlaceholder(reference);
    if (index >= m_eventIds.size()) {
        throw Error(tr("A relation names event %1 of the content, which has %2.")
                        .arg(index + 1)
                        .arg(m_eventIds.size()));
    }
    return m_eventIds.at(index);
}

qint64 ContentImport::countKnown(const EventStore &store, const TimelineContent &content)
{
    if (store.eventCount() == 0) {
        return 0;
    }
    QStringList uids;
    uids.reserve(content.events.size());
    for (const Event &event : content.events) {
        if (!event.uid.isEmpty()) {
            uids.append(event.uid);
        }
    }
    return store.countEventsWithUids(uids);
}

void ContentImport::noteTitle(const EventStore &store, const TimelineContent &content,
                              const QString &fileName, ImportReport *report)
{
    const QString title = store.title();
    if (!content.title.isEmpty() && !title.isEmpty() && content.title != title) {
        report->warning(fileName, 0, QString(),
                        tr("the file's title, “%1”, was not taken: the timeline keeps its own, "
                           "“%2”")
                            .arg(content.title, title));
    }
}

void ContentImport::undo(EventStore &store, const ImportOutcome &outcome)
{
    store.batch([&] {
        if (!outcome.title.isEmpty()) {
            store.setTitle(QString());
        }
        for (const Relation &relation : reversed(outcome.addedRelations)) {
            store.removeRelation(relation.id);
        }
        for (const Event &event : reversed(outcome.addedEvents)) {
            store.removeEvent(event.id);
        }
        for (const Event &event : outcome.eventsBeforeUpdate) {
            store.updateEvent(event);
        }
        for (const Era &era : outcome.createdEras) {
            store.removeEra(era.id);
        }
        for (const RelationType &type : outcome.createdRelationTypes) {
            store.removeRelationType(type.name);
        }
        for (const Category &category : outcome.createdCategories) {
            store.removeCategory(category.name, category.name); // forgets its row only
        }
        for (const Source &source : outcome.createdSources) {
            store.removeSource(source.id);
        }
        for (const Actor &actor : reversed(outcome.createdActors)) {
            store.removeActor(actor.id);
        }
    });
}

void ContentImport::redo(EventStore &store, const ImportOutcome &outcome)
{
    constexpr EventStore::Ids Keep = EventStore::Ids::Keep;
    store.batch([&] {
        if (!outcome.title.isEmpty()) {
            store.setTitle(outcome.title);
        }
        for (Actor actor : outcome.createdActors) {
            actor.affiliationId = 0; // the actor it belongs to may come later
            store.addActor(actor, Keep);
        }
        for (const Actor &actor : outcome.createdActors) {
            if (actor.affiliationId != 0) {
                store.updateActor(actor);
            }
        }
        for (const Source &source : outcome.createdSources) {
            store.addSource(source, Keep);
        }
        for (const Category &category : outcome.createdCategories) {
            store.setCategory(category);
        }
        for (const RelationType &type : outcome.createdRelationTypes) {
            store.setRelationType(type);
        }
        for (const Era &era : outcome.createdEras) {
            store.addEra(era, Keep);
        }
        for (const Event &event : outcome.eventsAfterUpdate) {
            store.updateEvent(event);
        }
        for (const Event &event : outcome.addedEvents) {
            store.addEvent(event, Keep);
        }
        for (const Relation &relation : outcome.addedRelations) {
            store.addRelation(relation, Keep);
        }
    });
}

} // namespace entente
