// SPDX-License-Identifier: GPL-3.0-or-later
#include "addeventscommand.h"

#include "eventstore.h"

namespace entente {

namespace {

qint64 resolved(qint64 end, const QList<Event> &events)
{
    return end < 0 ? events.at(-end - 1).id : end;
}

} // namespace

AddEventsCommand::AddEventsCommand(EventStore *store, const QList<Event> &events,
                                   const QList<Relation> &relations, QUndoCommand *parent)
    : StoreCommand(store, QString(), parent), m_events(events), m_relations(relations)
{
    setText(events.size() == 1
                ? QCoreApplication::translate("entente::AddEventsCommand", "Add “%1”")
                      .arg(events.constFirst().title)
                : QCoreApplication::translate("entente::AddEventsCommand", "Add %n Events", nullptr,
                                              int(events.size())));
    for (Event &event : m_events) {
        event.id = 0;
    }
}

void AddEventsCommand::redo()
{
    const EventStore::Ids ids = m_done ? EventStore::Ids::Keep : EventStore::Ids::New;
    store()->batch([&] {
        for (Event &event : m_events) {
            const qint64 id = store()->addEvent(event, ids);
            if (!m_done) {
                event.id = id;
                // The uid the store gave it, so that a redo brings back the same event.
                event.uid = store()->event(id)->uid;
            }
        }
        for (Relation &relation : m_relations) {
            Relation row = relation;
            row.fromEventId = resolved(relation.fromEventId, m_events);
            row.toEventId = resolved(relation.toEventId, m_events);
            const qint64 id = store()->addRelation(row, ids);
            if (!m_done) {
                relation.id = id;
            }
        }
    });
    m_done = true;
}

void AddEventsCommand::undo()
{
    store()->batch([&] {
        for (const Event &event : std::as_const(m_events)) {
            store()->removeEvent(event.id); // with its relations
        }
    });
}

QList<qint64> AddEventsCommand::ids() const
{
    QList<qint64> ids;
    for (const Event &event : m_events) {
        ids.append(event.id);
    }
    return ids;
}

} // namespace entente
