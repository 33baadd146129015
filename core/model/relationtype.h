// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// A kind of relation between events ("led to", "violates"): relations carry its name; the
// label is what the timeline shows, the colour that of its arrows ("" for the usual style).
struct RelationType
{
    QString name;
    QString label;
    QString color;            // "#rrggbb" or ""
    qint64 relationCount = 0; // relations of this type (read, never written)

    friend bool operator==(const RelationType &, const RelationType &) = default;
};

} // namespace entente
