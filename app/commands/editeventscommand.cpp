// SPDX-License-Identifier: GPL-3.0-or-later
#include "editeventscommand.h"

#include "eventstore.h"

namespace entente {

namespace {
constexpr int MergeableId = 0x45646974; // "Edit"
} // namespace

EditEventsCommand::EditEventsCommand(EventStore *store, const QList<Event> &before,
                                     const QList<Event> &after, const QString &text, int gesture,
                                     QUndoCommand *parent)
    : StoreCommand(store, text, parent), m_before(before), m_after(after), m_gesture(gesture)
{
    Q_ASSERT(before.size() == after.size());
}

int EditEventsCommand::newGesture()
{
    static int last = 0;
    return ++last;
}

void EditEventsCommand::redo()
{
    write(m_after);
}

void EditEventsCommand::undo()
{
    write(m_before);
}

void EditEventsCommand::write(const QList<Event> &events)
{
    store()->batch([&] {
        for (const Event &event : events) {
            store()->updateEvent(event);
        }
    });
}

int EditEventsCommand::id() const
{
    return m_gesture != 0 ? MergeableId : -1;
}

bool EditEventsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditEventsCommand *>(other);
    if (next->m_gesture != m_gesture || next->m_after.size() != m_after.size()) {
        return false;
    }
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (next->m_after.at(i).id != m_after.at(i).id) {
            return false;
        }
    }
    m_after = next->m_after;
    return true;
}

} // namespace entente
