// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "relation.h"
#include "storecommand.h"

#include <QList>

namespace entente {

// Adds events, and relations among them or to events already there (a paste, a duplicate, a
// new event). The first redo gives them new ids; after an undo, redo re-creates them with the
// same ids, so that later commands that name them still find them.
class AddEventsCommand final : public StoreCommand
{
public:
    // A relation's ends name the events by their index in `events`, negated and less one
    // (-1 is events[0]), or by the id of an event already in the store.
    AddEventsCommand(EventStore *store, const QList<Event> &events,
                     const QList<Relation> &relations = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The ids the events have in the store (valid after the first redo).
    QList<qint64> ids() const;

private:
    QList<Event> m_events;
    QList<Relation> m_relations;
    bool m_done = false; // redone once: the ids are the store's
};

} // namespace entente
