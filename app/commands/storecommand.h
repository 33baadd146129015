// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace entente {

class EventStore;

// An undo command that changes the store. redo() and undo() each write in one batch, so that
// every step is one transaction and one change notification. A write the store refuses
// throws (the stack then stays where it was: QUndoStack moves its index only after redo or
// undo returns); EditActions, which pushes, undoes and redoes, catches it and reports it.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(EventStore *store, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_store(store)
    {}

    EventStore *store() const { return m_store; }
    // The same timeline in another file (after Save As, the window works on the copy, which
    // has the same rows and ids): the command goes on acting there.
    void retarget(EventStore *store) { m_store = store; }

private:
    EventStore *m_store;
};

} // namespace entente
