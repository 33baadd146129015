// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementationlevel.h"
#include "partialdate.h"

#include <QString>

namespace entente {

// A user's judgment of how far a provision had been carried out at a date, with the source it
// rests on. It wins over what the linked events propose (see ImplementationTrack).
struct LevelAssessment
{
    qint64 id = 0;
    qint64 provisionId = 0;
    PartialDate date;
    ImplementationLevel level = ImplementationLevel::NotInitiated;
    qint64 sourceId = 0; // 0: none given
    QString note;

    friend bool operator==(const LevelAssessment &, const LevelAssessment &) = default;
};

} // namespace entente
