// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteeventscommand.h"

#include "addeventscommand.h"
#include "addrowcommand.h"
#include "eventstore.h"
#include "relationtypecommand.h"

#include <QSet>

#include <algorithm>

namespace entente {

PasteEventsCommand::PasteEventsCommand(EventStore *store, const EventClipboard::Content &content,
                                       QUndoCommand *parent)
    : StoreCommand(store,
                   content.events.size() == 1
                       ? QCoreApplication::translate("entente::PasteEventsCommand", "Paste “%1”")
                             .arg(content.events.constFirst().title)
                       : QCoreApplication::translate("entente::PasteEventsCommand",
                                                     "Paste %n Events", nullptr,
                                                     int(content.events.size())),
                   parent),
      m_content(content)
{}

void PasteEventsCommand::redo()
{
    // One transaction and one change notification for the whole paste.
    store()->batch([&] {
        if (!m_events) {
            addChildren();
        } else {
            QUndoCommand::redo(); // the children, in order, with the ids they had
        }
    });
}

void PasteEventsCommand::undo()
{
    store()->batch([&] { QUndoCommand::undo(); }); // the events first, then what they named
}

QList<qint64> PasteEventsCommand::ids() const
{
    return m_events ? m_events->ids() : QList<qint64>();
}

void PasteEventsCommand::addChildren()
{
    const QHash<qint64, qint64> actors = actorIds();
    const QHash<qint64, qint64> sources = sourceIds();
    addMissingRelationTypes();
    QList<Event> events = m_content.events;
    for (Event &event : events) {
        event.id = 0;
        event.uid.clear(); // a new event, also when pasted into the timeline it came from
        for (EventActor &actor : event.actors) {
            actor.actorId = actors.value(actor.actorId);
        }
        for (qint64 &source : event.sourceIds) {
            source = sources.value(source);
        }
    }
    m_events = new AddEventsCommand(store(), events, m_content.relations, this);
    m_events->redo();
}

QHash<qint64, qint64> PasteEventsCommand::actorIds()
{
    QHash<QString, qint64> byName;
    for (const Actor &actor : store()->actors()) {
        byName.insert(actor.name, actor.id);
    }
    QHash<qint64, qint64> ids; // the clipboard's key → the store's id
    for (Actor actor : std::as_const(m_content.actors)) {
        const qint64 key = actor.id;
        if (!byName.contains(actor.name)) {
            actor.id = 0;
            auto *add = new AddRowCommand<Actor>(store(), actor, this);
            add->redo();
            byName.insert(actor.name, add->rowId());
        }
        ids.insert(key, byName.value(actor.name));
    }
    return ids;
}

void PasteEventsCommand::addMissingRelationTypes()
{
    // Types are matched by name; one the clipboard does not describe takes its name as label.
    QSet<QString> known;
    for (const RelationType &type : store()->relationTypes(EventStore::Count::Nothing)) {
        known.insert(type.name);
    }
    for (const Relation &relation : std::as_const(m_content.relations)) {
        if (known.contains(relation.type)) {
            continue;
        }
        RelationType type{relation.type, relation.type, {}, 0};
        for (const RelationType &described : std::as_const(m_content.relationTypes)) {
            if (described.name == relation.type && !described.label.isEmpty()) {
                type = described;
                type.relationCount = 0;
            }
        }
        RelationTypeCommand::set(store(), std::nullopt, type, this)->redo();
        known.insert(type.name);
    }
}

QHash<qint64, qint64> PasteEventsCommand::sourceIds()
{
    const QList<Source> existing = store()->sources();
    QHash<qint64, qint64> ids;
    for (Source source : std::as_const(m_content.sources)) {
        const qint64 key = source.id;
        source.id = 0;
        const auto same = std::find_if(existing.begin(), existing.end(), [&](Source other) {
            other.id = 0;
            return other == source;
        });
        if (same != existing.end()) {
            ids.insert(key, same->id);
            continue;
        }
        auto *add = new AddRowCommand<Source>(store(), source, this);
        add->redo();
        ids.insert(key, add->rowId());
    }
    return ids;
}

} // namespace entente
