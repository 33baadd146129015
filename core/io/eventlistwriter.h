// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace entente {

class EventStore;
struct EventCriteria;

// Writes every event of a store, with actor names and sources resolved, for `entente --list`
// and scripts: a JSON array of objects, or CSV (RFC 4180, UTF-8, one header row).
class EventListWriter final
{
public:
    enum class Format { Json, Csv };

    static QByteArray write(const EventStore &store, Format format);
    // Only the events the criteria let through (a search, filters), as the window lists them.
    static QByteArray write(const EventStore &store, Format format, const EventCriteria &criteria);
};

} // namespace entente
