// SPDX-License-Identifier: GPL-3.0-or-later
#include "storechange.h"

namespace entente {

void StoreChange::merge(const StoreChange &other)
{
    addedEvents += other.addedEvents;
    changedEvents += other.changedEvents;
    removedEvents += other.removedEvents;
    actorsChanged |= other.actorsChanged;
    sourcesChanged |= other.sourcesChanged;
    relationsChanged |= other.relationsChanged;
    erasChanged |= other.erasChanged;
}

} // namespace entente
