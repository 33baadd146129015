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
    ids.reserve(added);
    for (const IdRange &range : addedEventRanges) {
        for (qint64 id = range.first; id <= range.last; ++id) {
            ids.append(id);
        }
    }
    return ids;
}

void ImportOutcome::noteAdded(qint64 id)
{
    if (!addedEventRanges.isEmpty() && addedEventRanges.last().last + 1 == id) {
        addedEventRanges.last().last = id;
    } else {
        addedEventRanges.append({id, id});
    }
}

ContentImport::ContentImport(EventStore &store, const Options &options)
    : m_store(store), m_options(options)
{}

ImportOutcome ContentImport::run(EventStore &store, const TimelineContent &content,
                                 const Options &options)
{
    return run(
        store, [&content](const ContentSink &sink) { sink(content); }, options);
}

ImportOutcome ContentImport::run(EventStore &store, const Producer &produce, const Options &options)
{
    ContentImport import(store, options);
    const EventStore::BulkAdd bulk(store, options.soleAccess ? EventStore::BulkAdd::Access::Sole
                                                             : EventStore::BulkAdd::Access::Shared);
    store.batch([&] {
        import.findExisting();
        produce([&import](const TimelineContent &chunk) { import.add(chunk); });
        import.finish();
    });
    return std::move(import.m_outcome);
}

// What the store holds that a content's rows may turn out to be: read once, for every chunk.
void ContentImport::findExisting()
{
    const QList<Actor> actors = m_store.actors();
    for (const Actor &actor : actors) { // names first: a name wins over another actor's alias
        m_actorsByName.insert(nameKey(actor.name), actor.id);
    }
    for (const Actor &actor : actors) {
        addActorNames(actor, actor.id);
    }
    for (const Source &source : m_store.sources()) {
        m_untakenSources[sourceKey(source)].append(source.id);
    }
    for (const Category &category : m_store.categories()) {
        m_categories.insert(category.name);
        m_categoryRows.append(category);
    }
    for (const RelationType &type : m_store.relationTypes(EventStore::Count::Nothing)) {
        m_relationTypes.insert(type.name);
    }
    for (const Era &era : m_store.eras()) {
        m_eras.insert(eraKey(era));
    }
    for (const SavedView &view : m_store.savedViews()) {
        m_savedViewIds.insert(nameKey(view.name), view.id);
    }
    m_storeWasEmpty = m_store.eventCount() == 0;
    m_rolesBefore = m_store.actorRoles();
}

void ContentImport::add(const TimelineContent &chunk)
{
    setTitle(chunk);
    mapActors(chunk);
    mapSources(chunk);
    addCategories(chunk);
    addRelationTypes(chunk);
    addEras(chunk);
    addEvents(chunk);
    m_relations += chunk.relations;
    m_savedViews += chunk.savedViews;
    gatherAgreements(chunk);
}

void ContentImport::finish()
{
    mapAffiliations();
    addRelations();
    addSavedViews();
    addAgreements();
}

void ContentImport::gatherAgreements(const TimelineContent &chunk)
{
    m_agreementParts.actorRoles += chunk.actorRoles;
    m_agreementParts.actorGroups += chunk.actorGroups;
    m_agreementParts.agreements += chunk.agreements;
    m_agreementParts.provisions += chunk.provisions;
    m_agreementParts.provisionLinks += chunk.provisionLinks;
    m_agreementParts.assessments += chunk.assessments;
}

void ContentImport::addAgreements()
{
    const AgreementImport::Ids ids{m_actorIds, m_sourceIds,
                                   [this](qint64 reference) { return eventIdOf(reference); }};
    m_outcome.agreements = AgreementImport::run(
        m_store, m_agreementParts, ids, m_options.duplicates == Duplicates::Update, m_rolesBefore);
}

void ContentImport::addActorNames(const Actor &actor, qint64 id)
{
    m_actorsByName.insert(nameKey(actor.name), id);
    for (const QString &alias : actor.aliases) {
        if (const QString key = nameKey(alias); !m_actorsByName.contains(key)) {
            m_actorsByName.insert(key, id);
        }
    }
}

void ContentImport::mapActors(const TimelineContent &chunk)
{
    for (const Actor &actor : chunk.actors) {
        qint64 id = m_actorsByName.value(nameKey(actor.name));
        for (qsizetype i = 0; id == 0 && i < actor.aliases.size(); ++i) {
            id = m_actorsByName.value(nameKey(actor.aliases.at(i)));
        }
        if (id == 0) {
            Actor row = actor;
            row.id = 0;
            row.affiliationId = 0; // the actor it belongs to may come later
            row.id = id = m_store.addActor(row);
            m_outcome.createdActors.append(row);
            m_affiliations.append(actor.affiliationId);
            addActorNames(row, id);
        }
        m_actorIds.insert(actor.id, id);
    }
}

// After the last chunk: an actor may belong to one a later chunk brings.
void ContentImport::mapAffiliations()
{
    for (qsizetype i = 0; i < m_affiliations.size(); ++i) {
        Actor &row = m_outcome.createdActors[i];
        row.affiliationId = m_actorIds.value(m_affiliations.at(i));
        if (row.affiliationId != 0) {
            m_store.updateActor(row);
        }
    }
}

// A source is one citation, and a timeline may hold equal ones (two events quoting one
// sentence): each source of the content takes an equal source of the store that no other source
// of the content took, so that importing a file again adds none and an export imported into an
// empty timeline keeps every one.
void ContentImport::mapSources(const TimelineContent &chunk)
{
    for (const Source &source : chunk.sources) {
        const auto equal = m_untakenSources.find(sourceKey(source));
        qint64 id = equal == m_untakenSources.end() || equal->isEmpty() ? 0 : equal->takeFirst();
        if (id == 0) {
            Source row = source;
            row.id = 0;
            row.id = id = m_store.addSource(row);
            m_outcome.createdSources.append(row);
        }
        m_sourceIds.insert(source.id, id);
    }
}

// The content may name the title in any chunk (a reader's first, usually): the first title
// met is the one.
void ContentImport::setTitle(const TimelineContent &chunk)
{
    if (chunk.title.isEmpty() || m_titleMet) {
        return;
    }
    m_titleMet = true;
    if (m_store.title().isEmpty()) {
        m_store.setTitle(chunk.title);
        m_outcome.title = chunk.title;
    }
}

// Those the chunk describes, then those only its events name.
void ContentImport::addCategories(const TimelineContent &chunk)
{
    const auto add = [&](const Category &category) {
        if (category.name.isEmpty() || m_categories.contains(category.name)) {
            return;
        }
        Category row{category.name, category.color, 0, false};
        if (row.color.isEmpty() && !chunk.categoriesComplete) {
            row.color = CategoryColours::forNew(m_categoryRows);
        }
        m_store.setCategory(row);
        m_outcome.createdCategories.append(row);
        m_categories.insert(row.name);
        m_categoryRows.append(row);
    };
    for (const Category &category : chunk.categories) {
        add(category);
    }
    if (!chunk.categoriesComplete) {
        for (const Event &event : chunk.events) {
            if (!m_categories.contains(event.category)) {
                add({event.category, {}, 0, false});
            }
        }
    }
}

void ContentImport::addRelationTypes(const TimelineContent &chunk)
{
    QList<RelationType> wanted;
    for (const RelationType &type : chunk.relationTypes) {
        wanted.append({type.name, type.label.isEmpty() ? type.name : type.label, type.color, 0});
    }
    for (const Relation &relation : chunk.relations) {
        wanted.append({relation.type, relation.type, {}, 0}); // if the content does not say
    }
    for (const RelationType &type : std::as_const(wanted)) {
        if (!m_relationTypes.contains(type.name)) {
            m_store.setRelationType(type);
            m_outcome.createdRelationTypes.append(type);
            m_relationTypes.insert(type.name);
        }
    }
}

void ContentImport::addEras(const TimelineContent &chunk)
{
    for (const Era &era : chunk.eras) {
        if (m_eras.contains(eraKey(era))) {
            continue;
        }
        Era row = era;
        row.id = 0;
        row.id = m_store.addEra(row);
        m_outcome.createdEras.append(row);
        m_eras.insert(eraKey(row));
    }
}

void ContentImport::addEvents(const TimelineContent &chunk)
{
    const qsizetype first = m_eventIds.size(); // the content index of the chunk's first event
    const qint64 total = first + chunk.events.size();
    m_eventIds.reserve(total);
    m_eventAdded.reserve(total);
    const bool encoded = chunk.encoded.events.size() == chunk.events.size();
    for (qsizetype i = first; i < total; ++i) {
        const Event &event = chunk.events.at(i - first);
        try {
            addEvent(event, i, encoded ? &chunk.encoded.events.at(i - first) : nullptr);
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &error) {
            throw eventError(i, total, event.title, error);
        }
        if ((i + 1) % ProgressEvery == 0 || i + 1 == total) {
            storeNewEvents(chunk, first, total);
            if (m_options.progress && !m_options.progress(i + 1, total)) {
                throw Cancelled(tr("The import was cancelled; nothing was changed."));
            }
        }
    }
}

Error ContentImport::eventError(qsizetype index, qint64 total, const QString &title,
                                const Error &error)
{
    return Error(
        tr("Event %1 of %2 (“%3”): %4").arg(index + 1).arg(total).arg(title, error.message()));
}

// The new events met since the last call, all of `chunk` (whose first event has the content
// index `first`), in one write of many rows per statement: one statement per event cost a
// quarter of a million-row import.
void ContentImport::storeNewEvents(const TimelineContent &chunk, qsizetype first, qint64 total)
{
    if (m_newEvents.isEmpty()) {
        return;
    }
    qsizetype failed = -1;
    qint64 firstId = 0;
    try {
        firstId = m_store.addEvents(std::exchange(m_newEvents, {}), &failed,
                                    std::exchange(m_newEncoded, {}));
    } catch (const Error &error) {
        const qsizetype index = m_newEventIndexes.value(failed, -1);
        if (index < 0) {
            throw;
        }
        throw eventError(index, total, chunk.events.at(index - first).title, error);
    }
    for (qsizetype k = 0; k < m_newEventIndexes.size(); ++k) {
        m_eventIds[m_newEventIndexes.at(k)] = firstId + k;
        m_outcome.noteAdded(firstId + k);
    }
    m_outcome.added += m_newEventIndexes.size();
    m_newEventIndexes.clear();
}

void ContentImport::addEvent(const Event &event, qsizetype index, const EventRows::Encoded *encoded)
{
    Event row = mapped(event);
    if (row.uid.isEmpty()) {
        row.uid = EventStore::newUid(); // known here, so that a redo brings back the same event
    } else if (const auto earlier = m_uidIndex.constFind(row.uid); earlier != m_uidIndex.cend()) {
        ++m_outcome.skipped; // the same event twice in the content: the first one counts
        m_eventIds.append(m_eventIds.at(*earlier));
        m_eventAdded.append(false);
        return;
    } else if (const qint64 known = m_storeWasEmpty ? 0 : m_store.eventIdByUid(row.uid)) {
        m_uidIndex.insert(row.uid, index);
        m_eventIds.append(known);
        m_eventAdded.append(false);
        if (m_options.duplicates == Duplicates::Skip) {
            ++m_outcome.skipped;
            return;
        }
        const std::optional<Event> existing = m_store.event(known);
        row.id = known;
        m_store.updateEvent(row);
        m_outcome.eventsBeforeUpdate.append(*existing);
        m_outcome.eventsAfterUpdate.append(row);
        ++m_outcome.updated;
        return;
    }
    m_uidIndex.insert(row.uid, index);
    m_eventIds.append(0); // its id once stored (storeNewEvents)
    m_eventAdded.append(true);
    m_newEventIndexes.append(index);
    m_newEvents.append(std::move(row));
    if (encoded) {
        m_newEncoded.append(*encoded);
    }
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
    for (const Relation &relation : std::as_const(m_relations)) {
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

void ContentImport::addSavedViews()
{
    for (const SavedView &view : std::as_const(m_savedViews)) {
        try {
            addSavedView(view);
        } catch (const Error &error) {
            throw Error(tr("Saved view “%1”: %2").arg(view.name, error.message()));
        }
    }
}

void ContentImport::addSavedView(SavedView view)
{
    for (qint64 &actor : view.criteria.actors) {
        actor = m_actorIds.value(actor);
    }
    const qint64 known = m_savedViewIds.value(nameKey(view.name));
    if (known == 0) {
        view.id = 0;
        view.id = m_store.addSavedView(view);
        m_outcome.createdSavedViews.append(*m_store.savedView(view.id)); // as stored: trimmed
        m_savedViewIds.insert(nameKey(view.name), view.id);
    } else if (m_options.duplicates == Duplicates::Update) {
        const SavedView before = *m_store.savedView(known);
        view.id = known;
        m_store.updateSavedView(view);
        m_outcome.savedViewsBeforeUpdate.append(before);
        m_outcome.savedViewsAfterUpdate.append(*m_store.savedView(known));
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

QStringList ContentImport::uidsOf(const TimelineContent &content)
{
    QStringList uids;
    uids.reserve(content.events.size());
    for (const Event &event : content.events) {
        if (!event.uid.isEmpty()) {
            uids.append(event.uid);
        }
    }
    return uids;
}

qint64 ContentImport::countKnown(const EventStore &store, const QStringList &uids)
{
    return uids.isEmpty() || store.eventCount() == 0 ? 0 : store.countEventsWithUids(uids);
}

void ContentImport::noteTitle(const EventStore &store, const QString &title,
                              const QString &fileName, ImportReport *report)
{
    const QString own = store.title();
    if (!title.isEmpty() && !own.isEmpty() && title != own) {
        report->warning(fileName, 0, QString(),
                        tr("the file's title, “%1”, was not taken: the timeline keeps its own, "
                           "“%2”")
                            .arg(title, own));
    }
}

void ContentImport::undo(EventStore &store, ImportOutcome *outcome)
{
    QList<Event> removed;
    store.batch([&] {
        AgreementImport::undo(store, outcome->agreements);
        if (!outcome->title.isEmpty()) {
            store.setTitle(QString());
        }
        for (const Relation &relation : reversed(outcome->addedRelations)) {
            store.removeRelation(relation.id);
        }
        const QList<qint64> ids = outcome->addedEventIds();
        removed = store.events(ids, EventStore::Detail::Full);
        for (const qint64 id : reversed(ids)) {
            store.removeEvent(id);
        }
        for (const Event &event : outcome->eventsBeforeUpdate) {
            store.updateEvent(event);
        }
        for (const SavedView &view : outcome->createdSavedViews) {
            store.removeSavedView(view.id);
        }
        for (const SavedView &view : reversed(outcome->savedViewsBeforeUpdate)) {
            store.updateSavedView(view);
        }
        for (const Era &era : outcome->createdEras) {
            store.removeEra(era.id);
        }
        for (const RelationType &type : outcome->createdRelationTypes) {
            store.removeRelationType(type.name);
        }
        for (const Category &category : outcome->createdCategories) {
            store.removeCategory(category.name, category.name); // forgets its row only
        }
        for (const Source &source : outcome->createdSources) {
            store.removeSource(source.id);
        }
        for (const Actor &actor : reversed(outcome->createdActors)) {
            store.removeActor(actor.id);
        }
        AgreementImport::removeRoles(store, outcome->agreements);
    });
    // In the order of their ids, as the import added them.
    std::sort(removed.begin(), removed.end(),
              [](const Event &a, const Event &b) { return a.id < b.id; });
    outcome->removedEvents = std::move(removed);
}

void ContentImport::redo(EventStore &store, ImportOutcome *outcome)
{
    constexpr EventStore::Ids Keep = EventStore::Ids::Keep;
    store.batch([&] {
        if (!outcome->title.isEmpty()) {
            store.setTitle(outcome->title);
        }
        for (Actor actor : outcome->createdActors) {
            actor.affiliationId = 0; // the actor it belongs to may come later
            store.addActor(actor, Keep);
        }
        for (const Actor &actor : outcome->createdActors) {
            if (actor.affiliationId != 0) {
                store.updateActor(actor);
            }
        }
        for (const Source &source : outcome->createdSources) {
            store.addSource(source, Keep);
        }
        for (const Category &category : outcome->createdCategories) {
            store.setCategory(category);
        }
        for (const RelationType &type : outcome->createdRelationTypes) {
            store.setRelationType(type);
        }
        for (const Era &era : outcome->createdEras) {
            store.addEra(era, Keep);
        }
        for (const Event &event : outcome->eventsAfterUpdate) {
            store.updateEvent(event);
        }
        for (const Event &event : std::as_const(outcome->removedEvents)) {
            store.addEvent(event, Keep);
        }
        for (const Relation &relation : outcome->addedRelations) {
            store.addRelation(relation, Keep);
        }
        for (const SavedView &view : outcome->savedViewsAfterUpdate) {
            store.updateSavedView(view);
        }
        for (const SavedView &view : outcome->createdSavedViews) {
            store.addSavedView(view, Keep);
        }
        AgreementImport::redo(store, outcome->agreements);
    });
    outcome->removedEvents.clear();
}

} // namespace entente
