// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace entente {

// A named set of actors that meets again and again, shown as one row of the negotiating table
// that expands to its members: the Normandy format (France, Germany, Russia, Ukraine), the
// Trilateral Contact Group (OSCE, Russia, Ukraine).
struct ActorGroup
{
    qint64 id = 0;
    QString name;
    QString color;
    QList<qint64> memberIds; // in the order the table shows them

    friend bool operator==(const ActorGroup &, const ActorGroup &) = default;
};

} // namespace entente
