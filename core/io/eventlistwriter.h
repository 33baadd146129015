// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace entente {

class EventStore;

// Writes every event of a store, with actor names and sources resolved, for `entente --list`
// and scripts: a JSON array of objects, or CSV (RFC 4180, UTF-8, one header row).
class EventListWriter final
{
public:
    enum class Format { Json, Csv };

    static QByteArray write(const EventStore &store, Format format);
};

} // namespace entente
