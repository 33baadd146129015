// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdraft.h"
#include "eventstore.h"
#include "storecommand.h"

#include <optional>

namespace entente {

// The editor's OK: adds or changes the event, with the actors and sources created or
// corrected in the editor and the relations added, changed or removed there, as one step. The first
// redo gives new rows new ids; later redos re-create them with the same ids.
class SaveEventCommand final : public StoreCommand
{
public:
    SaveEventCommand(EventStore *store, const EventDraft &draft, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 eventId() const { return m_draft.event.id; } // valid after the first redo

private:
    void addNewRows(EventStore::Ids ids);
    void resolvePlaceholders();
    // What the draft's relations add, change and remove, against the store as it is now.
    void planRelations();
    void writeRelations(EventStore::Ids ids);
    void undoRelations();

    EventDraft m_draft;
    bool m_isNew;
    bool m_done = false;
    // Read at each redo, just before the write: what undo puts back.
    std::optional<Event> m_before;
    QList<Source> m_sourcesBefore;
    QList<Relation> m_addedRelations; // their ids are the store's after the first redo
    QList<Relation> m_changedRelations;
    QList<qint64> m_removedRelations;
    QList<Relation> m_relationsBefore; // the changed and removed ones, read at each redo
};

} // namespace entente
