// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

namespace entente {

// What one write (or one batch of writes) to the store changed, announced once.
struct StoreChange
{
    QList<qint64> addedEvents;
    QList<qint64> changedEvents;
    QList<qint64> removedEvents;
    bool actorsChanged = false;
    bool sourcesChanged = false;
    bool relationsChanged = false;
    bool erasChanged = false;

    bool isEmpty() const
    {
        return addedEvents.isEmpty() && changedEvents.isEmpty() && removedEvents.isEmpty() &&
               !actorsChanged && !sourcesChanged && !relationsChanged && !erasChanged;
    }
    bool touchesEvents() const
    {
        return !addedEvents.isEmpty() || !changedEvents.isEmpty() || !removedEvents.isEmpty();
    }
    void merge(const StoreChange &other);
};

} // namespace entente

Q_DECLARE_METATYPE(entente::StoreChange)
