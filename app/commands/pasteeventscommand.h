// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventclipboard.h"
#include "storecommand.h"

#include <QHash>
#include <QList>

namespace entente {

class AddEventsCommand;

// Pastes events copied from this timeline or another, as one undo step: their actors matched
// by name (the missing ones created), their sources matched by what they say (the missing
// ones created, so a paste within a timeline does not double its citations), the relation
// types missing here created, then the events at their own dates with the relations among
// them.
class PasteEventsCommand final : public StoreCommand
{
public:
    PasteEventsCommand(EventStore *store, const EventClipboard::Content &content,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The pasted events' ids (valid after the first redo).
    QList<qint64> ids() const;

private:
    // The first redo: the actors and sources to create and the events, as child commands
    // (made here because the events need the ids their actors and sources get).
    void addChildren();
    QHash<qint64, qint64> actorIds();
    QHash<qint64, qint64> sourceIds();
    void addMissingRelationTypes();

    EventClipboard::Content m_content;
    AddEventsCommand *m_events = nullptr;
};

} // namespace entente
