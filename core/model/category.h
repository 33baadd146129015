// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// A category as the user named it, with the colour chosen for it ("" for the one the
// timeline picks from the name). Events carry the name itself.
struct Category
{
    QString name;
    QString color;         // "#rrggbb" or ""
    qint64 eventCount = 0; // events in it (read, never written)
    bool defined = false;  // has a row of its own: named or coloured by the user (read only)

    friend bool operator==(const Category &, const Category &) = default;
};

} // namespace entente
