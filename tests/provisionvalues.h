// SPDX-License-Identifier: GPL-3.0-or-later
// Provisions of agreement 1 as plain values, for the tests of what is computed from them
// (no store). Header-only.
#pragma once

#include "provision.h"

namespace entente {

// Point `position + 1` of agreement 1, with this id and deadline.
inline Provision provision(qint64 id, int position, Provision::Deadline deadline = {})
{
    Provision p;
    p.id = id;
    p.agreementId = 1;
    p.number = QString::number(position + 1);
    p.position = position;
    p.summary = QStringLiteral("Point %1").arg(position + 1);
    p.deadline = deadline;
    return p;
}

// Due `days` after the provision `provisionId` is carried out (0: after the agreement).
inline Provision::Deadline daysAfter(int days, qint64 provisionId)
{
    return {PartialDate(), days, provisionId};
}

} // namespace entente
