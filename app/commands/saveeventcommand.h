// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdraft.h"
#include "eventstore.h"
#include "storecommand.h"

#include <optional>

namespace entente {

// The editor's OK: adds or changes the event, with the actors and sources created or
// corrected in the editor, as one step. The first redo gives new rows new ids; later redos
// re-create them with the same ids.
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

    EventDraft m_draft;
    bool m_isNew;
    bool m_done = false;
    // Read at each redo, just before the write: what undo puts back.
    std::optional<Event> m_before;
    QList<Source> m_sourcesBefore;
};

} // namespace entente
