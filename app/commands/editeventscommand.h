// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "storecommand.h"

#include <QList>

namespace entente {

// Changes events from one set of values to another: an edit in the editor, a drag, an edit of
// a multi-selection. Commands of the same gesture (the same non-zero `gesture`, e.g. the steps
// of one drag) merge into one, from the first `before` to the last `after`.
class EditEventsCommand final : public StoreCommand
{
public:
    EditEventsCommand(EventStore *store, const QList<Event> &before, const QList<Event> &after,
                      const QString &text, int gesture = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // A number for a new gesture: commands pushed with it merge.
    static int newGesture();

private:
    void write(const QList<Event> &events);

    QList<Event> m_before;
    QList<Event> m_after;
    int m_gesture;
};

} // namespace entente
