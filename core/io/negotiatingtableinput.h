// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"

#include <QStringList>

#include <limits>

namespace entente {

class EventStore;

// What a NegotiatingTable is made of, read from a timeline: the events of the table's
// categories with their actors and roles, the agreements among them (for their peace
// process), the roles, the groups and the names of every actor the table can show. Each
// category's events come off events_by_category (schema 11): a few hundred at most even in a
// million events, so this is a short read, but still one for a thread (BackgroundRead) since
// every event is read whole.
class NegotiatingTableInput final
{
public:
    // The input for `options`; the table itself filters by process and dates. A category the
    // user ticks may be a common one (a dataset's "battles"): at most `limit` events are read,
    // the first by id, and `cut` says whether some were left out.
    static NegotiatingTable::Input read(const EventStore &store,
                                        const NegotiatingTable::Options &options,
                                        qsizetype limit = std::numeric_limits<qsizetype>::max(),
                                        bool *cut = nullptr);
    // The peace processes of the input's agreements, each once, sorted: the view's choice.
    static QStringList processesOf(const NegotiatingTable::Input &input);
};

} // namespace entente
