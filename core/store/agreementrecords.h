// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "levelassessment.h"
#include "provision.h"
#include "provisionlink.h"

#include <QList>

namespace entente {

// The agreement rows that hang on some events, as they were before the events went: what
// undo of a removal puts back with the ids they had (EventStore::agreementRecordsOf, restore).
// `agreements` holds the agreement rows of the events and those of other agreements that one
// of them ended (whose end lost its event by the removal).
struct AgreementRecords
{
    QList<Agreement> agreements;
    QList<Provision> provisions;
    QList<ProvisionLink> links;
    QList<LevelAssessment> assessments;

    bool isEmpty() const
    {
        return agreements.isEmpty() && provisions.isEmpty() && links.isEmpty() &&
               assessments.isEmpty();
    }
    friend bool operator==(const AgreementRecords &, const AgreementRecords &) = default;
};

} // namespace entente
