// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"
#include "provisiontopic.h"

#include <QList>
#include <QString>

namespace entente {

// One numbered promise of an agreement (an event whose category is "agreement"): "1. An
// immediate and comprehensive ceasefire ...". Provisions belong to their agreement and go with
// it when it is removed.
struct Provision
{
    // When the provision was due: a date the agreement names, or a number of days after
    // another provision of the same agreement was carried out (afterProvisionId), or after the
    // agreement itself (afterProvisionId 0). Neither: no deadline.
    struct Deadline
    {
        PartialDate date;
        int days = -1; // -1: not relative
        qint64 afterProvisionId = 0;

        bool isNone() const { return date.isNull() && days < 0; }
        bool isRelative() const { return days >= 0; }
        friend bool operator==(const Deadline &, const Deadline &) = default;
    };

    qint64 id = 0;
    QString uid; // stable across exports and imports
    qint64 agreementId = 0;
    QString number;   // as the agreement numbers it: "1", "2a", "IV.3"
    int position = 0; // order within the agreement, from 0
    QString summary;  // one line, never empty
    QString text;     // the full text where known
    ProvisionTopic topic = ProvisionTopic::Other;
    QList<qint64> partyIds; // the actors it binds, in order
    Deadline deadline;
    // Who coded it: empty when entered by a user; "pax" when it came from PA-X's coding (then
    // paxCode is PA-X's column, e.g. "Ce", and paxValue its value there, 1–3).
    QString codedBy;
    QString paxCode;
    int paxValue = 0;

    friend bool operator==(const Provision &, const Provision &) = default;
};

} // namespace entente
