// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveeventcommand.h"

#include "eventstore.h"

namespace entente {

SaveEventCommand::SaveEventCommand(EventStore *store, const EventDraft &draft, QUndoCommand *parent)
    : StoreCommand(store, QString(), parent), m_draft(draft), m_isNew(draft.event.id == 0)
{
    setText((m_isNew ? QCoreApplication::translate("entente::SaveEventCommand", "Add “%1”")
                     : QCoreApplication::translate("entente::SaveEventCommand", "Edit “%1”"))
                .arg(draft.event.title));
    if (m_draft.relations) {
        planRelations();
    }
}

void SaveEventCommand::redo()
{
    const EventStore::Ids ids = m_done ? EventStore::Ids::Keep : EventStore::Ids::New;
    store()->batch([&] {
        addNewRows(ids);
        m_sourcesBefore.clear();
        for (const Source &source : std::as_const(m_draft.editedSources)) {
            m_sourcesBefore.append(store()->source(source.id).value_or(source));
            store()->updateSource(source);
        }
        if (!m_done) {
            resolvePlaceholders();
        }
        if (m_isNew) {
            m_draft.event.id = store()->addEvent(m_draft.event, ids);
            if (!m_done) {
                m_draft.event.uid = store()->event(m_draft.event.id)->uid;
            }
        } else {
            m_before = store()->event(m_draft.event.id);
            store()->updateEvent(m_draft.event);
        }
        writeRelations(ids);
    });
    m_done = true;
}

void SaveEventCommand::undo()
{
    store()->batch([&] {
        undoRelations(); // first: a new event's relations name it
        if (m_isNew) {
            store()->removeEvent(m_draft.event.id);
        } else if (m_before) {
            store()->updateEvent(*m_before);
        }
        for (const Source &source : std::as_const(m_sourcesBefore)) {
            store()->updateSource(source);
        }
        for (const Source &source : std::as_const(m_draft.newSources)) {
            store()->removeSource(source.id);
        }
        for (const Actor &actor : std::as_const(m_draft.newActors)) {
            store()->removeActor(actor.id);
        }
    });
}

void SaveEventCommand::addNewRows(EventStore::Ids ids)
{
    for (Actor &actor : m_draft.newActors) {
        actor.id = store()->addActor(actor, ids);
    }
    for (Source &source : m_draft.newSources) {
        source.id = store()->addSource(source, ids);
    }
}

void SaveEventCommand::resolvePlaceholders()
{
    for (EventActor &link : m_draft.event.actors) {
        if (link.actorId < 0) {
            link.actorId = m_draft.newActors.at(-link.actorId - 1).id;
        }
    }
    for (qint64 &sourceId : m_draft.event.sourceIds) {
        if (sourceId < 0) {
            sourceId = m_draft.newSources.at(-sourceId - 1).id;
        }
    }
}

void SaveEventCommand::planRelations()
{
    const QList<Relation> current =
        m_isNew ? QList<Relation>() : store()->relationsOf({m_draft.event.id});
    QList<qint64> kept;
    for (const Relation &wanted : std::as_const(*m_draft.relations)) {
        if (wanted.id == 0) {
            m_addedRelations.append(wanted);
            continue;
        }
        kept.append(wanted.id);
        if (!current.contains(wanted)) {
            m_changedRelations.append(wanted);
        }
    }
    for (const Relation &had : current) {
        if (!kept.contains(had.id)) {
            m_removedRelations.append(had.id);
        }
    }
}

void SaveEventCommand::writeRelations(EventStore::Ids ids)
{
    for (Relation &relation : m_addedRelations) {
        // 0 names this event; a new one has its id only now.
        relation.fromEventId = relation.fromEventId == 0 ? eventId() : relation.fromEventId;
        relation.toEventId = relation.toEventId == 0 ? eventId() : relation.toEventId;
        relation.id = store()->addRelation(relation, ids);
    }
    m_relationsBefore.clear();
    for (const Relation &relation : std::as_const(m_changedRelations)) {
        if (const std::optional<Relation> before = store()->relation(relation.id)) {
            m_relationsBefore.append(*before);
            store()->updateRelation(relation);
        }
    }
    for (qint64 id : std::as_const(m_removedRelations)) {
        if (const std::optional<Relation> before = store()->relation(id)) {
            m_relationsBefore.append(*before);
            store()->removeRelation(id);
        }
    }
}

void SaveEventCommand::undoRelations()
{
    for (const Relation &relation : std::as_const(m_addedRelations)) {
        store()->removeRelation(relation.id);
    }
    for (const Relation &before : std::as_const(m_relationsBefore)) {
        if (m_removedRelations.contains(before.id)) {
            store()->addRelation(before, EventStore::Ids::Keep);
        } else {
            store()->updateRelation(before);
        }
    }
}

} // namespace entente
